with

source as (

    select * from {{ source('landing', 'article_signatures') }}

),

renamed as (

    select
        article_id,
        minhash,
        len(minhash) as minhash_size

    from source

)

select * from renamed
