-- Equipment lines say how the money is spent: only purchase leaves the indirect-cost base
-- (国办发〔2021〕32号); trial manufacture, upgrade and rental stay in it. Lines entered before
-- the split were all treated as purchase, so they keep that meaning.
alter table proposal_budget_line add column equipment_kind varchar(20);
update proposal_budget_line set equipment_kind = 'PURCHASE' where category = 'EQUIPMENT';
alter table proposal_budget_line add constraint proposal_budget_line_equipment_kind
    check (equipment_kind is null or category = 'EQUIPMENT');
