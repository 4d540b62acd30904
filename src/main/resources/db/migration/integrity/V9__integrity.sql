-- The research-integrity register: append-only. A finding (kind FINDING) and the entries that refer to
-- it (corrections, appeal outcomes, revocations, early lifting) are never changed or deleted; the
-- record's current state is derived from them in code. Citizen ID numbers are stored only as hashes.
create table integrity_record (
    seq                bigserial    primary key,
    id                 uuid         not null unique,
    kind               varchar(20)  not null,
    refers_to          uuid         references integrity_record (id),
    subject_type       varchar(30),
    person_account_id  uuid,
    person_name        varchar(100),
    person_id_hash     char(64),
    organisation_uscc  varchar(18),
    organisation_name  varchar(200),
    finding            text,
    issuer             varchar(200) not null,
    document_number    varchar(100) not null,
    decision_date      date         not null,
    tier               varchar(20),
    appeal_outcome     varchar(20),
    effective_date     date,
    note               text,
    recorded_at        timestamptz  not null,
    recorded_by        uuid         not null,
    recorded_by_name   varchar(100) not null,
    constraint integrity_record_refers check ((kind = 'FINDING') = (refers_to is null)),
    constraint integrity_record_subject check (kind not in ('FINDING', 'CORRECTION')
        or (subject_type is not null and tier is not null
            and (organisation_uscc is not null or person_account_id is not null or person_id_hash is not null))),
    constraint integrity_record_appeal check ((kind = 'APPEAL') = (appeal_outcome is not null)),
    constraint integrity_record_lifting check ((kind = 'EARLY_LIFTING') = (effective_date is not null))
);
create index integrity_record_refers_to on integrity_record (refers_to);
create index integrity_record_uscc on integrity_record (organisation_uscc) where organisation_uscc is not null;
create index integrity_record_account on integrity_record (person_account_id) where person_account_id is not null;
create index integrity_record_id_hash on integrity_record (person_id_hash) where person_id_hash is not null;
create index integrity_record_document on integrity_record (document_number);

-- Measures of a finding, correction or varied appeal. end_date is inclusive; null means permanent.
create table integrity_measure (
    record_id   uuid         not null references integrity_record (id),
    position    int          not null,
    kind        varchar(30)  not null,
    scope       varchar(200),
    start_date  date         not null,
    end_date    date,
    primary key (record_id, position),
    constraint integrity_measure_period check (end_date is null or end_date >= start_date)
);

create function integrity_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: add a correction, appeal, revocation or lifting entry instead', tg_table_name;
end $$;

create trigger integrity_record_no_update before update or delete on integrity_record
    for each row execute function integrity_append_only();
create trigger integrity_record_no_truncate before truncate on integrity_record
    for each statement execute function integrity_append_only();
create trigger integrity_measure_no_update before update or delete on integrity_measure
    for each row execute function integrity_append_only();
create trigger integrity_measure_no_truncate before truncate on integrity_measure
    for each statement execute function integrity_append_only();
