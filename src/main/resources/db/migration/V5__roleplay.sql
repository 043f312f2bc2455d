-- Role-play scenarios and the lexicons of the reply analysis (their texts live in content_version).
create table scenario (
    scenario_key        varchar(100) not null,
    title               varchar(200) not null,
    channel             varchar(20)  not null,
    week_no             int          not null,
    difficulty          int          not null,
    assessed            boolean      not null,
    summary             varchar(300) not null,
    competences         varchar(300) not null,
    decision_count      int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (scenario_key),
    constraint fk_scenario_version foreign key (current_version_id) references content_version (id)
);
create index ix_scenario_week on scenario (active, week_no);

create table reply_lexicon (
    lexicon_key         varchar(100) not null,
    category            varchar(20)  not null,
    title               varchar(200) not null,
    phrase_count        int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (lexicon_key),
    constraint fk_reply_lexicon_version foreign key (current_version_id) references content_version (id)
);

-- One play of a scenario by one person; the engine's state after the last step is kept on the row.
create table roleplay_run (
    id                   bigint       not null auto_increment,
    account_id           bigint       not null,
    scenario_key         varchar(100) not null,
    scenario_version_id  bigint       not null,
    assessed             boolean      not null,
    started_at           datetime(6)  not null,
    finished_at          datetime(6),
    node_id              varchar(64)  not null,
    node_entered_at      datetime(6)  not null,
    mood                 int          not null,
    flags                varchar(1000) not null,
    last_reply_percent   int          not null,
    decisions            int          not null,
    ending_kind          varchar(20),
    earned_total         int          not null,
    possible_total       int          not null,
    score_percent        int,
    version              bigint       not null,
    primary key (id),
    constraint fk_roleplay_run_account foreign key (account_id) references account (id),
    constraint fk_roleplay_run_version foreign key (scenario_version_id) references content_version (id)
);
create index ix_roleplay_run_account on roleplay_run (account_id, started_at);
create index ix_roleplay_run_scenario on roleplay_run (scenario_key, finished_at);

-- Every step of a run: where, what was chosen or written, what it did, how long it took.
create table roleplay_step (
    id              bigint        not null auto_increment,
    run_id          bigint        not null,
    seq             int           not null,
    step_kind       varchar(10)   not null,
    node_id         varchar(64)   not null,
    choice_index    int,
    reply_text      varchar(4000),
    effects         varchar(1000) not null,
    reply_percent   int,
    mood_before     int           not null,
    mood_after      int           not null,
    seconds_taken   int           not null,
    entered_nodes   varchar(1000) not null,
    created_at      datetime(6)   not null,
    primary key (id),
    constraint uk_roleplay_step_seq unique (run_id, seq),
    constraint fk_roleplay_step_run foreign key (run_id) references roleplay_run (id)
);

-- Points earned and possible per competence at a step; a trainer's override keeps the original.
create table roleplay_step_score (
    id                bigint      not null auto_increment,
    step_id           bigint      not null,
    run_id            bigint      not null,
    competence        varchar(32) not null,
    earned            int         not null,
    possible          int         not null,
    override_earned   int,
    primary key (id),
    constraint uk_roleplay_step_score unique (step_id, competence),
    constraint fk_roleplay_step_score_step foreign key (step_id) references roleplay_step (id)
);
create index ix_roleplay_step_score_run on roleplay_step_score (run_id, competence);

-- What the reply analysis found in a free-text reply (and which expected steps were missing).
create table roleplay_reply_hit (
    id          bigint        not null auto_increment,
    step_id     bigint        not null,
    category    varchar(10)   not null,
    group_id    varchar(64)   not null,
    label       varchar(100)  not null,
    reason      varchar(500)  not null,
    phrase      varchar(200),
    matched     varchar(200),
    points      int           not null,
    primary key (id),
    constraint fk_roleplay_reply_hit_step foreign key (step_id) references roleplay_step (id)
);
create index ix_roleplay_reply_hit_step on roleplay_reply_hit (step_id);

-- Trainers' comments on steps and audited score overrides.
create table roleplay_review (
    id             bigint        not null auto_increment,
    step_id        bigint        not null,
    run_id         bigint        not null,
    author_id      bigint        not null,
    comment_text   varchar(2000),
    competence     varchar(32),
    old_earned     int,
    new_earned     int,
    created_at     datetime(6)   not null,
    primary key (id),
    constraint fk_roleplay_review_step foreign key (step_id) references roleplay_step (id),
    constraint fk_roleplay_review_author foreign key (author_id) references account (id)
);
create index ix_roleplay_review_run on roleplay_review (run_id, created_at);
