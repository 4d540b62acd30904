-- Call items (指南条目): what a call asks for, item by item, with an optional cap and number of
-- projects to fund each. item_id is stable across edits (the call aggregate rewrites its rows on
-- every save), so proposals and demands refer to it, not to the position.
create table program_call_item (
    call_id        uuid           not null references program_call (id) on delete cascade,
    position       int            not null,
    item_id        uuid           not null unique,
    title          varchar(200)   not null,
    research_goals text           not null,
    indicators     text           not null,
    budget_cap     numeric(14, 2) check (budget_cap > 0),
    max_funded     int            check (max_funded > 0),
    primary key (call_id, position)
);

-- Which optional parts of the proposal form this call requires (codes of RequiredSection).
alter table program_call
    add column required_sections varchar(200) not null default '';
