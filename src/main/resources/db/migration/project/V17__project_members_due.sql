-- What the concurrency limits need from projects: when each is due, and who is on it.
alter table project add column due_on date;

create table project_member (
    project_id uuid not null references project (id) on delete cascade,
    account_id uuid not null,
    primary key (project_id, account_id)
);
create index project_member_account on project_member (account_id);
