-- Files attached to a proposal. The bytes live in the attachment module, keyed by sha256; type and
-- size are copied here because they are facts of that content that never change, so the list page
-- needs no other module's table.
create table proposal_attachment (
    id               uuid         primary key,
    proposal_id      uuid         not null references proposal (id) on delete cascade,
    sha256           char(64)     not null,
    filename         varchar(200) not null,
    detected_type    varchar(10)  not null,
    size_bytes       bigint       not null,
    description      varchar(200),
    uploaded_by      uuid         not null,
    uploaded_by_name varchar(100) not null,
    uploaded_at      timestamptz  not null
);
create index proposal_attachment_proposal on proposal_attachment (proposal_id, uploaded_at);
