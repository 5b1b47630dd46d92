with

source as (

    select * from {{ source('landing', 'article_actors') }}

),

renamed as (

    select
        article_id,
        entity_index,
        trim(regexp_replace(name, '\s+', ' ', 'g')) as actor_name,
        coalesce({{ normalize_name('name') }}, lower(trim(name))) as actor_name_key,
        lower(trim(actor_type)) as actor_type,
        upper(nullif(trim(country_code), '')) as country_code,
        upper(nullif(trim(cameo_actor_code), '')) as cameo_actor_code

    from source

)

select * from renamed
