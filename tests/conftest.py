"""Shared fixtures: the seed corpus and a builder for invented articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import sourcing
from analysis.corpus import METADATA_COLUMNS
from analysis.lexicon import Codebooks
from analysis.study import Study, build_study, load_study

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
# The invented test sentences tell the committed study's story, so they are read with its codebooks.
SEED_CODEBOOKS = Codebooks(REPO / "codebooks")


def make_articles(texts: dict[str, str], outlets: dict[str, str] | None = None) -> pd.DataFrame:
    """Return an in-memory articles table (metadata columns + raw) for invented texts."""
    rows = []
    for article_id, raw in texts.items():
        row = {column: "" for column in METADATA_COLUMNS}
        row.update(
            article_id=article_id,
            file=f"{article_id}.txt",
            outlet=(outlets or {}).get(article_id, "Outlet A"),
            language="en",
            outlet_confidence="named",
        )
        rows.append({**row, "raw": raw})
    return pd.DataFrame(rows)


def make_study(texts: dict[str, str], outlets: dict[str, str] | None = None) -> Study:
    """Return the Study of invented texts, read with the committed study's codebooks."""
    return build_study(make_articles(texts, outlets), codebooks=SEED_CODEBOOKS)


# A one-line headline and a first paragraph above the paragraphs a test writes, so they read as body.
INVENTED_TOP = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"


def attributions_of_paragraphs(*paragraphs: str) -> pd.DataFrame:
    """Return the attributions of one invented article (outlet "Outlet A") whose body is ``paragraphs``."""
    raw = INVENTED_TOP + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def speaker_cue_content(found: pd.DataFrame) -> list[list[str]]:
    """Return each attribution as [speaker as written, cue, content]."""
    return found[["speaker_text", "cue", "content"]].values.tolist()


@pytest.fixture(scope="session")
def seed_study() -> Study:
    """The committed seed corpus, processed once per test session."""
    return load_study(CORPUS)


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture()
def record_exchange() -> list[str]:
    """Six invented lines of a parliamentary record: three turns, each a speaker's heading line then a prose line
    (speakers at 0, 2 and 4). A fresh list per test, so a test may extend it."""
    return [
        "Mrs Ada Pennyworth (Lowtown) (Ind)",
        "I thank the member for the question about the bridge.",
        "Mr Speaker",
        "The bridge will reopen in the spring, as planned.",
        "Sir Basil Quince",
        "Will the minister publish the engineers' report?",
    ]
