-- What was submitted, frozen at the moment of submission: the receipt PDF is rendered from here,
-- never from the live proposal, which the PI may edit again after a return. The snapshot is text,
-- not jsonb, because jsonb re-orders keys and spacing and the hash is over the exact bytes stored.
-- Rows are only ever inserted.
create table proposal_submission (
    proposal_id     uuid        not null references proposal (id) on delete cascade,
    round           int         not null,
    tracking_number varchar(20) not null,
    submitted_at    timestamptz not null,
    snapshot        text        not null,
    sha256          char(64)    not null,
    primary key (proposal_id, round)
);
