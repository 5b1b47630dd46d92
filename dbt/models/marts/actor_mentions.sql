{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_rows() }}",
) }}

-- per-article incremental: see macros/incremental_articles.sql
-- depends_on: {{ ref('int_article_changes') }}

with

mentions as (

    select * from {{ ref('stg_landing__mentions') }}
    where {{ changed_rows_only() }}

),

actor_map as (

    select
        article_id,
        entity_index,
        actor_id
    from {{ ref('int_article_actor_map') }}

),

final as (

    select
        md5(mentions.article_id || '#mention#' || mentions.start_char::varchar || ':' || mentions.end_char::varchar)
            as mention_id,
        mentions.article_id,
        actor_map.actor_id,
        mentions.mention_text,
        mentions.mention_kind,
        mentions.start_char,
        mentions.end_char,
        mentions.sentence_index

    from mentions
    left join actor_map
        on actor_map.article_id = mentions.article_id
        and actor_map.entity_index = mentions.entity_index

)

select * from final
