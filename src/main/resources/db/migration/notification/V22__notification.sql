-- In-app notices. The text is a message key plus arguments, rendered in the reader's language when
-- shown. dedup_key names the event that caused the notice: a re-delivered event (the event registry
-- republishes unfinished ones after a restart) finds its row and neither notifies nor mails again.
create table notification_notice (
    id           uuid         primary key,
    recipient_id uuid         not null,
    message_key  varchar(100) not null,
    args         jsonb        not null,
    link         varchar(300),
    dedup_key    varchar(200) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz,
    unique (recipient_id, dedup_key)
);
create index notification_notice_recipient on notification_notice (recipient_id, created_at desc);

-- Deadline reminders already sent: one row per draft, threshold and deadline. The deadline is part of
-- the key so that an extended call reminds again before its new close, and a restart never repeats one.
create table notification_reminder (
    proposal_id uuid        not null,
    threshold   varchar(10) not null,
    closes_at   timestamptz not null,
    sent_at     timestamptz not null,
    primary key (proposal_id, threshold, closes_at)
);
