-- Monthly event counts per CAMEO root class, with quad class, average Goldstein tone and how many
-- dates came from the publication date rather than the text, and how many only from the day the file
-- was first seen (events.date_source: the article states no date at all).
select
    date_trunc('month', events.event_date) as event_month,
    events.cameo_root_code,
    root_codes.event_name as root_event_name,
    events.quad_class,
    count(*) as events,
    count(distinct events.article_id) as articles,
    round(avg(events.goldstein_scale), 2) as avg_goldstein_scale,
    count(*) filter (where events.event_date_is_publication_date) as dated_by_publication,
    count(*) filter (where events.date_source = 'first_seen') as dated_by_first_seen

from {{ ref('events') }} as events
left join {{ ref('stg_reference__cameo_event_codes') }} as root_codes
    on root_codes.cameo_code = events.cameo_root_code

group by all
order by event_month nulls last, events.cameo_root_code
