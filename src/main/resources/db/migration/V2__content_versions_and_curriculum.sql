-- Every version of every content item (module, question bank, scenario), from files or the editor.
create table content_version (
    id            bigint       not null auto_increment,
    kind          varchar(20)  not null,
    content_key   varchar(100) not null,
    version_no    int          not null,
    content_hash  varchar(64)     not null,
    origin        varchar(10)  not null,
    source_path   varchar(255),
    body          longtext     not null,
    created_at    datetime(6)  not null,
    created_by    bigint,
    primary key (id),
    constraint uk_content_version unique (kind, content_key, version_no)
);
create index ix_content_version_key on content_version (kind, content_key, id);

-- The curriculum catalogue: one row per module or reference page, pointing at its current version.
create table curriculum_module (
    content_key         varchar(100) not null,
    page_kind           varchar(20)  not null,
    week_no             int,
    day_no              int,
    title               varchar(200) not null,
    summary             varchar(300),
    minutes             int          not null,
    competences         varchar(300) not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (content_key),
    constraint fk_curriculum_module_version foreign key (current_version_id) references content_version (id)
);
create index ix_curriculum_module_week on curriculum_module (week_no, day_no);

-- What each person read and completed; always pointing at the exact version they saw.
create table module_progress (
    id                    bigint       not null auto_increment,
    account_id            bigint       not null,
    content_key           varchar(100) not null,
    last_version_id       bigint       not null,
    completed_version_id  bigint,
    first_opened_at       datetime(6)  not null,
    last_opened_at        datetime(6)  not null,
    completed_at          datetime(6),
    seconds_spent         int          not null,
    last_anchor           varchar(40),
    version               bigint       not null,
    primary key (id),
    constraint uk_module_progress unique (account_id, content_key),
    constraint fk_module_progress_account foreign key (account_id) references account (id),
    constraint fk_module_progress_version foreign key (last_version_id) references content_version (id)
);
create index ix_module_progress_key on module_progress (content_key, completed_at);

-- Per cohort: does a week's assessment open only once that week's modules are complete?
alter table cohort add column assessment_needs_modules boolean default false not null;
