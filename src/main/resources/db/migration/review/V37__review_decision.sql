-- The bureau's decision per proposal from the ranking: approve (with amount), reserve, or reject.
-- Approvals and rejections also go through the proposal's own lifecycle; reserve stays here.
create table review_decision (
    proposal_id  uuid primary key,
    call_id      uuid          not null,
    decision     varchar(20)   not null,
    amount       numeric(14, 2),
    note         text,
    decided_by   varchar(100)  not null,
    decided_at   timestamptz   not null,
    version      bigint        not null
);
create index review_decision_call on review_decision (call_id);
