{#
    Fails for every combination of the given columns that occurs more than once
    (a composite primary key check, without needing the dbt_utils package).

    data_tests:
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [article_id, line_index]
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as n_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
