"""The sourcing group's per-outlet tables made one outlet's attributions at a time: the whole corpus's tables."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.lexicon import PACKAGE_CODEBOOKS
from analysis.sourcing.quote_variants import QUOTE_COLUMNS
from analysis.sourcing.summaries import SUMMARY_COLUMNS, summary_tables
from analysis.streaming.held import FrameSpill
from analysis.streaming.sourcing_group import across_tables
from analysis.study import Study, subset_study

OUTLETS = ["Courier", "Herald", "Ledger", "Quiet Times"]  # the last has articles but no attribution
SOURCES = ["the mayor", "The Mayor", "a spokesman", "", "Dmitry Peskov", "officials", "the minister"]
AFFILIATIONS = ["", "Russia", "Ukraine", "Russia; Ukraine", "United Nations"]


def _invented(rng: np.random.Generator, n_articles: int = 60) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Return invented articles and their attributions in three chunks (articles in id order)."""
    ids = [f"a{k:03d}" for k in range(n_articles)]
    outlet = [OUTLETS[k % 4] for k in range(n_articles)]
    articles = pd.DataFrame({"article_id": ids, "outlet": outlet, "role": "primary"})
    rows = []
    for article, name in zip(ids, outlet, strict=True):
        for start in sorted(rng.choice(500, size=0 if name == "Quiet Times" else rng.integers(0, 6), replace=False)):
            source = SOURCES[rng.integers(len(SOURCES))]
            rows.append({
                "article_id": article, "outlet": name, "start": int(start), "source": source,
                "source_type": ["official", "expert", "anonymous"][rng.integers(3)],
                "affiliation": AFFILIATIONS[rng.integers(len(AFFILIATIONS))], "side": "",
                "cue": ["said", "claimed", "told", ""][rng.integers(4)],
                "cue_class": ["neutral", "doubting", "accusing", ""][rng.integers(4)],
                "mode": ["direct", "mixed", "indirect", "floating"][rng.integers(4)],
                "content_words": int(rng.integers(0, 40)), "quoted_words": int(rng.integers(0, 20)),
                "anonymous": source == "", "agentless": bool(rng.integers(2)),
            })  # fmt: skip
    attributions = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    chunks = [attributions[attributions["article_id"].isin(ids[k : k + 20])] for k in range(0, n_articles, 20)]
    return articles, chunks


def _study(articles: pd.DataFrame) -> Study:
    nothing = pd.DataFrame({"article_id": pd.Series(dtype=object)})
    quotes = pd.DataFrame({column: pd.Series(dtype=object) for column in QUOTE_COLUMNS})
    return Study(
        articles=articles,
        raw=dict.fromkeys(articles["article_id"], "text"),
        segments=nothing,
        sentences=nothing,
        tokens=nothing,
        quotes=quotes,
        attributions=pd.DataFrame(columns=SUMMARY_COLUMNS),
        codebooks=PACKAGE_CODEBOOKS,
    )


def _spilled(tmp_path, chunks: list[pd.DataFrame]) -> FrameSpill:
    spill = FrameSpill(tmp_path, "attributions")
    for chunk in chunks:
        spill.add(chunk)
    return spill


def test_per_outlet_tables_equal_the_whole_corpus_tables(tmp_path):
    articles, chunks = _invented(np.random.default_rng(7))
    whole = pd.concat(chunks, ignore_index=True)
    expected = summary_tables(whole, list(articles["outlet"]), PACKAGE_CODEBOOKS)
    found = across_tables(_study(articles), _spilled(tmp_path, chunks), FrameSpill(tmp_path, "quotes"))
    assert set(found) == {*expected, "quote_variants"}
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(found[name], frame, check_exact=True, obj=name)
    outlets = found["sourcing_outlets"].set_index("outlet")
    assert outlets.loc["Quiet Times", "attributions"] == 0 and len(outlets) == 4
    assert (found["sources"]["outlet"] == "Quiet Times").sum() == 0
    assert found["sources"]["attributions"].sum() == len(whole) > 50


def test_left_out_articles_leave_their_attributions_out(tmp_path):
    """A subset study (the articles that failed left out): as the whole tables of the kept articles' rows."""
    articles, chunks = _invented(np.random.default_rng(8))
    kept = set(articles["article_id"]) - {"a001", "a002", "a021", "a042"}
    whole = pd.concat(chunks, ignore_index=True)
    whole = whole[whole["article_id"].isin(kept)].reset_index(drop=True)
    study = subset_study(_study(articles), kept)
    expected = summary_tables(whole, list(study.outlet_of().values()), PACKAGE_CODEBOOKS)
    found = across_tables(study, _spilled(tmp_path, chunks), FrameSpill(tmp_path, "quotes"))
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(found[name], frame, check_exact=True, obj=name)
    assert not found["sources"]["first_article_id"].isin({"a001", "a002", "a021", "a042"}).any()
