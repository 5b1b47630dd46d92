with

source as (

    select * from {{ source('landing', 'articles') }}

),

renamed as (

    select
        article_id,
        source_file,
        record_index,
        lower(source_format) as source_format,
        nullif(trim(source_url), '') as source_url,
        nullif(trim(outlet), '') as outlet,
        nullif(trim(title), '') as title,
        nullif(trim(subtitle), '') as subtitle,
        nullif(trim(byline), '') as byline,
        nullif(trim(dateline), '') as dateline,
        lower(language) as language,
        published_at,
        -- not trimmed: mention and quote offsets index into this exact string
        body,
        content_hash,
        text_hash,
        duplicate_of,
        duplicate_of is not null as is_duplicate,
        lower(duplicate_method) as duplicate_method,
        ingested_at,
        ingest_warnings

    from source

)

select * from renamed
