-- One row per distinct content. Files live on disk under files/ab/cd/<sha256>; names belong to the
-- uploads that refer to a blob (e.g. proposal_attachment), because the same bytes may carry many names.
create table attachment_blob (
    sha256        char(64)    primary key,
    size_bytes    bigint      not null check (size_bytes > 0),
    detected_type varchar(10) not null,
    created_by    uuid        not null,
    created_at    timestamptz not null
);
