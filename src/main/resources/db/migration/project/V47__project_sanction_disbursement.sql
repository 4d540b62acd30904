-- Integrity alerts on projects: a sanction against the PI or host of a running project holds its
-- disbursements until bureau staff decide (continue, suspend, terminate). One row per record.
create table project_sanction_alert (
    project_id      uuid         not null references project (id) on delete cascade,
    position        int          not null,
    record_id       uuid         not null,
    party           varchar(10)  not null,
    subject_name    varchar(200),
    issuer          varchar(200) not null,
    document_number varchar(100) not null,
    measures        varchar(500) not null,
    took_effect_on  date         not null,
    raised_at       timestamptz  not null,
    status          varchar(20)  not null,
    decided_by      uuid,
    decided_by_name varchar(100),
    decided_at      timestamptz,
    note            text,
    primary key (project_id, position)
);
create index project_sanction_alert_record on project_sanction_alert (record_id);

-- Payments of the approved amount to the host institution, recorded by bureau staff.
create table project_disbursement (
    project_id       uuid           not null references project (id) on delete cascade,
    position         int            not null,
    amount           numeric(14, 2) not null check (amount > 0),
    note             varchar(500),
    recorded_by      uuid           not null,
    recorded_by_name varchar(100)   not null,
    recorded_at      timestamptz    not null,
    primary key (project_id, position)
);
