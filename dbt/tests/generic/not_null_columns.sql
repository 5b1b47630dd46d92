{#
    Fails for every given column that holds a null, with its number of null rows: one scan of the
    model for all of them, where a `not_null` test per column reads it once each (for a view such
    as `gdelt_events`, its joins run again for every column).

    data_tests:
      - not_null_columns:
          arguments:
            columns: [event_id, SQLDATE]
#}
{% test not_null_columns(model, columns) %}

with

null_counts as (

    select
        {% for column in columns %}
        count(*) filter (where {{ adapter.quote(column) }} is null) as {{ adapter.quote(column) }},
        {% endfor %}
    from {{ model }}

),

by_column as (

    unpivot null_counts on columns(*) into name column_name value null_rows

)

select
    column_name,
    null_rows
from by_column
where null_rows > 0

{% endtest %}
