-- Append-only, hash-chained operation log. Each row's hash covers the previous row's hash, so a
-- deleted or altered row breaks the chain; the trigger refuses UPDATE and DELETE outright.
create table audit_record (
    seq            bigserial primary key,
    occurred_at    timestamptz  not null,
    actor_id       uuid         not null,
    actor_username varchar(100) not null,
    object_type    varchar(60)  not null,
    object_id      varchar(100) not null,
    action         varchar(60)  not null,
    detail         text,
    remote_address varchar(64),
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);
create index audit_record_object on audit_record (object_type, object_id);
create index audit_record_actor on audit_record (actor_username);

create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only';
end $$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
