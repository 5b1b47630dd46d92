-- Landing tables written by the Python pipeline; dbt reads them as the `landing` source.
-- No landing table has a mart's name (BI tools list every schema, so `landing.articles` beside
-- `main.articles` invited the wrong pick): tables renamed since are in warehouse.LANDING_RENAMES.
-- A re-run replaces a file's rows rather than duplicating them (newsroom/warehouse.py). Files and
-- articles have primary keys; the per-article detail tables do not: DuckDB keeps an index's memory
-- for good, so keys on them made the loader grow with the warehouse. Their grain is tested by dbt
-- (unique_combination_of_columns in dbt/models/staging/landing/_landing__models.yml).
create schema if not exists landing;

create table if not exists landing.raw_files (
    path            varchar primary key,    -- relative to the raw folder
    size_bytes      bigint not null,
    content_hash    varchar not null,       -- sha256 of the file's bytes
    file_format     varchar not null,       -- txt | html | json | jsonl
    status          varchar not null,       -- loaded | rejected
    first_seen_at   timestamp not null,
    last_seen_at    timestamp not null,
    processed_at    timestamp not null
);
-- st_mtime when the file was hashed: an unchanged size and mtime means unchanged bytes (as make
-- and rsync assume), so a run does not re-read every file. Added after the first release.
alter table landing.raw_files add column if not exists mtime double;

create table if not exists landing.file_rejections (
    path            varchar primary key,
    content_hash    varchar,
    reason          varchar not null,
    first_seen_at   timestamp not null,
    last_seen_at    timestamp not null
);

create table if not exists landing.extracted_articles (
    article_id      varchar primary key,    -- md5(source_file || '#' || record_index): stable across runs
    source_file     varchar not null,
    record_index    integer not null,
    source_format   varchar not null,
    source_url      varchar,
    outlet          varchar,
    title           varchar,
    subtitle        varchar,
    byline          varchar,
    dateline        varchar,
    published_at    timestamptz,            -- UTC instant (see warehouse._published_at_in_utc)
    body            varchar not null,
    content_hash    varchar not null,       -- of the raw file
    text_hash       varchar not null,       -- of the normalised body, for exact duplicates
    duplicate_of    varchar,                -- article_id of the first copy, when this is a duplicate
    duplicate_method varchar,               -- exact | near
    ingested_at     timestamp not null
);
-- ISO 639-1 code of the body (py3langid), null when unsure. Added after the first release.
alter table landing.extracted_articles add column if not exists language varchar;
-- What reading changed in the article: undecodable bytes replaced, text cut to the length cap,
-- over-long metadata cut ("; "-separated; null when nothing). Added after the first release.
alter table landing.extracted_articles add column if not exists ingest_warnings varchar;

create table if not exists landing.extracted_boilerplate_lines (
    article_id      varchar not null,
    line_index      integer not null,
    line_text       varchar not null,
    reason          varchar not null
);

create table if not exists landing.article_actors (
    article_id      varchar not null,
    entity_index    integer not null,
    name            varchar not null,
    actor_type      varchar not null,
    country_code    varchar,
    cameo_actor_code varchar
);

create table if not exists landing.mentions (
    article_id      varchar not null,
    entity_index    integer not null,
    mention_text    varchar not null,
    start_char      integer not null,
    end_char        integer not null,
    sentence_index  integer not null,
    mention_kind    varchar not null
);

create table if not exists landing.extracted_quotes (
    article_id      varchar not null,
    quote_index     integer not null,
    quote_text      varchar not null,
    quote_kind      varchar not null,
    speaker_entity  integer,
    speaker_mention varchar,
    cue             varchar,
    start_char      integer,
    end_char        integer,
    sentence_index  integer,
    in_headline     boolean not null
);

create table if not exists landing.extracted_events (
    article_id      varchar not null,
    event_index     integer not null,
    sentence_index  integer not null,
    actor1_entity   integer,
    actor2_entity   integer,
    cameo_code      varchar not null,
    trigger_text    varchar not null,
    sentence_text   varchar not null,
    confidence      double not null,
    event_date      date
);

create table if not exists landing.run_log (
    run_id          varchar primary key,
    started_at      timestamp not null,
    finished_at     timestamp,
    status          varchar not null,       -- running | completed | failed
    files_seen      integer,
    files_new       integer,
    files_changed   integer,
    files_unchanged integer,
    files_removed   integer,
    files_rejected  integer,
    articles_loaded integer,
    duplicates      integer,
    quotes          integer,
    events          integer,
    stage_seconds   json,                   -- {"discover": 0.1, "clean": ..., "extract": ..., "load": ..., "dbt": ...}
    message         varchar
);

create table if not exists landing.article_signatures (
    article_id      varchar not null,
    minhash         ubigint[] not null      -- MinHash of the body's word shingles, for near-duplicate lookup
);

create table if not exists landing.signature_bands (
    article_id      varchar not null,
    band_key        bigint not null         -- one per LSH band of the signature (newsroom/dedupe.py)
);
