-- A proposal's county is its host institution's county (issue 15): it decides which county staff see
-- the proposal and whose quota it uses, so the applicant no longer chooses it. Proposals no county has
-- acted on yet take their host's county; a code that names no Kashgar county (e.g. 999999) is dropped,
-- leaving the bureau to decide, as for a host outside the prefecture. Recommended and later proposals
-- keep the county that recommended them.
update proposal p
   set county_code = o.county_code
  from directory_organisation o
 where o.id = p.host_organisation_id
   and o.county_code is not null
   and p.status in ('DRAFT', 'RETURNED', 'SUBMITTED', 'ENDORSED')
   and p.county_code is distinct from o.county_code;

update proposal p
   set county_code = null
 where p.county_code is not null
   and not exists (select 1 from directory_county c where c.code = p.county_code);
