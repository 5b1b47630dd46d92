with

actors as (

    select * from {{ ref('int_actors_resolved') }}

),

actor_map as (

    select * from {{ ref('int_article_actor_map') }}

),

appearances as (

    select
        actor_id,
        count(distinct article_id) as article_count
    from actor_map
    group by actor_id

),

-- counted from the marts (built before this table), which already carry each row's actor id
mention_counts as (

    select
        actor_id,
        count(*) as mention_count
    from {{ ref('actor_mentions') }}
    where actor_id is not null
    group by actor_id

),

quote_counts as (

    select
        speaker_actor_id as actor_id,
        count(*) as quote_count
    from {{ ref('quotes') }}
    where speaker_actor_id is not null
    group by speaker_actor_id

),

event_counts as (

    select
        actor_id,
        count(distinct event_id) as event_count
    from (
        select
            event_id,
            actor1_id as actor_id
        from {{ ref('events') }}
        union all
        select
            event_id,
            actor2_id as actor_id
        from {{ ref('events') }}
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
