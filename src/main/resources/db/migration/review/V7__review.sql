create table review_assignment (
    id                uuid primary key,
    proposal_id       uuid         not null,
    expert_account_id uuid         not null,
    expert_name       varchar(100) not null,
    status            varchar(20)  not null,
    scientific_value  smallint,
    innovation        smallint,
    feasibility       smallint,
    team              smallint,
    total             numeric(5, 2),
    opinion           text,
    assigned_at       timestamptz  not null,
    submitted_at      timestamptz,
    version           bigint       not null,
    unique (proposal_id, expert_account_id)
);
create index review_assignment_expert on review_assignment (expert_account_id);
