-- The organisations as other modules may read them in SQL (lists that show an employer or submitter by
-- name): a published read model, so the directory keeps its table to itself and may change it freely as
-- long as this view keeps its columns. Its name is DirectoryApi.ORGANISATION_VIEW.
create view directory_organisation_v as
select id, uscc, name, county_code
from directory_organisation;
