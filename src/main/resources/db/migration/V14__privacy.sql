-- Privacy (PIPL): when an account was disabled (the retention clock) and when it was anonymised.
alter table account add column disabled_at datetime(6);
alter table account add column anonymised_at datetime(6);
-- Accounts already disabled start their retention period from their last change.
update account set disabled_at = updated_at where enabled = false;
-- The nightly retention job looks for accounts disabled before a cut-off and not yet anonymised.
create index ix_account_retention on account (enabled, anonymised_at, disabled_at);
