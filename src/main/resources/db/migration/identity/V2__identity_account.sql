create table identity_account (
    id               uuid primary key,
    username         varchar(64)  not null unique,
    password_hash    varchar(200) not null,
    display_name     varchar(100) not null,
    county_code      varchar(12),
    organisation_id  uuid,
    failed_logins    int          not null default 0,
    locked_until     timestamptz,
    enabled          boolean      not null default true,
    created_at       timestamptz  not null,
    version          bigint       not null
);

create table identity_account_role (
    account_id uuid        not null references identity_account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);
create index identity_account_role_role on identity_account_role (role);
