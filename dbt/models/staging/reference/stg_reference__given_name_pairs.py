"""(familiar form, given name) pairs from the ``nicknames`` library, as the extractor reads them within an article
(``newsroom.given_names.given_name_pairs``): one function, so both merge the same names."""

import pyarrow


def model(dbt, session):
    from newsroom.given_names import given_name_pairs

    dbt.config(materialized="table")
    pairs = sorted(given_name_pairs())
    return pyarrow.table(
        {"variant": [p[0] for p in pairs], "given_name": [p[1] for p in pairs]},
        schema=pyarrow.schema([("variant", pyarrow.string()), ("given_name", pyarrow.string())]),
    )
