{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_rows() }}",
) }}

-- per-article incremental: see macros/incremental_articles.sql
-- depends_on: {{ ref('int_article_changes') }}

with

boilerplate_lines as (

    select * from {{ ref('stg_landing__boilerplate_lines') }}
    where {{ changed_rows_only() }}

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
