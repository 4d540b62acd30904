-- The bureau's overrule of "at least N valid reviews before a decision", one per proposal, with its
-- reason and the counts at the time (the latest overrule wins; each one is also in the audit log).
create table review_quorum_overrule (
    proposal_id           uuid primary key,
    reason                text          not null,
    valid_reviews         int           not null,
    minimum               int           not null,
    overruled_by          varchar(100)  not null,
    overruled_by_account  uuid          not null,
    overruled_at          timestamptz   not null
);
