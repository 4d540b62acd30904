-- The TOTP (RFC 6238) secret of an account. confirmed_at is null while enrolment waits for the first right
-- code; last_step is the last time step accepted, so one code cannot be used twice.
create table identity_second_factor (
    account_id   uuid primary key references identity_account (id) on delete cascade,
    secret       varchar(64)  not null,
    created_at   timestamptz  not null,
    confirmed_at timestamptz,
    last_step    bigint       not null default 0
);

-- Ten one-time recovery codes per enrolment, for a lost phone; SHA-256 of account id and code only.
create table identity_recovery_code (
    account_id uuid        not null references identity_account (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
