-- A demand feeds a call item (指南条目), not only a call; links made before items existed keep a
-- null item. One link per demand, call and item.
alter table demand_call_link drop constraint demand_call_link_pkey;
alter table demand_call_link add column call_item_id uuid;
create unique index demand_call_link_unique on demand_call_link
    (demand_id, call_id, coalesce(call_item_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index demand_call_link_item on demand_call_link (call_item_id);
