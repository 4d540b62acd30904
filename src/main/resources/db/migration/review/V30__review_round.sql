-- Review rounds: a call's formally checked proposals, drawn to experts in one run (issue 5).
create table review_round (
    id                     uuid primary key,
    call_id                uuid          not null,
    title                  varchar(200)  not null,
    mode                   varchar(20)   not null,
    reviewers_per_proposal int           not null,
    max_load               int           not null,
    pair_cap               numeric(3, 2) not null,
    require_outside        boolean       not null,
    review_due             date          not null,
    status                 varchar(20)   not null,
    commitment             char(64),
    seed                   varchar(64),
    draw_error             text,
    objective              double precision,
    optimal                boolean,
    expected_pct           double precision,
    max_probability        double precision,
    max_load_drawn         int,
    min_reviewers          int,
    max_reviewers          int,
    violations             bigint,
    outside_missing        int,
    drawn_at               timestamptz,
    created_by             uuid          not null,
    created_at             timestamptz   not null,
    version                bigint        not null
);
create index review_round_call on review_round (call_id);

create table review_round_proposal (
    round_id    uuid not null references review_round (id) on delete cascade,
    proposal_id uuid not null,
    primary key (round_id, proposal_id)
);
create index review_round_proposal_proposal on review_round_proposal (proposal_id);

create table review_round_status_change (
    round_id    uuid         not null references review_round (id) on delete cascade,
    position    int          not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    action      varchar(30)  not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz  not null,
    primary key (round_id, position)
);

-- The problem exactly as the draw saw it, so anyone can re-run the draw from the revealed seed
-- even after profiles, loads or conflicts have changed. Scores are float4, as the solver reads them.
create table review_round_expert (
    round_id          uuid         not null references review_round (id) on delete cascade,
    idx               int          not null,
    expert_account_id uuid         not null,
    expert_name       varchar(100) not null,
    organisation      int          not null,
    outside           boolean      not null,
    capacity          int          not null,
    primary key (round_id, idx)
);

create table review_round_candidate (
    round_id    uuid not null references review_round (id) on delete cascade,
    proposal_id uuid not null,
    position    int  not null,
    expert_idx  int  not null,
    score       real not null,
    primary key (round_id, proposal_id, position)
);

-- The draw's progress, written outside the draw's transaction so the page can poll it.
create table review_round_job (
    round_id   uuid primary key references review_round (id) on delete cascade,
    step       varchar(20) not null,
    percent    int         not null,
    updated_at timestamptz not null
);

-- One invitation per drawn (or replacement) pair; the review_assignment row is the expert's queue entry.
create table review_round_invitation (
    id                uuid primary key,
    round_id          uuid             not null references review_round (id) on delete cascade,
    proposal_id       uuid             not null,
    expert_account_id uuid             not null,
    expert_name       varchar(100)     not null,
    assignment_id     uuid,
    affinity          double precision not null,
    probability       double precision,
    status            varchar(20)      not null,
    replaces_id       uuid,
    reason            text,
    created_at        timestamptz      not null,
    responded_at      timestamptz,
    reminded_at       timestamptz,
    version           bigint           not null
);
create index review_round_invitation_round on review_round_invitation (round_id, proposal_id);
create index review_round_invitation_assignment on review_round_invitation (assignment_id);
