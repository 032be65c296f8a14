"""The lessons teach by doing (issue 14): every exercise has a solution that runs with the notebook,
each lesson works at least one method by hand next to the helper, and the reading times agree."""

from __future__ import annotations

import re

import nbformat
import pytest

from analysis.report import page_for, render_html
from conftest import REPO

NOTEBOOKS = REPO / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("0[1-5]_*.ipynb"))


def _cells(path) -> list:
    return nbformat.read(path, as_version=4).cells


def _is_solution_cell(cell) -> bool:
    return cell.cell_type == "code" and "solution" in cell.metadata.get("tags", [])


def _exercise_cells(cells: list) -> list[int]:
    """Return the positions of the exercise code cells: code after the "## Try it" heading, not a solution."""
    start = next((i for i, c in enumerate(cells) if c.cell_type == "markdown" and "## Try it" in c.source), None)
    if start is None:
        return []
    return [i for i in range(start, len(cells)) if cells[i].cell_type == "code" and not _is_solution_cell(cells[i])]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_exercise_is_followed_by_a_folded_explanation_and_a_collapsed_solution_that_ran(path):
    cells = _cells(path)
    for i in _exercise_cells(cells):
        explanation, solution = cells[i + 1], cells[i + 2]
        assert explanation.cell_type == "markdown" and explanation.source.startswith("<details>"), cells[i].source[:60]
        assert _is_solution_cell(solution), cells[i].source[:60]
        # Collapsed in JupyterLab (a student opens it), executed with the notebook (nbval checks its output).
        assert solution.metadata["jupyter"] == {"source_hidden": True, "outputs_hidden": True}
        assert solution.execution_count is not None
        assert not [o for o in solution.outputs if o.output_type == "error"]


def test_the_lessons_with_exercises_have_solutions():
    counts = {path.name: len(_exercise_cells(_cells(path))) for path in LESSONS}
    assert all(counts[name] >= 4 for name in counts if not name.startswith("05")), counts


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_each_lesson_works_a_method_by_hand_next_to_the_helper(path):
    cells = _cells(path)
    worked = [
        cells[i + 1]
        for i, cell in enumerate(cells[:-1])
        if cell.cell_type == "markdown" and re.search(r"\bby hand\b", cell.source, flags=re.IGNORECASE)
    ]
    # The code after the explanation compares its result with the helper's, in an assert that ran.
    assert [c for c in worked if c.cell_type == "code" and "assert" in c.source and c.execution_count], path.name


def _minutes(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+)\s*min", text)]


def test_reading_times_agree_between_the_lessons_and_their_readme():
    rows = re.findall(r"^\| \d+ \| `(\d\d_\w+\.ipynb)` \|.*\| ([^|]+) \|$", (NOTEBOOKS / "README.md").read_text(), re.M)
    assert len(rows) == len(sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")))
    for name, time in rows:
        assert _minutes(time) == _minutes(page_for(NOTEBOOKS / name).time), name


def test_a_solution_cell_stays_folded_in_the_rendered_page(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# 9. A lesson"),
        nbformat.v4.new_code_cell("exercise = 1"),
        nbformat.v4.new_code_cell("print('the answer')", metadata={"tags": ["solution"]}),
    ]
    notebook.cells[2].outputs = [nbformat.v4.new_output("stream", name="stdout", text="42\n")]
    path = tmp_path / "09_lesson.ipynb"
    nbformat.write(notebook, path)
    page = render_html(path, tmp_path / "html").read_text(encoding="utf-8")
    folded = re.findall(r'<details class="solution">(.*?)</details>', page, flags=re.DOTALL)
    assert len(folded) == 1
    assert "the answer" in folded[0] and "42" in folded[0] and "exercise" not in folded[0]
    assert "exercise" in page
