-- Issue 13: a name that is rare as a whole but made of common words ("tran thi hoa": 179 of 2,000,000 members)
-- was found through the trigram index, which reads the posting lists of every trigram of the query; "thi", " th",
-- "hoa" are in a third of all names, so the statement grew with the table (32 ms at 2,000,000 members).
--
-- This index holds, for each person, every suffix of search_key that starts at a character other than a space,
-- cut to 32 characters: "tran thi hoa" gives 'tran thi hoa', 'ran thi hoa', 'an thi hoa', ..., 'a'. A text
-- contains q exactly when one of its suffixes starts with q, so "search_key like '%q%'" holds only for rows
-- whose suffixes match the prefix query 'q':* (for q of at most 32 characters the two are the same; a longer q
-- is looked up by its first 32 and the like decides). A prefix lookup reads only the entries that start with q:
-- for "tran thi hoa" a few index pages and the 179 rows, whatever the size of the table.
create function person_name_suffixes(key text) returns tsvector
    language sql immutable strict parallel safe
as $$
    select array_to_tsvector(array(select substr(key, i, 32) from generate_series(1, length(key)) i
                                   where substr(key, i, 1) <> ' '))
$$;

-- The query for a folded search text: its first 32 characters as one quoted lexeme matched as a prefix. Inside
-- the quotes a backslash and a quote are the only characters tsquery reads specially.
create function person_name_query(q text) returns tsquery
    language sql immutable strict parallel safe
as $$
    select ('''' || replace(replace(left(q, 32), '\', '\\'), '''', '''''') || ''':*')::tsquery
$$;

create index person_name_suffix on person using gin (person_name_suffixes(search_key));

-- The service chooses per search between the name-order walk and the suffix index (PersonQueries.byName,
-- NameShares), from PostgreSQL's statistics of search_key: the most common names with their shares and the
-- histogram's bounds, a sample of the rest. At the default of 100 a bound stands for 1% of the names, too coarse
-- for the choice, which turns at about 0.2% at 2,000,000 members; 1,000 makes it 0.1%.
alter table person alter column search_key set statistics 1000;

-- The gate of the statement's two branches: the service's choice passes through it. plpgsql, so PostgreSQL does
-- not inline it, and parallel unsafe, which keeps the whole statement out of parallel plans: their workers would
-- start even for the branch the gate closes (20-30 ms measured for nothing, at a load of 20).
create function person_name_walks(walk boolean) returns boolean
    language plpgsql immutable strict parallel unsafe
as $$
begin
    return walk;
end
$$;

-- The suffix index answers every query the trigram index did, for this table's only use of it.
drop index person_search;
