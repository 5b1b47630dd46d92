{#
    Per-article incremental marts (articles, actor_mentions, quotes, events, boilerplate_lines).

    Every row of these marts belongs to one article and is rebuilt from scratch when
    - the article changed (int_article_changes: new, edited, re-read or removed, one of its actors
      now resolves to another actor id, or the dbt project changed), or
    - the row carries the display name or country of an actor that changed them
      (int_actor_changes; `actor_columns`, e.g. quotes.speaker_actor_id).
    An incremental build deletes those rows (pre-hook) and inserts them again from the landing
    tables (append); every other row stays as it is. The same predicate selects the same logical
    rows before and after: an unchanged article keeps its actor ids.

    Each such model declares `-- depends_on:` both change tables: the refs below are rendered
    only at run time, inside `is_incremental()`.
#}

{% macro _changed_rows(article_column, actor_columns) -%}
    {{ article_column }} in (select article_id from {{ ref('int_article_changes') }})
    {%- for column in actor_columns %}
    or {{ column }} in (select actor_id from {{ ref('int_actor_changes') }})
    {%- endfor %}
{%- endmacro %}

{% macro delete_changed_rows(actor_columns=[]) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ _changed_rows('article_id', actor_columns) }}
    {%- endif -%}
{%- endmacro %}

{% macro changed_rows_only(article_column='article_id', actor_columns=[]) -%}
    {%- if is_incremental() -%}
        ({{ _changed_rows(article_column, actor_columns) }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#
    A digest of every model and seed of the project: an incremental build after a change to one
    re-processes every article, so it still equals a full refresh. dbt does not expose macro
    source to Jinja: after changing a macro the marts use (normalize_name), run a full refresh.
#}
{% macro project_version() -%}
    {%- if execute -%}
        {%- set parts = [] -%}
        {%- for node in graph.nodes.values() | sort(attribute='unique_id') -%}
            {%- if node.resource_type in ('model', 'seed') and node.package_name == project_name -%}
                {%- do parts.append(node.unique_id ~ '=' ~ node.checksum.checksum) -%}
            {%- endif -%}
        {%- endfor -%}
        {{- local_md5(parts | join(',')) -}}
    {%- endif -%}
{%- endmacro %}

{#
    Row-level data tests that join a mart to `articles.body` (offsets, mention text) check only
    the articles this build rewrote, unless it is a full refresh: a row's offsets depend on its
    own article alone, and a build that fails such a test is never published, so every other
    row passed when it was written. Without this they scan the whole warehouse on every run.
    Tests using it declare `-- depends_on: {{ ref('int_article_changes') }}`.
#}
{% macro rewritten_articles_only(column) -%}
    {%- if flags.FULL_REFRESH -%}
        true
    {%- else -%}
        {{ column }} in (select article_id from {{ ref('int_article_changes') }})
    {%- endif -%}
{%- endmacro %}
