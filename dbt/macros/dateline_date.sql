{#
    dateline_date(dateline, reference_ts): the date a dateline gives ("WASHINGTON, March 3",
    "KYIV, Ukraine, May 3, 2024", "LONDON, 3 May"), else NULL. Month names may be abbreviated
    ("Jan.", "Sept"). A dateline without a year gets the latest such day not after `reference_ts`
    (the file's first-seen time), the way a reader dates "March 3" in a fresh paper; without a
    reference it stays NULL. Impossible dates ("Feb 30") give NULL rather than an error.
#}
{% macro dateline_date(dateline, reference_ts) -%}
    {%- set months = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?" -%}
    (
        with parts as (
            select
                coalesce(
                    nullif(regexp_extract(lower({{ dateline }}), '\b{{ months }}\s+(\d{1,2})\b', 1), ''),
                    nullif(regexp_extract(lower({{ dateline }}), '\b(\d{1,2})\s+{{ months }}', 2), '')
                ) as month_name,
                coalesce(
                    nullif(regexp_extract(lower({{ dateline }}), '\b{{ months }}\s+(\d{1,2})\b', 2), ''),
                    nullif(regexp_extract(lower({{ dateline }}), '\b(\d{1,2})\s+{{ months }}', 1), '')
                ) as day_text,
                coalesce(
                    nullif(regexp_extract(lower({{ dateline }}), '\b{{ months }}\s+\d{1,2},?\s+((?:19|20)\d\d)\b', 2), ''),
                    nullif(regexp_extract(lower({{ dateline }}), '\b\d{1,2}\s+{{ months }},?\s+((?:19|20)\d\d)\b', 2), '')
                ) as year_text
        ),
        numbers as (
            select
                list_position(
                    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
                    month_name
                ) as month_number,
                try_cast(day_text as integer) as day_number,
                try_cast(year_text as integer) as year_number,
                ({{ reference_ts }})::date as reference_date
            from parts
        )
        select
            case
                when month_number is null or day_number is null then null
                when year_number is not null then try(make_date(year_number, month_number, day_number))
                when reference_date is null then null
                when try(make_date(year(reference_date), month_number, day_number)) <= reference_date
                    then try(make_date(year(reference_date), month_number, day_number))
                else try(make_date(year(reference_date) - 1, month_number, day_number))
            end
        from numbers
    )
{%- endmacro %}
