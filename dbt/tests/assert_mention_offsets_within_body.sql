-- depends_on: {{ ref('int_article_changes') }}
-- Only the articles this build rewrote, except on a full refresh (macro rewritten_articles_only).
-- Every mention's [start_char, end_char) span must lie inside its article's body.
-- Offsets are 0-based, end-exclusive, counted in Unicode code points (Python str indices).
select
    mentions.mention_id,
    mentions.article_id,
    mentions.start_char,
    mentions.end_char,
    length(articles.body) as body_length

from {{ ref('actor_mentions') }} as mentions
inner join {{ ref('articles') }} as articles
    on articles.article_id = mentions.article_id

where {{ rewritten_articles_only('mentions.article_id') }}
    and (
        mentions.start_char < 0
        or mentions.end_char <= mentions.start_char
        or mentions.end_char > length(articles.body)
    )
