{#
    One row per canonical actor (see int_actor_names_resolved for how names are resolved).

    Display name: the alias seed's canonical name when the seed knows the actor; otherwise the
    most frequent spelling among the article actors whose own name is the canonical key (the
    longest form, for merged persons), preferring mixed case over ALL CAPS, then alphabetical.
    Country and CAMEO actor code: the seed's when set, otherwise the most frequent value the
    extractor gave across articles (ties broken alphabetically), counting only the articles that
    typed the name a person if the actor is one, or not a person if it is not: an "Obama" one
    article took for the Japanese town gives Barack Obama no country.
#}

with

actor_map as (

    select * from {{ ref('int_article_actor_map') }}

),

spellings as (

    select
        actor_id,
        extracted_name,
        count(*) as n_rows,
        bool_or(name_key = canonical_key) as is_canonical_form

    from actor_map
    group by actor_id, extracted_name

),

preferred_spelling as (

    select
        actor_id,
        extracted_name as actor_name

    from spellings
    qualify
        row_number() over (
            partition by actor_id
            order by
                is_canonical_form desc,
                n_rows desc,
                (extracted_name = upper(extracted_name)) asc,
                extracted_name
        ) = 1

),

extracted_country as (

    select
        actor_id,
        extracted_country_code as country_code
    from actor_map
    where extracted_country_code is not null and (extracted_type = 'person') = (actor_type = 'person')
    group by actor_id, extracted_country_code
    qualify row_number() over (partition by actor_id order by count(*) desc, extracted_country_code) = 1

),

extracted_cameo as (

    select
        actor_id,
        extracted_cameo_actor_code as cameo_actor_code
    from actor_map
    where extracted_cameo_actor_code is not null and (extracted_type = 'person') = (actor_type = 'person')
    group by actor_id, extracted_cameo_actor_code
    qualify row_number() over (partition by actor_id order by count(*) desc, extracted_cameo_actor_code) = 1

),

actors as (

    select
        actor_id,
        min(actor_type) as actor_type,
        min(canonical_key) as canonical_key,
        min(seed_name) as seed_name,
        min(seed_country_code) as seed_country_code,
        min(seed_cameo_actor_code) as seed_cameo_actor_code,
        bool_or(resolution_method = 'alias_seed') as in_alias_seed,
        count(distinct extracted_name) as name_variant_count,
        string_agg(distinct extracted_name, ' | ' order by extracted_name) as name_variants

    from actor_map
    group by actor_id

),

final as (

    select
        actors.actor_id,
        coalesce(actors.seed_name, preferred_spelling.actor_name) as actor_name,
        actors.actor_type,
        coalesce(actors.seed_country_code, extracted_country.country_code) as country_code,
        coalesce(actors.seed_cameo_actor_code, extracted_cameo.cameo_actor_code) as cameo_actor_code,
        actors.canonical_key,
        actors.in_alias_seed,
        actors.name_variant_count,
        actors.name_variants

    from actors
    left join preferred_spelling using (actor_id)
    left join extracted_country using (actor_id)
    left join extracted_cameo using (actor_id)

)

select * from final
