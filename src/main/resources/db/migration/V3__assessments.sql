-- Question banks and assessment definitions (their texts live in content_version).
create table question_bank (
    bank_key            varchar(100) not null,
    title               varchar(200) not null,
    module_key          varchar(100),
    week_no             int,
    question_count      int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (bank_key),
    constraint fk_question_bank_version foreign key (current_version_id) references content_version (id)
);

create table assessment (
    assessment_key      varchar(100) not null,
    title               varchar(200) not null,
    week_no             int,
    opens               varchar(20)  not null,
    time_limit_minutes  int          not null,
    pass_mark           int          not null,
    attempts_allowed    int          not null,
    question_count      int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (assessment_key),
    constraint fk_assessment_version foreign key (current_version_id) references content_version (id)
);

-- One sitting of an assessment. Its questions are frozen in attempt_answer when it starts.
create table attempt (
    id                     bigint       not null auto_increment,
    account_id             bigint       not null,
    assessment_key         varchar(100) not null,
    assessment_version_id  bigint       not null,
    attempt_no             int          not null,
    status                 varchar(20)  not null,
    started_at             datetime(6)  not null,
    deadline_at            datetime(6)  not null,
    submitted_at           datetime(6),
    submitted_by           varchar(20),
    score                  decimal(7,2),
    max_score              int          not null,
    score_percent          decimal(5,2),
    passed                 boolean,
    pending_manual         int          not null,
    version                bigint       not null,
    primary key (id),
    constraint uk_attempt_no unique (account_id, assessment_key, attempt_no),
    constraint fk_attempt_account foreign key (account_id) references account (id),
    constraint fk_attempt_version foreign key (assessment_version_id) references content_version (id)
);
create index ix_attempt_status_deadline on attempt (status, deadline_at);
create index ix_attempt_assessment on attempt (assessment_key, status);

-- Each drawn question of an attempt: which bank version, the order shown, and the saved answer.
create table attempt_answer (
    id               bigint        not null auto_increment,
    attempt_id       bigint        not null,
    position_no      int           not null,
    bank_version_id  bigint        not null,
    question_id      varchar(64)   not null,
    question_type    varchar(20)   not null,
    points           int           not null,
    display_order    varchar(200),
    response         varchar(4000),
    saved_at         datetime(6),
    flagged          boolean       not null,
    earned           decimal(6,2),
    result           varchar(20),
    graded_by        bigint,
    graded_at        datetime(6),
    grader_comment   varchar(1000),
    version          bigint        not null,
    primary key (id),
    constraint uk_attempt_answer unique (attempt_id, position_no),
    constraint fk_attempt_answer_attempt foreign key (attempt_id) references attempt (id),
    constraint fk_attempt_answer_version foreign key (bank_version_id) references content_version (id)
);
create index ix_attempt_answer_question on attempt_answer (question_id, result);
