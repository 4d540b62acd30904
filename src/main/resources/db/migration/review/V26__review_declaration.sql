-- When the expert declared having no conflict of interest; the proposal's content stays closed until then.
alter table review_assignment add column declared_at timestamptz;
