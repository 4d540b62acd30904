-- The formal-check list of a call: item codes, each with a label in the message bundle.
alter table program_call
    add column formal_check_items varchar(500) not null default 'COMPLETE,SCOPE,BUDGET,SIGNED,ATTACHMENTS';
