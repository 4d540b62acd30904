-- Project members are person records (限项: the first two members are limited by person, account
-- or not). A member is known by person record, account, or both; rows from before keep their account.
alter table project_member drop constraint project_member_pkey;
alter table project_member alter column account_id drop not null;
alter table project_member add column person_id uuid;
alter table project_member add constraint project_member_known check (person_id is not null or account_id is not null);
create index project_member_person on project_member (person_id) where person_id is not null;
