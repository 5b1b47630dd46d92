with

source as (

    select * from {{ source('landing', 'rejected_files') }}

),

renamed as (

    select
        path,
        content_hash,
        reason,
        first_seen_at,
        last_seen_at

    from source

)

select * from renamed
