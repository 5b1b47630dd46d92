"""Saved news page -> (article text, metadata) with trafilatura.

The page is parsed here with a parser that never touches the network, and the
tree is handed to trafilatura, so neither it nor htmldate sees raw markup that
could make them load anything.
"""

from __future__ import annotations

import re

from lxml import etree, html as lxml_html
from trafilatura import bare_extraction

from newsroom.clean.boilerplate import is_prose
from newsroom.readers.json_records import MAX_FIELD_CHARS

META_KEYS = ("title", "author", "date", "sitename", "url", "description")

_PARSER = lxml_html.HTMLParser(
    encoding="utf-8",
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
    huge_tree=False,
)
_LIST_MARKER = re.compile(r"^- ", re.MULTILINE)
TRAFILATURA_OPTIONS = dict(
    with_metadata=True,
    include_comments=False,
    include_tables=False,
    include_images=False,
    include_links=False,
    # Publication rather than last-modified date: that is when the news happened.
    date_extraction_params={"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"},
)


def _parse(page: str) -> lxml_html.HtmlElement | None:
    try:
        tree = lxml_html.fromstring(page.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


def read_html(html: str, url: str | None = None) -> tuple[str, dict]:
    """Main text of a saved page (one paragraph a line) and its metadata.

    Returns ("", metadata) when there is no article: nothing extracted, or no
    line that reads as a sentence (section fronts, link lists).

    Balanced mode, tables off. On the HTML fixtures favor_recall tied with the
    default (which already retries short extractions with recall settings) and
    favor_precision lost a whole table-layout page; with tables on, layout
    tables flatten the article and its menus into one markdown row.
    """
    empty = dict.fromkeys(META_KEYS)
    tree = _parse(html) if html and html.strip() else None
    if tree is None:
        return "", empty
    try:
        doc = bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    except ValueError:
        return "", empty
    if doc is None:
        return "", empty
    meta = {key: (getattr(doc, key, None) or "")[:MAX_FIELD_CHARS] or None for key in META_KEYS}
    meta["url"] = meta["url"] or url
    text = _LIST_MARKER.sub("", doc.text or "")
    if not any(is_prose(line) for line in text.splitlines()):
        return "", meta
    return text, meta
