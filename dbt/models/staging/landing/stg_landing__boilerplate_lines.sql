with

source as (

    select * from {{ source('landing', 'boilerplate_lines') }}

),

renamed as (

    select
        article_id,
        line_index,
        line_text,
        reason

    from source

)

select * from renamed
