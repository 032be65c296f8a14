"""A study's notes on a lesson are read from notes/ beside its corpus, shown escaped, and absent without error."""

from __future__ import annotations

from analysis.study_notes import notes_path, study_lead, study_lead_html, study_notes, study_notes_html
from conftest import REPO


def test_a_study_without_notes_gets_an_empty_note(tmp_path):
    (tmp_path / "corpus").mkdir()
    assert study_notes(tmp_path / "corpus", "02_vocabulary") == ""
    assert study_notes_html(tmp_path / "corpus", "02_vocabulary") == ""


def test_the_note_is_read_from_the_notes_folder_beside_the_corpus(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "06_reuse.md").write_text("\nThe wire is *ours*.\n\n", encoding="utf-8")
    assert notes_path(tmp_path / "corpus", "06_reuse") == (tmp_path / "notes" / "06_reuse.md").resolve()
    assert study_notes(tmp_path / "corpus", "06_reuse") == "The wire is *ours*."
    assert study_notes_html(tmp_path / "corpus", "06_reuse") == "<p>The wire is <em>ours</em>.</p>"


def test_markup_in_a_note_is_escaped_and_only_web_links_are_kept(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "notes").mkdir()
    note = "<script>x</script> [a](javascript:alert) [b](https://example.org/)"
    (tmp_path / "notes" / "01_corpus.md").write_text(note, encoding="utf-8")
    page = study_notes_html(tmp_path / "corpus", "01_corpus")
    assert page == '<p>&lt;script&gt;x&lt;/script&gt; a <a href="https://example.org/">b</a></p>'


def test_the_committed_study_has_a_note_for_each_lesson_that_interprets_it():
    for lesson in ["02_vocabulary", "03_framing", "04_sourcing", "06_reuse"]:
        assert study_notes(REPO / "corpus", lesson), lesson


def test_the_lead_is_the_readme_title_and_its_first_paragraph_of_prose(tmp_path):
    (tmp_path / "corpus").mkdir()
    readme = (
        "# Bus strike: who is *to blame*?\n\n<!-- a comment -->\n\n* a list\n\n"
        "The council & the drivers.\nTwo lines.\n\nLater.\n"
    )
    (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    assert study_lead(tmp_path / "corpus") == ("Bus strike: who is to blame?", "The council & the drivers.\nTwo lines.")
    assert study_lead_html(tmp_path / "corpus") == (
        "<p><strong>Bus strike: who is to blame?</strong></p><p>The council &amp; the drivers. Two lines.</p>"
    )


def test_a_study_without_readme_is_named_by_its_corpus_folder(tmp_path):
    # As the report's title is (analysis.report.build_report): the corpus folder's name.
    (tmp_path / "my_corpus").mkdir()
    assert study_lead(tmp_path / "my_corpus") == ("my_corpus", "")


def test_a_section_of_a_note_is_the_text_under_its_heading(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "notes").mkdir()
    note = "# Notes\n\nIntro.\n\n## labels\n\nFirst *reading*.\n\nSecond.\n\n## headlines \n\nThird.\n"
    (tmp_path / "notes" / "03_framing.md").write_text(note, encoding="utf-8")
    assert study_notes(tmp_path / "corpus", "03_framing", "labels") == "First *reading*.\n\nSecond."
    assert study_notes(tmp_path / "corpus", "03_framing", "headlines") == "Third."
    assert study_notes(tmp_path / "corpus", "03_framing", "passives") == ""
    assert study_notes_html(tmp_path / "corpus", "03_framing", "headlines") == "<p>Third.</p>"
