-- Every submit attempt with what blocked it, so the bureau can judge extension requests fairly.
create table proposal_submit_attempt (
    id          bigserial primary key,
    proposal_id uuid         not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    at          timestamptz  not null,
    outcome     varchar(20)  not null,
    blockers    text
);
create index proposal_submit_attempt_proposal on proposal_submit_attempt (proposal_id, at);
