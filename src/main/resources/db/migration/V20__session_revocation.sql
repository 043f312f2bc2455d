-- Ending a person's sessions on every app node (docs/SECURITY.md, "Sessions"). The session registry
-- lives in each node's memory; this row is what all nodes share: a session that signed in before
-- revoked_at (UTC) ends at its next request, whichever node serves it.
create table session_revocation (
    account_id  bigint       not null,
    revoked_at  datetime(6)  not null,
    primary key (account_id)
);
