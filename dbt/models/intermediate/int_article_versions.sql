{{ config(materialized='view') }}

{#
    The version of each landing article: a digest of everything its rows in the per-article marts
    are built from, without reading its text.

    - its landing version: the loader rewrites an article and all its child rows (mentions,
      quotes, events, boilerplate lines) together, stamped with the run's start time
      (`ingested_at`); the raw file's hash and `duplicate_of` guard runs that share a timestamp;
    - the actor id each of its actors resolved to across articles (a new article can merge an
      old "Jane Doe" into "Jane Mary Doe"). Display names and countries are not part of it: a popular
      actor's most frequent country can flip with a few new articles, and only the rows that
      carry it change (int_actor_changes);
    - the dbt project itself (`project_version()`): a changed model, seed or macro re-processes
      every article, the CAMEO codebook included.
#}

with

articles as (

    select
        article_id,
        ingested_at,
        content_hash,
        duplicate_of
    from {{ ref('stg_landing__articles') }}

),

actor_map as (

    select
        article_id,
        entity_index,
        actor_id
    from {{ ref('int_article_actor_map') }}

),

resolved_actors as (

    select
        actor_map.article_id,
        string_agg(
            actor_map.entity_index || ':' || coalesce(actor_map.actor_id, '-'), ',' order by actor_map.entity_index
        ) as actors

    from actor_map
    group by actor_map.article_id

),

final as (

    select
        articles.article_id,
        md5(concat_ws(
            chr(31),
            '{{ project_version() }}',
            strftime(articles.ingested_at, '%Y-%m-%dT%H:%M:%S.%f'),
            articles.content_hash,
            coalesce(articles.duplicate_of, '-'),
            coalesce(resolved_actors.actors, '-')
        )) as article_version

    from articles
    left join resolved_actors using (article_id)

)

select * from final
