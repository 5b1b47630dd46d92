-- Every entity_index a mention, quote speaker or event actor refers to must exist among the
-- article's actors (landing.article_actors); otherwise the row would silently lose its actor.
with

article_actors as (

    select
        article_id,
        entity_index
    from {{ ref('stg_landing__article_actors') }}

),

references_to_actors as (

    select
        'mentions' as from_table,
        article_id,
        entity_index
    from {{ ref('stg_landing__mentions') }}

    union all

    select
        'quotes.speaker_entity' as from_table,
        article_id,
        speaker_entity
    from {{ ref('stg_landing__quotes') }}
    where speaker_entity is not null

    union all

    select
        'events.actor1_entity' as from_table,
        article_id,
        actor1_entity
    from {{ ref('stg_landing__events') }}
    where actor1_entity is not null

    union all

    select
        'events.actor2_entity' as from_table,
        article_id,
        actor2_entity
    from {{ ref('stg_landing__events') }}
    where actor2_entity is not null

)

select references_to_actors.*
from references_to_actors
left join article_actors
    on article_actors.article_id = references_to_actors.article_id
    and article_actors.entity_index = references_to_actors.entity_index
where article_actors.article_id is null
