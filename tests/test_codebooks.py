"""Story-specific codebooks belong to the study: where they are read from, what init seeds,
how much of a corpus the actors codebook covers and which names it misses, and report titles."""

from __future__ import annotations

import filecmp
from pathlib import Path

from analysis import framing
from analysis.cli import main
from analysis.codebook_coverage import actor_coverage, candidates, coverage_caveats
from analysis.corpus import add_article
from analysis.corpus_import import SEEDED_CODEBOOKS, init_study
from analysis.lexicon import STUDY_FILES, Codebooks, data_path, read_table
from analysis.report import FrontMatter, study_title, write_index
from analysis.study import build_study, load_study
from analysis.writing import read_csv
from conftest import REPO, make_articles

HEADER = "expression,actor,entity,label_category,case_sensitive\n"
HARBOUR = HEADER + "harbour council,Harbour Council,,government,no\n"

# A small flood story, invented for these tests. By hand: 7 body sentences (3 + 3 + 1); the codebook
# above names an actor in one (a1's first); "Ann Lee" occurs 3 times in 2 articles, "Coast Guard"
# twice in 2 articles ("The" is a stop word, "Monday" a time word, "The mayor, Ann Lee" an apposition).
FLOOD = {
    "a1": "Flood closes bridge\n\nHarbour Council closed the bridge. The mayor, Ann Lee, said the water was rising. "
    "Ann Lee thanked the volunteers.\n",
    "a2": "River bursts its banks\n\nThe river burst its banks on Monday. Ann Lee visited the shelter. "
    "The Coast Guard rescued two people.\n",
    "a3": "Boats on patrol\n\nCoast Guard boats patrolled the town.\n",
}


def flood_study(tmp_path: Path, actors: str = HARBOUR):
    """The flood story read with a codebooks folder holding only an actors file (default: the Harbour Council)."""
    folder = tmp_path / "codebooks"
    folder.mkdir(parents=True)
    (folder / "framing_actors.csv").write_text(actors, encoding="utf-8")
    return build_study(make_articles(FLOOD), codebooks=Codebooks(folder))


# ------------------------------------------------------------------ where codebooks are read from


def test_a_study_reads_its_own_codebook_and_the_package_default_for_the_others(tmp_path):
    folder = tmp_path / "study" / "codebooks"
    folder.mkdir(parents=True)
    (tmp_path / "study" / "corpus").mkdir()
    (folder / "framing_actors.csv").write_text(HARBOUR, encoding="utf-8")
    books = Codebooks.of_corpus(tmp_path / "study" / "corpus")
    assert books.folder == folder.resolve()
    assert books.path("framing_actors.csv") == folder.resolve() / "framing_actors.csv"
    assert books.path("sourcing_sides.csv") == data_path("sourcing_sides.csv")
    assert Codebooks.of_corpus(tmp_path / "elsewhere" / "corpus").folder is None


def test_the_committed_study_reads_its_root_codebooks_and_the_test_corpus_a_copy_of_them():
    assert Codebooks.of_corpus(REPO / "corpus").folder == REPO / "codebooks"
    assert Codebooks.of_corpus(REPO / "tests" / "data" / "byo_corpus").folder == REPO / "tests" / "data" / "codebooks"
    names = sorted(p.name for p in (REPO / "codebooks").glob("*.csv"))
    assert names == [
        "framing_actors.csv",
        "framing_context_topics.csv",
        "framing_event_terms.csv",
        "sourcing_sides.csv",
    ]
    _, mismatch, errors = filecmp.cmpfiles(REPO / "codebooks", REPO / "tests" / "data" / "codebooks", names, False)
    assert mismatch == errors == []


def test_the_package_defaults_name_no_party_of_the_syria_story():
    actors = read_table("framing_actors.csv")
    assert sorted(set(actors["actor"])) == ["Civilians", "United Nations"]
    assert read_table("sourcing_sides.csv").values.tolist() == [["international", "international bodies"]]
    events = read_table("framing_event_terms.csv")
    assert not {"chemical", "sarin", "chlorine"} & set(events["expression"])
    topics = set(read_table("framing_context_topics.csv")["topic"])
    assert topics == {
        "casualties",
        "refugees_displacement",
        "diplomacy",
        "international_bodies",
        "humanitarian_situation",
    }


def test_only_study_codebooks_can_be_replaced_by_a_study():
    assert "stopwords_en.txt" not in STUDY_FILES and "reporting_verbs.csv" not in STUDY_FILES
    try:
        Codebooks().path("reporting_verbs.csv")
    except ValueError as error:
        assert "not a study codebook" in str(error)
    else:
        raise AssertionError("a generic instrument was offered to a study")


def test_the_same_sentence_names_an_actor_only_with_the_codebook_of_its_story(tmp_path):
    with_book = flood_study(tmp_path)
    without = build_study(make_articles(FLOOD))
    found = framing.mentions(with_book)
    raw = FLOOD["a1"]
    start = raw.index("Harbour Council")
    assert found[["article_id", "start", "end", "actor"]].values.tolist() == [
        ["a1", start, start + 15, "Harbour Council"]
    ]
    assert framing.mentions(without).empty


# ------------------------------------------------------------------ init


def test_init_seeds_the_codebooks_with_the_package_defaults_and_a_readme(tmp_path):
    init_study(tmp_path / "s")
    folder = tmp_path / "s" / "codebooks"
    assert sorted(p.name for p in folder.iterdir()) == sorted([*SEEDED_CODEBOOKS, "README.md"])
    for name in SEEDED_CODEBOOKS:
        assert (folder / name).read_bytes() == data_path(name).read_bytes(), name
        assert f"`{name}`" in (folder / "README.md").read_text(encoding="utf-8"), name
    assert Codebooks.of_corpus(tmp_path / "s" / "corpus").folder == folder.resolve()


def test_an_actor_added_to_an_initialised_study_is_found_at_once(tmp_path):
    init_study(tmp_path / "s")
    source = tmp_path / "a1.txt"
    source.write_text(FLOOD["a1"], encoding="utf-8")
    add_article(tmp_path / "s" / "corpus", source, outlet="Harbour Times", article_id="a1")
    with (tmp_path / "s" / "codebooks" / "framing_actors.csv").open("a", encoding="utf-8") as handle:
        handle.write("harbour council,Harbour Council,,government,no\n")
    study = load_study(tmp_path / "s" / "corpus")
    body = framing.mentions(study)
    assert body["actor"].tolist() == ["Harbour Council"]


# ------------------------------------------------------------------ coverage and candidates


def test_coverage_counts_sentences_and_articles_with_an_actor(tmp_path):
    cover = actor_coverage(flood_study(tmp_path))
    assert cover == {
        "sentences": 7,
        "sentences_with_actor": 1,
        "articles": 3,
        "articles_with_actor": 1,
        "sentence_share": 1 / 7,
        "article_share": 1 / 3,
    }
    caveats = coverage_caveats(flood_study(tmp_path / "again"))
    assert len(caveats) == 1
    assert "1 of 7 body sentences (14%) and 1 of 3 articles" in caveats[0]


def test_the_committed_study_is_covered_and_gets_no_caveat(seed_study):
    assert coverage_caveats(seed_study) == []


def test_candidates_are_the_frequent_unmatched_names_with_an_example(tmp_path):
    table = candidates(flood_study(tmp_path))
    first_lee = FLOOD["a1"].index("Ann Lee")
    first_guard = FLOOD["a2"].index("Coast Guard")
    assert table.values.tolist() == [
        ["ann lee", "Ann Lee", "", "", "no", 3, 2, "a1", first_lee, first_lee + 7, "Ann Lee"],
        ["coast guard", "Coast Guard", "", "", "no", 2, 2, "a2", first_guard, first_guard + 11, "Coast Guard"],
    ]
    # Once the codebook lists an expression it is no longer a candidate.
    guard = HARBOUR + "coast guard,Coast Guard,,organisation_name,no\n"
    assert candidates(flood_study(tmp_path / "b", guard))["expression"].tolist() == ["ann lee"]
    assert candidates(flood_study(tmp_path / "c"), min_count=3)["expression"].tolist() == ["ann lee"]


def test_codebooks_suggest_writes_the_candidates_in_the_actors_format(tmp_path, capsys):
    init_study(tmp_path / "s")
    for article_id, text in FLOOD.items():
        (tmp_path / f"{article_id}.txt").write_text(text, encoding="utf-8")
        add_article(
            tmp_path / "s" / "corpus", tmp_path / f"{article_id}.txt", outlet="Harbour Times", article_id=article_id
        )
    out = tmp_path / "candidates.csv"
    assert main(["codebooks", "suggest", "--corpus", str(tmp_path / "s" / "corpus"), "--out", str(out)]) == 0
    written = read_csv(out, dtype=str, keep_default_na=False)
    assert list(written.columns[:5]) == HEADER.strip().split(",")
    assert written["expression"].tolist() == ["ann lee", "coast guard"]  # "Harbour Council" occurs once
    assert "an actor in 0 of 7 body sentences (0%), 0 of 3 articles; 2 candidate(s)" in capsys.readouterr().err
    first = out.read_bytes()
    assert main(["codebooks", "suggest", "--corpus", str(tmp_path / "s" / "corpus"), "--out", str(out)]) == 0
    assert out.read_bytes() == first  # deterministic


# ------------------------------------------------------------------ report titles


def test_the_title_comes_from_study_yml_then_the_readme_then_the_folder(tmp_path):
    study = tmp_path / "flood_study"
    study.mkdir()
    assert study_title(study) == "flood_study"
    (study / "README.md").write_text("Intro line\n\n# Floods on *the* coast\n\n## Later\n", encoding="utf-8")
    assert study_title(study) == "Floods on the coast"
    (study / "study.yml").write_text("title: 'Coastal floods, 2024'\n", encoding="utf-8")
    assert study_title(study) == "Coastal floods, 2024"
    assert study_title(REPO).startswith('"Staged" chemical attacks in Idlib')


def test_a_title_with_markup_is_escaped_in_the_index(tmp_path):
    html_dir = tmp_path / "reports"
    front = FrontMatter('<script>alert("x")</script> study', "", "")
    text = write_index([], html_dir, front, []).read_text(encoding="utf-8")
    assert "<script>alert" not in text
    assert "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; study</h1>" in text
