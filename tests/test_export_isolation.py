"""One article that breaks a stage must not cost the others their tables (issue 16)."""

from __future__ import annotations

import types

import pandas as pd
import pytest

import analysis.study
from analysis.export import isolated_tables
from conftest import make_study

TEXTS = {
    "a": "First headline about the port\n\nThe union said the strike would continue on Monday.\n",
    "b": "Second headline about the port\n\nThe port authority said ships were waiting offshore.\n",
    "c": "Third headline about the port\n\nA minister said talks would resume in the capital.\n",
}


def _fake_module(name: str, tables) -> types.ModuleType:
    module = types.ModuleType(f"analysis.{name}")
    module.tables = tables
    return module


def _breaks_on_b(study) -> dict[str, pd.DataFrame]:
    """A stand-in analysis whose rules break on article b (like an IndexError on a cut-off page)."""
    if "b" in study.raw:
        raise IndexError("list index out of range")
    return {"fake": pd.DataFrame({"article_id": sorted(study.raw)})}


def _always_breaks(study) -> dict[str, pd.DataFrame]:
    raise RuntimeError("broken stage")


def test_a_failing_article_is_left_out_of_one_stage_and_recorded():
    tables, failed = isolated_tables(_fake_module("fake_stage", _breaks_on_b), make_study(TEXTS))
    assert list(tables["fake"]["article_id"]) == ["a", "c"]
    assert failed.to_dict("records") == [
        {"article_id": "b", "stage": "fake_stage", "error": "IndexError: list index out of range"}
    ]


def test_a_page_that_breaks_the_text_layer_is_recorded_and_the_others_processed(monkeypatch):
    original = analysis.study.process_article

    def breaks_on_b(article_id, raw, labels=None):
        if article_id == "b":
            raise ValueError("unexpected page")
        return original(article_id, raw, labels)

    monkeypatch.setattr(analysis.study, "process_article", breaks_on_b)
    study = make_study(TEXTS)
    assert set(study.segments["article_id"]) == {"a", "c"}
    assert study.failures.to_dict("records") == [
        {"article_id": "b", "stage": "segments, sentences, tokens, quotes", "error": "ValueError: unexpected page"}
    ]


def test_a_failure_no_single_article_explains_is_raised():
    with pytest.raises(RuntimeError):
        isolated_tables(_fake_module("always", _always_breaks), make_study(TEXTS))
