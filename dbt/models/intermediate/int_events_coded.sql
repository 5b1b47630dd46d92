{{ config(materialized='view') }}

{#
    Events with their CAMEO codebook attributes and cross-article actor ids. A view: the
    incremental `events` mart reads only the changed articles' events through it.
    Left joins throughout: an event whose code is missing from the codebook keeps its row (the
    relationships test on events.cameo_code reports it) rather than silently disappearing.
#}

with

events as (

    select * from {{ ref('stg_landing__events') }}

),

cameo_codes as (

    select * from {{ ref('stg_reference__cameo_event_codes') }}

),

actor_map as (

    select article_id, entity_index, actor_id from {{ ref('int_article_actor_map') }}

),

articles as (

    select article_id, published_at from {{ ref('stg_landing__articles') }}

),

final as (

    select
        md5(events.article_id || '#event#' || events.event_index::varchar) as event_id,
        events.article_id,
        events.event_index,
        events.sentence_index,
        coalesce(events.event_date, articles.published_at::date) as event_date,
        events.event_date is null and articles.published_at is not null as event_date_is_publication_date,
        events.actor1_entity,
        actor1.actor_id as actor1_id,
        events.actor2_entity,
        actor2.actor_id as actor2_id,
        events.cameo_code,
        coalesce(cameo_codes.root_code, left(events.cameo_code, 2)) as cameo_root_code,
        cameo_codes.event_name,
        cameo_codes.quad_class,
        cameo_codes.goldstein_scale,
        cameo_codes.plover_event_type,
        events.trigger_text,
        events.sentence_text,
        events.confidence

    from events
    left join articles
        on articles.article_id = events.article_id
    left join cameo_codes
        on cameo_codes.cameo_code = events.cameo_code
    left join actor_map as actor1
        on actor1.article_id = events.article_id
        and actor1.entity_index = events.actor1_entity
    left join actor_map as actor2
        on actor2.article_id = events.article_id
        and actor2.entity_index = events.actor2_entity

)

select * from final
