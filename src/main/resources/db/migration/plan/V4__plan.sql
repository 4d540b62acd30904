-- The five-year plan as reference data, reloaded from the shipped YAML at every start (upsert by
-- code). position keeps the plan's own order, which is meaningful (T1..T6, the industries' order).
create table plan_task (
    code           varchar(20)  primary key,
    name           varchar(300) not null,
    programme_name varchar(200) not null,
    position       int          not null
);

create table plan_task_item (
    code      varchar(20)  primary key,
    task_code varchar(20)  not null references plan_task (code),
    name      varchar(300) not null,
    position  int          not null
);
create index plan_task_item_task on plan_task_item (task_code);

create table plan_industry (
    code     varchar(40)  primary key,
    name     varchar(100) not null,
    position int          not null
);

-- numeric without scale keeps published values exactly (a 0.055 % target stays 0.055); the baseline
-- is null where the plan states none.
create table plan_indicator (
    code          varchar(60)  primary key,
    name          varchar(300) not null,
    unit          varchar(40)  not null,
    baseline_2020 numeric,
    target_2025   numeric      not null,
    note          text,
    position      int          not null
);

create table plan_carrier_kind (
    code     varchar(60)  primary key,
    name     varchar(100) not null,
    position int          not null
);
