-- Who is quoted most: quotes per speaker, split by kind, with the number of articles and outlets
-- quoting them and the span of dates. Unattributed quotes are left out; duplicates carry no quotes.
select
    quotes.speaker_actor_id,
    quotes.speaker_name,
    actors.actor_type,
    actors.country_code,
    count(*) as quotes,
    count(*) filter (where quotes.quote_kind = 'direct') as direct_quotes,
    count(*) filter (where quotes.quote_kind = 'partial') as partial_quotes,
    count(*) filter (where quotes.quote_kind = 'indirect') as indirect_quotes,
    count(distinct quotes.article_id) as articles,
    count(distinct articles.outlet) as outlets,
    min(articles.published_at) as first_quoted_at,
    max(articles.published_at) as last_quoted_at

from {{ ref('quotes') }} as quotes
inner join {{ ref('actors') }} as actors
    on actors.actor_id = quotes.speaker_actor_id
inner join {{ ref('articles') }} as articles
    on articles.article_id = quotes.article_id

group by all
order by quotes desc, quotes.speaker_name asc
limit 50
