-- Roster import checks every employee number of an uploaded file against the existing accounts.
create index ix_account_employee_no on account (employee_no);
