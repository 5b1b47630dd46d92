"""Find the article in a whole copied page: the largest run of prose, without menus, comments and footers.

Text copied from a browser (select all, copy) holds the site's menus, teasers, comment threads, share
and subscription widgets and footers around the article. The line classifier in ``boilerplate`` knows
widget phrases, but a menu of section names or a reader's comment reads like anything else. This
module scores every line from generic features, density-based like jusText and the C4 line rules:

* words, stop-word density (in the page's language, from jusText's stop lists), sentence punctuation;
* runs of short lines (menus, link lists, footers) and separator/link-like lines;
* comment-thread shapes: "N comments", "name says:", "name on <date> at <time> said:", "3 days ago",
  "Reply", vote counters;
* lines other articles of the same folder also hold (``repeated``: navigation printed on every page).

The article is the contiguous span of lines with the largest total score (prose lines count their
words, boilerplate-like lines count against), stretched over short sentence lines at its edges; a
few lines above it stay for the header parser (headline, standfirst, byline, date). A comment
thread after the article is cut at its first marker, however much prose it holds. Inside the
span, short non-sentences printed twice (photo credits, embed placeholders), runs of capitalised
lines without a sentence (a box of other headlines) and captions ending in a bracketed credit go.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsroom.clean.boilerplate import (
    STOP_WORDS,
    classify_at,
    is_labelled_list,
    is_prose,
    label_kind,
    list_goes_on,
    parse_byline,
    word_count,
)
from newsroom.models import RemovedLine

Line = tuple[int, str]

# Pages shorter than this (non-blank lines) are articles already: nothing to find.
MIN_PAGE_LINES = 12
# Lines above the article kept for the header parser: headline, standfirst, byline, date, caption, kicker.
HEADER_LINES = 6
SHORT_WORDS = 4  # a line of at most this many words is "short"; runs of them are menus
SHORT_RUN = 3
NONPROSE_RUN = 5  # this many lines in a row without prose cost like a menu
GAP_RUN = 10  # the article does not go on across this many lines in a row without prose
TEASER_RUN = 3  # this many lines in a row without a sentence inside the article are a teaser box
ECHO_WORDS = 10  # a non-sentence line this short printed twice inside the article is a credit or widget

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_TOKEN_STRIP = ".,;:!?\"'“”‘’«»()[]{}—–-…*"

# ISO 639-1 (py3langid) -> jusText stop list name.
_STOPLIST_NAMES = {
    "af": "Afrikaans",
    "sq": "Albanian",
    "ar": "Arabic",
    "hy": "Armenian",
    "az": "Azerbaijani",
    "eu": "Basque",
    "be": "Belarusian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "br": "Breton",
    "bg": "Bulgarian",
    "ca": "Catalan",
    "hr": "Croatian",
    "cs": "Czech",
    "da": "Danish",
    "nl": "Dutch",
    "en": "English",
    "eo": "Esperanto",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "gl": "Galician",
    "ka": "Georgian",
    "de": "German",
    "el": "Greek",
    "gu": "Gujarati",
    "ht": "Haitian",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "is": "Icelandic",
    "id": "Indonesian",
    "ga": "Irish",
    "it": "Italian",
    "jv": "Javanese",
    "kn": "Kannada",
    "kk": "Kazakh",
    "ko": "Korean",
    "ku": "Kurdish",
    "ky": "Kyrgyz",
    "la": "Latin",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "lb": "Luxembourgish",
    "mk": "Macedonian",
    "ms": "Malay",
    "ml": "Malayalam",
    "mt": "Maltese",
    "mr": "Marathi",
    "ne": "Nepali",
    "nb": "Norwegian_Bokmal",
    "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "oc": "Occitan",
    "fa": "Persian",
    "pl": "Polish",
    "pt": "Portuguese",
    "qu": "Quechua",
    "ro": "Romanian",
    "ru": "Russian",
    "sr": "Serbian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "es": "Spanish",
    "sw": "Swahili",
    "sv": "Swedish",
    "tl": "Tagalog",
    "ta": "Tamil",
    "te": "Telugu",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "uz": "Uzbek",
    "vi": "Vietnamese",
    "cy": "Welsh",
    "fy": "West_Frisian",
    "yo": "Yoruba",
}


@lru_cache(maxsize=16)
def stop_words(language: str | None) -> frozenset[str]:
    """The language's stop words (jusText's lists, which trafilatura already installs); English by default."""
    name = _STOPLIST_NAMES.get(language or "en")
    if name is None:
        return frozenset()
    try:
        from justext import get_stoplist
    except ImportError:  # pragma: no cover - jusText comes with trafilatura
        return STOP_WORDS
    words = frozenset(w.lower() for w in get_stoplist(name))
    return words | STOP_WORDS if name == "English" else words


def stop_density(line: str, stops: frozenset[str]) -> float:
    tokens = [t.strip(_TOKEN_STRIP).lower() for t in line.split()]
    tokens = [t for t in tokens if t]
    return sum(t in stops for t in tokens) / len(tokens) if tokens else 0.0


# Comment threads: the marker that opens one, and the header line of each comment.
_COMMENT_OPEN = re.compile(
    r"^\W*(\d[\d,.]*k?\s+(comments?|responses?|replies|reactions|thoughts on\b.*)|comments?\s*[(\[]?\s*\d*\s*[)\]]?|"
    r"(top|most) (rated|liked|popular|recent|voted) comments|(show|view|read|see|load|hide) (all )?(\d+ )?comments|"
    r"(leave|post|add|write|submit) a (comment|reply|response)|join the (discussion|conversation)|"
    r"comments are (closed|moderated|disabled)|(discussion|conversation|comments|reader comments|responses)( \(\d+\))?|"
    r"what do you think\?|sort by|newest first|oldest first|be the first to comment.*)\W*$",
    re.IGNORECASE,
)
_COMMENT_HEADER = re.compile(
    r"^\W*(([^\W\d][\w.'’ -]{0,40}?\s+)?("
    r"(says|said|wrote|writes|replied|commented)\s*:?"
    r"|(on\s+)?.{3,40}?\s+at\s+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*((said|says|wrote)\s*:?)?"
    r")|[^\W\d][\w.'’ -]{0,40}?\s+(\d+|a|an|one)\s+(sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago"
    r"|reply(\s*[·•|]\s*\w+)*|report( abuse)?|(\d+\s+)?(likes?|dislikes?|votes?|points?|upvotes?)"
    r"|score:\s*-?\d+.*|(like|dislike|agree|disagree)\s*[(|].*"
    r")\s*$",
    re.IGNORECASE,
)
# A reader's post printed after the user name: "robert: So she has not seen ...". Prose never opens
# with a lower-case word and a colon.
_COMMENT_POST = re.compile(r"^[\w.-]{2,31}:\s+\S")
# A caption ends with its photo credit in brackets: "... in Hershey, Penn. (Lucas Jackson/Reuters)".
_NAME = r"[A-Z][\w.'’&-]*+"  # possessive: a 100,000-letter line must not backtrack
_PHOTO_CREDIT_END = re.compile(rf"\((?:{_NAME}\s?){{1,4}}(?:\s?/\s?(?:{_NAME}\s?){{1,5}}){{1,3}}\)\s*$")
# A photo credit printed alone under its caption: "(Jane Doe/Reuters)", "(Photo: Jane Doe, Agency)".
# "(SDSU Athletics)"; never "(Applause.)" nor "(Laughter)" in a transcript.
_CREDIT_LINE = re.compile(r"^\((?:[^()]*\S[/:,][^()]*|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)+)(?<!\.)\)$")
CAPTION_WORDS = 60  # a caption above a bracketed credit is at most this long
# The credit line under an embedded post: "— Jane Doe (@janedoe) December 9, 2016".
_EMBED_CREDIT = re.compile(r"^[—–-]\s*\S.*\(@\w+\)")
_TIMESTAMP_LEAD = re.compile(r"^\W*(updated|published|posted|modified|last updated|first published)\b", re.I)
# "\S\.com", not "\S+\.com": the same lines match, and a 100,000-character line without spaces
# (an inlined image) is not searched from every position to its end.
_LINKY = re.compile(
    r"\s[|•·»›>/]\s|^[»›>•·]|https?://|www\.\S|\S\.(com|org|net)\b|©|\ball rights reserved\b", re.I
)


_COMMENT_WORDS = re.compile(r"\b(comments?|discussion|conversation|replies)\b", re.I)
_COMMENT_VERBS = re.compile(
    r"\b(read|view|see|show|load|join|leave|post|add|write|top|rated|sort|\d+)\b", re.I
)
# Labels over lists of other articles at a page's end ("Also read" and "Related:" also sit inside
# articles, over one link: they are left to the line classifier).
_TEASER_LABEL = re.compile(
    r"\b(related (stories|articles|posts|content|coverage|news|reading)|recommended|popular|trending|"
    r"most (read|viewed|shared|commented|emailed)|more (\w+ ){0,2}(stories|news|articles)|more (from|to read|like this)|read (this )?next|"
    r"(might|may) (also )?(like|enjoy)|missed|chosen for you|further reading|from (around )?the web|sponsored|"
    r"promoted|latest (news|stories|articles)|top stories|editor'?s?'? picks?|what to read|up next)\b",
    re.I,
)


def is_comment_open(line: str) -> bool:
    if word_count(line) > 8 or _SENTENCE_END.search(line.rstrip(" ]")) and not line.rstrip().endswith(":"):
        return False
    return _COMMENT_OPEN.match(line) is not None or (
        _COMMENT_WORDS.search(line) is not None and _COMMENT_VERBS.search(line) is not None
    )


def is_teaser_label(line: str) -> bool:
    """ "Most Popular", "Stories Chosen For You", "More from Business": the label over a list of other articles."""
    return word_count(line) <= 6 and not _SENTENCE_END.search(line) and _TEASER_LABEL.search(line) is not None


def is_comment_header(line: str) -> bool:
    return (
        word_count(line) <= 12
        and not line.rstrip().endswith((".", "!", "?"))
        and _COMMENT_HEADER.match(line) is not None
        and _TIMESTAMP_LEAD.match(line) is None
    )


def is_comment_post(line: str) -> bool:
    """A reader's comment printed as "username: text" (a lower-case name, then the post)."""
    return line[:1].islower() and _COMMENT_POST.match(line) is not None


def _comment_line(line: str) -> bool:
    """A line that opens, heads or is a reader's comment."""
    return is_comment_open(line) or is_comment_header(line) or is_comment_post(line)


def _short(text: str) -> bool:
    return word_count(text) <= SHORT_WORDS and not _SENTENCE_END.search(text)


def line_scores(
    lines: list[Line], language: str | None, repeated: frozenset[str] = frozenset()
) -> list[float]:
    """How much each line counts for (>0) or against (<0) being inside the article."""
    stops = stop_words(language)
    texts = [t for _, t in lines]
    short = [_short(t) for t in texts]
    # Length of the run of short lines each line belongs to.
    run = [0] * len(texts)
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    scores = []
    for i, text in enumerate(texts):
        n = word_count(text)
        if text in repeated:
            scores.append(-8.0)
            continue
        if _comment_line(text):
            scores.append(-25.0)
            continue
        density = stop_density(text, stops) if stops else 0.25
        ends = _SENTENCE_END.search(text) is not None
        linky = _LINKY.search(text) is not None
        if short[i]:
            explained = classify_at(text, i, None, None) is not None
            scores.append(-1.0 if explained else -4.0 if run[i] >= SHORT_RUN else -1.5)
        elif linky and n < 25:
            scores.append(-3.0)
        elif n >= 10 and density >= 0.2 and (ends or n >= 25):
            scores.append(float(min(n, 120)) * (1.0 if density >= 0.3 else 0.6))
        elif n >= 6 and ends and density >= 0.15:
            scores.append(n * 0.5)
        elif n >= 20 and density >= 0.1:
            scores.append(n * 0.3)
        else:
            scores.append(-1.0)
    # Long stretches without a sentence are teaser lists, menus and footers, whatever each line is.
    i = 0
    while i < len(scores):
        j = i
        while j < len(scores) and scores[j] <= 0:
            j += 1
        if j - i >= NONPROSE_RUN:
            penalty = -6.0 if j - i >= 2 * NONPROSE_RUN else -4.0
            for k in range(i, j):
                scores[k] = min(scores[k], penalty)
        i = max(j, i + 1)
    return scores


def best_span(scores: list[float]) -> tuple[int, int] | None:
    """(first, last) of the contiguous span with the largest total (Kadane), or None if nothing is positive."""
    best, best_span_, total, start = 0.0, None, 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span_ = total, (start, i)
    return best_span_


def _tag_list(above: str, text: str) -> bool:
    """ "In this article: Lyft, scooter, ride sharing, ...": the article's topic tags, which close it."""
    if not is_labelled_list(text) or list_goes_on(above, text):
        return False
    label, items = text.split(":", 1)
    return word_count(label) <= 4 and all(word_count(item) <= 3 for item in items.split(","))


def _split_at_gap(scores: list[float], first: int, last: int) -> tuple[int, int]:
    """The span without a lone prose line at either end cut off from the rest by GAP_RUN or more lines
    without prose: the disclaimer under a footer's link list, not the article's last paragraph."""
    runs, i = [], first
    while i <= last:
        j = i
        while j <= last and scores[j] <= 0:
            j += 1
        if j - i >= GAP_RUN:
            runs.append((i, j - 1))
        i = max(j, i + 1)
    if runs and sum(s > 0 for s in scores[runs[-1][1] + 1 : last + 1]) == 1:
        last = runs.pop()[0] - 1
    if runs and sum(s > 0 for s in scores[first : runs[0][0]]) == 1:
        first = runs[0][1] + 1
    return first, last


def _sentence_like(text: str) -> bool:
    return is_prose(text) or (
        2 <= word_count(text)
        and _SENTENCE_END.search(text) is not None
        and text[:1].isupper()
        and not is_comment_header(text)
    )


def find_article(
    lines: list[Line], language: str | None, repeated: frozenset[str] = frozenset()
) -> tuple[list[Line], list[RemovedLine], int | None]:
    """The lines of the article (with a few header lines above it), the page lines around it with
    reasons, and the line index where the article's own span starts (None when the text is not a page)."""
    if len(lines) < MIN_PAGE_LINES:
        return lines, [], None
    scores = line_scores(lines, language, repeated)
    if not any(is_prose(text) for _, text in lines):  # menus, link lists: a page with no article
        return (
            [],
            [
                RemovedLine(idx, t, _reason(t, i, 0, None, scores[i], t in repeated))
                for i, (idx, t) in enumerate(lines)
            ],
            None,
        )
    span = best_span(scores)
    if span is None:
        return lines, [], None
    first, last = _split_at_gap(scores, *span)
    # Stretch over short closing sentences and captions that still read as sentences.
    while (
        last + 1 < len(lines)
        and scores[last + 1] > -20
        and (_sentence_like(lines[last + 1][1]) or list_goes_on(lines[last][1], lines[last + 1][1]))
        and not is_comment_open(lines[last + 1][1])
    ):
        last += 1
    last = _cut_comment_thread(lines, scores, first, last)
    texts = [t for _, t in lines]
    head = _header_start(texts, first, last, repeated)
    echoes = _echoes(texts[head : last + 1])
    lists = _teaser_runs(texts, first, last, echoes)
    lists |= {
        k
        for i in range(first + 1, last + 1)
        if is_teaser_label(texts[i])
        for k in _inline_box(lines, scores, i, last)
    }
    kept, removed = [], []
    captions = _captions_over_credits(texts, head, last)
    for i in range(head, last + 1):
        idx, text = lines[i]
        if text in echoes:
            removed.append(RemovedLine(idx, text, "repeated_line"))
        elif i > first and _PHOTO_CREDIT_END.search(text) or i in captions:
            removed.append(RemovedLine(idx, text, "photo_caption"))
        elif i in lists:
            removed.append(RemovedLine(idx, text, "related_links"))
        else:
            kept.append(lines[i])
    comments_from = None
    for i in range(last + 1, len(lines)):
        if _comment_line(texts[i]):
            comments_from = i
            break
    for i, (idx, text) in enumerate(lines):
        if head <= i <= last:
            continue
        removed.append(
            RemovedLine(idx, text, _reason(text, i, head, comments_from, scores[i], text in repeated))
        )
    return kept, removed, lines[first][0]


def _captions_over_credits(texts: list[str], head: int, last: int) -> set[int]:
    """A photo credit alone in brackets ("(Jane Doe/Reuters)") and the caption line right above it."""
    found: set[int] = set()
    for i in range(head, last + 1):
        if word_count(texts[i]) <= ECHO_WORDS and len(texts[i]) <= 200 and _CREDIT_LINE.match(texts[i]):
            found.add(i)
            if (
                i > head
                and word_count(texts[i - 1]) <= CAPTION_WORDS
                and not _EMBED_CREDIT.match(texts[i - 1])
            ):
                found.add(i - 1)
    return found


def _teaser_runs(texts: list[str], first: int, last: int, echoes: set[str]) -> set[int]:
    """Lines of runs of TEASER_RUN or more lines without a sentence inside the article span.

    A box of other articles' headlines under a label ("Read This Next", "Trending Stories"). Kept: a
    list the article introduces (the sentence above ends with a colon), hard-wrapped prose (a line
    starts in lower case), embedded posts ("— Name (@handle) date") and byline/date blocks.
    """
    found: set[int] = set()
    i = first + 1
    while i <= last:
        j = i
        while j <= last and (texts[j] in echoes or not _sentence_like(texts[j])):
            j += 1
        run = [k for k in range(i, j) if texts[k] not in echoes]
        if (
            len(run) >= TEASER_RUN
            and not texts[i - 1].rstrip().endswith(":")
            and all(texts[k][:1].isupper() or texts[k][:1].isdigit() for k in run)
            and not any(_EMBED_CREDIT.match(texts[k]) or _metadata(texts[k], k) for k in run)
        ):
            found.update(run)
        i = j + 1
    return found


def _metadata(text: str, i: int) -> bool:
    """A byline or date line: a run holding one is the article's header block, left to the parser."""
    return classify_at(text, i, None, None) == "timestamp" or (
        text[:2].lower() == "by" and parse_byline(text) is not None
    )


def _echoes(texts: list[str]) -> set[str]:
    """Short lines that are not sentences and occur more than once inside the article.

    Photo credits under each picture ("Courtesy of Zillow"), "Read article" under each embedded
    teaser, "Enlarge this image", placeholders of embeds: a paragraph of the text is not printed twice.
    """
    seen: set[str] = set()
    echoes: set[str] = set()
    for text in texts:
        if word_count(text) <= ECHO_WORDS and not _sentence_like(text):
            (echoes if text in seen else seen).add(text)
    return echoes


def _cut_comment_thread(lines: list[Line], scores: list[float], first: int, last: int) -> int:
    """The span's last line once a comment thread or teaser list inside it is cut at its marker.

    Cut only when most of the span's prose is above the marker.
    """
    total = sum(s for s in scores[first : last + 1] if s > 0)
    for i in range(first + 1, last + 1):
        text = lines[i][1]
        above = sum(s for s in scores[first:i] if s > 0)
        if is_comment_open(text) or (is_comment_header(text) and i + 1 <= last and scores[i + 1] > 0):
            if above >= 100 or above >= 0.5 * total:
                return i - 1
        elif (
            (is_teaser_label(text) or _tag_list(lines[i - 1][1], text))
            and above >= 60
            and above >= 0.6 * total
            and not _inline_box(lines, scores, i, last)
        ):
            return i - 1
    return last


def _inline_box(lines: list[Line], scores: list[float], i: int, last: int) -> tuple[int, ...]:
    """The label at ``i`` and the headlines under it when the article goes on below them
    ("Further Reading" / "A thermostat that learns?" / two paragraphs, or an embedded post):
    a box, not the page's end. The headlines end at a sentence or at an embedded post's text."""
    j = i + 1
    while (
        j <= last
        and not _sentence_like(lines[j][1])
        and (lines[j][1][:1].isupper() or lines[j][1][:1].isdigit())
        and not _embedded_post(lines, j, last)
    ):
        j += 1
    if j == i + 1:
        return ()
    goes_on = _embedded_post(lines, j, last) or (
        j + 1 <= last and all(scores[k] > 0 and is_prose(lines[k][1]) for k in (j, j + 1))
    )
    return tuple(range(i, j)) if goes_on else ()


def _embedded_post(lines: list[Line], j: int, last: int) -> bool:
    """The text of an embedded post: the line above its "— Name (@handle) date" credit, or the credit."""
    return any(k <= last and _EMBED_CREDIT.match(lines[k][1]) for k in (j, j + 1))


def _header_start(texts: list[str], first: int, last: int, repeated: frozenset[str]) -> int:
    """The first header line kept above the article span ``first``..``last``.

    Lines the line classifier explains (dates, bylines, share buttons) pass freely; at most
    HEADER_LINES others, and never a run of menu items or a line printed on other pages too.
    """
    head, unexplained = first, 0
    while head > 0:
        j = head - 1
        if texts[j] in repeated:
            break
        if not _explained(texts[j], j, first, last):
            if (
                _short(texts[j])
                and j >= 2
                and all(_short(texts[k]) and not _explained(texts[k], k, first, last) for k in (j - 1, j - 2))
            ):
                break
            unexplained += 1
            if unexplained > HEADER_LINES:
                break
        head = j
    return head


def _explained(text: str, i: int, first: int, last: int) -> bool:
    return classify_at(text, i, first, last) not in (None, "tail_fragment")


def _reason(text: str, i: int, head: int, comments_from: int | None, score: float, repeated: bool) -> str:
    if comments_from is not None and i >= comments_from:
        return "comment_thread"
    if repeated:
        return "repeated_line"
    reason = (
        classify_at(text, i, head if i < head else None, head if i < head else i - 1)
        if word_count(text) <= 40
        else None
    )
    if reason and reason not in ("tail_fragment", "empty"):
        return reason
    if label_kind(text) == "related_links":
        return "related_links"
    if i < head:
        return "navigation" if score <= -4 or word_count(text) <= SHORT_WORDS else "page_head"
    return "navigation" if score <= -4 else "page_tail"
