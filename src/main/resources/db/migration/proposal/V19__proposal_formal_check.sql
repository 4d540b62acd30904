-- The latest formal check of each proposal: one row per checklist item, with the note the applicant sees.
create table proposal_formal_check (
    proposal_id uuid         not null references proposal (id) on delete cascade,
    item_code   varchar(40)  not null,
    passed      boolean      not null,
    note        text,
    checked_by  varchar(100) not null,
    checked_at  timestamptz  not null,
    primary key (proposal_id, item_code)
);
