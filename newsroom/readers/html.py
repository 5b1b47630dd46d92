"""Saved news page -> (article text, metadata) with trafilatura.

The page is parsed here with a parser that never touches the network, and the
tree is handed to trafilatura, so neither it nor htmldate sees raw markup that
could make them load anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

import htmldate.extractors
from dateutil.parser import parse as dateutil_parse
from ftfy import TextFixerConfig, fix_text
from lxml import etree
from lxml import html as lxml_html
from trafilatura import bare_extraction
from trafilatura.utils import repair_faulty_html

from newsroom.clean.boilerplate import is_prose
from newsroom.clean.boilerplate.bylines import byline_of_dated_line
from newsroom.clean.normalize import looks_like_mojibake
from newsroom.dates import ZONE_ABBREVIATIONS, header_date
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
    # On the 90 pages of evaldata/realpages, favor_recall changes 2 pages, both for the better (F1
    # 0.88 -> 0.96, 0.81 -> 1.00: a list of short paragraphs and a lead the default extraction lost).
    favor_recall=True,
    # Publication rather than last-modified date: that is when the news happened. With its time and
    # zone ("2022-11-03T10:00:00+0500"), which a date-only format dropped (stored as 00:00 UTC); a
    # date in the page's URL only when the page states none (it has no time): of the 13 fixture and
    # 56 evaldata pages, one gains its time (09:14Z, not midnight) and no other changes.
    date_extraction_params={
        "original_date": True,
        "extensive_search": False,
        "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        "deferred_url_extractor": True,
    },
)


# htmldate parses a meta date that is not ISO 8601 with dateutil and no zones: "11:45:18 EST" came back as 11:45
# UTC (with a warning); with the US and UK zones it is 16:45 UTC.
htmldate.extractors.dateutil_parse = partial(dateutil_parse, tzinfos=ZONE_ABBREVIATIONS)


# ftfy's encoding fixes only: markup, entities, spacing and control characters stay as they are.
_MOJIBAKE_ONLY = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _fix_mojibake(page: str) -> str:
    """UTF-8 read as Windows-1252 ("terminalâ€™s") is fixed before parsing: the parser drops the C1
    control characters some of it holds ("â€\x9d" for "”"), after which ftfy can no longer undo it."""
    return fix_text(page, _MOJIBAKE_ONLY) if looks_like_mojibake(page) else page


def _parse(page: str) -> lxml_html.HtmlElement | None:
    """trafilatura's own repairs first: a self-closed ``<html ... />``, which browsers ignore, would
    otherwise end the document before its head and body."""
    page = repair_faulty_html(page, page[:50].lower())
    try:
        tree = lxml_html.fromstring(page.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


_BLOCKS = frozenset(
    """address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
# Elements that hold running text, where a line break in the markup is only a space (not list items:
# a menu or a widget written over several lines would then read as sentences).
_TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote".split())
_INVISIBLE = (
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "svg",
    "iframe",
    "object",
)
# trafilatura's text is "poor" below this share of the words of the page's prose lines: the page's
# own text then goes through the text cleaner, which finds the article among its lines.
POOR_SHARE = 0.25
# A comment thread: an element holding this many elements whose class or id names a comment.
COMMENT_ITEMS = 3
_COMMENT_MARK = re.compile(r"comment", re.I)


# A cookie or consent notice: an element whose class or id names one ("onetrust-consent-sdk", "cookie-law-info-bar").
_CONSENT_MARK = re.compile(r"cookie|consent|gdpr", re.I)
# What holds the article itself is never such a notice, whatever its flags say ("enableInlineConsent").
_ARTICLE_TAGS = ("html", "body", "main", "article", "h1")


def _words(node) -> int:
    return len(node.text_content().split())


def _comment_marked(node) -> bool:
    return bool(_COMMENT_MARK.search(f"{node.get('class') or ''} {node.get('id') or ''}"))


def _drop_comment_threads(tree: lxml_html.HtmlElement) -> None:
    """Remove readers' comment lists that trafilatura's own comment filter did not name.

    A list of COMMENT_ITEMS or more items (``li``/``article``/``div``) each marked "comment" in its
    class or id, holding most of its words, inside a container also so marked: an article's
    text is never laid out that way, and a long thread of readers' paragraphs otherwise reaches
    the body.
    """
    for node in reversed(list(tree.iter("ul", "ol", "div", "section"))):  # innermost lists first
        if node.getparent() is None or not _comment_marked(node):
            continue
        items = [child for child in node if child.tag in ("li", "article", "div") and _comment_marked(child)]
        if len(items) >= COMMENT_ITEMS and 2 * sum(_words(i) for i in items) >= _words(node):
            node.drop_tree()


def _drop_consent_notices(tree: lxml_html.HtmlElement) -> None:
    """Remove cookie and consent notices, which pages often hide with a class, not the ``hidden`` attribute.

    On a page trafilatura reads poorly the whole visible text stands in for the article, and a consent
    centre's dozens of purpose paragraphs ("These cookies allow us to count visits …") reached the body
    and its actors. Block elements only (a link inside a sentence stays); an element holding a headline
    or the article is kept.
    """
    marked = [
        node
        for node in tree.iter()
        if node.tag in _BLOCKS
        and node.tag not in _ARTICLE_TAGS
        and _CONSENT_MARK.search(f"{node.get('class') or ''} {node.get('id') or ''}")
    ]
    for node in marked:
        if node.getparent() is not None and next(node.iterdescendants(*_ARTICLE_TAGS), None) is None:
            node.drop_tree()


def page_text(tree: lxml_html.HtmlElement) -> str:
    """The page's visible text, one block element a line: roughly what a reader copies from it.

    A line break inside a paragraph, heading or quotation (``_TEXT_BLOCKS``) is a space, as a browser
    shows it: a page whose source wraps paragraphs at 80 columns otherwise came out as half-sentences
    the text cleaner does not read as prose, and its article was lost with the menus.
    """
    parts: list[str] = []

    def flat(text: str, running: bool) -> str:
        return text.replace("\n", " ") if running else text

    def walk(node, running: bool = False) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _INVISIBLE or node.get("hidden") is not None or node.get("aria-hidden") == "true":
            if node.tail:
                parts.append(flat(node.tail, running))
            return
        block = tag in _BLOCKS
        inner = running or tag in _TEXT_BLOCKS
        if block:
            parts.append("\n")
        if node.text and tag:
            parts.append(flat(node.text, inner))
        for child in node:
            walk(child, inner)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(flat(node.tail, running))

    body = tree.find(".//body")
    walk(body if body is not None else tree)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# "Headline | Site", "Headline - Site", "Headline — Site", "Site :: Headline": a page title's separators.
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
_TOKEN = re.compile(r"\w+")
# Two titles name the same article when this share of the shorter one's words is in the other.
TITLE_AGREEMENT = 0.6
# A byline is printed this close under the headline.
BYLINE_LINES = 8
# Fewer words is a logo or a section name ("Engadget", "POLITICO Logo"), not a printed headline.
HEADLINE_WORDS = 3


def _title_words(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def _agree(a: str, b: str) -> bool:
    wa, wb = _title_words(a), _title_words(b)
    return bool(wa and wb) and len(wa & wb) >= TITLE_AGREEMENT * min(len(wa), len(wb))


def _meta_content(tree: lxml_html.HtmlElement, key: str) -> str:
    for node in tree.iterfind(".//meta"):
        if key in (node.get("property"), node.get("name")):
            return " ".join((node.get("content") or node.get("value") or "").split())
    return ""


@dataclass
class PageTitles:
    """What a saved page says its article is called, read before trafilatura prunes the tree."""

    h1s: list[str]  # the page's h1 texts
    own: list[str]  # og:title, twitter:title, the article's part of <title> (without " | Site")
    site: list[str]  # og:site_name and the other parts of <title>


def page_titles(tree: lxml_html.HtmlElement) -> PageTitles:
    title_node = tree.find(".//title")
    page_title = " ".join(title_node.text_content().split()) if title_node is not None else ""
    parts = [part for part in _TITLE_SEPARATORS.split(page_title) if part]
    h1s = [h for h in (" ".join(node.text_content().split()) for node in tree.iter("h1")) if h]
    # the part of headline length a printed h1 agrees with is the article's, even beside a longer site name
    # ("Short Headline - United States Department of State"); else the longest part
    printed = [
        part for part in parts if len(part.split()) >= HEADLINE_WORDS and any(_agree(part, h) for h in h1s)
    ]
    article_part = max(printed or parts, key=len, default="")
    own = [_meta_content(tree, "og:title"), _meta_content(tree, "twitter:title"), article_part]
    site = [_meta_content(tree, "og:site_name"), *(part for part in parts if part != article_part)]
    return PageTitles(h1s, [t for t in own if t], [t for t in site if t])


def headline(titles: PageTitles, found: str | None) -> str | None:
    """The article's headline: an ``h1`` that agrees with one of the page's own titles; else the
    page's one ``h1`` of HEADLINE_WORDS or more that is not the site's name; else ``found``
    (trafilatura's) when it agrees with an own title; else the page's first own title.

    trafilatura sometimes names the page after a box on it ("Get Slate in your inbox.", "Latest in
    Gear", a logo's text): an ``h1`` the page's title agrees with is the headline as printed. A
    page's ``og:title`` may be a headline written for sharing, so a page's single printed headline
    wins over it when they disagree.
    """
    for text in titles.h1s:
        if any(_agree(text, own) for own in titles.own):
            return text
    printed = {h for h in titles.h1s if len(h.split()) >= HEADLINE_WORDS}
    printed = {h for h in printed if not any(_agree(h, site) for site in titles.site)}
    if len(printed) == 1:
        return printed.pop()
    if not titles.own or found and any(_agree(found, own) for own in titles.own):
        return found
    return titles.own[0]


def _is_headline(name: str, titles: PageTitles) -> bool:
    """A "site name" that is the article's headline (trafilatura takes it from a page's <title>
    when the page names no site): it agrees with the page's titles, not with its site parts."""
    return any(_agree(name, t) for t in titles.own + titles.h1s) and not any(
        _agree(name, s) for s in titles.site if s != name
    )


def _under_headline(whole: str, title: str | None) -> list[str]:
    """The lines of the page's visible text from the headline's line to BYLINE_LINES lines under it,
    minus sentences: where pages print the byline and the date."""
    lines = whole.splitlines()
    at = next((i for i, line in enumerate(lines) if title and line == title), None)
    return (
        [line for line in lines[at + 1 : at + 1 + BYLINE_LINES] if not is_prose(line)]
        if at is not None
        else []
    )


def printed_byline(under: list[str]) -> str | None:
    """The byline printed under the headline ("By Jane Doe, John Roe", "By T.C. Doe Nov 29, 2016")."""
    return next((found for found in map(byline_of_dated_line, under) if found), None)


def _same_people(meta_author: str, printed: str) -> bool:
    """trafilatura's author is the printed byline's names, or some of them, spelled without their
    punctuation ("T C Doe" for "T.C. Doe", "Ann Lee" of "Ann Lee and Bo Chan")."""
    return set(_TOKEN.findall(meta_author.casefold())) <= set(_TOKEN.findall(printed.casefold()))


def _prose_words(text: str) -> int:
    return sum(len(line.split()) for line in text.splitlines() if is_prose(line))


def read_html(html: str, url: str | None = None) -> tuple[str, dict]:
    """Main text of a saved page (one paragraph a line) and its metadata.

    When trafilatura finds nothing, or much less prose than the page holds (``POOR_SHARE``), the
    page's whole visible text is returned instead with ``meta["whole_page"]`` set: the text cleaner
    then finds the article among the page's lines, as for copied text.

    Returns ("", metadata) when there is no article: nothing extracted, or no
    line that reads as a sentence (section fronts, link lists).

    Recall mode, tables off. On the HTML fixtures favor_recall tied with the default
    and won 2 of the 90 evaldata pages; favor_precision lost a whole table-layout
    fixture page and, on evaldata, won 10 pages and lost 6; with tables on, layout
    tables flatten the article and its menus into one markdown row (lost 1 page).
    """
    empty = dict.fromkeys(META_KEYS)
    tree = _parse(_fix_mojibake(html)) if html and html.strip() else None
    if tree is None:
        return "", empty
    _drop_consent_notices(tree)
    whole = page_text(tree)  # before trafilatura, which prunes the tree it is given
    titles = page_titles(tree)
    _drop_comment_threads(tree)
    try:
        doc = bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    except ValueError:
        doc = None
    meta = (
        {key: (getattr(doc, key, None) or "")[:MAX_FIELD_CHARS] or None for key in META_KEYS}
        if doc is not None
        else dict(empty)
    )
    meta["url"] = meta["url"] or url
    meta["title"] = (headline(titles, meta["title"]) or "")[:MAX_FIELD_CHARS] or None
    under = _under_headline(whole, meta["title"])
    printed = printed_byline(under)
    if printed and (not meta["author"] or _same_people(meta["author"], printed)):
        meta["author"] = printed  # as printed, with every name and its punctuation
    day = header_date(under)
    if day and not (meta["date"] or "").startswith(day.date().isoformat()):
        # htmldate read another day (a date-only guess, a "more stories" box, an update): the page's own
        # date under its headline wins, as its midnight UTC
        meta["date"] = day.date().isoformat()
    if meta["sitename"] and _is_headline(meta["sitename"], titles):
        meta["sitename"] = None  # the pipeline names the outlet after the page's host instead
    text = _LIST_MARKER.sub("", doc.text or "") if doc is not None else ""
    if _prose_words(text) < POOR_SHARE * _prose_words(whole):
        text, meta["whole_page"] = whole, True
    if not any(is_prose(line) for line in text.splitlines()):
        return "", meta
    return text, meta
