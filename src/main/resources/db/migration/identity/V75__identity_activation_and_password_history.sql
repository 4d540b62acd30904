-- When the holder last set the password: the maximum age (kstp.security.password.max-age) counts from here.
-- Null while an account waits for activation. Existing accounts start a full period from this migration,
-- not from their creation, so an upgrade does not lock everybody out on the same morning.
alter table identity_account add column password_changed_at timestamptz;
update identity_account set password_changed_at = now();

-- One-time codes by which a holder sets a password: after the system administrator opens the account
-- (ACTIVATE) or after the security administrator resets it (RESET). Only a SHA-256 hash of the code is kept;
-- the code itself is shown once to the administrator and e-mailed when mail is configured.
create table identity_activation (
    id          uuid primary key,
    account_id  uuid         not null references identity_account (id) on delete cascade,
    code_hash   char(64)     not null unique,
    purpose     varchar(16)  not null,
    issued_by   uuid         not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index identity_activation_account on identity_activation (account_id);

-- Earlier password hashes, so the last N (kstp.security.password.history) are not reused.
create table identity_password_history (
    account_id    uuid         not null references identity_account (id) on delete cascade,
    password_hash varchar(200) not null,
    changed_at    timestamptz  not null
);
create index identity_password_history_account on identity_password_history (account_id, changed_at desc);
