-- Tamper-evident audit log (docs/SECURITY.md): every line carries the hash of the line before it.
-- Lines written before this migration are chained by the application at its next start, in id
-- order (AuditChain.initialise), because the hash must be computed from the values exactly as the
-- application reads them; until then the head says chained = 0.
alter table audit_log add column detail_hash varchar(64);
alter table audit_log add column prev_hash varchar(64);
alter table audit_log add column entry_hash varchar(64);

-- One row: the end of the chain. Appending locks it (select ... for update), so appends are
-- serialised and ids follow chain order; verification compares it with the last line, so lines
-- removed from the end are noticed too.
create table audit_chain_head (
    id             int          not null,
    last_entry_id  bigint       not null,
    last_hash      varchar(64)  not null,
    chained        int          not null,
    primary key (id)
);
insert into audit_chain_head (id, last_entry_id, last_hash, chained)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
