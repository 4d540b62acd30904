-- Conflict-of-interest rules are data on each call (defaults: kstp.rules.conflict.* in application.yml).
alter table program_call
    add column conflict_same_organisation_years int     not null default 3,
    add column conflict_relation_years          int     not null default 3,
    add column conflict_collaboration_years     int     not null default 3,
    add column conflict_same_county             boolean not null default false;
