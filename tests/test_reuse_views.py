"""Original vs reused text: counts of words, labels and attributions on a hand-made wire and two reprints.

Every expected number below was counted by hand from the texts, before the code ran on them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import reuse, schema
from analysis.study import Study, build_study
from analysis.writing import read_csv, write_csv
from conftest import SEED_CODEBOOKS, make_articles

# 13 + 20 = 33 words, all narration; "Government forces" is an actor label (military).
WIRE = (
    "The strikes began before dawn on Monday in the south of the province. Government forces shelled the "
    "villages of Kafr Nabl and Hass, destroying a bakery and two houses near the main road."
)
TEXTS = {
    # The wire, first.
    "w": f"Wire\n\n{WIRE}\n",
    # A verbatim reprint, with 8 words of its own before it (a label: rebels) and 11 after it: an
    # attribution (cue "said") whose content, 7 words, is paraphrase.
    "d": (
        f"Daily\n\nRebels fired back at the army positions overnight. {WIRE}\n\n"
        "A local doctor said the hospital had run out of fuel.\n"
    ),
    # A reprint with one label changed ("Regime forces"), and 7 words of its own after it.
    "h": f"Herald\n\n{WIRE.replace('Government forces', 'Regime forces')}\n\nThe Herald could not reach the army.\n",
}
OUTLETS = {"w": "Wire", "d": "Daily", "h": "Herald"}
DATES = {"w": "2024-03-01", "d": "2024-03-02", "h": "2024-03-02"}


def _study(dates: dict[str, str]) -> Study:
    articles = make_articles(TEXTS, OUTLETS)
    articles["publication_date"] = articles["article_id"].map(dates)
    return build_study(articles, codebooks=SEED_CODEBOOKS)  # the texts tell the committed study's story


@pytest.fixture(scope="module")
def study() -> Study:
    return _study(DATES)


@pytest.fixture(scope="module")
def found(study: Study) -> dict[str, pd.DataFrame]:
    return reuse.tables(study)


def _counts(table: pd.DataFrame, item: str) -> dict[tuple[str, str, str], int]:
    rows = table[(table["item"] == item) & (table["count"] > 0)]
    return {(r.outlet, r.voice, r.origin): r.count for r in rows.itertuples()}


def test_word_counts_by_voice_and_origin(found: dict[str, pd.DataFrame]) -> None:
    assert _counts(found["reuse_origin"], "words") == {
        # Daily: 8 + 4 ("A local doctor said") own narration words, 7 paraphrased, 33 reprinted.
        ("Daily", "narration", "original"): 12,
        ("Daily", "narration", "reused"): 33,
        ("Daily", "paraphrase", "original"): 7,
        ("Daily", "all", "original"): 19,
        ("Daily", "all", "reused"): 33,
        # Herald: the changed word "Regime" is its own, so 1 + 7 original and 32 reused.
        ("Herald", "narration", "original"): 8,
        ("Herald", "narration", "reused"): 32,
        ("Herald", "all", "original"): 8,
        ("Herald", "all", "reused"): 32,
        # The wire came first: all its words are its own.
        ("Wire", "narration", "original"): 33,
        ("Wire", "all", "original"): 33,
    }


def test_label_and_attribution_counts_by_origin(found: dict[str, pd.DataFrame]) -> None:
    table = found["reuse_origin"]
    assert _counts(table, "labels") == {
        ("Daily", "narration", "original"): 1,  # Rebels
        ("Daily", "narration", "reused"): 1,  # Government forces, reprinted
        ("Daily", "all", "original"): 1,
        ("Daily", "all", "reused"): 1,
        ("Herald", "narration", "original"): 1,  # Regime forces: one of its words is the Herald's change
        ("Herald", "all", "original"): 1,
        ("Wire", "narration", "original"): 1,
        ("Wire", "all", "original"): 1,
    }
    assert _counts(table, "attributions") == {("Daily", "all", "original"): 1}
    daily = table[(table["outlet"] == "Daily") & (table["item"] == "words") & (table["voice"] == "all")]
    assert daily.set_index("origin")["share"].to_dict() == pytest.approx({"original": 19 / 52, "reused": 33 / 52})
    # The full grid: 3 outlets x (words and labels: 4 voices; attributions: all) x 2 origins.
    assert len(table) == 3 * (4 + 4 + 1) * 2


def test_label_counts_on_original_text_only(study: Study, found: dict[str, pd.DataFrame]) -> None:
    args = (study, found["reuse"], found["reuse_differences"])
    own = reuse.label_counts_by_origin(*args)
    columns = ["outlet", "voice", "label_category", "mentions"]
    assert sorted(own[columns].itertuples(index=False, name=None)) == [
        ("Daily", "narration", "rebels", 1),
        ("Herald", "narration", "regime", 1),
        ("Wire", "narration", "military", 1),
    ]
    taken = reuse.label_counts_by_origin(*args, origin="reused")
    assert list(taken[columns].itertuples(index=False, name=None)) == [("Daily", "narration", "military", 1)]


def test_keyness_on_original_text_only(study: Study, found: dict[str, pd.DataFrame]) -> None:
    own = reuse.keyness_by_origin(
        study, found["reuse"], found["reuse_differences"], voices=("all",), modes=("one_vs_rest",)
    )
    sizes = own.drop_duplicates("target").set_index("target")["target_words"].to_dict()
    assert sizes == {"Daily": 19, "Herald": 8, "Wire": 33}
    bakery = own[(own["term"] == "bakery")].set_index("target")[["target_count", "reference_count"]]
    # On all text "bakery" is in every outlet; on original text only in the wire's.
    assert bakery["target_count"].to_dict() == {"Daily": 0, "Herald": 0, "Wire": 1}
    regime = own[(own["term"] == "regime") & (own["target"] == "Herald")]
    assert regime["target_count"].tolist() == [1]


def test_attributions_by_origin(study: Study, found: dict[str, pd.DataFrame]) -> None:
    args = (study, found["reuse"], found["reuse_differences"])
    own = reuse.attributions_by_origin(*args)
    assert own[["article_id", "cue"]].values.tolist() == [["d", "said"]]
    assert reuse.attributions_by_origin(*args, origin="reused").empty
    with pytest.raises(ValueError):
        reuse.attributions_by_origin(*args, origin="borrowed")


def test_unordered_text_is_original_unless_asked() -> None:
    # All three on one day: nothing can be ordered, so nothing is reused ...
    same_day = _study(dict.fromkeys(TEXTS, "2024-03-01"))
    found = reuse.tables(same_day)
    assert _counts(found["reuse_origin"], "words")[("Daily", "all", "original")] == 52
    # ... unless unordered passages count too (the upper bound): then the wire's words are reused as well.
    upper = reuse.origin_counts(same_day, found["reuse"], found["reuse_differences"], include_unordered=True)
    words = _counts(upper, "words")
    # "Government" differs from the Herald's "Regime": against the Herald it is an edit, so in the Daily
    # and in the wire it stays original (an edit against any source is read in the outlet's favour).
    assert words[("Daily", "all", "reused")] == 32
    assert words[("Wire", "all", "reused")] == 32
    assert words[("Herald", "all", "reused")] == 32


def test_origin_table_matches_its_declaration(found: dict[str, pd.DataFrame], tmp_path) -> None:
    written = read_csv(write_csv(found["reuse_origin"], tmp_path / "reuse_origin.csv"), dtype=str)
    assert schema.check_table("reuse_origin", written) == []
    assert list(found["reuse_origin"].columns) == schema.written_columns("reuse_origin")


def test_findings_say_who_reprints_whom_and_what_changes(study: Study) -> None:
    from analysis.findings import reuse_finding

    finding = reuse_finding(study, study.attributions)
    statement = finding["statement"]
    # Daily: 33 of its 52 body words are in the earlier wire story; the Herald's 40 words include 33 of the
    # passage, "Regime" among them (the matrix counts passages), of which 32 are reused (its change is its own).
    assert "Daily reprints Wire (63% of its body words, 33 of 52; 1 of 1 articles)" in statement
    assert "Daily 33 of 52 words, 1 of 2 labels, 0 of 1 attributions" in statement
    assert "Herald 32 of 40 words, 0 of 1 labels, 0 of 0 attributions" in statement
    # On original text the Daily's narration no longer names the Syrian government (its one label was reprinted).
    assert "Syrian government military → none" in statement
    assert "Herald 32 of 40 words, 0 of 1 labels, 0 of 0 attributions; on its original text the commonest" in statement
    assert set(finding["evidence"]["article_id"]) == {"d", "h"}
    for row in finding["evidence"].itertuples():
        assert study.raw[row.article_id][row.start : row.end] == row.text
        assert "found in w (Wire)" in row.why


def test_findings_say_when_there_is_no_reuse(seed_study: Study) -> None:
    from analysis.findings import reuse_finding

    finding = reuse_finding(seed_study, seed_study.attributions)
    assert "2 articles from 2 outlets compared, no passage of body text shared between outlets" in finding["statement"]
    assert finding["evidence"].empty
