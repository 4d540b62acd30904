-- A round no longer carries its own yearly cap per expert: the expert pool's one setting applies
-- (expert_setting 'yearly-cap', an expert's own lower cap winning), read through ExpertApi.yearlyCap.
alter table review_round drop column max_load;
