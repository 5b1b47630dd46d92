"""Build the real-pages dev set: saved HTML -> the text a reader copies, plus a first draft of the true text.

For every page in ``manifest.json``:

* ``pages/<id>.html``  the saved page (copied in once, by hand, from its source; see README.md);
* ``pages/<id>.txt``   ``document.body.innerText`` of the page rendered by headless Chromium with
  JavaScript off and no network: what select-all + copy gives a reader of the saved page;
* ``gold/<id>.txt``    the true article body. Written only when missing, as a draft: the innerText of
  the page's article element (``content`` selectors, minus ``clean`` selectors, figures, captions,
  asides, forms); every draft was then read against the page and corrected by hand. Never overwritten.

Usage: python evaldata/realpages/build.py [ID ...]   (needs chromium + chromium-driver; not run by tests)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1280,2000",
)
DROP = ["script", "style", "noscript", "figure", "figcaption", "aside", "iframe", "button", "form", "nav", "svg"]
GOLD_JS = """
const sels = arguments[0], clean = arguments[1];
let nodes = [];
for (const s of sels) {
  const parts = Array.isArray(s) ? s : [s];
  const found = parts.map(p => document.querySelector(p));
  if (found.every(x => x)) { nodes = found; break; }
}
if (!nodes.length) return null;
for (const n of nodes) for (const c of clean) n.querySelectorAll(c).forEach(e => e.remove());
return nodes.map(n => n.innerText).join('\\n\\n');
"""


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.set_page_load_timeout(60)
    return browser


def main(ids: list[str]) -> None:
    manifest = json.loads((HERE / "manifest.json").read_text())
    (HERE / "gold").mkdir(exist_ok=True)
    browser = driver()
    try:
        for page in manifest["pages"]:
            if ids and page["id"] not in ids:
                continue
            html = HERE / "pages" / f"{page['id']}.html"
            try:
                browser.get(html.as_uri())
            except Exception as exc:  # a page that never finishes loading still has a DOM
                print(page["id"], "load:", type(exc).__name__)
            text = browser.execute_script("return document.body ? document.body.innerText : ''")
            (HERE / "pages" / f"{page['id']}.txt").write_text(text.strip() + "\n")
            gold = HERE / "gold" / f"{page['id']}.txt"
            if not gold.exists() and page.get("content"):
                draft = browser.execute_script(GOLD_JS, page["content"], page.get("clean", []) + DROP)
                if draft:
                    gold.write_text(draft.strip() + "\n")
            print(page["id"], len(text.split()), "words", "gold" if gold.exists() else "NO GOLD")
    finally:
        browser.quit()


if __name__ == "__main__":
    main(sys.argv[1:])
