-- Directed actor pairs by quad class: one row per (source, target, quad class) that has at least one
-- event. Long rather than one row per pair with a column per quad class, so a BI tool can filter, colour
-- or pivot by `quad_class` and sum counts across it without knowing the four classes in advance.
-- Reads all of `events` (the counts agree with that mart) and counts the confident rows beside them.

with

events as (

    select * from {{ ref('events') }}
    where actor1_id is not null and actor2_id is not null and quad_class is not null

),

final as (

    select
        actor1_id,
        any_value(actor1_name) as actor1_name,
        any_value(actor1_country_code) as actor1_country_code,
        actor2_id,
        any_value(actor2_name) as actor2_name,
        any_value(actor2_country_code) as actor2_country_code,
        quad_class,
        case quad_class
            when 1 then 'verbal cooperation'
            when 2 then 'material cooperation'
            when 3 then 'verbal conflict'
            when 4 then 'material conflict'
        end as quad_class_name,
        count(*) as event_count,
        count(*) filter (
            where confidence >= {{ var('event_confidence_threshold', 0.65) }}
        ) as confident_event_count,
        count(distinct article_id) as article_count,
        min(event_date) as first_event_date,
        max(event_date) as last_event_date,
        avg(goldstein_scale) as mean_goldstein_scale

    from events
    group by actor1_id, actor2_id, quad_class

)

select * from final
