{#
    Articles whose rows the per-article marts must rewrite in this build: new, changed or removed
    articles and those whose actors resolved differently (see int_article_versions), found by
    comparing every article's current version with the one the marts were last built from
    (int_built_article_versions). `article_version` is null for removed articles.

    The built versions are read without ref(): int_built_article_versions is written after the
    marts, so a build that fails half-way leaves it at the old versions and the next build
    re-processes the same articles (plus any new ones). Without it (first build, or a warehouse
    built before the marts were incremental) every article the `articles` mart holds counts as
    changed.
#}

{%- set built_versions = adapter.get_relation(
    database=this.database, schema=this.schema, identifier='int_built_article_versions'
) -%}
{%- set built_articles = adapter.get_relation(
    database=this.database, schema=target.schema, identifier='articles'
) -%}

with

current_versions as (

    select
        article_id,
        article_version
    from {{ ref('int_article_versions') }}

),

built_versions as (

    {% if built_versions is not none -%}
    select
        article_id,
        article_version
    from {{ built_versions }}
    {%- elif built_articles is not none -%}
    select
        article_id,
        null::varchar as article_version
    from {{ built_articles }}
    {%- else -%}
    select
        null::varchar as article_id,
        null::varchar as article_version
    where false
    {%- endif %}

),

final as (

    select
        coalesce(current_versions.article_id, built_versions.article_id) as article_id,
        current_versions.article_version

    from current_versions
    full outer join built_versions
        on built_versions.article_id = current_versions.article_id
    where current_versions.article_version is distinct from built_versions.article_version

)

select * from final
