"""News-intelligence warehouse: plain-Python domain logic (no Prefect import).

The Prefect flows in ``flows/`` call these modules; tests call them directly.
"""

__version__ = "0.1.0"
