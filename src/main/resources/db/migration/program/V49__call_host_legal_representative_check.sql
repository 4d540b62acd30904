-- Whether a call checks the host's legal representative against the integrity register
-- (default for new calls: kstp.rules.check-host-legal-representative in application.yml).
alter table program_call
    add column check_host_legal_representative boolean not null default false;
