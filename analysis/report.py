"""Run the numbered notebooks and render them to HTML.

For the committed study the notebooks are executed in place, so they are
committed with fresh outputs. For another corpus, copies are executed with the
corpus path injected as a papermill parameter, into a separate output folder,
leaving the committed study untouched. Execution records no timings and
metadata that change between runs, so a second run is byte-identical.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from papermill.parameterize import parameterize_notebook

NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
# Notebooks whose HTML hides the code: pages for readers, not for students.
READER_NOTEBOOKS = {"05_findings.ipynb"}
CELL_TIMEOUT_SECONDS = 600


def notebook_paths(notebook_dir: str | Path) -> list[Path]:
    """Return the study's numbered notebooks in order."""
    return sorted(Path(notebook_dir).glob(NOTEBOOK_GLOB))


def _strip_volatile_metadata(notebook: nbformat.NotebookNode) -> None:
    """Remove metadata that differs between runs (timings, papermill records)."""
    notebook.metadata.pop("papermill", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)


def execute_notebook(source: Path, target: Path, parameters: dict | None = None) -> Path:
    """Execute ``source`` with its working directory next to ``target``; write it to ``target``."""
    notebook = nbformat.read(source, as_version=4)
    if parameters:
        notebook = parameterize_notebook(notebook, parameters)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_SECONDS,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(target.parent)}},
    )
    client.execute()
    _strip_volatile_metadata(notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return target


def render_html(notebook_path: Path, html_dir: Path) -> Path:
    """Render one executed notebook to ``html_dir``; readers' pages hide code."""
    # The "study" template (analysis/templates/study) is lab without CDN scripts, with alt text.
    templates = str(resources.files("analysis.templates"))
    exporter = HTMLExporter(template_name="study", extra_template_basedirs=[templates], embed_images=True)
    exporter.exclude_input = notebook_path.name in READER_NOTEBOOKS
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_filename(str(notebook_path))
    html_dir.mkdir(parents=True, exist_ok=True)
    target = html_dir / notebook_path.with_suffix(".html").name
    target.write_text(body, encoding="utf-8")
    return target


def _title(notebook_path: Path) -> str:
    notebook = nbformat.read(notebook_path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return notebook_path.stem


def write_index(pages: list[tuple[Path, Path]], html_dir: Path, title: str) -> Path:
    """Write ``index.html`` linking every rendered page; return its path."""
    items = "\n".join(
        f'    <li><a href="{html.escape(page.name)}">{html.escape(_title(notebook))}</a></li>' for notebook, page in pages
    )
    text = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n<h1>{html.escape(title)}</h1>\n"
        f"<ol>\n{items}\n</ol>\n</body>\n</html>\n"
    )
    target = html_dir / "index.html"
    target.write_text(text, encoding="utf-8")
    return target


def build_report(
    notebook_dir: str | Path = "notebooks",
    html_dir: str | Path = "reports",
    parameters: dict | None = None,
    executed_dir: str | Path | None = None,
) -> list[Path]:
    """Execute every numbered notebook and render the HTML report; return the pages.

    Without ``executed_dir`` notebooks are executed in place (the committed
    study). With it, executed copies go there, so another corpus never
    overwrites the committed outputs.
    """
    html_dir = Path(html_dir)
    pages = []
    for source in notebook_paths(notebook_dir):
        target = Path(executed_dir) / source.name if executed_dir else source
        execute_notebook(source, target, parameters)
        pages.append((target, render_html(target, html_dir)))
    write_index(pages, html_dir, "A comparative media study: the staged chemical attack claim")
    return [page for _, page in pages]
