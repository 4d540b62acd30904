-- Where notices are e-mailed. Optional: an account without an address still gets in-app notices.
alter table identity_account add column email varchar(254);
