{#
    normalize_name(expr): the comparison key for actor names.
    Lower-cased, accents stripped, hyphens and dashes read as spaces, every other character that
    is not a letter, digit or space dropped ("Jane Q. Doe" -> "jane q doe", "O'Neil" -> "oneil"),
    runs of whitespace collapsed. Used for both extracted names and the alias seed, so the two
    always agree. Returns NULL when nothing is left.

    Python mirrors it: `newsroom.extract.lexicon.normalize_name` (the extractor's alias lookups and
    organisation keys) gives the same key character for character, checked by
    tests/extract/test_normalize_name.py, which renders this macro and runs it in DuckDB. Change
    both together. "\s" is RE2's ASCII whitespace (tab, newline, form feed, return, space).
#}
{% macro normalize_name(expr) -%}
    nullif(
        trim(regexp_replace(
            regexp_replace(
                regexp_replace(lower(strip_accents(trim({{ expr }}))), '[-\x{2010}-\x{2015}]', ' ', 'g'),
                '[^\p{L}\p{N}\s]', '', 'g'
            ),
            '\s+', ' ', 'g'
        )),
        ''
    )
{%- endmacro %}
