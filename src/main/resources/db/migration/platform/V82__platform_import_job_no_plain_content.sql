-- Import files are now stored encrypted (issue 15: integrity lists carry citizen ID numbers). Files
-- uploaded before, still in plain text, are dropped: their jobs show "file no longer available" and
-- the list is uploaded again.
update platform_import_job set content = null where content is not null;
