-- The expert pool. One profile per account (the primary key is the account id). Lists that the
-- conflict rules read (relations, employment history, availability) are child tables so the pool
-- index can load them in one query each.
create table expert (
    account_id               uuid primary key,
    username                 varchar(100) not null,
    name                     varchar(100) not null,
    title                    varchar(100),
    employer_organisation_id uuid,
    disciplines              varchar(300) not null,
    keywords                 varchar(500),
    fields                   varchar(300),
    region                   varchar(50),
    partner_province         boolean      not null,
    yearly_cap               int          not null,
    past_work                text,
    status                   varchar(20)  not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null
);
create index expert_status on expert (status);
create index expert_employer on expert (employer_organisation_id);

create table expert_relation (
    expert_id        uuid         not null references expert (account_id) on delete cascade,
    position         int          not null,
    kind             varchar(30)  not null,
    other_account_id uuid,
    other_name       varchar(100),
    from_date        date,
    to_date          date,
    primary key (expert_id, position)
);
create index expert_relation_other on expert_relation (other_account_id);

create table expert_employment (
    expert_id       uuid not null references expert (account_id) on delete cascade,
    position        int  not null,
    organisation_id uuid not null,
    from_date       date,
    to_date         date,
    primary key (expert_id, position)
);

create table expert_availability (
    expert_id uuid not null references expert (account_id) on delete cascade,
    position  int  not null,
    from_date date not null,
    to_date   date not null,
    primary key (expert_id, position)
);

create table expert_status_change (
    expert_id   uuid         not null references expert (account_id) on delete cascade,
    position    int          not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    action      varchar(30)  not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz  not null,
    primary key (expert_id, position)
);
