{#
    The CAMEO codebook seed with a clean label per code. The codebook's own text stays in
    `codebook_event_name`; `event_name` is the label BI tools show, made by one general rule:
      1. drop the codebook's catch-all suffix "- not specified below" (it marks the code used when
         no sub-code applies: "Make statement- not specified below" -> "Make statement");
      2. root codes, written in capitals in the codebook ("MAKE PUBLIC STATEMENT"), in sentence case
         ("Make public statement"), like every other code.
#}

with

source as (

    select * from {{ ref('cameo_event_codes') }}

),

renamed as (

    select
        cameo_code,
        event_name as codebook_event_name,
        regexp_replace(trim(event_name), '\s*-\s*not specified below\s*$', '', 'i') as unsuffixed_name,
        root_code,
        is_root,
        quad_class,
        goldstein_scale,
        goldstein_source,
        nullif(trim(plover_event_type), '') as plover_event_type

    from source

),

final as (

    select
        cameo_code,
        case
            when unsuffixed_name = upper(unsuffixed_name)
                then upper(left(unsuffixed_name, 1)) || lower(substr(unsuffixed_name, 2))
            else unsuffixed_name
        end as event_name,
        codebook_event_name,
        root_code,
        is_root,
        quad_class,
        goldstein_scale,
        goldstein_source,
        plover_event_type

    from renamed

)

select * from final
