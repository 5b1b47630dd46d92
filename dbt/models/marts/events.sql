{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_rows(['actor1_id', 'actor2_id']) }}",
) }}

-- per-article incremental: see macros/incremental_articles.sql
-- depends_on: {{ ref('int_article_changes') }}
-- depends_on: {{ ref('int_actor_changes') }}

with

events as (

    select * from {{ ref('int_events_coded') }}
    where {{ changed_rows_only('article_id', ['actor1_id', 'actor2_id']) }}

),

actors as (

    select
        actor_id,
        actor_name,
        country_code
    from {{ ref('int_actors_resolved') }}

),

final as (

    select
        events.event_id,
        events.article_id,
        events.event_index,
        events.sentence_index,
        events.event_date,
        events.event_date_is_publication_date,
        events.date_source,
        events.actor1_id,
        actor1.actor_name as actor1_name,
        actor1.country_code as actor1_country_code,
        events.actor2_id,
        actor2.actor_name as actor2_name,
        actor2.country_code as actor2_country_code,
        events.cameo_code,
        events.cameo_root_code,
        events.event_name,
        events.quad_class,
        events.goldstein_scale,
        events.plover_event_type,
        events.trigger_text,
        events.sentence_text,
        events.confidence

    from events
    left join actors as actor1
        on actor1.actor_id = events.actor1_id
    left join actors as actor2
        on actor2.actor_id = events.actor2_id

)

select * from final
