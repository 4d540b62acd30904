-- Person records (researchers), entered once and offered again on later proposals. ID numbers are
-- never stored: only a hash (citizen IDs hashed as the integrity register does, so records match)
-- and the last four characters for display.
create table directory_person (
    id                uuid primary key,
    name              varchar(100) not null,
    id_type           varchar(20),
    id_hash           char(64),
    id_tail           varchar(4),
    phone             varchar(30),
    title             varchar(100),
    organisation_id   uuid references directory_organisation (id),
    organisation_name varchar(200),
    discipline_code   varchar(12),
    account_id        uuid,
    created_by        uuid         not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    constraint directory_person_identified check (id_hash is not null or phone is not null)
);
create unique index directory_person_id on directory_person (id_type, id_hash) where id_hash is not null;
create index directory_person_org_name on directory_person (organisation_id, name);
create index directory_person_phone on directory_person (phone);
