-- Observation checklists (their texts live in content_version).
create table observation_checklist (
    checklist_key       varchar(100) not null,
    category            varchar(20)  not null,
    title               varchar(200) not null,
    week_no             int,
    item_count          int          not null,
    max_points          int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (checklist_key),
    constraint fk_observation_checklist_version foreign key (current_version_id) references content_version (id)
);

-- One observation of one trainee with one checklist version, by one trainer; its items' scores and comments.
create table observation (
    id                     bigint        not null auto_increment,
    account_id             bigint        not null,
    checklist_key          varchar(100)  not null,
    checklist_version_id   bigint        not null,
    category               varchar(20)   not null,
    observer_id            bigint        not null,
    observed_at            datetime(6)   not null,
    comment_text           varchar(2000),
    earned                 int           not null,
    possible               int           not null,
    score_percent          int           not null,
    primary key (id),
    constraint fk_observation_account foreign key (account_id) references account (id),
    constraint fk_observation_observer foreign key (observer_id) references account (id),
    constraint fk_observation_version foreign key (checklist_version_id) references content_version (id)
);
create index ix_observation_account on observation (account_id, category, observed_at);

create table observation_item (
    id              bigint        not null auto_increment,
    observation_id  bigint        not null,
    item_no         int           not null,
    earned          int           not null,
    possible        int           not null,
    comment_text    varchar(1000),
    primary key (id),
    constraint uk_observation_item unique (observation_id, item_no),
    constraint fk_observation_item_observation foreign key (observation_id) references observation (id)
);
