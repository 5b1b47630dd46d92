{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_rows(['speaker_actor_id']) }}",
) }}

-- per-article incremental: see macros/incremental_articles.sql
-- depends_on: {{ ref('int_article_changes') }}
-- depends_on: {{ ref('int_actor_changes') }}

with

quotes as (

    select * from {{ ref('stg_landing__quotes') }}

),

actor_map as (

    select
        article_id,
        entity_index,
        actor_id
    from {{ ref('int_article_actor_map') }}

),

actors as (

    select
        actor_id,
        actor_name
    from {{ ref('int_actors_resolved') }}

),

final as (

    select
        md5(quotes.article_id || '#quote#' || quotes.quote_index::varchar) as quote_id,
        quotes.article_id,
        quotes.quote_index,
        quotes.quote_text,
        quotes.quote_kind,
        actor_map.actor_id as speaker_actor_id,
        actors.actor_name as speaker_name,
        quotes.speaker_mention,
        quotes.cue,
        quotes.start_char,
        quotes.end_char,
        quotes.sentence_index,
        quotes.in_headline

    from quotes
    left join actor_map
        on actor_map.article_id = quotes.article_id
        and actor_map.entity_index = quotes.speaker_entity
    left join actors
        on actors.actor_id = actor_map.actor_id
    where {{ changed_rows_only('quotes.article_id', ['actor_map.actor_id']) }}

)

select * from final
