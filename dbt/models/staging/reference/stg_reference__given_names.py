"""Given names (US Social Security counts, the extractor's ``lexicons/first_names.tsv``) with the sex nearly all
their bearers have: evidence that a name opening with one is a person's."""

import pyarrow


def model(dbt, session):
    from newsroom.given_names import given_names

    dbt.config(materialized="table")
    names = sorted(given_names().items())
    return pyarrow.table(
        {"given_name": [n for n, _ in names], "sex": [s for _, s in names]},
        schema=pyarrow.schema([("given_name", pyarrow.string()), ("sex", pyarrow.string())]),
    )
