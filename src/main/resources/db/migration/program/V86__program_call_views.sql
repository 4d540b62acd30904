-- Calls and their items as other modules may read them in SQL (proposal lists show the call's title;
-- demands link to calls still being drafted, which ProgramApi does not publish). Published read models:
-- the program module keeps its tables to itself. Names: ProgramApi.CALL_VIEW, ProgramApi.CALL_ITEM_VIEW.
create view program_call_v as
select c.id, c.program_id, p.name as program_name, c.title, c.status, c.created_at,
       c.endorsement_required, c.recommendation_required
from program_call c
join program_program p on p.id = c.program_id;

create view program_call_item_v as
select call_id, item_id, position, title
from program_call_item;
