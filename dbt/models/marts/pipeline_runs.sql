{{ config(materialized='view') }}

{#
    A view, not a table: the pipeline writes a run's row AFTER dbt has built the marts, and runs
    with nothing new do not call dbt at all, so a table would always lag behind by at least one run.
#}

with

pipeline_runs as (

    select * from {{ ref('stg_landing__pipeline_runs') }}

),

final as (

    select
        run_id,
        started_at,
        finished_at,
        status,
        date_diff('millisecond', started_at, finished_at) / 1000.0 as duration_seconds,
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
        try_cast(json_extract_string(stage_seconds, '$.discover') as double) as discover_seconds,
        try_cast(json_extract_string(stage_seconds, '$.clean') as double) as clean_seconds,
        try_cast(json_extract_string(stage_seconds, '$.extract') as double) as extract_seconds,
        try_cast(json_extract_string(stage_seconds, '$.load') as double) as load_seconds,
        try_cast(json_extract_string(stage_seconds, '$.dbt') as double) as dbt_seconds,
        try_cast(json_extract_string(stage_seconds, '$.docs') as double) as docs_seconds,
        stage_seconds,
        message

    from pipeline_runs

)

select * from final
