"""A researcher's attribution corrections reach every exported table (issue 11, item 4)."""

from __future__ import annotations

import shutil

import pandas as pd

from analysis.cli import main
from conftest import CORPUS


def test_a_correction_in_the_corpus_wins_in_the_exported_attributions(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "rules"
    assert main(["export", "--corpus", str(corpus), "--out", str(out), "--workers", "1"]) == 0
    rules = pd.read_csv(out / "attributions.csv", dtype=str, keep_default_na=False)
    first = rules.iloc[0]
    with open(corpus / "attribution_corrections.csv", "a", encoding="utf-8") as handle:
        handle.write(f"{first.article_id},{first.content_start},{first.content_end},,Corrected Source,Freedonia,test\n")
    corrected_out = tmp_path / "corrected"
    assert main(["export", "--corpus", str(corpus), "--out", str(corrected_out), "--workers", "1"]) == 0
    corrected = pd.read_csv(corrected_out / "attributions.csv", dtype=str, keep_default_na=False)
    assert corrected.iloc[0]["source"] == "Corrected Source"
    assert corrected.iloc[0]["affiliation"] == "Freedonia"
    assert corrected.iloc[0]["resolved_by"] == "manual"
    assert corrected.drop(index=0).equals(rules.drop(index=0))
    sources = pd.read_csv(corrected_out / "sources.csv", dtype=str, keep_default_na=False)
    assert "Corrected Source" in set(sources["source"])
