-- Technology demands (需求征集). A demand comes either from an organisation (enterprise or
-- institution: organisation_id set) or from a county bureau (organisation_id null); county_code is
-- always set so that county staff see their county's demands without a join.
create table demand_technology_demand (
    id                 uuid primary key,
    title              varchar(200)   not null,
    problem            text           not null,
    industry_code      varchar(20)    not null,
    gbt_industry_code  varchar(12),
    county_code        varchar(12)    not null,
    expected_outcome   text           not null,
    co_funding         numeric(14, 2) not null,
    -- Contact details are personal data: only staff and the submitter see them, never the public.
    contact_name       varchar(100)   not null,
    contact_phone      varchar(30)    not null,
    contact_email      varchar(200),
    organisation_id    uuid,
    submitted_by       uuid           not null,
    submitter_name     varchar(100)   not null,
    status             varchar(20)    not null,
    merged_into_id     uuid references demand_technology_demand (id),
    submitted_at       timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null,
    constraint demand_co_funding check (co_funding >= 0),
    constraint demand_merge_reference check ((status = 'MERGED') = (merged_into_id is not null))
);
create index demand_county on demand_technology_demand (county_code);
create index demand_organisation on demand_technology_demand (organisation_id);
create index demand_submitted_by on demand_technology_demand (submitted_by);
create index demand_status on demand_technology_demand (status);
create index demand_merged_into on demand_technology_demand (merged_into_id);

create table demand_status_change (
    demand_id   uuid         not null references demand_technology_demand (id),
    position    int          not null,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    action      varchar(20)  not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz  not null,
    primary key (demand_id, position)
);

-- A call the demand feeds. call_id is not a foreign key: calls belong to the program module, and
-- the link is checked through ProgramApi when it is made.
create table demand_call_link (
    demand_id      uuid         not null references demand_technology_demand (id),
    call_id        uuid         not null,
    linked_by      uuid         not null,
    linked_by_name varchar(100) not null,
    linked_at      timestamptz  not null,
    primary key (demand_id, call_id)
);
create index demand_call_link_call on demand_call_link (call_id);
