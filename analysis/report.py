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

from .page_safety import page_problems

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


def _fix_injected_cell_ids(notebook: nbformat.NotebookNode) -> None:
    """Give the cell papermill injects a fixed id (papermill draws a random one), so rebuilds are byte-identical."""
    for cell in notebook.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"


def execute_notebook(source: Path, target: Path, parameters: dict | None = None) -> Path:
    """Execute ``source`` with its working directory next to ``target``; write it to ``target``."""
    notebook = nbformat.read(source, as_version=4)
    target.parent.mkdir(parents=True, exist_ok=True)  # the kernel starts in this folder
    if parameters:
        # papermill expects these keys on every cell and on the notebook.
        for cell in notebook.cells:
            cell.metadata.setdefault("tags", [])
        notebook.metadata.setdefault("papermill", {})
        notebook = parameterize_notebook(notebook, parameters)
        _fix_injected_cell_ids(notebook)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_SECONDS,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(target.parent)}},
    )
    client.execute()
    _strip_volatile_metadata(notebook)
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
    """Write ``index.html``: the findings first, then the lessons, the charts and the tables.

    Charts and tables are linked relative to the report folder (``../figures``,
    ``../exports``), so the whole output folder opens from disk.
    """
    readers = [(nb, page) for nb, page in pages if nb.name in READER_NOTEBOOKS]
    lessons = [(nb, page) for nb, page in pages if nb.name not in READER_NOTEBOOKS]

    def items(entries: list[tuple[Path, Path]]) -> str:
        return "\n".join(
            f'    <li><a href="{html.escape(page.name)}">{html.escape(_title(nb))}</a></li>' for nb, page in entries
        )

    def files(folder: Path, pattern: str) -> str:
        return "\n".join(
            f'    <li><a href="../{html.escape(folder.name)}/{html.escape(p.name)}">{html.escape(p.name)}</a></li>'
            for p in sorted(folder.glob(pattern))
        )

    out = html_dir.parent
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>body {{ font-family: sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.5; padding: 0 1em; }}</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<h2>For readers</h2>
<ul>
{items(readers)}
</ul>
<h2>Lessons (with the code)</h2>
<ol>
{items(lessons)}
</ol>
<h2>Charts (PNG; SVG and the CSV of each chart's data sit beside it)</h2>
<ul>
{files(out / "figures", "*.png")}
</ul>
<h2>Tables (CSV, every row with article id and character offsets)</h2>
<ul>
{files(out / "exports", "*.csv")}
</ul>
</body>
</html>
"""
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


BROWSER_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver",)
# Flags for a sandboxed, offline, headless run (no background network, no first-run UI).
BROWSER_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1600",
)
# Page problems found in the browser, by JavaScript run in each page.
_RECORD_DIALOGS_JS = (
    "window.__dialogs = [];"
    "for (const name of ['alert', 'confirm', 'prompt', 'print']) {"
    "  window[name] = (message) => { window.__dialogs.push(name + ': ' + message); return null; };"
    "}"
)
_BROKEN_IMAGES_JS = (
    "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src.slice(0, 80));"
)
_LINKS_JS = "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'));"


def find_browser() -> tuple[str, str] | None:
    """Return (browser, driver) paths of an installed Chromium and ChromeDriver, or None."""
    browser = next((p for p in BROWSER_CANDIDATES if Path(p).is_file()), None)
    driver = next((p for p in DRIVER_CANDIDATES if Path(p).is_file()), None)
    return (browser, driver) if browser and driver else None


def _browser_problems(driver, page: Path, screenshot_dir: Path) -> list[str]:
    """Return the problems of one page loaded in ``driver``: dialogs, console errors, broken images and links."""
    problems = []
    driver.get(page.as_uri())
    for message in driver.execute_script("return window.__dialogs || [];"):
        problems.append(f"{page.name}: a script in the page's data ran (it opened a dialog: {str(message)[:80]!r})")
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"{page.name}: console error: {entry.get('message', '')[:200]}")
    for src in driver.execute_script(_BROKEN_IMAGES_JS):
        problems.append(f"{page.name}: image did not load: {src}")
    for href in driver.execute_script(_LINKS_JS):
        if href and not href.startswith(("#", "http://", "https://", "mailto:")):
            if not (page.parent / href.split("#")[0]).resolve().exists():
                problems.append(f"{page.name}: broken link: {href}")
    driver.save_screenshot(str(screenshot_dir / f"{page.stem}.png"))
    return problems


def check_pages_in_browser(html_dir: str | Path, screenshot_dir: str | Path) -> list[str]:
    """Open every page of the report in headless Chromium; return the problems found.

    A problem is active content in the HTML (:mod:`analysis.page_safety`), a dialog
    opened by a script, a console error, an image that did not load, or a relative
    link to a file that does not exist. A screenshot of each page is saved.
    Raises RuntimeError when no browser is installed.
    """
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    paths = find_browser()
    if paths is None:
        raise RuntimeError("no Chromium/ChromeDriver found (Debian: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for flag in BROWSER_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    html_dir, screenshot_dir = Path(html_dir).resolve(), Path(screenshot_dir)
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    problems = page_problems(html_dir)
    driver = webdriver.Chrome(service=Service(paths[1]), options=options)
    # Every dialog a page opens is recorded instead of shown, so a script that ran is
    # reported (not a crash on a vanished alert), even when it runs quietly.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _RECORD_DIALOGS_JS})
    try:
        for page in sorted(html_dir.glob("*.html")):
            try:
                problems += _browser_problems(driver, page, screenshot_dir)
            except WebDriverException as err:
                problems.append(f"{page.name}: the browser failed on this page ({err.msg or type(err).__name__})")
    finally:
        driver.quit()
    return problems
