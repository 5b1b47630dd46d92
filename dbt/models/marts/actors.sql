with

actors as (

    select * from {{ ref('int_actors_resolved') }}

),

actor_map as (

    select * from {{ ref('int_article_actor_map') }}

),

appearances as (

    select actor_id, count(distinct article_id) as article_count
    from actor_map
    group by actor_id

),

mention_counts as (

    select actor_map.actor_id, count(*) as mention_count
    from {{ ref('stg_landing__mentions') }} as mentions
    inner join actor_map
        on actor_map.article_id = mentions.article_id
        and actor_map.entity_index = mentions.entity_index
    group by actor_map.actor_id

),

quote_counts as (

    select actor_map.actor_id, count(*) as quote_count
    from {{ ref('stg_landing__quotes') }} as quotes
    inner join actor_map
        on actor_map.article_id = quotes.article_id
        and actor_map.entity_index = quotes.speaker_entity
    group by actor_map.actor_id

),

event_counts as (

    select actor_id, count(distinct event_id) as event_count
    from (
        select event_id, actor1_id as actor_id from {{ ref('int_events_coded') }}
        union all
        select event_id, actor2_id as actor_id from {{ ref('int_events_coded') }}
    )
    where actor_id is not null
    group by actor_id

),

final as (

    select
        actors.actor_id,
        actors.actor_name as name,
        actors.actor_type,
        actors.country_code,
        actors.cameo_actor_code,
        coalesce(appearances.article_count, 0) as article_count,
        coalesce(mention_counts.mention_count, 0) as mention_count,
        coalesce(quote_counts.quote_count, 0) as quote_count,
        coalesce(event_counts.event_count, 0) as event_count,
        actors.in_alias_seed,
        actors.name_variant_count,
        actors.name_variants,
        actors.canonical_key

    from actors
    left join appearances using (actor_id)
    left join mention_counts using (actor_id)
    left join quote_counts using (actor_id)
    left join event_counts using (actor_id)

)

select * from final
