"""The dashboard (``make dashboard``): Dash pages over the published warehouse, read-only.

``queries`` holds what is shown (plain functions over a DuckDB connection), ``charts`` turns it
into plotly figures, ``app`` lays out the pages and wires the filters."""
