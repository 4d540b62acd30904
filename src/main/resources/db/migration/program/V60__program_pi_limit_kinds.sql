-- 限项 (Xinjiang 2023): projects of some programme kinds (科技特派员 services, 自治区自然科学基金,
-- 少数民族科技骨干特培) are not counted in the PI limit; the bureau marks such programmes.
alter table program_program
    add column outside_pi_limit boolean not null default false;

-- Whether the PI limit also counts projects where the PI is only a team member (default for new
-- calls: kstp.rules.pi-limit-counts-memberships; the rule as written counts the PI's own projects).
alter table program_call
    add column pi_limit_counts_memberships boolean not null default false;
