{{ config(materialized='view') }}

{#
    A view, not a table: it always shows the landing table's current state, including files
    refused in a run that had nothing else to load (and so did not rebuild the marts).
#}

with

rejected_files as (

    select * from {{ ref('stg_landing__rejected_files') }}

),

final as (

    select
        path,
        content_hash,
        reason,
        first_seen_at,
        last_seen_at

    from rejected_files

)

select * from final
