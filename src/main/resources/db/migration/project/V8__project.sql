create table project (
    id                   uuid primary key,
    proposal_id          uuid          not null unique,
    call_id              uuid          not null,
    tracking_number      varchar(20),
    title                varchar(200)  not null,
    host_organisation_id uuid          not null,
    pi_account_id        uuid          not null,
    pi_name              varchar(100)  not null,
    county_code          varchar(12),
    approved_amount      numeric(14, 2) not null,
    status               varchar(30)   not null,
    created_at           timestamptz   not null,
    version              bigint        not null
);
create index project_host on project (host_organisation_id);
create index project_county on project (county_code);
create index project_pi on project (pi_account_id);

create table project_status_change (
    project_id  uuid         not null references project (id) on delete cascade,
    position    int          not null,
    from_status varchar(30),
    to_status   varchar(30)  not null,
    action      varchar(30)  not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz  not null,
    primary key (project_id, position)
);
