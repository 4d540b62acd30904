-- The call item a proposal answers (scoring ranks per item), its discipline and project period
-- start, partner institutions, assessable indicators, milestones, and team members as person records.
alter table proposal
    add column call_item_id     uuid,
    add column discipline_code  varchar(12),
    add column planned_start_on date;
create index proposal_call_item on proposal (call_item_id);

alter table proposal_team_member
    add column person_id       uuid,
    add column discipline_code varchar(12);

create table proposal_partner (
    proposal_id     uuid         not null references proposal (id) on delete cascade,
    position        int          not null,
    organisation_id uuid         not null,
    uscc            char(18)     not null,
    name            varchar(200) not null,
    role            varchar(30)  not null,
    primary key (proposal_id, position)
);
create index proposal_partner_organisation on proposal_partner (organisation_id);

create table proposal_indicator (
    proposal_id  uuid         not null references proposal (id) on delete cascade,
    position     int          not null,
    name         varchar(200) not null,
    target_value varchar(100),
    unit         varchar(40),
    primary key (proposal_id, position)
);

create table proposal_milestone (
    proposal_id uuid         not null references proposal (id) on delete cascade,
    position    int          not null,
    starts_on   date,
    ends_on     date,
    milestone   varchar(300) not null,
    deliverable varchar(300),
    primary key (proposal_id, position)
);
