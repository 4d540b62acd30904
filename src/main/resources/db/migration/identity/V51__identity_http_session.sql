-- Signed-in sessions live in the database (Spring Session JDBC), so a restart or a crash at the deadline
-- does not sign everybody out: after a restart every applicant goes on where they were, instead of all
-- of them signing in again at once (one password hash per core at a time). Spring Session's schema for
-- PostgreSQL, under the module's table prefix (spring.session.jdbc.table-name).
create table identity_http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint identity_http_session_pk primary key (primary_id)
);
create unique index identity_http_session_ix1 on identity_http_session (session_id);
create index identity_http_session_ix2 on identity_http_session (expiry_time);
create index identity_http_session_ix3 on identity_http_session (principal_name);

create table identity_http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint identity_http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint identity_http_session_attributes_fk foreign key (session_primary_id)
        references identity_http_session (primary_id) on delete cascade
);
