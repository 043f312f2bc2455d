-- A password someone else set (an administrator's reset, a roster import) is temporary: the person
-- must choose their own at the next sign-in before anything else opens.
alter table account add column password_change_required boolean not null default false;
