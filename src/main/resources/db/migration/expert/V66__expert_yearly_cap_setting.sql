-- The expert yearly review cap becomes one setting (expert_setting 'yearly-cap', the bureau's data;
-- without a row, kstp.rules.expert-yearly-cap applies). Each expert keeps only a cap of their own that is
-- LOWER than the default of 10: the copies of the default and the higher caps an import could set (up to
-- 100) are dropped, so nobody reviews more than the setting allows.
create table expert_setting (
    name        varchar(60)  primary key,
    int_value   int          not null,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null
);

alter table expert rename column yearly_cap to personal_cap;
alter table expert alter column personal_cap drop not null;
update expert set personal_cap = null where personal_cap >= 10;
