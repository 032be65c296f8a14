"""The report's pages for readers (issue 14): phone-ready, titled, linked to each other, static, reproducible.

One tiny notebook is executed and rendered with the builder's own functions (seconds, not the whole
report); the front page of the committed study is written from the repository's README and notebooks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from analysis.page_safety import active_content
from analysis.report import (
    FINDINGS_END,
    FINDINGS_START,
    READER_NOTEBOOKS,
    FrontMatter,
    committed_front_matter,
    execute_notebook,
    notebook_limits,
    notebook_paths,
    page_for,
    render_html,
    write_index,
)
from conftest import REPO

HEADING = 'Counting words: a "tiny" lesson & its table'
VIEWPORT = "width=device-width, initial-scale=1"


class _Page(HTMLParser):
    """What a test reads from a page: title, meta tags, addresses, table headers and visible text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.title, self.metas, self.addresses, self.headers, self.text = "", [], [], [], []
        self._in = ""
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta":
            self.metas.append(values)
        self.addresses += [values[name] or "" for name in ("href", "src") if name in values]
        if tag in ("title", "th", "style"):
            self._in = tag
            if tag == "th":
                self.headers.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = ""

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "th":
            self.headers[-1] += data
        if self._in != "style":
            self.text.append(data)

    def plain_text(self) -> str:
        return " ".join("".join(self.text).split())


def _local_addresses(page: _Page) -> list[str]:
    """Return the page's links and image sources that point at files (not the web, anchors or inline data)."""
    return [a.split("#")[0] for a in page.addresses if a and not a.startswith(("http://", "https://", "#", "data:"))]


def _notebooks(folder: Path) -> tuple[Path, Path]:
    """Write two tiny lesson notebooks: one with a heading and a table, one with a heading only."""
    folder.mkdir(parents=True, exist_ok=True)
    first = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(f"# 1. {HEADING}\n\nA paragraph.\n\n**Time:** about 5 minutes."),
            nbformat.v4.new_code_cell(
                "import pandas as pd\npd.DataFrame({'word': ['said', 'claims'], 'count': [3, 1]}).set_index('word')"
            ),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    second = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 2. Second: the next lesson")])
    paths = (folder / "01_tiny.ipynb", folder / "02_next.ipynb")
    for notebook, path in zip((first, second), paths):
        nbformat.write(notebook, path)
    return paths


def _build(source_dir: Path, out: Path) -> Path:
    """Execute the first tiny notebook, render both and the index into ``out/reports``; return that folder."""
    html_dir = out / "reports"
    sources = notebook_paths(source_dir)
    pages = [page_for(source) for source in sources]
    executed = execute_notebook(sources[0], out / "notebooks" / sources[0].name)
    render_html(executed, html_dir, pages)
    render_html(sources[1], html_dir, pages)
    write_index(pages, html_dir, FrontMatter("A tiny study", "<p>What it found.</p>", ""), [])
    return html_dir


@pytest.fixture(scope="module")
def tiny_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The tiny notebooks built twice, into two folders."""
    sources = _notebooks(tmp_path_factory.mktemp("tiny") / "notebooks")[0].parent
    return _build(sources, tmp_path_factory.mktemp("first")), _build(sources, tmp_path_factory.mktemp("second"))


def test_a_page_has_the_viewport_tag_and_its_notebook_heading_as_title(tiny_builds):
    page = _Page((tiny_builds[0] / "01_tiny.html").read_text(encoding="utf-8"))
    assert {"name": "viewport", "content": VIEWPORT} in page.metas
    assert page.title == f"1. {HEADING}"
    assert "01_tiny" not in page.title


def test_every_page_links_to_the_index_and_each_page_and_every_link_exists(tiny_builds):
    html_dir = tiny_builds[0]
    for name in ("01_tiny.html", "02_next.html", "index.html"):
        page = _Page((html_dir / name).read_text(encoding="utf-8"))
        links = _local_addresses(page)
        assert {"index.html", "01_tiny.html", "02_next.html"} <= set(links), name
        for link in links:
            assert (html_dir / link).exists(), (name, link)


def test_pages_carry_the_previous_and_next_links_in_order(tiny_builds):
    first = (tiny_builds[0] / "01_tiny.html").read_text(encoding="utf-8")
    assert re.search(r'<a[^>]*href="index.html"[^>]*rel="prev"|<a[^>]*rel="prev"[^>]*href="index.html"', first)
    assert re.search(r'<a[^>]*href="02_next.html"[^>]*rel="next"|<a[^>]*rel="next"[^>]*href="02_next.html"', first)


def test_the_table_scrolls_in_its_own_box_and_images_scale(tiny_builds):
    text = (tiny_builds[0] / "01_tiny.html").read_text(encoding="utf-8")
    assert "<table" in text
    assert re.search(r"table\s*\{[^}]*overflow-x:\s*auto", text)
    assert re.search(r"img,\s*svg,\s*video\s*\{[^}]*max-width:\s*100%;[^}]*height:\s*auto", text)
    assert "--study-width: 46rem" in text


def test_no_page_carries_active_content(tiny_builds):
    for page in sorted(tiny_builds[0].glob("*.html")):
        assert active_content(page.read_text(encoding="utf-8")) == [], page.name


def test_two_builds_are_byte_identical(tiny_builds):
    first, second = tiny_builds
    names = sorted(p.name for p in first.glob("*.html"))
    assert names == sorted(p.name for p in second.glob("*.html")) == ["01_tiny.html", "02_next.html", "index.html"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_the_kernel_starts_without_the_unencrypted_transport_warning(tmp_path, capfd):
    source = _notebooks(tmp_path / "notebooks")[0]
    execute_notebook(source, tmp_path / "executed" / source.name)
    assert "without encryption" not in capfd.readouterr().err


def _readme_summary() -> str:
    """Return the first paragraph of the README's findings section as plain text (no Markdown marks)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(FINDINGS_START) + len(FINDINGS_START) : readme.index(FINDINGS_END)]
    paragraph = next(p for p in re.split(r"\n\s*\n", section.strip()) if not p.startswith(("#", "!")))
    return " ".join(re.sub(r"[*`]", "", paragraph).split())


@pytest.fixture(scope="module")
def committed_index(tmp_path_factory) -> Path:
    """index.html of the committed study, written into a scratch folder beside links to its exports and figures."""
    out = tmp_path_factory.mktemp("site")
    for folder in ("exports", "figures"):
        (out / folder).symlink_to(REPO / folder, target_is_directory=True)
    html_dir = out / "reports"
    sources = notebook_paths(REPO / "notebooks")
    pages = [page_for(source) for source in sources]
    for page in pages:  # the index links to the pages; they need only exist here
        html_dir.mkdir(exist_ok=True)
        (html_dir / page.href).write_text("", encoding="utf-8")
    limits = [limit for source in sources if source.name in READER_NOTEBOOKS for limit in notebook_limits(source)]
    return write_index(pages, html_dir, committed_front_matter(REPO / "README.md", html_dir), limits)


def test_the_committed_index_opens_with_the_readme_summary_and_the_limits(committed_index):
    text = committed_index.read_text(encoding="utf-8")
    page = _Page(text)
    plain = page.plain_text()
    assert _readme_summary() in plain
    assert "What this can and cannot tell you" in plain
    assert plain.index(_readme_summary()) < plain.index("What this can and cannot tell you")
    assert {"name": "viewport", "content": VIEWPORT} in page.metas
    assert active_content(text) == []


def test_the_committed_index_lists_every_page_in_order_and_every_link_exists(committed_index):
    page = _Page(committed_index.read_text(encoding="utf-8"))
    links = _local_addresses(page)
    hrefs = [p.with_suffix(".html").name for p in notebook_paths(REPO / "notebooks")]
    positions = [links.index(href) for href in hrefs]
    assert positions == sorted(positions)
    for link in links:
        assert (committed_index.parent / link).exists(), link


def test_the_committed_index_shows_no_raw_dataframe(committed_index):
    text = committed_index.read_text(encoding="utf-8")
    page = _Page(text)
    assert 'class="dataframe"' not in text
    assert page.headers and all(header.strip() for header in page.headers), page.headers
