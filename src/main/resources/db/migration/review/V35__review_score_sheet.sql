-- Score sheets are data per call: the bureau chooses the criteria, their weights (summing to 100)
-- and each criterion's scale (0-10 or 0-100). A call without rows uses kstp.review.score-sheet until
-- its first review is submitted, when the sheet in force is written here and frozen.
create table review_sheet_criterion (
    call_id   uuid          not null,
    position  int           not null,
    criterion varchar(40)   not null,
    weight    numeric(5, 2) not null check (weight > 0 and weight <= 100),
    max_score int           not null check (max_score in (10, 100)),
    primary key (call_id, position),
    unique (call_id, criterion)
);

-- One expert's scores, opinion and recommendation on one assignment: a draft until submitted.
create table review_scorecard (
    id                uuid primary key references review_assignment (id) on delete cascade,
    proposal_id       uuid          not null,
    call_id           uuid          not null,
    expert_account_id uuid          not null,
    opinion           text,
    recommendation    varchar(30),
    total             numeric(6, 2),
    pledged_at        timestamptz,
    saved_at          timestamptz,
    submitted_at      timestamptz,
    invalid_reason    text,
    invalidated_at    timestamptz,
    invalidated_by    varchar(100),
    version           bigint        not null
);
create index review_scorecard_call on review_scorecard (call_id);
create index review_scorecard_proposal on review_scorecard (proposal_id);

create table review_score (
    scorecard_id uuid        not null references review_scorecard (id) on delete cascade,
    criterion    varchar(40) not null,
    score        int         not null check (score >= 0 and score <= 100),
    primary key (scorecard_id, criterion)
);

-- Reviews submitted on the old fixed sheet keep their meaning: their calls get that sheet
-- (30/25/25/20, 0-10) and the scores move into scorecards. Read once from the proposal table
-- for the call of each reviewed proposal; from now on review stores the call itself.
insert into review_sheet_criterion (call_id, position, criterion, weight, max_score)
select c.call_id, v.position, v.criterion, v.weight, 10
from (select distinct p.call_id from review_assignment a join proposal p on p.id = a.proposal_id
      where a.status = 'SUBMITTED') c
cross join (values (0, 'SCIENTIFIC_VALUE', 30), (1, 'INNOVATION', 25), (2, 'FEASIBILITY', 25), (3, 'TEAM', 20))
    as v (position, criterion, weight);

insert into review_scorecard (id, proposal_id, call_id, expert_account_id, opinion, total, saved_at,
                              submitted_at, version)
select a.id, a.proposal_id, p.call_id, a.expert_account_id, a.opinion, a.total, a.submitted_at, a.submitted_at, 0
from review_assignment a join proposal p on p.id = a.proposal_id
where a.status = 'SUBMITTED';

insert into review_score (scorecard_id, criterion, score)
select id, 'SCIENTIFIC_VALUE', scientific_value from review_assignment where status = 'SUBMITTED' and scientific_value is not null
union all
select id, 'INNOVATION', innovation from review_assignment where status = 'SUBMITTED' and innovation is not null
union all
select id, 'FEASIBILITY', feasibility from review_assignment where status = 'SUBMITTED' and feasibility is not null
union all
select id, 'TEAM', team from review_assignment where status = 'SUBMITTED' and team is not null;
