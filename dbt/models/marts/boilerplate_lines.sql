with

boilerplate_lines as (

    select * from {{ ref('stg_landing__boilerplate_lines') }}

),

final as (

    select
        article_id,
        line_index,
        line_text,
        reason

    from boilerplate_lines

)

select * from final
