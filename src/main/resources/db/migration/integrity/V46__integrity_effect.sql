-- Which measures have been announced as taking effect (IntegrityRecordTookEffect), so that the
-- recording, the import and the hourly check never announce one twice, on any node.
create table integrity_effect (
    record_id    uuid        not null references integrity_record (id),
    measure_kind varchar(30) not null,
    start_date   date        not null,
    announced_at timestamptz not null,
    primary key (record_id, measure_kind, start_date)
);
