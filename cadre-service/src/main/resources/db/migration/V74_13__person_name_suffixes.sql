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

-- Whether the name-order walk finds a page sooner than the suffix index. The walk reads about 51 / share entries of
-- person_sort_search (an index-only scan); the suffix index reads every matching row from the table (share x rows)
-- and sorts them, each row costing about seven index entries. So the walk is the cheaper one when the matches m
-- satisfy m^2 >= 51 x rows / 7: at 2,000,000 members from about 3,800 matches (0.2% of names), at 200,000 from
-- about 1,200. m is estimated from a sample of about 4,000 rows taken by table block (a few dozen pages, the
-- same ones every time, so one name is always searched the same way while the table is unchanged). The first
-- 2,000 entries of the name order are no sample: the order is by given name, then middle name, so a surname
-- with a middle name ("nguyen van") has none of its matches among the first thousands ("anh duc ...").
-- Called once per search (its result is an InitPlan of the statement). Parallel unsafe on purpose: it keeps the
-- whole statement out of parallel plans, whose workers would start even for a branch that is never run.
create function person_name_walk_first(pattern text) returns boolean
    language plpgsql stable strict parallel unsafe
as $$
declare
    percent float8;
    sampled float8;
    matching float8;
begin
    -- reltuples only sizes the sample (-1 before the first analyze: then the whole table); the sample itself
    -- gives both the number of rows and of matches
    select least(100, 4000 * 100.0 / greatest(reltuples, 1)) into percent from pg_class where oid = 'person'::regclass;
    select count(*) * 100.0 / percent, count(*) filter (where search_key like pattern escape '!') * 100.0 / percent
        into sampled, matching
        from person tablesample system (percent) repeatable (13);
    return matching ^ 2 >= 51 * sampled / 7;
end
$$;

-- The suffix index answers every query the trigram index did, for this table's only use of it.
drop index person_search;
