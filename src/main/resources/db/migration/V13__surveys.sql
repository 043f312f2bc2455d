-- Feedback survey templates (their texts live in content_version), one per kind in use.
create table survey_template (
    template_key        varchar(100) not null,
    survey_kind         varchar(10)  not null,
    title               varchar(200) not null,
    question_count      int          not null,
    current_version_id  bigint       not null,
    file_hash           varchar(64),
    active              boolean      not null,
    updated_at          datetime(6)  not null,
    primary key (template_key),
    constraint fk_survey_template_version foreign key (current_version_id) references content_version (id)
);

-- One trainee's response to one cohort's weekly survey (week_no 1-4) or final survey (week_no 0),
-- against the template version answered.
create table survey_response (
    id                   bigint       not null auto_increment,
    account_id           bigint       not null,
    cohort_id            bigint       not null,
    week_no              int          not null,
    template_key         varchar(100) not null,
    template_version_id  bigint       not null,
    submitted_at         datetime(6)  not null,
    updated_at           datetime(6)  not null,
    primary key (id),
    constraint uk_survey_response unique (account_id, cohort_id, week_no),
    constraint fk_survey_response_account foreign key (account_id) references account (id),
    constraint fk_survey_response_version foreign key (template_version_id) references content_version (id)
);
create index ix_survey_response_cohort on survey_response (cohort_id, week_no);

-- Each answered question: a score 1-5 (scale) or a text (open).
create table survey_answer (
    id            bigint         not null auto_increment,
    response_id   bigint         not null,
    question_no   int            not null,
    score         int,
    answer_text   varchar(1000),
    primary key (id),
    constraint uk_survey_answer unique (response_id, question_no),
    constraint fk_survey_answer_response foreign key (response_id) references survey_response (id)
);
