-- Audit trail of answers re-graded after a trainer corrected a question.
create table regrade_log (
    id                 bigint        not null auto_increment,
    attempt_answer_id  bigint        not null,
    attempt_id         bigint        not null,
    question_id        varchar(64)   not null,
    shown_version_id   bigint        not null,
    graded_version_id  bigint        not null,
    old_earned         decimal(6,2),
    new_earned         decimal(6,2)  not null,
    regraded_by        bigint        not null,
    regraded_at        datetime(6)   not null,
    reason             varchar(500)  not null,
    primary key (id),
    constraint fk_regrade_log_answer foreign key (attempt_answer_id) references attempt_answer (id)
);
create index ix_regrade_log_question on regrade_log (question_id);
