-- A grace period (宽限期): submissions are still taken this many minutes after the published deadline,
-- so that a PI whose upload was under way at the deadline is not lost. Default none.
alter table program_call add column grace_minutes int not null default 0
    constraint program_call_grace check (grace_minutes between 0 and 1440);

-- Every change of a call's window (extension, grace period), with the reason staff gave. Append-only:
-- the history of a deadline is what the bureau shows when an applicant disputes it.
create table program_call_window_change (
    call_id         uuid         not null references program_call (id),
    position        int          not null,
    old_closes_at   timestamptz  not null,
    new_closes_at   timestamptz  not null,
    old_grace       int          not null,
    new_grace       int          not null,
    reason          text         not null,
    actor_id        uuid         not null,
    actor_name      varchar(100) not null,
    at              timestamptz  not null,
    primary key (call_id, position)
);
