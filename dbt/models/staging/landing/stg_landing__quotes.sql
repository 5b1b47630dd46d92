with

source as (

    select * from {{ source('landing', 'quotes') }}

),

renamed as (

    select
        article_id,
        quote_index,
        quote_text,
        lower(trim(quote_kind)) as quote_kind,
        speaker_entity,
        nullif(trim(speaker_mention), '') as speaker_mention,
        nullif(trim(cue), '') as cue,
        start_char,
        end_char,
        sentence_index,
        in_headline

    from source

)

select * from renamed
