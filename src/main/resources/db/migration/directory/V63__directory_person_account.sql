-- A PI's own person record is found by their account (the PI limit counts their memberships by person).
create index directory_person_account on directory_person (account_id) where account_id is not null;
