-- The applicant's own list of experts who should not review the proposal (at most 3, each with a
-- reason). Seen by the team and bureau staff only; the named experts never learn of it.
create table proposal_expert_exclusion (
    proposal_id       uuid         not null references proposal (id) on delete cascade,
    position          int          not null,
    expert_name       varchar(100) not null,
    expert_employer   varchar(200),
    reason            text         not null,
    expert_account_id uuid,
    primary key (proposal_id, position)
);
