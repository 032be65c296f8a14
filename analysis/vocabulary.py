"""Vocabulary analysis (to be built; see the project's issues)."""

from __future__ import annotations

import pandas as pd

from .study import Study


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv."""
    return {}
