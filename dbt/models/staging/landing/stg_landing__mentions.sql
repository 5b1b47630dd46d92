with

source as (

    select * from {{ source('landing', 'mentions') }}

),

renamed as (

    select
        article_id,
        entity_index,
        mention_text,
        start_char,
        end_char,
        sentence_index,
        lower(trim(mention_kind)) as mention_kind

    from source

)

select * from renamed
