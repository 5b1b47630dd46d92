{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='append_new_columns',
    pre_hook="{{ delete_changed_rows() }}",
) }}

-- per-article incremental: see macros/incremental_articles.sql
-- depends_on: {{ ref('int_article_changes') }}

with

articles as (

    select * from {{ ref('stg_landing__articles') }}
    where {{ changed_rows_only() }}

),

actor_counts as (

    select
        article_id,
        count(*) as actor_count
    from {{ ref('int_article_actor_map') }}
    where {{ changed_rows_only() }}
    group by article_id

),

quote_counts as (

    select
        article_id,
        count(*) as quote_count
    from {{ ref('stg_landing__quotes') }}
    where {{ changed_rows_only() }}
    group by article_id

),

event_counts as (

    select
        article_id,
        count(*) as event_count
    from {{ ref('stg_landing__events') }}
    where {{ changed_rows_only() }}
    group by article_id

),

boilerplate_counts as (

    select
        article_id,
        count(*) as boilerplate_line_count
    from {{ ref('stg_landing__boilerplate_lines') }}
    where {{ changed_rows_only() }}
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.source_file,
        articles.record_index,
        articles.source_format,
        articles.source_url,
        articles.outlet,
        articles.title,
        articles.subtitle,
        articles.byline,
        articles.dateline,
        articles.language,
        articles.published_at,
        articles.body,
        len(regexp_extract_all(articles.body, '\S+')) as word_count,
        articles.content_hash,
        articles.is_duplicate,
        articles.duplicate_of,
        articles.duplicate_method,
        coalesce(actor_counts.actor_count, 0) as actor_count,
        coalesce(quote_counts.quote_count, 0) as quote_count,
        coalesce(event_counts.event_count, 0) as event_count,
        coalesce(boilerplate_counts.boilerplate_line_count, 0) as boilerplate_line_count,
        articles.ingested_at,
        articles.ingest_warnings

    from articles
    left join actor_counts using (article_id)
    left join quote_counts using (article_id)
    left join event_counts using (article_id)
    left join boilerplate_counts using (article_id)

)

select * from final
