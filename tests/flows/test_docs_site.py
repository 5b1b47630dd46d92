"""The dbt docs site a flow run writes to <warehouse>.docs/, served over HTTP on 127.0.0.1 as
`make docs` does, opened in headless Chromium: the marts are in the sidebar and a model page
renders with its relation and columns.

Needs the Debian packages chromium and chromium-driver (.ci/run installs them) and the pip
package selenium; skipped with the reason otherwise. Set NEWSROOM_DOCS_SCREENSHOT=docs/dbt-docs.png
to refresh the README's screenshot from this run.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from tests.headless_chromium import PAGE_TIMEOUT, headless_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

MARTS = {"articles", "actors", "actor_mentions", "quotes", "events"}

# The model names the docs app shows under the folder `marts` of the project tree (also while
# collapsed); whitespace is removed because long names are wrapped with line breaks.
MARTS_IN_SIDEBAR = """
const folder = Array.from(document.querySelectorAll('a.menu-tree')).find(a => a.textContent.trim() === 'marts');
if (!folder) return null;
return Array.from(folder.closest('li').querySelectorAll('a.menu-node')).map(a => a.textContent.replace(/\\s+/g, ''));
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - keep the test output readable
        pass


@pytest.fixture
def docs_url(sample_warehouse):
    docs = sample_warehouse.with_name(sample_warehouse.name + ".docs")
    for name in ("index.html", "manifest.json", "catalog.json", "static_index.html"):
        assert (docs / name).is_file(), f"the flow run did not write docs/{name}"
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(docs))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path):
    with headless_chromium(tmp_path / "chromium-profile", window_size="1400,900") as driver:
        yield driver


def test_docs_site_lists_the_marts_and_renders_a_model(browser, docs_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(docs_url)
    # The app fetches manifest.json and catalog.json, then builds the tree: wait for it (bounded).
    listed = WebDriverWait(browser, PAGE_TIMEOUT).until(lambda b: b.execute_script(MARTS_IN_SIDEBAR))
    assert MARTS <= set(listed), f"marts missing from the sidebar: {sorted(MARTS - set(listed))}"

    browser.get(docs_url + "#!/model/model.newsroom.articles")
    WebDriverWait(browser, PAGE_TIMEOUT).until(
        lambda b: "news.main.articles" in b.find_element(By.TAG_NAME, "body").text
    )
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Columns" in page and "article_id" in page and "source_file" in page

    if target := os.environ.get("NEWSROOM_DOCS_SCREENSHOT"):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        assert browser.save_screenshot(str(Path(target).resolve())), "screenshot failed"


def test_newsroom_docs_generate_rebuilds_the_site_from_the_published_file(sample_warehouse, tmp_path):
    """`newsroom docs --generate`: the explicit regeneration (runs regenerate only when the project
    changed). dbt reads a copy; the published file and its readers are left alone."""
    import shutil

    from newsroom.cli import main

    published = tmp_path / "news.duckdb"
    shutil.copyfile(sample_warehouse, published)
    before = published.stat().st_mtime_ns
    assert main(["docs", "--generate", "--warehouse", str(published)]) == 0
    site = tmp_path / "news.duckdb.docs"
    assert {"index.html", "catalog.json", "manifest.json", "inputs.sha256"} <= {
        p.name for p in site.iterdir()
    }
    assert '"articles"' in (site / "catalog.json").read_text()
    assert published.stat().st_mtime_ns == before
    assert [p.name for p in tmp_path.iterdir() if p.is_dir() and p.name.startswith("tmp")] == []
