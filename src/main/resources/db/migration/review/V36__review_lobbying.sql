-- Lobbying reports (请托举报, 国科发监〔2020〕360号): an assigned expert records who approached them.
-- Append-only; staff read them and may flag the proposal.
create table review_lobbying_report (
    id                  uuid primary key,
    assignment_id       uuid          not null,
    proposal_id         uuid          not null,
    reporter_account_id uuid          not null,
    reporter_name       varchar(100)  not null,
    approached_by       varchar(200)  not null,
    approached_on       date          not null,
    channel             varchar(20)   not null,
    details             text          not null,
    reported_at         timestamptz   not null
);
create index review_lobbying_report_proposal on review_lobbying_report (proposal_id);

-- A staff-only flag on a proposal (and so its applicant), usually after a lobbying report.
create table review_proposal_flag (
    id           uuid primary key,
    proposal_id  uuid         not null,
    report_id    uuid references review_lobbying_report (id),
    note         text         not null,
    flagged_by   varchar(100) not null,
    flagged_at   timestamptz  not null
);
create index review_proposal_flag_proposal on review_proposal_flag (proposal_id);
