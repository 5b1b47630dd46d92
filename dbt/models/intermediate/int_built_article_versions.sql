{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_rows() }}",
) }}

{#
    The article versions the per-article marts hold, written after all of them (depends_on), so
    it only moves forward once every mart took the changes (read by int_article_changes).
#}

-- depends_on: {{ ref('int_article_changes') }}
-- depends_on: {{ ref('articles') }}
-- depends_on: {{ ref('actor_mentions') }}
-- depends_on: {{ ref('quotes') }}
-- depends_on: {{ ref('events') }}
-- depends_on: {{ ref('boilerplate_lines') }}

{% if is_incremental() %}
select
    article_id,
    article_version
from {{ ref('int_article_changes') }}
where article_version is not null
{% else %}
select
    article_id,
    article_version
from {{ ref('int_article_versions') }}
{% endif %}
