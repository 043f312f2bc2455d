-- Weekly summaries (每周小结): one per trainee, cohort and week, with the trainer's comment.
create table weekly_summary (
    id              bigint         not null auto_increment,
    account_id      bigint         not null,
    cohort_id       bigint         not null,
    week_no         int            not null,
    body            varchar(4000)  not null,
    submitted_at    datetime(6)    not null,
    updated_at      datetime(6)    not null,
    comment_text    varchar(2000),
    commented_by    bigint,
    commented_at    datetime(6),
    primary key (id),
    constraint uk_weekly_summary unique (account_id, cohort_id, week_no),
    constraint fk_weekly_summary_account foreign key (account_id) references account (id)
);
create index ix_weekly_summary_cohort on weekly_summary (cohort_id, week_no);
