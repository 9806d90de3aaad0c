-- Issue 14: an import says which list its ethnicity codes come from (QĐ 1019/QĐ-TCTK 2008, the stored one, or
-- QĐ 121-TCTK 1979, crosswalked by the rule cadre.ethnicity-codes); null for jobs whose file has no such column and
-- for jobs started before.
alter table import_job add column ethnicity_scheme varchar(20);
