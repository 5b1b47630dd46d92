{{ config(severity='warn') }}
-- depends_on: {{ ref('int_article_changes') }}
-- Only the articles this build rewrote, except on a full refresh (macro rewritten_articles_only).

-- The body text at a mention's offsets should be the mention as written. A warning (not an
-- error) because it flags an extractor offset bug without blocking the whole run's publication.
select
    mentions.mention_id,
    mentions.article_id,
    mentions.mention_text,
    substring(articles.body, mentions.start_char + 1, mentions.end_char - mentions.start_char) as text_at_offsets

from {{ ref('actor_mentions') }} as mentions
inner join {{ ref('articles') }} as articles
    on articles.article_id = mentions.article_id

where {{ rewritten_articles_only('mentions.article_id') }}
    and (
        substring(articles.body, mentions.start_char + 1, mentions.end_char - mentions.start_char)
        is distinct from mentions.mention_text
    )
