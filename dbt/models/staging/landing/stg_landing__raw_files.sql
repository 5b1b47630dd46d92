with

source as (

    select * from {{ source('landing', 'raw_files') }}

),

renamed as (

    select
        path,
        size_bytes,
        content_hash,
        lower(file_format) as file_format,
        lower(status) as file_status,
        first_seen_at,
        last_seen_at,
        processed_at

    from source

)

select * from renamed
