-- An organisation's legal representative. The citizen ID is never stored: only the integrity
-- register's hash (so records match) and the last four characters for display, as for person records.
alter table directory_organisation
    add column legal_rep_name    varchar(100),
    add column legal_rep_id_hash char(64),
    add column legal_rep_id_tail varchar(4);
