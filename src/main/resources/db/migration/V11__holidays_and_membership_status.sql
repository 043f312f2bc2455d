-- Holidays (节假日) the training calendar skips, set by HR for the whole company.
create table holiday (
    id            bigint       not null auto_increment,
    holiday_date  date         not null,
    name          varchar(60)  not null,
    created_at    datetime(6)  not null,
    primary key (id),
    constraint uk_holiday_date unique (holiday_date)
);

-- A trainee who leaves a cohort keeps the membership row, marked as transferred or withdrawn with
-- the day and the reason; lists and counts read only active members.
alter table cohort_member add column status varchar(20) not null default 'ACTIVE';
alter table cohort_member add column left_on date;
alter table cohort_member add column leave_reason varchar(500);
create index ix_cohort_member_cohort_status on cohort_member (cohort_id, status);

-- The administrators' audit search filters by action.
create index ix_audit_log_action on audit_log (action, at);
