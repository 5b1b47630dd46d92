-- depends_on: {{ ref('int_article_changes') }}
-- Only the articles this build rewrote, except on a full refresh (macro rewritten_articles_only).
-- Body quotes must have a span inside the body; headline quotes have no offsets.
select
    quotes.quote_id,
    quotes.article_id,
    quotes.in_headline,
    quotes.start_char,
    quotes.end_char,
    length(articles.body) as body_length

from {{ ref('quotes') }} as quotes
inner join {{ ref('articles') }} as articles
    on articles.article_id = quotes.article_id

where {{ rewritten_articles_only('quotes.article_id') }}
    and (
        (
            not quotes.in_headline
            and (
                quotes.start_char is null
                or quotes.end_char is null
                or quotes.start_char < 0
                or quotes.end_char <= quotes.start_char
                or quotes.end_char > length(articles.body)
            )
        )
        or (quotes.in_headline and (quotes.start_char is not null or quotes.end_char is not null))
    )
