-- Regions and classifications are reference data: reloaded from the shipped CSVs at every start
-- (upsert by code), so these tables carry no history of their own.
create table directory_county (
    code varchar(12)  primary key,
    name varchar(100) not null
);

create table directory_township (
    code        varchar(12)  primary key,
    name        varchar(100) not null,
    county_code varchar(12)  not null references directory_county (code),
    kind        varchar(40)
);
create index directory_township_county on directory_township (county_code);

-- county_code is denormalised so that per-county counts and filters need no join through townships.
create table directory_village (
    code          varchar(12)  primary key,
    name          varchar(100) not null,
    township_code varchar(12)  not null references directory_township (code),
    county_code   varchar(12)  not null references directory_county (code),
    kind          varchar(40)
);
create index directory_village_township on directory_village (township_code);
create index directory_village_county on directory_village (county_code);

-- parent_code is not a foreign key: the source lists a few children before their parents.
create table directory_discipline (
    code        varchar(12)  primary key,
    name        varchar(200) not null,
    level       smallint     not null,
    parent_code varchar(12)
);

create table directory_industry_code (
    code        varchar(12)  primary key,
    name        varchar(200) not null,
    level       smallint     not null,
    parent_code varchar(12),
    section     char(1)      not null
);

-- Organisations are identified by their unified social credit code; needs_review marks codes that
-- failed the GB 32100 check digit (real early pilot-region codes do) until bureau staff confirm them.
create table directory_organisation (
    id           uuid         primary key,
    uscc         char(18)     not null unique,
    name         varchar(200) not null,
    county_code  varchar(12)  references directory_county (code),
    needs_review boolean      not null,
    created_at   timestamptz  not null,
    version      bigint       not null
);
create index directory_organisation_county on directory_organisation (county_code);
