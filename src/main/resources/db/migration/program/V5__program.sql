create table program_program (
    id             uuid primary key,
    name           varchar(200) not null,
    plan_task_code varchar(20)  not null,
    description    text,
    created_at     timestamptz  not null,
    version        bigint       not null
);

create table program_call (
    id                      uuid primary key,
    program_id              uuid          not null references program_program (id),
    title                   varchar(200)  not null,
    guideline               text,
    opens_at                timestamptz   not null,
    closes_at               timestamptz   not null,
    budget_cap              numeric(14, 2) not null,
    endorsement_required    boolean       not null,
    recommendation_required boolean       not null,
    status                  varchar(20)   not null,
    created_at              timestamptz   not null,
    version                 bigint        not null,
    constraint program_call_window check (opens_at < closes_at),
    constraint program_call_budget check (budget_cap > 0)
);
create index program_call_program on program_call (program_id);

create table program_call_status_change (
    call_id     uuid        not null references program_call (id),
    position    int         not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    action      varchar(20) not null,
    actor_id    uuid        not null,
    actor_name  varchar(100) not null,
    comment     text,
    at          timestamptz not null,
    primary key (call_id, position)
);
