{{ config(materialized='view') }}

-- `events` under the GDELT 2.0 event table's 61 column names, types and order (then `event_id` and
-- `confidence`), so queries written for GDELT run unchanged. A view: it always follows `events`.
-- Each column's mapping, and which are always null, is in gdelt_events.yml.

with

events as (

    select * from {{ ref('events') }}

),

articles as (

    select
        article_id,
        outlet,
        source_url,
        ingested_at
    from {{ ref('articles') }}

),

actor_codes as (

    select
        actor_id,
        cameo_actor_code
    from {{ ref('actors') }}

),

-- an event is reported by its article and by every later copy of that article (duplicates are not
-- extracted again): GDELT's mentions, sources and articles of the event
reports as (

    select
        coalesce(duplicate_of, article_id) as article_id,
        count(*) as article_count,
        count(distinct outlet) as outlet_count
    from {{ ref('articles') }}
    group by coalesce(duplicate_of, article_id)

),

coded as (

    select
        events.*,
        actor1.cameo_actor_code as actor1_code,
        actor2.cameo_actor_code as actor2_code,
        -- the role codes follow the country code in a CAMEO actor code (`PAKGOV`: `PAK` + `GOV`)
        case
            when starts_with(actor1.cameo_actor_code, events.actor1_country_code)
                then substr(actor1.cameo_actor_code, 4)
            else actor1.cameo_actor_code
        end as actor1_roles,
        case
            when starts_with(actor2.cameo_actor_code, events.actor2_country_code)
                then substr(actor2.cameo_actor_code, 4)
            else actor2.cameo_actor_code
        end as actor2_roles
    from events
    left join actor_codes as actor1 on actor1.actor_id = events.actor1_id
    left join actor_codes as actor2 on actor2.actor_id = events.actor2_id

),

final as (

    select
        cast(('0x' || left(coded.event_id, 15)) as bigint) as "GLOBALEVENTID",
        cast(strftime(coded.event_date, '%Y%m%d') as integer) as "SQLDATE",
        cast(strftime(coded.event_date, '%Y%m') as integer) as "MonthYear",
        cast(year(coded.event_date) as integer) as "Year",
        round(year(coded.event_date) + dayofyear(coded.event_date) / 365, 4) as "FractionDate",

        coded.actor1_code as "Actor1Code",
        upper(coded.actor1_name) as "Actor1Name",
        coded.actor1_country_code as "Actor1CountryCode",
        cast(null as varchar) as "Actor1KnownGroupCode",
        cast(null as varchar) as "Actor1EthnicCode",
        cast(null as varchar) as "Actor1Religion1Code",
        cast(null as varchar) as "Actor1Religion2Code",
        nullif(substr(coded.actor1_roles, 1, 3), '') as "Actor1Type1Code",
        nullif(substr(coded.actor1_roles, 4, 3), '') as "Actor1Type2Code",
        nullif(substr(coded.actor1_roles, 7, 3), '') as "Actor1Type3Code",

        coded.actor2_code as "Actor2Code",
        upper(coded.actor2_name) as "Actor2Name",
        coded.actor2_country_code as "Actor2CountryCode",
        cast(null as varchar) as "Actor2KnownGroupCode",
        cast(null as varchar) as "Actor2EthnicCode",
        cast(null as varchar) as "Actor2Religion1Code",
        cast(null as varchar) as "Actor2Religion2Code",
        nullif(substr(coded.actor2_roles, 1, 3), '') as "Actor2Type1Code",
        nullif(substr(coded.actor2_roles, 4, 3), '') as "Actor2Type2Code",
        nullif(substr(coded.actor2_roles, 7, 3), '') as "Actor2Type3Code",

        cast(coded.sentence_index = 0 as integer) as "IsRootEvent",
        coded.cameo_code as "EventCode",
        case when length(coded.cameo_code) = 4 then left(coded.cameo_code, 3) else coded.cameo_code end
            as "EventBaseCode",
        coded.cameo_root_code as "EventRootCode",
        coded.quad_class as "QuadClass",
        coded.goldstein_scale as "GoldsteinScale",
        cast(reports.article_count as integer) as "NumMentions",
        cast(greatest(reports.outlet_count, 1) as integer) as "NumSources",
        cast(reports.article_count as integer) as "NumArticles",
        cast(null as double) as "AvgTone",

        {% for geo in ['Actor1Geo', 'Actor2Geo', 'ActionGeo'] %}
        cast(null as integer) as "{{ geo }}_Type",
        cast(null as varchar) as "{{ geo }}_FullName",
        cast(null as varchar) as "{{ geo }}_CountryCode",
        cast(null as varchar) as "{{ geo }}_ADM1Code",
        cast(null as varchar) as "{{ geo }}_ADM2Code",
        cast(null as double) as "{{ geo }}_Lat",
        cast(null as double) as "{{ geo }}_Long",
        cast(null as varchar) as "{{ geo }}_FeatureID",
        {% endfor %}

        cast(strftime(articles.ingested_at, '%Y%m%d%H%M%S') as bigint) as "DATEADDED",
        coalesce(articles.source_url, articles.outlet) as "SOURCEURL",

        coded.event_id,
        coded.confidence

    from coded
    inner join articles on articles.article_id = coded.article_id
    left join reports on reports.article_id = coded.article_id

)

select * from final
