"""Split a normalised article into headline, standfirst, byline, dateline and body.

The body starts at the first *prose* line (see ``boilerplate.is_prose``);
everything before it is the header zone. A plain-text article may have no
header at all (its first line is already a body sentence, e.g. one that opens
with a quotation mark): its title is then None and the loader may derive one
later. Because the first body paragraph is always prose, cleaning a cleaned
body finds no header again, which is what keeps cleaning idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsroom.clean.boilerplate import (
    CLOSERS,
    OUTLET_WORDS,
    ROLE_HEADS,
    classify_at,
    is_breadcrumb_of,
    is_prose,
    is_title_repeat,
    label_kind,
    list_goes_on,
    parse_byline,
    word_count,
    words,
)
from newsroom.clean.datelines import LABELS, NOT_PLACES, is_place_line, strip_dateline
from newsroom.dates import MONTH_PATTERN
from newsroom.models import RemovedLine

Line = tuple[int, str]  # (index in the normalised input, text)

# More unexplained header lines than this means prose detection failed (e.g.
# unpunctuated or hard-wrapped text): keep everything as body rather than guess.
MAX_HEADER_LINES = 4
KICKER_MAX_WORDS = 2
PARAGRAPH_WORDS = 15  # above the found article, a line ending in a period this long is kept as body
# Lines of the body's opening a "By" line below them marks as header: kicker, headline, standfirst.
MAX_LEAD = 3
# A standfirst is at most this long; a longer line right above a "By" line is a photo caption.
LEAD_WORDS = 60


@dataclass
class Parsed:
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    body: list[Line]
    removed: list[RemovedLine] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)  # lines moved to title/subtitle


def filter_boilerplate(lines: list[Line], title: str | None) -> tuple[list[Line], list[RemovedLine]]:
    """Drop classified lines until none is left to drop.

    Zones move as lines go (a cookie banner that ends in a period counts as the
    last prose line until it is removed), so classification is repeated to a
    fixpoint; each round removes at least one line, so it terminates.
    """
    kept, removed = list(lines), []
    while True:
        prose = [i for i, (_, text) in enumerate(kept) if is_prose(text)]
        first, last = (prose[0], prose[-1]) if prose else (None, None)
        seen: set[str] = set()
        drop: dict[int, str] = {}
        listed: set[int] = set()
        for i, (_, text) in enumerate(kept):
            reason = classify_at(text, i, first, last, title)
            if (
                reason == "tail_fragment"
                and i
                and i - 1 not in drop
                and (
                    list_goes_on(kept[i - 1][1], text)
                    or _is_item_under(kept[i - 1][1], i - 1 in listed, text)
                )
            ):
                reason = None  # a list the last paragraph introduces
                listed.add(i)
            if reason is None and word_count(text) >= 4:
                reason = "duplicate" if text in seen else None
                seen.add(text)
            if reason:
                drop[i] = reason
        _drop_after_labels(kept, drop)
        if not drop:
            return kept, removed
        removed.extend(RemovedLine(kept[i][0], kept[i][1], reason) for i, reason in drop.items())
        kept = [line for i, line in enumerate(kept) if i not in drop]


def _is_item_under(above: str, above_is_item: bool, text: str) -> bool:
    """ "Cases in 2023: 20 (second highest)" under a line ending in a colon, or under another such
    item: figures the article lists, not a fragment of the page's footer."""
    return (above_is_item or above.rstrip().endswith(":")) and re.match(r"[^:]{2,80}:\s+\S", text) is not None


def _is_bare_name(text: str) -> bool:
    """ "Jane Doe": two to four capitalised words, nothing else (a byline printed without "By")."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        and all(
            re.fullmatch(r"[^\W\d_][\w'’.\-]*", t)
            and (t[0].isupper() or t in ("de", "van", "von", "al", "bin"))
            for t in tokens
        )
        and not {t.lower() for t in tokens} & (LABELS | NOT_PLACES)
    )


def _is_role_line(text: str) -> bool:
    """ "BBC News, Lagos", "Health correspondent", "Staff Writer": what sits under a bare byline name."""
    tokens = {t.strip(",.;|").lower() for t in text.split()}
    return len(text.split()) <= 6 and not is_prose(text) and bool(tokens & (ROLE_HEADS | OUTLET_WORDS))


def _drop_after_labels(kept: list[Line], drop: dict[int, str]) -> None:
    """The headline list after "Also read"/"Related", the caption after "Image caption,"."""
    for i in sorted(drop):
        kind = label_kind(kept[i][1])
        if kind is None:
            continue
        j = i + 1
        while j < len(kept) and j not in drop:
            text = kept[j][1]
            if kind == "photo_caption":
                if len(words(text)) <= 45:
                    drop[j] = kind
                break
            if is_prose(text) or len(words(text)) > 25:
                break
            drop[j] = kind
            j += 1


def _split_header(
    head: list[Line],
    title_hint: str | None,
    byline_hint: str | None,
    has_byline: bool = False,
    meta: tuple[int, ...] = (),
    standfirst: Line | None = None,
) -> tuple[str | None, str | None, str | None, str | None, list[RemovedLine], list[Line]] | None:
    """(title, subtitle, city, byline, removed, header lines) for the header zone, or None to give up.

    ``meta`` are the line indices of removed byline and date lines, ``standfirst`` the first body line.
    A body must open with a prose line (that keeps cleaning idempotent), so a live-blog entry
    heading above the first entry is dropped with the header.
    """
    removed: list[RemovedLine] = []
    city = None
    rest: list[Line] = []
    for idx, text in head:
        found = strip_dateline(text)
        if found is not None and not found[2]:
            city = city or found[0]
            removed.append(RemovedLine(idx, text, "dateline"))
        elif byline_hint and (is_title_repeat(text, byline_hint) or parse_byline(text) == byline_hint):
            removed.append(RemovedLine(idx, text, "byline"))
        else:
            rest.append((idx, text))
    anchors = [t for _, t in rest] + ([title_hint] if title_hint else [])
    crumbs = {i for i, (_, t) in enumerate(rest) if any(is_breadcrumb_of(t, a) for a in anchors)}
    removed.extend(RemovedLine(idx, t, "breadcrumb") for i, (idx, t) in enumerate(rest) if i in crumbs)
    rest = [line for i, line in enumerate(rest) if i not in crumbs]
    byline = _take_bare_name(rest, meta, removed)
    if (has_byline or byline) and city is None and len(rest) >= 2 and is_place_line(rest[-1][1]):
        idx, text = rest.pop()
        city = text
        removed.append(RemovedLine(idx, text, "dateline"))
    if title_hint is None:
        rest = _cut_pre_headline(rest, meta, standfirst, removed)
    if len(rest) > MAX_HEADER_LINES:
        return None
    title, subtitle, header = _title_and_subtitle(rest, title_hint, removed)
    return title, subtitle, city, byline, removed, header


def _take_bare_name(rest: list[Line], meta: tuple[int, ...], removed: list[RemovedLine]) -> str | None:
    """A name on its own line next to its role/outlet line or to the date line: taken out of ``rest``."""
    for i, (idx, text) in enumerate(rest):
        if i == 0 or not _is_bare_name(text):
            continue
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if nxt is not None and _is_role_line(nxt[1]):
            removed.append(RemovedLine(*nxt, "byline"))
            rest.remove(nxt)
        elif not any(abs(m - idx) <= 2 for m in meta):
            continue
        removed.append(RemovedLine(idx, text, "byline"))
        rest.remove((idx, text))
        return text
    return None


def _title_and_subtitle(
    rest: list[Line], title_hint: str | None, removed: list[RemovedLine]
) -> tuple[str | None, str | None, list[Line]]:
    """(title, subtitle, header lines) from the header lines left; a kicker above the headline and
    lines past the subtitle go to ``removed``."""
    title, header = title_hint, []
    if title is None and rest:
        if len(rest) >= 2 and len(words(rest[0][1])) <= KICKER_MAX_WORDS < len(words(rest[1][1])):
            removed.append(RemovedLine(*rest.pop(0), "kicker"))
        header.append(rest[0])
        title = rest[0][1]
    subtitle = None
    for idx, text in rest[len(header) :]:
        if title is not None and is_title_repeat(text, title):
            removed.append(RemovedLine(idx, text, "title_repeat"))
        elif subtitle is None:
            subtitle = text
            header.append((idx, text))
        else:
            removed.append(RemovedLine(idx, text, "header_extra"))
    return title, subtitle, header


def _cut_pre_headline(
    rest: list[Line], meta: tuple[int, ...], standfirst: Line | None, removed: list[RemovedLine]
) -> list[Line]:
    """Drop site names, taglines and menu items printed above the headline.

    The headline and standfirst are the (at most) two lines right above the first byline or date
    line. Without such a line, a long run of short menu items ending in one or two longer lines
    (headline, standfirst) is cut before the first of those.
    """
    if not rest:
        return rest
    marks = [m for m in meta if m > rest[0][0]]
    cut = None
    if marks:
        above = [idx for idx, _ in rest if idx < marks[0]]
        if standfirst is not None and standfirst[0] < marks[0]:
            above.append(standfirst[0])
        if len(above) > 2:
            cut = above[-2]
    elif len(rest) > MAX_HEADER_LINES:
        long = [i for i, (_, text) in enumerate(rest) if len(words(text)) >= 4]
        if 1 <= len(long) <= 2 and (len(long) == 1 or long[1] == long[0] + 1 or long[1] == len(rest) - 1):
            cut = rest[long[-1] if len(long) == 2 and long[1] != long[0] + 1 else long[0]][0]
    if cut is None:
        return rest
    removed.extend(RemovedLine(idx, text, "pre_headline") for idx, text in rest if idx < cut)
    return [(idx, text) for idx, text in rest if idx >= cut]


# Wire-service slugs on headlines: "(LEAD) ...", "(2nd LD) ...", "(UPDATE 2) ...", "UPDATE 2-...", "REFILE-...".
_WIRE_TAG = re.compile(
    r"^(?:\((?:LEAD|URGENT|UPDATE(?: \d+)?|\d+(?:st|nd|rd|th|ST|ND|RD|TH) LD(?:[ -][\w ]{1,20})?|LD|CORRECTED|CORRECTION|"
    r"REFILE|RPT|WRAPUP(?: \d+)?|FLASH|BULLETIN|ADVISORY|AMENDED|RECAST|REPEAT|EDITORIAL|UPDATED|NEWS FOCUS|News Focus|"
    r"[A-Z][A-Z ]{1,18} LD)\)\s+"
    r"|(?:UPDATE \d+|REFILE|CORRECTED|RPT|WRAPUP(?: \d+)?|RECAST|REPEAT)(?:-|\s+-\s+))(?=\S)"
)
_WIRE_TAG_END = re.compile(r"\s+\((?:UPDATE(?: \d+)?|UPDATED|CORRECTED|LEAD|\d+(?:st|nd|rd|th) LD)\)$")
# Header lines that carry publication metadata: between a standfirst and the body they mark the standfirst.
_META_REASONS = frozenset({"byline", "timestamp", "reading_time", "audio_widget"})
_BYLINE_REASONS = frozenset({"byline", "reading_time"})
_DATEISH = re.compile(r"\d{4}|\d{1,2}/\d{1,2}|\bago\b|" + MONTH_PATTERN, re.IGNORECASE)


def strip_wire_tag(title: str | None) -> str | None:
    if not title:
        return title
    stripped = _WIRE_TAG_END.sub("", _WIRE_TAG.sub("", title, count=1))
    return stripped if len(words(stripped)) >= 2 else title


def _standfirst_before_meta(body: list[Line], removed: list[RemovedLine]) -> bool:
    """Title, standfirst, date or byline line, body: the metadata line marks the end of the header."""
    if len(body) < 2 or not is_prose(body[1][1]) or len(words(body[0][1])) > 60:
        return False
    start, end = body[0][0], body[1][0]
    return any(
        start < r.line_index < end
        and r.reason in _META_REASONS
        and (r.reason != "timestamp" or _DATEISH.search(r.text))
        for r in removed
    )


def _lead_before_meta(body: list[Line], removed: list[RemovedLine]) -> tuple[int, int]:
    """(lead, first paragraph): the body opens with 1 to MAX_LEAD header lines (standfirst; headline
    and standfirst; a section's tagline or kicker above them) above a byline or date line, or (0, 0).

    On a whole page the headline often ends in "!" or "?" and the standfirst in a period, so both
    read as prose; the byline (or reading time) between them and the first paragraph is what marks
    them; a date alone does not, as live blogs print one over each entry. A "By ..." line left in
    the body (below the first prose line the classifier does not look for bylines) counts too, and
    then marks a line of any length: a long one is the photo caption printed over the byline.
    """
    for lead in range(1, MAX_LEAD + 1):
        nxt = lead
        while nxt < len(body) and nxt - lead < 2 and _by_line(body[nxt][1]):
            nxt += 1
        if (
            nxt >= len(body)
            or not is_prose(body[nxt][1])
            or nxt == lead
            and len(words(body[lead - 1][1])) > LEAD_WORDS
        ):
            continue
        start, end = body[lead - 1][0], body[nxt][0]
        if nxt > lead or any(start < r.line_index < end and r.reason in _BYLINE_REASONS for r in removed):
            return lead, nxt
    return 0, 0


def _paragraph(text: str) -> bool:
    """A full sentence of some length: an opening paragraph cut off from the rest by a widget, not a teaser."""
    return len(words(text)) >= PARAGRAPH_WORDS and text.rstrip(CLOSERS).endswith((".", "…"))


def _by_line(text: str) -> bool:
    return text[:2].lower() == "by" and not is_prose(text) and parse_byline(text) is not None


def _standfirst_before_byline(body: list[Line]) -> bool:
    """Title, standfirst ending in a period, byline, body: the period alone must not start the body."""
    return (
        len(body) >= 3
        and parse_byline(body[1][1]) is not None
        and len(words(body[1][1])) <= 8
        and is_prose(body[2][1])
    )


def _headline_from_text(
    removed: list[RemovedLine], head: list[Line], body_start: int, title_hint: str | None
) -> tuple[str | None, list[Line]]:
    """Prefer the header line repeating a metadata title: it lacks the " | Site" suffix metadata often has.

    Header lines above that headline are menus and section labels, not a standfirst.
    """
    repeat = next((r for r in removed if r.reason == "title_repeat" and r.line_index < body_start), None)
    if repeat is None:
        return title_hint, head
    removed.remove(repeat)
    removed.extend(RemovedLine(idx, text, "pre_headline") for idx, text in head if idx < repeat.line_index)
    return repeat.text, [(idx, text) for idx, text in head if idx > repeat.line_index]


def parse(
    lines: list[Line],
    title_hint: str | None = None,
    byline_hint: str | None = None,
    article_start: int | None = None,
) -> Parsed:
    """Header fields and body of ``lines``.

    ``article_start``: the lines are an article found in a whole copied page (``blocks.find_article``)
    whose prose starts at that line index; the lines above it were kept only for the header parser.
    What it does not take as headline, standfirst, byline or date there (teasers, a share bar, a
    section label, a header zone too long to split) is the rest of the page's head, not body.
    """
    page = article_start is not None
    kept, removed = filter_boilerplate(lines, title_hint)
    bylines = sorted((r for r in removed if r.reason == "byline"), key=lambda r: r.line_index)
    byline = next((b for b in (parse_byline(r.text) for r in bylines) if b), None)
    first = next((i for i, (_, text) in enumerate(kept) if is_prose(text)), None)
    if first is None:
        return Parsed(title_hint, None, byline or byline_hint, None, kept, removed)
    title_hint, head = _headline_from_text(removed, kept[:first], kept[first][0], title_hint)
    meta = tuple(
        sorted(
            r.line_index
            for r in removed
            if r.reason in _META_REASONS and (r.reason != "timestamp" or _DATEISH.search(r.text))
        )
    )
    split = _split_header(head, title_hint, byline_hint, bool(byline or byline_hint), meta, kept[first])
    if split is None and page:
        title, subtitle, city, header, body = title_hint, None, None, [], kept[first:]
        removed.extend(RemovedLine(idx, text, "page_head") for idx, text in head)
    elif split is None:
        title, subtitle, city, header, body = title_hint, None, None, [], kept
    else:
        title, subtitle, city, name, more, header = split
        byline = byline or name
        removed.extend(more)
        body = kept[first:]
    if page:
        above = [line for line in body if line[0] < article_start and not _paragraph(line[1])]
        removed.extend(RemovedLine(idx, text, "page_head") for idx, text in above)
        body = [line for line in body if line not in above]
    lead, nxt = _lead_before_meta(body, removed) if page else (0, 0)
    if lead:
        removed.extend(RemovedLine(idx, text, "byline") for idx, text in body[lead:nxt])
        byline = byline or next((parse_byline(text) for _, text in body[lead:nxt]), None)
        if lead == 2 and len(words(body[1][1])) > LEAD_WORDS:  # standfirst and a long photo caption
            removed.append(RemovedLine(*body[1], "photo_caption"))
            body, lead, nxt = [body[0], *body[2:]], 1, nxt - 1
        # The standfirst (and headline) read as sentences: the byline under them marks them.
        if lead >= 2:  # what the header zone offered as headline sits above the real one
            removed.extend(RemovedLine(idx, text, "pre_headline") for idx, text in header)
            removed.extend(RemovedLine(idx, text, "pre_headline") for idx, text in body[: lead - 2])
            headline = body[lead - 2]
            header = [] if title_hint else [headline]
            title = title_hint or headline[1]
            if title_hint:
                removed.append(RemovedLine(*headline, "header_extra"))
        elif subtitle is not None:
            removed.extend(RemovedLine(idx, text, "header_extra") for idx, text in header if text == subtitle)
            header = [line for line in header if line[1] != subtitle]
        subtitle = body[lead - 1][1]
        header.append(body[lead - 1])
        body = body[nxt:]
    elif title is not None and subtitle is None and _standfirst_before_meta(body, removed):
        idx, text = body[0]
        subtitle = text
        header.append((idx, text))
        body = body[1:]
    if title is not None and _standfirst_before_byline(body):
        (idx, text), (bidx, btext) = body[0], body[1]
        if subtitle is None:
            subtitle = text
            header.append((idx, text))
        else:
            removed.append(RemovedLine(idx, text, "header_extra"))
        removed.append(RemovedLine(bidx, btext, "byline"))
        byline = byline or parse_byline(btext)
        body = body[2:]
    found = strip_dateline(body[0][1]) if body else None
    if found is not None and found[2]:
        city = city or found[0]
        idx = body[0][0]
        removed.append(RemovedLine(idx, found[1], "dateline"))
        body = [(idx, found[2]), *body[1:]]
    removed.sort(key=lambda r: r.line_index)
    return Parsed(strip_wire_tag(title), subtitle, byline or byline_hint, city, body, removed, header)


def author_box(body: list[Line], byline: str | None) -> int:
    """How many lines at the body's end are the author's box: a line that opens with the byline's
    name ("Jane Doe is a reporter who ..."), or with the name on the bare line above it."""
    if len(body) < 3:
        return 0
    last = body[-1][1]
    names = [n.strip() for n in re.split(r",|\band\b|&", byline or "") if len(n.split()) >= 2]
    above = body[-2][1]
    if _is_bare_name(above) and last.startswith(above + " "):
        return 2
    return 1 if any(last.startswith(name + " ") for name in names) else 0
