-- The rules of the final comprehensive assessment, set by HR (one row).
create table final_policy (
    id                        bigint       not null,
    theory_weight             int          not null,
    practical_weight          int          not null,
    attitude_weight           int          not null,
    pass_overall              int          not null,
    pass_each_part            int          not null,
    roleplay_share            int          not null,
    min_roleplay_scenarios    int          not null,
    validity_months           int,
    updated_at                datetime(6)  not null,
    updated_by                bigint,
    primary key (id)
);
insert into final_policy (id, theory_weight, practical_weight, attitude_weight, pass_overall, pass_each_part, roleplay_share,
                          min_roleplay_scenarios, validity_months, updated_at, updated_by)
values (1, 40, 40, 20, 80, 60, 50, 3, 12, '2026-01-01 00:00:00', null);

-- Issued certificates; the result is kept as it was on the day (the PDF is drawn from this row).
create table certificate (
    id              bigint        not null auto_increment,
    code            varchar(20)   not null,
    account_id      bigint        not null,
    person_name     varchar(100)  not null,
    cohort_name     varchar(100),
    period_start    date,
    period_end      date,
    theory          int           not null,
    practical       int           not null,
    attitude        int           not null,
    overall         int           not null,
    issued_at       datetime(6)   not null,
    issued_by       bigint,
    expires_at      datetime(6),
    revoked_at      datetime(6),
    revoked_by      bigint,
    revoke_reason   varchar(500),
    primary key (id),
    constraint uk_certificate_code unique (code),
    constraint fk_certificate_account foreign key (account_id) references account (id)
);
create index ix_certificate_account on certificate (account_id, issued_at);
create index ix_certificate_expiry on certificate (expires_at);
