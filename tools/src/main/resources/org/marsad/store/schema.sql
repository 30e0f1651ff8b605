-- Marsad's corpus database (DuckDB). Tables hold what was indexed; views derive the rest, so that
-- indexing a record again replaces it and leaves every count as it was. docs/DATABASE.md explains it.
-- Arabic as searches match it: no short vowels or tatweel, one alef, ى as ي, ة as ه (الكاظمى finds الكاظمي).
CREATE OR REPLACE MACRO ar_norm(s) AS
    replace(replace(regexp_replace(regexp_replace(s, '[\x{064B}-\x{065F}\x{0670}\x{0640}]', '', 'g'),
        '[\x{0622}\x{0623}\x{0625}\x{0671}]', 'ا', 'g'), 'ى', 'ي'), 'ة', 'ه');
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR NOT NULL,
    kind VARCHAR,
    parent VARCHAR,
    path VARCHAR,
    url VARCHAR,
    publisher VARCHAR,
    title VARCHAR,
    published DATE,
    lang VARCHAR,
    text VARCHAR,
    search_text VARCHAR -- ar_norm(text), what full-text search reads
);
CREATE TABLE IF NOT EXISTS mentions (
    document VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER,
    text VARCHAR,
    type VARCHAR,
    actor VARCHAR,
    actor_name VARCHAR,
    actor_name_en VARCHAR,
    kb BOOLEAN,
    role VARCHAR,
    published DATE, -- the document's, here too: timelines and date filters then read mentions alone
    publisher VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    document VARCHAR NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    text VARCHAR,
    kind VARCHAR,
    cue VARCHAR,
    speaker VARCHAR,
    speaker_actor VARCHAR,
    published DATE
);
CREATE TABLE IF NOT EXISTS times (
    document VARCHAR NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    text VARCHAR,
    type VARCHAR,
    value VARCHAR,
    calendar VARCHAR
);
CREATE TABLE IF NOT EXISTS kb_actors (
    id VARCHAR NOT NULL,
    type VARCHAR,
    name VARCHAR,
    name_en VARCHAR,
    aliases VARCHAR[],
    country VARCHAR,
    role VARCHAR
);
CREATE TABLE IF NOT EXISTS indexed_files (
    path VARCHAR NOT NULL,
    bytes BIGINT,
    modified TIMESTAMP,
    documents BIGINT,
    indexed TIMESTAMP
);
-- Whether the derived tables (refresh.sql) hold what the tables above hold: indexing clears it, refreshing sets it.
CREATE TABLE IF NOT EXISTS derived (fresh BOOLEAN);
