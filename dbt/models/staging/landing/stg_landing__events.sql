with

source as (

    select * from {{ source('landing', 'events') }}

),

renamed as (

    select
        article_id,
        event_index,
        sentence_index,
        actor1_entity,
        actor2_entity,
        -- text, never a number: '010' and '10' are different codes
        trim(cameo_code) as cameo_code,
        trigger_text,
        sentence_text,
        confidence,
        event_date

    from source

)

select * from renamed
