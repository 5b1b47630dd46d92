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

    select
        article_id,
        entity_index,
        actor_id
    from {{ ref('int_article_actor_map') }}

),

raw_files as (

    select
        path,
        first_seen_at
    from {{ ref('stg_landing__raw_files') }}

),

{#
    The event's date, by a documented chain (README "Marts", events.yml): the first of
      text         the date the sentence gives, resolved by the extractor ("on Tuesday", "March 3")
      publication  the article's publication date
      dateline     the date the dateline gives ("WASHINGTON, March 3"; year from first_seen_at)
      first_seen   the day the pipeline first saw the article's file
    that is known; `date_source` says which, so no date is silently invented.
#}
articles as (

    select
        articles.article_id,
        -- the UTC day: a plain ::date of a TIMESTAMPTZ would take the session's time zone
        timezone('UTC', articles.published_at)::date as publication_date,
        {{ dateline_date('articles.dateline', 'raw_files.first_seen_at') }} as dateline_date,
        raw_files.first_seen_at::date as first_seen_date

    from {{ ref('stg_landing__articles') }} as articles
    left join raw_files
        on raw_files.path = articles.source_file

),

final as (

    select
        md5(events.article_id || '#event#' || events.event_index::varchar) as event_id,
        events.article_id,
        events.event_index,
        events.sentence_index,
        coalesce(
            events.event_date, articles.publication_date, articles.dateline_date, articles.first_seen_date
        ) as event_date,
        case
            when events.event_date is not null then 'text'
            when articles.publication_date is not null then 'publication'
            when articles.dateline_date is not null then 'dateline'
            when articles.first_seen_date is not null then 'first_seen'
        end as date_source,
        events.event_date is null and articles.publication_date is not null as event_date_is_publication_date,
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
