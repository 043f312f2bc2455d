-- The competence framework file (its text lives in content_version).
create table competence_framework (
    framework_key       varchar(100) not null,
    title               varchar(200) not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (framework_key),
    constraint fk_competence_framework_version foreign key (current_version_id) references content_version (id)
);

-- The evidence ledger: one row per competence per graded answer, scored role-play step or observed item.
-- source_key names where it came from; a regrade or override replaces the row for the same source.
create table competence_evidence (
    id            bigint        not null auto_increment,
    account_id    bigint        not null,
    competence    varchar(32)   not null,
    source_kind   varchar(20)   not null,
    source_key    varchar(120)  not null,
    label         varchar(200)  not null,
    earned        decimal(7,2)  not null,
    possible      decimal(7,2)  not null,
    recorded_at   datetime(6)   not null,
    primary key (id),
    constraint uk_competence_evidence unique (source_key, competence),
    constraint fk_competence_evidence_account foreign key (account_id) references account (id)
);
create index ix_competence_evidence_account on competence_evidence (account_id, competence, recorded_at);
