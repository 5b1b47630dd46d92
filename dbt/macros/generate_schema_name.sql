{#
    Schemas are named exactly as configured, without dbt's default "<target schema>_" prefix:
    marts land in the target schema (`main`), so BI tools and analysts can write
    `select * from articles`; staging views go to `staging`, intermediate tables to
    `intermediate`, seeds to `reference`.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
