-- Everything one actor said, newest first, with the article it appeared in.
-- The actor is matched case-insensitively against the canonical name and the name variants merged
-- into it. Pick the actor with a variable, e.g.
--   dbt compile --select quotes_by_actor --vars '{actor_name: "Jane Doe"}'
-- Without one, the most-quoted actor is shown.
{% set actor_name = var('actor_name', '') | replace("'", "''") %}

select
    articles.published_at,
    articles.outlet,
    articles.title,
    quotes.speaker_name,
    quotes.quote_kind,
    quotes.cue,
    quotes.quote_text,
    quotes.in_headline,
    quotes.article_id,
    quotes.quote_id

from {{ ref('quotes') }} as quotes
inner join {{ ref('actors') }} as actors
    on actors.actor_id = quotes.speaker_actor_id
inner join {{ ref('articles') }} as articles
    on articles.article_id = quotes.article_id

where
{%- if actor_name %}
    lower(actors.name) = lower('{{ actor_name }}')
    or list_contains(
        list_transform(string_split(actors.name_variants, ' | '), lambda variant: lower(variant)),
        lower('{{ actor_name }}')
    )
{%- else %}
    actors.actor_id = (
        select most_quoted.speaker_actor_id
        from {{ ref('quotes') }} as most_quoted
        where most_quoted.speaker_actor_id is not null
        group by most_quoted.speaker_actor_id
        order by count(*) desc, most_quoted.speaker_actor_id
        limit 1
    )
{%- endif %}

order by articles.published_at desc nulls last, quotes.article_id asc, quotes.quote_index asc
