-- Pairs of actors that appear in the same articles (each unordered pair once), strongest first.
-- Counting distinct articles: many mentions in one article count once.
with

article_actors as (

    select distinct
        article_id,
        actor_id
    from {{ ref('actor_mentions') }}

),

pairs as (

    select
        first_actor.actor_id as actor_a_id,
        second_actor.actor_id as actor_b_id,
        count(*) as shared_articles

    from article_actors as first_actor
    inner join article_actors as second_actor
        on second_actor.article_id = first_actor.article_id
        and second_actor.actor_id > first_actor.actor_id
    group by all

)

select
    actor_a.name as actor_a,
    actor_a.actor_type as actor_a_type,
    actor_b.name as actor_b,
    actor_b.actor_type as actor_b_type,
    pairs.shared_articles,
    actor_a.article_count as actor_a_articles,
    actor_b.article_count as actor_b_articles,
    -- Jaccard index of the two actors' article sets
    round(pairs.shared_articles / (actor_a.article_count + actor_b.article_count - pairs.shared_articles), 3)
        as jaccard,
    pairs.actor_a_id,
    pairs.actor_b_id

from pairs
inner join {{ ref('actors') }} as actor_a
    on actor_a.actor_id = pairs.actor_a_id
inner join {{ ref('actors') }} as actor_b
    on actor_b.actor_id = pairs.actor_b_id

order by pairs.shared_articles desc, jaccard desc, actor_a asc, actor_b asc
limit 100
