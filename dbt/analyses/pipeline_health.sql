-- Pipeline health: one row per day with runs by status, files and articles processed, and the
-- median time per stage of completed runs; plus the current warehouse totals on every row.
with

runs as (

    select * from {{ ref('pipeline_runs') }}

),

daily as (

    select
        started_at::date as run_date,
        count(*) as runs,
        count(*) filter (where status = 'completed') as completed_runs,
        count(*) filter (where status = 'failed') as failed_runs,
        count(*) filter (where status = 'running' and finished_at is null) as unfinished_runs,
        sum(files_new) as files_new,
        sum(files_changed) as files_changed,
        sum(files_removed) as files_removed,
        sum(files_rejected) as files_rejected,
        sum(articles_loaded) as articles_loaded,
        sum(duplicates) as duplicates,
        sum(quotes) as quotes,
        sum(events) as events,
        median(duration_seconds) filter (where status = 'completed') as median_run_seconds,
        median(extract_seconds) filter (where status = 'completed') as median_extract_seconds,
        median(dbt_seconds) filter (where status = 'completed') as median_dbt_seconds,
        max(started_at) as last_run_started_at

    from runs
    group by all

),

totals as (

    select
        (
            select count(*) as articles
            from {{ ref('articles') }}
            where not is_duplicate
        ) as articles_in_warehouse,
        (
            select count(*) as duplicates
            from {{ ref('articles') }}
            where is_duplicate
        ) as duplicates_in_warehouse,
        (select count(*) as rejected_files from {{ ref('rejected_files') }}) as rejected_files_now,
        (
            select max(finished_at) as finished_at
            from runs
            where status = 'completed'
        ) as last_successful_run_at

)

select
    daily.*,
    totals.*
from daily
cross join totals
order by daily.run_date desc
