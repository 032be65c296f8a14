"""The sourcing group's per-chunk steps cost the chunk's rows, not the corpus's articles (issue 18): a chunk's
rows are tested against the kept articles by lookup (:func:`analysis.sourcing.quote_variants.in_articles`),
never by converting every kept article per chunk (``Series.isin``), which made the group's time grow with the
square of the corpus."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest

from analysis.sourcing.quote_variants import QUOTE_COLUMNS, in_articles
from analysis.streaming import sourcing_group
from analysis.streaming.held import FrameSpill

# The module (``analysis.sourcing.quote_variants`` is the function of that name).
qv = importlib.import_module("analysis.sourcing.quote_variants")


class LookupOnly(dict):
    """Article ids that may be looked up but not walked: walking them is what grew with the corpus."""

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the kept articles were walked")

    def keys(self):  # pandas reaches a dict's members through keys() too
        raise AssertionError("the kept articles were walked")


def _ids(n: int) -> list[str]:
    """Return ``n`` invented article ids."""
    return [f"zz{k:06d}" for k in range(n)]


@pytest.mark.parametrize("dtype", ["str", object])
def test_in_articles_is_series_isin(dtype) -> None:
    rng = np.random.default_rng(4)
    ids = pd.Series(rng.choice(_ids(50), size=300), dtype=dtype)
    kept = set(rng.choice(_ids(50), size=20).tolist()) | {"not-an-article"}
    assert in_articles(ids, kept).tolist() == ids.isin(kept).tolist()
    assert in_articles(ids, dict.fromkeys(kept, "Outlet")).tolist() == ids.isin(kept).tolist()
    assert in_articles(ids.iloc[:0], kept).dtype == bool


def test_in_articles_looks_rows_up_without_walking_the_kept_articles() -> None:
    kept = LookupOnly.fromkeys(_ids(100_000), "Outlet")
    ids = pd.Series(["zz000007", "elsewhere", "zz099999"], dtype="str")
    assert in_articles(ids, kept).tolist() == [True, False, True]


def test_the_top_level_quotations_of_a_chunk_do_not_walk_the_corpus_articles() -> None:
    quotes = pd.DataFrame(
        [
            ("zz000002", 1, 30, 50, "Lanterns glow over the harbour", 1),
            ("zz000001", 0, 10, 20, "Copper violins sing", 1),
            ("zz000001", 1, 12, 18, "violins sing", 2),
            ("other", 0, 0, 9, "Quiet meadow", 1),
        ],
        columns=QUOTE_COLUMNS,
    )
    (kept,) = qv._top_level([quotes], LookupOnly.fromkeys(_ids(1_000), "Outlet"))
    assert kept[["article_id", "quote_id"]].values.tolist() == [["zz000001", 0], ["zz000002", 1]]


def test_rows_at_takes_each_chunk_s_positions() -> None:
    chunks = [pd.DataFrame({"n": range(k, k + 3)}) for k in (0, 3, 6)]
    taken = qv._rows_at(chunks, np.array([1, 2, 3, 8]))
    assert taken["n"].tolist() == [1, 2, 3, 8]
    assert qv._rows_at(chunks, np.zeros(0, dtype=np.int64)).empty


def test_the_outlet_rows_of_the_attributions_do_not_walk_the_kept_articles(tmp_path) -> None:
    spill = FrameSpill(tmp_path, "attributions")
    columns = sourcing_group.SUMMARY_COLUMNS
    for chunk in (["zz000001", "zz000002"], ["zz000003", "elsewhere"]):
        rows = {column: ["x"] * len(chunk) for column in columns}
        rows |= {"article_id": chunk, "outlet": ["Outlet"] * len(chunk)}
        spill.add(pd.DataFrame(rows)[columns])
    kept = LookupOnly.fromkeys(_ids(10_000))
    found = sourcing_group._outlet_rows(spill, "Outlet", kept)
    assert found["article_id"].tolist() == ["zz000001", "zz000002", "zz000003"]
