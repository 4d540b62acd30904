-- Rules from regulations are data on each call (defaults: today's rules, see application.yml).
alter table program_call
    add column indirect_tiers                    varchar(200)   not null default '5000000:0.30;10000000:0.25;*:0.20',
    add column equipment_justification_threshold numeric(14, 2) not null default 500000,
    add column pi_concurrency_limit              int            not null default 1,
    add column member_project_limit              int            not null default 2,
    add column institution_overdue_limit         int            not null default 3,
    add column concurrency_exempt                boolean        not null default false;

-- County recommendation quotas: how many proposals each county may recommend to this call.
create table program_call_quota (
    call_id     uuid        not null references program_call (id) on delete cascade,
    county_code varchar(12) not null,
    quota       int         not null check (quota >= 0),
    primary key (call_id, county_code)
);
