-- Issue 13: a search for a common name walks the name-order index and filters thousands of entries on search_key.
-- With search_key in the index the filter is checked on the index entries alone (an index-only scan); the
-- table is read only for the page's rows. It replaces person_sort, whose (sort_key, id) order it keeps.
create index person_sort_search on person (sort_key, id) include (search_key);
drop index person_sort;
