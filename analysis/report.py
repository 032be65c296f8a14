"""Run the numbered notebooks and render them to HTML.

For the committed study the notebooks are executed in place, so they are
committed with fresh outputs. For another corpus, copies are executed with the
corpus path injected as a papermill parameter, into a separate output folder,
leaving the committed study untouched. Execution records no timings and
metadata that change between runs, so a second run is byte-identical.
"""

from __future__ import annotations

import html
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import nbformat
import yaml
import zmq
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from papermill.parameterize import parameterize_notebook
from traitlets.config import Config

NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
# Notebooks whose HTML hides the code: pages for readers, not for students.
READER_NOTEBOOKS = {"05_findings.ipynb"}
CELL_TIMEOUT_SECONDS = 600
# The kernel encrypts its local TCP sockets with CurveZMQ keys the kernel manager provisions
# (jupyter_client's documented KernelManager.transport_encryption; "auto" uses them when the kernel
# spec declares support, as ipykernel's does). Without keys ipykernel logs "Kernel is running over
# TCP without encryption" on every start. pyzmq without libsodium cannot encrypt: the kernel then
# runs as before and the message stays.
KERNEL_CONFIG = Config({"KernelManager": {"transport_encryption": "auto" if zmq.has("curve") else "disabled"}})


def notebook_paths(notebook_dir: str | Path) -> list[Path]:
    """Return the study's numbered notebooks in order."""
    return sorted(Path(notebook_dir).glob(NOTEBOOK_GLOB))


def _strip_volatile_metadata(notebook: nbformat.NotebookNode) -> None:
    """Remove metadata that differs between runs (timings, papermill records)."""
    notebook.metadata.pop("papermill", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)


def _merge_adjacent_streams(notebook: nbformat.NotebookNode) -> None:
    """Join consecutive stdout (or stderr) outputs of a cell into one.

    The kernel flushes a cell's printed lines in chunks whose boundaries depend on timing, so
    the same run could store two outputs one time and one the next; joined, the file is the same.
    """
    for cell in notebook.cells:
        merged = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and output.get("output_type") == previous.get("output_type") == "stream"
                and output.get("name") == previous.get("name")
            ):
                previous["text"] = "".join(previous["text"]) + "".join(output["text"])
            else:
                merged.append(output)
        if "outputs" in cell:
            cell["outputs"] = merged


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
        config=KERNEL_CONFIG,
    )
    client.execute()
    _strip_volatile_metadata(notebook)
    _merge_adjacent_streams(notebook)
    nbformat.write(notebook, target)
    return target


def render_html(notebook_path: Path, html_dir: Path, pages: list[Page] | None = None, study_title: str = "") -> Path:
    """Render one executed notebook to ``html_dir`` and return the page's path; readers' pages hide code.

    The page gets the notebook's first heading and the study's title (:func:`study_title`) as its
    title (escaped by the template), the study's style sheet and a
    navigation bar to ``index.html`` and every page of ``pages`` (the report's pages in order;
    without it, to the index and this page only).
    """
    # The "study" template (analysis/templates/study) is lab without CDN scripts, with alt text,
    # a viewport tag, the real title and the navigation prepared below.
    templates = str(resources.files("analysis.templates"))
    exporter = HTMLExporter(template_name="study", extra_template_basedirs=[templates], embed_images=True)
    exporter.exclude_input = notebook_path.name in READER_NOTEBOOKS
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    href = notebook_path.with_suffix(".html").name
    pages = pages if pages is not None else [page_for(notebook_path)]
    current = next((page for page in pages if page.href == href), page_for(notebook_path))
    study_page = {
        "title": f"{current.title} · {study_title}" if study_title else current.title,
        "css": study_css(),
        "nav": nav_html(pages, href),
        "pager": pager_html(pages, href),
    }
    body, _ = exporter.from_filename(str(notebook_path), resources={"study_page": study_page})
    html_dir.mkdir(parents=True, exist_ok=True)
    target = html_dir / href
    target.write_text(body, encoding="utf-8")
    return target


@dataclass(frozen=True)
class Page:
    """One page of the report: its file name, full title, short label, one-line summary and reading time."""

    href: str
    title: str
    label: str
    summary: str
    time: str
    for_readers: bool


def _plain(markdown_text: str) -> str:
    """Return ``markdown_text`` without emphasis and code marks, on one line (for titles and summaries)."""
    return " ".join(re.sub(r"[*`]", "", markdown_text).split())


def _first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (up to the first full stop followed by a space, or all of it)."""
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def page_for(notebook_path: Path) -> Page:
    """Return the page of a notebook, read from its first Markdown cell.

    The title is the first ``# `` heading (else the file name); a heading "1. The corpus: what we
    study …" gives the label "1. The corpus" and the summary "what we study …". Without a subtitle,
    the summary is the first sentence of the first plain paragraph. The time is the "**Time:**"
    paragraph's first sentence, when there is one.
    """
    notebook = nbformat.read(notebook_path, as_version=4)
    source = next((cell.source for cell in notebook.cells if cell.cell_type == "markdown"), "")
    heading = re.search(r"^# (.+)$", source, flags=re.MULTILINE)
    title = _plain(heading.group(1)) if heading else notebook_path.stem
    label, _, subtitle = title.partition(": ")
    paragraphs = [_plain(p) for p in re.split(r"\n\s*\n", source) if p.strip() and not p.lstrip().startswith("#")]
    duration = next((p.split(":", 1)[1].strip() for p in paragraphs if p.lower().startswith("time:")), "")
    plain = [p for p in paragraphs if not re.match(r"[^.:]{1,40}:\s", p)]
    summary = subtitle or (_first_sentence(plain[0]) if plain else "")
    number = notebook_path.stem.split("_", 1)[0]
    if not re.match(r"\d+\.", label) and number.isdigit():
        label = f"{int(number)}. {label}"
    return Page(
        href=notebook_path.with_suffix(".html").name,
        title=title,
        label=label,
        summary=summary,
        time=_first_sentence(duration).rstrip("."),
        for_readers=notebook_path.name in READER_NOTEBOOKS,
    )


def study_css() -> str:
    """Return the study's style sheet (``analysis/templates/study/study.css``), shared by every page."""
    return resources.files("analysis.templates").joinpath("study", "study.css").read_text(encoding="utf-8")


def nav_html(pages: list[Page], current: str) -> str:
    """Return the navigation bar: the contents page and every page in order, the current one marked."""
    entries = [("index.html", "Contents", "The study and its pages")] + [(p.href, p.label, p.title) for p in pages]
    items = "\n".join(
        f'<li><a href="{html.escape(href)}" title="{html.escape(title)}"'
        + (' aria-current="page"' if href == current else "")
        + f">{html.escape(label)}</a></li>"
        for href, label, title in entries
    )
    return f'<nav class="study-nav" aria-label="Pages of the study">\n<ol>\n{items}\n</ol>\n</nav>'


def pager_html(pages: list[Page], current: str) -> str:
    """Return the previous / next links of page ``current`` (the contents page comes before the first page)."""
    order = [("index.html", "Contents")] + [(p.href, p.label) for p in pages]
    position = next(i for i, (href, _) in enumerate(order) if href == current) if current in dict(order) else 0
    links = []
    if position > 0:
        href, label = order[position - 1]
        links.append(f'<a class="previous" rel="prev" href="{html.escape(href)}">← {html.escape(label)}</a>')
    if position + 1 < len(order):
        href, label = order[position + 1]
        links.append(f'<a class="next" rel="next" href="{html.escape(href)}">{html.escape(label)} →</a>')
    return '<nav class="study-pager" aria-label="Previous and next page">\n' + "\n".join(links) + "\n</nav>"


_INLINE_MARKDOWN = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)"
    r"|\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]+)\)"
    r"|`(?P<code>[^`]+)`"
    r"|\*\*(?P<strong>.+?)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])"
)


def _inline_html(text: str, address: Callable[[str], str | None]) -> str:
    """Return ``text`` as HTML: images, links, code, strong and emphasis; everything else escaped.

    ``address`` maps a link or image address to the one to write, or None to drop it (the text stays).
    """
    out, position = [], 0
    for match in _INLINE_MARKDOWN.finditer(text):
        out.append(html.escape(text[position : match.start()]))
        position = match.end()
        if match["src"] is not None:
            src = address(match["src"])
            alt = html.escape(match["alt"])
            out.append(f'<img src="{html.escape(src)}" alt="{alt}">' if src else alt)
        elif match["href"] is not None:
            href, inner = address(match["href"]), _inline_html(match["text"], address)
            out.append(f'<a href="{html.escape(href)}">{inner}</a>' if href else inner)
        elif match["code"] is not None:
            out.append(f"<code>{html.escape(match['code'])}</code>")
        elif match["strong"] is not None:
            out.append(f"<strong>{_inline_html(match['strong'], address)}</strong>")
        else:
            out.append(f"<em>{_inline_html(match['em'], address)}</em>")
    out.append(html.escape(text[position:]))
    return "".join(out)


def markdown_html(text: str, address: Callable[[str], str | None]) -> str:
    """Return the HTML of a small Markdown text: headings, paragraphs, bullet lists and the inline marks.

    A safe subset (the ``markdown`` package is not a dependency): raw HTML in ``text`` is escaped,
    never passed through; headings start at level 2 (the page's title is the only ``h1``); a
    paragraph that is only an image becomes a figure.
    """
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        heading = re.fullmatch(r"(#{1,6})\s+(.+)", lines[0])
        if heading and len(lines) == 1:
            level = max(2, len(heading.group(1)))
            blocks.append(f"<h{level}>{_inline_html(heading.group(2), address)}</h{level}>")
        elif re.match(r"[*-]\s", lines[0]):
            items: list[str] = []
            for line in lines:
                if re.match(r"[*-]\s", line):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line
            blocks.append("<ul>\n" + "\n".join(f"<li>{_inline_html(i, address)}</li>" for i in items) + "\n</ul>")
        else:
            paragraph = _inline_html(" ".join(lines), address)
            lone_image = re.fullmatch(r"<img [^>]*>", paragraph)
            blocks.append(f"<figure>{paragraph}</figure>" if lone_image else f"<p>{paragraph}</p>")
    return "\n".join(blocks)


def _relative_address(base: Path, html_dir: Path) -> Callable[[str], str | None]:
    """Return a function mapping an address relative to the folder ``base`` to one that works from ``html_dir``.

    Web addresses (http, https) are kept; a relative path is rewritten to reach the same file;
    any other scheme (``javascript:``, ``data:`` …) and absolute paths are dropped.
    """

    def address(url: str) -> str | None:
        if url.startswith(("https://", "http://")):
            return url
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url) or url.startswith(("/", "\\")):
            return None
        return Path(os.path.relpath(base / url, html_dir)).as_posix()

    return address


@dataclass(frozen=True)
class FrontMatter:
    """What the contents page says about the study before its pages: title, summary (HTML), facts (HTML)."""

    title: str
    summary_html: str
    facts_html: str


FINDINGS_START, FINDINGS_END = "<!-- findings:start -->", "<!-- findings:end -->"
STUDY_FILE = "study.yml"


def study_title(study_dir: Path, fallback: str = "") -> str:
    """Return the title of the study in ``study_dir``: ``title:`` of its ``study.yml``, else the first
    ``# `` heading of its ``README.md`` (plain text), else ``fallback`` (else the folder's name).

    The report's index and page titles come from here, so no study's title is written in the code.
    """
    settings = study_dir / STUDY_FILE
    if settings.is_file():
        title = (yaml.safe_load(settings.read_text(encoding="utf-8")) or {}).get("title")
        if title:
            return " ".join(str(title).split())
    readme = study_dir / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    heading = re.search(r"^# (.+)$", text, flags=re.MULTILINE)
    return _plain(heading.group(1)) if heading else fallback or study_dir.resolve().name


def _articles_summary(exports_dir: Path) -> tuple[int, list[str]]:
    """Return the number of primary articles and the sorted outlet names of ``articles.csv`` ((0, []) without it)."""
    path = exports_dir / "articles.csv"
    if not path.is_file():
        return 0, []
    from .writing import read_csv  # pandas: loaded only when the index is written

    articles = read_csv(path, dtype=str)
    primary = articles[articles["role"] == "primary"]
    return len(primary), sorted(set(primary["outlet"]))


def _facts_html(exports_dir: Path) -> str:
    """Return one paragraph counting the articles and naming the outlets (empty without ``articles.csv``)."""
    count, outlets = _articles_summary(exports_dir)
    if not count:
        return ""
    articles = "article" if count == 1 else "articles"
    outlet_word = "outlet" if len(outlets) == 1 else "outlets"
    names = ", ".join(html.escape(name) for name in outlets)
    return f'<p class="study-facts">{count} {articles} from {len(outlets)} {outlet_word}: {names}.</p>'


def committed_front_matter(readme: Path, html_dir: Path) -> FrontMatter:
    """Return the committed study's front matter: its title (:func:`study_title`) and the README's findings summary.

    The summary is the Markdown between ``<!-- findings:start -->`` and ``<!-- findings:end -->``
    (the README's plain account of the findings). Its relative addresses (``figures/…``) are read
    against the report's output folder, the parent of ``html_dir``, which has the repository's
    layout: the committed study's own folder, or the folder a rebuild of it was written to.
    """
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    title = study_title(readme.parent)
    start, end = text.find(FINDINGS_START), text.find(FINDINGS_END)
    summary = text[start + len(FINDINGS_START) : end] if 0 <= start < end else ""
    summary_html = markdown_html(summary, _relative_address(html_dir.parent, html_dir)) if summary.strip() else ""
    return FrontMatter(title, summary_html, _facts_html(html_dir.parent / "exports"))


def corpus_front_matter(corpus_dir: Path, html_dir: Path) -> FrontMatter:
    """Return the front matter of another corpus: its study's title (:func:`study_title` of the folder holding
    the corpus, else the corpus folder's name), and how many articles and outlets it has."""
    summary = (
        "<p>The study's analyses run on this corpus: the same lessons, charts and tables as the committed "
        "study, computed from these articles.</p>"
    )
    title = study_title(corpus_dir.resolve().parent, fallback=corpus_dir.resolve().name)
    return FrontMatter(title, summary, _facts_html(html_dir.parent / "exports"))


class _ListItems(HTMLParser):
    """Collect the text of every ``<li>`` of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._depth += 1
            self.items.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth > 0:
            self.items[-1] += data


def notebook_limits(notebook_path: Path) -> list[str]:
    """Return the corpus's limits as the findings notebook printed them (plain text; empty if none found).

    They are the list items output by the cell that calls ``corpus_caveats`` (analysis/findings.py).
    """
    notebook = nbformat.read(notebook_path, as_version=4)
    limits = []
    for cell in notebook.cells:
        if cell.cell_type == "code" and "corpus_caveats(" in cell.source:
            for output in cell.get("outputs", []):
                parser = _ListItems()
                parser.feed(output.get("data", {}).get("text/html", ""))
                limits += [" ".join(item.split()) for item in parser.items if item.strip()]
    return limits


GENERIC_LIMITS = (
    "The study counts words, labels and attributions in the articles it was given, with lexicons and rules "
    "that find only what they list. It shows how these texts differ; it cannot say why they differ, nor how "
    "the outlets report in general."
)


def _pages_html(pages: list[Page]) -> str:
    """Return the list of pages in reading order, one line each: link, what it holds, time."""
    lines = []
    for page in pages:
        summary = f" — {html.escape(page.summary.rstrip('.'))}" if page.summary else ""
        audience = " For readers: no code." if page.for_readers else ""
        time = f' <span class="study-time">({html.escape(page.time)})</span>' if page.time else ""
        lines.append(
            f'<li><a href="{html.escape(page.href)}">{html.escape(page.label)}</a>{summary}.{audience}{time}</li>'
        )
    return '<ol class="study-pages">\n' + "\n".join(lines) + "\n</ol>"


def _tables_html(exports_dir: Path, html_dir: Path) -> str:
    """Return the exported tables as a two-column table (file, what one row is), or a note when there are none."""
    tables = sorted(exports_dir.glob("*.csv"))
    if not tables:
        return "<p>No tables were exported.</p>"
    from .schema import load_schema  # the table contract says what one row of each table is

    declared = load_schema()["tables"]
    prefix = Path(os.path.relpath(exports_dir, html_dir)).as_posix()
    rows = "\n".join(
        f'<tr><td><a href="{html.escape(prefix)}/{html.escape(path.name)}">{html.escape(path.name)}</a></td>'
        f"<td>{html.escape(str(declared.get(path.stem, {}).get('row', '')))}</td></tr>"
        for path in tables
    )
    dictionary = exports_dir / "README.md"
    note = (
        f'<p>Every column, its type, unit and meaning: the <a href="{html.escape(prefix)}/README.md">data '
        "dictionary</a>.</p>"
        if dictionary.is_file()
        else ""
    )
    return (
        f'{note}\n<table class="study-table">\n<thead><tr><th scope="col">Table (CSV)</th>'
        f'<th scope="col">One row per</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>'
    )


def _figures_html(figures_dir: Path, html_dir: Path) -> str:
    """Return every chart as one line: its name, linked to the PNG, then its SVG and the CSV of its data."""
    charts = sorted(figures_dir.glob("*.png"))
    if not charts:
        return "<p>No charts were drawn.</p>"
    prefix = html.escape(Path(os.path.relpath(figures_dir, html_dir)).as_posix())
    lines = []
    for png in charts:
        name = html.escape(png.stem.replace("_", " "))
        others = [
            f'<a href="{prefix}/{html.escape(png.with_suffix(suffix).name)}">{kind}</a>'
            for suffix, kind in ((".svg", "SVG"), (".csv", "data (CSV)"))
            if png.with_suffix(suffix).is_file()
        ]
        extra = f" · {' · '.join(others)}" if others else ""
        lines.append(f'<li><a href="{prefix}/{html.escape(png.name)}">{name}</a>{extra}</li>')
    return "<ul>\n" + "\n".join(lines) + "\n</ul>"


def write_index(pages: list[Page], html_dir: Path, front: FrontMatter, limits: list[str]) -> Path:
    """Write ``index.html``, the report's front page, and return its path.

    In order: the study's title and plain summary, what the study can and cannot tell you
    (``limits``, then a general paragraph), the pages in reading order with one line each, and
    the data files. Charts and tables are linked relative to the report folder (``../figures``,
    ``../exports``), so the whole output folder opens from disk. Every value is escaped.
    """
    out = html_dir.parent
    readers = next((page for page in pages if page.for_readers), None)
    lead = (
        f'<p class="study-lead"><a href="{html.escape(readers.href)}">Read the findings</a>: every finding in one '
        "sentence, with its chart and the lines of the articles that show it.</p>"
        if readers
        else ""
    )
    limit_items = "".join(f"<li>{html.escape(limit)}</li>\n" for limit in limits)
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(front.title)}</title>
<style type="text/css">
{study_css()}
</style>
</head>
<body>
{nav_html(pages, "index.html")}
<main>
<h1>{html.escape(front.title)}</h1>
{front.facts_html}
{front.summary_html}
{lead}
<h2>What this can and cannot tell you</h2>
{f"<ul>{chr(10)}{limit_items}</ul>" if limits else ""}
<p>{html.escape(GENERIC_LIMITS)}</p>
<h2>The pages, in reading order</h2>
{_pages_html(pages)}
<h2>The data</h2>
<p class="study-note">Every table row carries the article's id and character offsets into its raw text, so
each number can be traced to the words it came from.</p>
<h3>Tables</h3>
{_tables_html(out / "exports", html_dir)}
<h3>Charts</h3>
<p class="study-note">Each chart as a PNG, an SVG and the CSV of the data it draws.</p>
{_figures_html(out / "figures", html_dir)}
</main>
{pager_html(pages, "index.html")}
</body>
</html>
"""
    html_dir.mkdir(parents=True, exist_ok=True)
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
    overwrites the committed outputs. The contents page describes the committed
    corpus (the ``corpus`` folder beside ``notebook_dir``, wherever the report is
    written) from the README there, any other ``CORPUS_DIR`` of ``parameters`` by
    its folder name and counts. Prints one line per notebook.
    """
    html_dir = Path(html_dir)
    repository = Path(notebook_dir).parent
    corpus = Path((parameters or {}).get("CORPUS_DIR", repository / "corpus"))
    committed = corpus.resolve() == (repository / "corpus").resolve()
    title = study_title(repository) if committed else study_title(corpus.resolve().parent, corpus.resolve().name)
    sources = notebook_paths(notebook_dir)
    pages = [page_for(source) for source in sources]
    rendered, limits = [], []
    for source in sources:
        target = Path(executed_dir) / source.name if executed_dir else source
        print(f"running {source.name} …", end=" ", flush=True)
        started = time.perf_counter()
        try:
            execute_notebook(source, target, parameters)
            rendered.append(render_html(target, html_dir, pages, title))
        except BaseException:
            print("failed", flush=True)
            raise
        print(f"done in {time.perf_counter() - started:.1f} s", flush=True)
        if source.name in READER_NOTEBOOKS:
            limits += notebook_limits(target)
    if committed:
        front = committed_front_matter(repository / "README.md", html_dir)
    else:
        front = corpus_front_matter(corpus, html_dir)
    write_index(pages, html_dir, front, limits)
    print(f"wrote {html_dir / 'index.html'}", flush=True)
    return rendered
