{{ config(severity='warn') }}

-- A duplicate must point at an article that is itself an original and still loaded. A warning:
-- when the original's file leaves the raw folder its duplicates keep a dangling duplicate_of
-- (and, not having been extracted, contribute no actors, quotes or events) until reprocessed.
select
    duplicates.article_id,
    duplicates.duplicate_of,
    originals.article_id is null as original_missing,
    coalesce(originals.is_duplicate, false) as original_is_duplicate

from {{ ref('articles') }} as duplicates
left join {{ ref('articles') }} as originals
    on originals.article_id = duplicates.duplicate_of

where duplicates.is_duplicate
    and (originals.article_id is null or originals.is_duplicate)
