with

source as (

    select * from {{ source('landing', 'pipeline_runs') }}

),

renamed as (

    select
        run_id,
        started_at,
        finished_at,
        lower(status) as status,
        files_seen,
        files_new,
        files_changed,
        files_unchanged,
        files_removed,
        files_rejected,
        articles_loaded,
        duplicates,
        quotes,
        events,
        stage_seconds,
        message

    from source

)

select * from renamed
