-- Sign-in throttling (issue 8): failed sign-ins in a row are counted on the account itself, so the
-- count survives a restart and every app node sees the same one. After too many the account is
-- locked until locked_until (UTC); a successful sign-in or an administrator's unlock resets both.
alter table account add column failed_sign_ins int not null default 0;
alter table account add column locked_until datetime(6);
