create sequence proposal_tracking_seq;

create table proposal (
    id                   uuid primary key,
    call_id              uuid          not null,
    tracking_number      varchar(20)   unique,
    title                varchar(200)  not null,
    summary              text,
    keywords             varchar(300),
    plan_task_code       varchar(20),
    industry_code        varchar(40),
    county_code          varchar(12),
    requested_amount     numeric(14, 2),
    approved_amount      numeric(14, 2),
    host_organisation_id uuid          not null,
    pi_account_id        uuid          not null,
    pi_name              varchar(100)  not null,
    status               varchar(30)   not null,
    submitted_at         timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index proposal_call on proposal (call_id);
create index proposal_pi on proposal (pi_account_id);
create index proposal_host on proposal (host_organisation_id);
create index proposal_county on proposal (county_code);
create index proposal_status on proposal (status);

create table proposal_team_member (
    proposal_id       uuid         not null references proposal (id) on delete cascade,
    position          int          not null,
    name              varchar(100) not null,
    title             varchar(100),
    organisation_name varchar(200),
    duty              varchar(200),
    account_id        uuid,
    primary key (proposal_id, position)
);
create index proposal_team_member_account on proposal_team_member (account_id);

create table proposal_status_change (
    proposal_id uuid         not null references proposal (id) on delete cascade,
    position    int          not null,
    from_status varchar(30),
    to_status   varchar(30)  not null,
    action      varchar(30)  not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz  not null,
    primary key (proposal_id, position)
);
