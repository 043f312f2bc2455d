-- Mentoring (师带徒) and performance reviews (绩效考核), issue 7.

-- A mentor (a trainer) assigned to a trainee from a start date; ending it keeps the row as history.
-- current_trainee_id equals trainee_id while the assignment runs and is null once ended, so the
-- unique key lets a trainee have at most one current mentor (nulls never collide).
create table mentor_assignment (
    id                  bigint       not null auto_increment,
    trainee_id          bigint       not null,
    mentor_id           bigint       not null,
    started_on          date         not null,
    ended_on            date,
    current_trainee_id  bigint,
    assigned_by         bigint       not null,
    assigned_at         datetime(6)  not null,
    primary key (id),
    constraint uk_mentor_assignment_current unique (current_trainee_id),
    constraint fk_mentor_assignment_trainee foreign key (trainee_id) references account (id),
    constraint fk_mentor_assignment_mentor foreign key (mentor_id) references account (id)
);
create index ix_mentor_assignment_trainee on mentor_assignment (trainee_id, started_on);
create index ix_mentor_assignment_mentor on mentor_assignment (mentor_id, ended_on);

-- A session the mentor logged; the trainee confirms it, after which the mentor can no longer edit it.
create table mentoring_session (
    id             bigint         not null auto_increment,
    assignment_id  bigint         not null,
    trainee_id     bigint         not null,
    mentor_id      bigint         not null,
    held_on        date           not null,
    topic          varchar(100)   not null,
    notes          varchar(2000)  not null,
    next_steps     varchar(1000),
    logged_at      datetime(6)    not null,
    updated_at     datetime(6)    not null,
    confirmed_at   datetime(6),
    primary key (id),
    constraint fk_mentoring_session_assignment foreign key (assignment_id) references mentor_assignment (id),
    constraint fk_mentoring_session_trainee foreign key (trainee_id) references account (id)
);
create index ix_mentoring_session_assignment on mentoring_session (assignment_id, confirmed_at);
create index ix_mentoring_session_trainee on mentoring_session (trainee_id, held_on);
create index ix_mentoring_session_mentor on mentoring_session (mentor_id, held_on);

-- One review of a person for one period by a supervisor: three scored dimensions (1-5), the
-- department's quality targets as entered values, comments, reward and corrective action.
create table performance_review (
    id                     bigint        not null auto_increment,
    account_id             bigint        not null,
    reviewer_id            bigint        not null,
    period_kind            varchar(10)   not null,
    period_start           date          not null,
    period_end             date          not null,
    attitude_score         int           not null,
    efficiency_score       int           not null,
    complaint_score        int           not null,
    satisfaction_pct       decimal(5,1)  not null,
    complaints_handled_pct decimal(5,1)  not null,
    response_hours         decimal(6,1)  not null,
    comments               varchar(2000),
    reward                 varchar(500),
    corrective_action      varchar(500),
    corrective_due         date,
    created_at             datetime(6)   not null,
    updated_at             datetime(6)   not null,
    primary key (id),
    constraint uk_performance_review_period unique (account_id, period_start, period_end),
    constraint fk_performance_review_account foreign key (account_id) references account (id)
);
create index ix_performance_review_latest on performance_review (account_id, period_end, id);
create index ix_performance_review_reviewer on performance_review (reviewer_id);
