-- Accounts, roles and cohorts. Written in the subset H2 (MariaDB mode) and MariaDB share:
-- lower-case names, no reserved words, every table with a primary key, times in UTC.

create table account (
    id              bigint       not null auto_increment,
    username        varchar(64)  not null,
    display_name    varchar(100) not null,
    password_hash   varchar(200) not null,
    enabled         boolean      not null,
    employee_no     varchar(32),
    phone           varchar(32),
    email           varchar(120),
    created_at      datetime(6)  not null,
    updated_at      datetime(6)  not null,
    version         bigint       not null,
    primary key (id),
    constraint uk_account_username unique (username)
);

create table account_role (
    account_id  bigint      not null,
    role_name   varchar(20) not null,
    primary key (account_id, role_name),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
);

create table cohort (
    id          bigint       not null auto_increment,
    name        varchar(100) not null,
    start_date  date         not null,
    created_at  datetime(6)  not null,
    updated_at  datetime(6)  not null,
    version     bigint       not null,
    primary key (id),
    constraint uk_cohort_name unique (name)
);

create table cohort_member (
    id           bigint      not null auto_increment,
    cohort_id    bigint      not null,
    account_id   bigint      not null,
    member_role  varchar(20) not null,
    joined_at    datetime(6) not null,
    primary key (id),
    constraint uk_cohort_member unique (cohort_id, account_id),
    constraint fk_cohort_member_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_cohort_member_account foreign key (account_id) references account (id)
);

create index ix_cohort_member_account on cohort_member (account_id);
create index ix_cohort_start_date on cohort (start_date);
