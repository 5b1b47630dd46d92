"""`make dashboard` as a user meets it: the server started as a process on a free port of
127.0.0.1, every page opened in headless Chromium, each chart drawn with data, and nothing
fetched from anywhere but the server.

Needs the Debian packages chromium and chromium-driver (.ci/run installs them); skipped with the
reason otherwise. Set NEWSROOM_DASHBOARD_SCREENSHOTS=docs/dashboard to refresh the README's
screenshots from this run.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsroom.dashboard.app import PAGES
from tests.conftest import ROOT
from tests.dashboard.conftest import REFUSED
from tests.headless_chromium import PAGE_TIMEOUT, headless_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("dashboard")]


# Per plotly graph on the page: its traces (plotly keeps them on the graph's div) and the marks it
# drew in SVG (bars, points, lines, arrows).
GRAPHS = """
return Array.from(document.querySelectorAll('.js-plotly-plot')).map(g => ({
    title: (g.querySelector('.gtitle') || {}).textContent || '',
    traces: (g.data || []).length,
    marks: g.querySelectorAll('.trace .point, .trace path.js-line, .annotation-arrow-g path').length,
}));
"""
RESOURCES = "return performance.getEntriesByType('resource').map(e => e.name);"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(warehouse: Path):
    """The dashboard server (``newsroom dashboard``, what ``make dashboard`` runs, as a module) until it answers."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsroom.dashboard", "--port", str(port), "--warehouse", str(warehouse)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + PAGE_TIMEOUT
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"the dashboard did not start: {process.communicate()[1][-2000:]}")
            time.sleep(0.3)


@pytest.fixture
def server(dashboard_warehouse):
    process, url = serve(dashboard_warehouse)
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def browser(tmp_path):
    with headless_chromium(tmp_path / "chromium-profile", window_size="1400,1000") as driver:
        yield driver


def _drawn(browser) -> list[dict] | None:
    """The page's graphs once every one has traces and marks; None while any is still empty."""
    graphs = browser.execute_script(GRAPHS)
    if graphs and all(g["traces"] and g["marks"] for g in graphs):
        return graphs
    return None


def test_every_page_draws_its_charts_with_data_from_the_server_alone(browser, server):
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    screenshots = os.environ.get("NEWSROOM_DASHBOARD_SCREENSHOTS")
    for path, title in PAGES.items():
        browser.get(server + path)
        try:
            graphs = WebDriverWait(browser, PAGE_TIMEOUT).until(_drawn)
        except TimeoutException:
            pytest.fail(f"{path}: charts without data: {json.dumps(browser.execute_script(GRAPHS))}")
        assert browser.find_element(By.TAG_NAME, "h3").text == title, path
        text = browser.find_element(By.TAG_NAME, "body").text
        assert "Nothing for these filters" not in text and "No warehouse" not in text, path
        assert all(g["title"] for g in graphs), graphs
        if path in ("/events", "/quotes", "/pipeline"):
            cells = browser.find_elements(By.CSS_SELECTOR, "table td")
            assert cells and any(c.text.strip() for c in cells), f"{path}: empty table"
        if path == "/pipeline":
            assert REFUSED in text and "completed" in text
        outside = [u for u in browser.execute_script(RESOURCES) if not u.startswith(server + "/")]
        assert not outside, f"{path} fetched from elsewhere: {outside}"
        if screenshots:
            Path(screenshots).mkdir(parents=True, exist_ok=True)
            time.sleep(1)  # let plotly's transitions settle
            assert browser.save_screenshot(str(Path(screenshots).resolve() / f"{path.strip('/')}.png"))


def test_quote_search_narrows_the_table(browser, server, dashboard_warehouse):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from newsroom.dashboard import queries

    with queries.reading(dashboard_warehouse) as con:
        total = queries.totals(con)["quotes"]
        text = max((r["quote_text"] for r in queries.search_quotes(con, queries.Filters())), key=len)
    word = max(text.split(), key=len)
    browser.get(server + "/quotes")
    rows = "return Array.from(document.querySelectorAll('#table-quotes tbody tr')).map(r => r.innerText);"
    WebDriverWait(browser, PAGE_TIMEOUT).until(lambda b: len(b.execute_script(rows)) == min(total, 200))
    box = browser.find_element(By.CSS_SELECTOR, "input[placeholder^='quote contains']")
    box.send_keys(word, Keys.ENTER)
    found = WebDriverWait(browser, PAGE_TIMEOUT).until(
        lambda b: (r := b.execute_script(rows)) and len(r) < total and r
    )
    assert all(word.lower() in row.lower() for row in found)


def test_a_publish_shows_on_reload_without_a_restart(browser, dashboard_warehouse, tmp_path):
    """The pipeline publishes by os.replace of a working copy; the running server shows it."""
    import duckdb
    from selenium.webdriver.support.ui import WebDriverWait

    published = tmp_path / "news.duckdb"
    shutil.copyfile(dashboard_warehouse, published)
    process, url = serve(published)
    try:
        totals = "const t = document.getElementById('totals'); return t && t.innerText;"
        browser.get(url + "/quotes")
        before = WebDriverWait(browser, PAGE_TIMEOUT).until(lambda b: b.execute_script(totals))
        working = tmp_path / "news.duckdb.building"
        shutil.copyfile(published, working)
        writer = duckdb.connect(str(working))
        writer.execute("delete from main.quotes")
        writer.close()
        os.replace(working, published)
        browser.get(url + "/quotes")
        after = WebDriverWait(browser, PAGE_TIMEOUT).until(
            lambda b: (t := b.execute_script(totals)) != before and t
        )
        assert " 0 quotes" in after and " 0 quotes" not in before
    finally:
        process.terminate()
        process.wait(timeout=30)
