-- Who viewed or changed what (PIPL): every opening of a person's record and every HR/admin change.
create table audit_log (
    id                  bigint        not null auto_increment,
    actor_id            bigint        not null,
    action              varchar(40)   not null,
    subject_account_id  bigint,
    detail              varchar(500),
    at                  datetime(6)   not null,
    primary key (id)
);
create index ix_audit_log_at on audit_log (at);
create index ix_audit_log_subject on audit_log (subject_account_id, at);
create index ix_audit_log_actor on audit_log (actor_id, at);
