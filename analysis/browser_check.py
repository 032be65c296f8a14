"""Open every page of a rendered report in headless Chromium and list what a reader would hit.

Problems: active content in the HTML (:mod:`analysis.page_safety`), a dialog a script opened,
console errors, images that did not load, relative links to files that do not exist.
"""

from __future__ import annotations

from pathlib import Path

from .page_safety import page_problems

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
