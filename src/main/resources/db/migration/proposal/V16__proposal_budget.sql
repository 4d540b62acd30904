-- Budget by the 2021 rules: direct cost lines in three categories, indirect costs, co-funding.
alter table proposal
    add column indirect_amount numeric(14, 2),
    add column planned_end_on  date;

create table proposal_budget_line (
    proposal_id   uuid          not null references proposal (id) on delete cascade,
    position      int           not null,
    category      varchar(20)   not null,
    item          varchar(200)  not null,
    amount        numeric(14, 2) not null check (amount > 0),
    justification text,
    primary key (proposal_id, position)
);

create table proposal_co_funding (
    proposal_id uuid          not null references proposal (id) on delete cascade,
    position    int           not null,
    source      varchar(200)  not null,
    amount      numeric(14, 2) not null check (amount > 0),
    primary key (proposal_id, position)
);
