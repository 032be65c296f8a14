"""A study's own notes on each lesson: the interpretation that belongs to one study, not to the lessons.

The lesson notebooks run on any corpus, so their prose is general and every result they state is
computed. What a result *means* for one story (why two outlets differ, what a null result says about
this pair) is written by the study's authors in ``notes/<lesson>.md`` beside the study's ``corpus/``
and ``codebooks/`` folders, and shown by the lesson only for that study.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

NOTES_FOLDER = "notes"


def notes_path(corpus_dir: str | Path, lesson: str) -> Path:
    """Return where the note of ``lesson`` (a notebook's name without ``.ipynb``) lives for the study of
    ``corpus_dir``: ``notes/<lesson>.md`` in the folder that holds the corpus."""
    return Path(corpus_dir).resolve().parent / NOTES_FOLDER / f"{lesson}.md"


def study_notes(corpus_dir: str | Path, lesson: str, section: str | None = None) -> str:
    """Return the study's Markdown note on ``lesson``, or "" when the study has none.

    With ``section``, only the part of the note under the heading ``## <section>`` (to the next ``## ``
    heading, the heading itself left out), so each reading sits next to the result it reads; "" when
    the note has no such section. An empty string rather than an error: a new study has no notes, and
    its lessons still run.
    """
    path = notes_path(corpus_dir, lesson)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if section is None:
        return text.strip()
    parts = re.split(r"^## +(.+?)\s*$", text, flags=re.MULTILINE)
    # parts = [before the first heading, heading 1, its text, heading 2, its text, ...]
    bodies = {heading: body for heading, body in zip(parts[1::2], parts[2::2])}
    return bodies.get(section, "").strip()


def _web_only(url: str) -> str | None:
    """Return a web address as it is; drop any other (a note's relative path means nothing in a report page)."""
    return url if url.startswith(("https://", "http://")) else None


def study_notes_html(corpus_dir: str | Path, lesson: str, section: str | None = None) -> str:
    """Return the study's note on ``lesson`` (or on one ``section`` of it, see :func:`study_notes`) as HTML,
    raw HTML in the note escaped and only web links kept; "" when the study has none.

    The report's own safe Markdown subset (:func:`analysis.report.markdown_html`), so a note reaches a page
    the way the README's findings do.
    """
    # Imported here: the report module pulls in the notebook machinery, which a lesson only needs for this.
    from .report import markdown_html

    text = study_notes(corpus_dir, lesson, section)
    return markdown_html(text, _web_only) if text else ""


def study_lead(corpus_dir: str | Path) -> tuple[str, str]:
    """Return the study's title (:func:`analysis.report.study_title`) and the first paragraph of prose after
    the first heading of its ``README.md`` ("" when there is none).

    The findings page opens with these, so what the study is about is said by the study, never by a lesson.
    """
    from .report import study_title

    study_dir = Path(corpus_dir).resolve().parent
    readme = study_dir / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    after_heading = re.split(r"^# .+$", text, maxsplit=1, flags=re.MULTILINE)[-1]
    # Prose only: a comment, heading, table, list, code fence or image is not the study's summary.
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", after_heading)]
    lead = next((p for p in paragraphs if p and not p.startswith(("<!--", "#", "|", "```", "![", "* ", "- "))), "")
    return study_title(study_dir, fallback=Path(corpus_dir).resolve().name), lead


def study_lead_html(corpus_dir: str | Path) -> str:
    """Return the study's title (bold) and its README's first paragraph as one HTML paragraph, escaped."""
    from .report import markdown_html

    title, lead = study_lead(corpus_dir)
    # The title is plain text (study_title strips its marks); escaping it keeps "*" or "<" literal.
    stop = "" if title.endswith((".", "?", "!")) else "."
    return f"<p><strong>{html.escape(title)}{stop}</strong></p>" + (markdown_html(lead, _web_only) if lead else "")
