-- Background imports (integrity lists, expert lists): the uploaded file until the job ends, the
-- progress the page polls, the dry run's verdict per line, and the job's status history. The file is
-- dropped as soon as it is no longer needed, because integrity lists carry citizen ID numbers.
create table platform_import_job (
    id            uuid primary key,
    kind          varchar(30)  not null,
    file_name     varchar(255) not null,
    format        varchar(10)  not null,
    content       bytea,
    owner_id      uuid         not null,
    owner_name    varchar(100) not null,
    status        varchar(20)  not null,
    total_rows    int          not null default 0,
    done_rows     int          not null default 0,
    refused_rows  int          not null default 0,
    imported_rows int,
    error_key     varchar(200),
    error_args    text,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index platform_import_job_owner on platform_import_job (owner_id, created_at);

create table platform_import_line (
    job_id      uuid         not null references platform_import_job (id) on delete cascade,
    line        int          not null,
    subject     varchar(300),
    refused     boolean      not null,
    message_key varchar(200) not null,
    args        text         not null,
    primary key (job_id, line)
);
create index platform_import_line_refused on platform_import_line (job_id, refused, line);

create table platform_import_job_change (
    job_id      uuid        not null references platform_import_job (id) on delete cascade,
    position    int         not null,
    from_status varchar(20) not null,
    to_status   varchar(20) not null,
    action      varchar(20) not null,
    actor_id    uuid        not null,
    at          timestamptz not null,
    primary key (job_id, position)
);
