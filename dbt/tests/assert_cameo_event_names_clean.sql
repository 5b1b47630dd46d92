{#
    Every CAMEO label is clean (stg_reference__cameo_event_codes): no codebook catch-all suffix
    ("- not specified below"), no all-capitals root name, no leading/trailing space or dash, not
    empty, and it starts with a capital letter. Returns the offending codes.
#}

select
    cameo_code,
    event_name,
    codebook_event_name
from {{ ref('stg_reference__cameo_event_codes') }}
where event_name ilike '%not specified%'
    or event_name = ''
    or event_name <> trim(event_name)
    or regexp_matches(event_name, '(^[-\s])|([-\s]$)')
    or event_name = upper(event_name)
    or not regexp_matches(event_name, '^[A-Z]')
