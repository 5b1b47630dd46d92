{#
    One row per actor of each article (landing.article_actors), pointing at the cross-article
    actor it was resolved to. Mentions, quotes and events reach `actors` through this map.
#}

with

article_actors as (

    select * from {{ ref('stg_landing__article_actors') }}

),

resolved_names as (

    select * from {{ ref('int_actor_names_resolved') }}

),

final as (

    select
        article_actors.article_id,
        article_actors.entity_index,
        resolved_names.actor_id,
        article_actors.actor_name as extracted_name,
        article_actors.actor_name_key as name_key,
        article_actors.actor_type as extracted_type,
        resolved_names.actor_type,
        resolved_names.canonical_key,
        resolved_names.resolution_method,
        resolved_names.seed_name,
        resolved_names.seed_country_code,
        resolved_names.seed_cameo_actor_code,
        article_actors.country_code as extracted_country_code,
        article_actors.cameo_actor_code as extracted_cameo_actor_code

    from article_actors
    left join resolved_names
        on resolved_names.name_key = article_actors.actor_name_key
        and resolved_names.extracted_type = article_actors.actor_type

)

select * from final
