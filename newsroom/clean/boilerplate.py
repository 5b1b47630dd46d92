"""Line-level boilerplate detection for scraped news text.

Signals are generic so that they carry over to outlets nobody has looked at:
anchored phrases that recur across many sites, line length, terminal
punctuation, stop-word density and the line's zone. Zones are relative to the
*prose* lines (lines that read as sentences): the head is everything before
the first prose line, the tail everything after the last one. Weak signals
(a short unpunctuated line) only count in those zones, so a real sentence in
the middle that merely mentions "cookies" or "comment" is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = (".", "…")
_EXCLAIM_END = ("!", "?")
PROSE_MIN_WORDS = 4
LONG_LINE_WORDS = 35

_STOP_WORDS = frozenset(
    """a about after against all also an and any are as at be been before but by can could did
    do does for from had has have he her his how if in into is it its may more most no not of on
    one or other our out over said says she should so some such than that the their them then
    there these they this those to under up was we were what when where which while who will with
    would you your""".split()
)


def words(line: str) -> list[str]:
    return line.split()


def stop_word_density(line: str) -> float:
    tokens = [w.strip(".,;:!?\"'“”‘’()[]").lower() for w in words(line)]
    return sum(t in _STOP_WORDS for t in tokens) / len(tokens) if tokens else 0.0


def is_prose(line: str) -> bool:
    """A line that reads as a body sentence rather than a label, link or headline.

    Headlines may end in "?" or "!", so those only count on longer lines.
    """
    n = len(words(line))
    if n > LONG_LINE_WORDS:
        return True
    end = line.rstrip(_CLOSERS)
    if end.endswith(_SENTENCE_END) and not end.endswith("..") and n >= PROSE_MIN_WORDS:
        return True
    return end.endswith(_EXCLAIM_END) and n >= 12


@dataclass(frozen=True)
class LineContext:
    """Where a line sits among the document's non-blank lines."""

    index: int
    first_prose: int | None
    last_prose: int | None
    title: str | None = None

    @property
    def in_head(self) -> bool:
        return self.first_prose is not None and self.index < self.first_prose

    @property
    def in_tail(self) -> bool:
        return self.last_prose is not None and self.index > self.last_prose


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_EDGE = " \t•·»«›‹>|<*#+=~→←↑↓▲▼►◄▶◀-–—:;,"
_SEP = r"\s*(?::|\||»|›|>|–|—|-)\s*"

# Whole-line phrases (after trimming bullets/arrows); lower-cased exact matches.
_EXACT: dict[str, tuple[str, ...]] = {
    "comment_widget": (
        "leave a comment", "leave a reply", "click to comment", "post a comment", "add a comment",
        "add comment", "comment", "comments", "view comments", "show comments", "load comments",
        "join the conversation", "join the discussion", "be the first to comment", "write a comment",
        "no comments", "cancel reply", "reply", "post comment", "submit comment", "comment now",
    ),
    "navigation": (
        "to top", "back to top", "top", "go to top", "scroll to top", "return to top", "skip to content",
        "skip to main content", "skip to navigation", "menu", "main menu", "home", "search", "close",
        "open menu", "toggle navigation", "previous", "next", "prev", "older posts", "newer posts",
        "load more", "show more", "see more", "view more", "more", "continue reading", "read full story",
        "read full article", "click here", "back", "go back", "next page", "previous page",
    ),
    "related_links": (
        "related", "related articles", "related posts", "related stories", "related news",
        "related content", "related coverage", "related topics", "related reading", "more stories",
        "more news", "you may also like", "you might also like", "you may be interested in",
        "recommended", "recommended for you", "recommended stories", "also read", "read also",
        "read more", "see also", "most read", "most popular", "most viewed", "trending", "trending now",
        "latest", "latest news", "latest stories", "top stories", "more on this story",
        "further reading", "editor's picks", "editor’s picks", "don't miss", "don’t miss", "popular",
        "what to read next", "read next", "up next", "in other news", "more like this",
    ),
    "share_prompt": (
        "share", "share this", "share this article", "share this story", "share this post",
        "share article", "share story", "share full article", "share via email", "share on facebook",
        "share on twitter", "share on x", "share on whatsapp", "share on linkedin", "tweet", "email",
        "e-mail", "print", "copy link", "link copied", "like this", "share this:", "like this:",
        "gift this article", "save", "save article", "bookmark", "like",
    ),
    "advert": (
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "promoted", "promoted content", "story continues below",
        "story continues below advertisement", "article continues below",
        "article continues below advertisement", "continue reading below",
        "continue reading the main story", "scroll to continue with content", "content continues below",
        "report an ad", "adchoices", "ad feedback", "advertisement - scroll to continue",
    ),
    "cookie_banner": (
        "accept", "accept all", "accept cookies", "accept all cookies", "reject", "reject all",
        "decline", "i agree", "agree", "got it", "ok", "okay", "i accept", "allow all", "allow cookies",
        "manage cookies", "manage preferences", "cookie settings", "cookie policy", "privacy policy",
        "cookie preferences", "accept & close", "accept and close",
    ),
    "subscribe_prompt": (
        "subscribe", "subscribe now", "subscribe today", "sign in", "log in", "login", "register",
        "sign up", "already a subscriber?", "become a member", "join now", "support us", "donate",
        "newsletter", "newsletters",
    ),
    "widget": (
        "loading...", "loading", "loading…", "watch", "play video", "video", "audio", "image", "photo",
        "gallery", "view gallery", "enlarge", "expand", "zoom", "fullscreen", "caption", "hide caption",
        "toggle caption", "image caption", "media caption", "listen", "listen to this article",
        "text size", "font size", "print this page", "play",
    ),
}
_EXACT_LOOKUP = {phrase: reason for reason, phrases in _EXACT.items() for phrase in phrases}

_SOCIAL = frozenset(
    """facebook twitter x whatsapp linkedin pinterest reddit telegram email e-mail print share
    tweet messenger copy link mail sms tumblr flipboard pocket instagram youtube tiktok threads
    bluesky google""".split()
)
_NAV_WORDS = frozenset(
    """home news latest world business sport sports politics opinion entertainment tech technology
    health science lifestyle video videos more menu search local national international economy
    culture weather markets live top stories breaking region regional asia europe africa americas
    blog blogs editorial features analysis""".split()
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december"
)
_DATE_WORDS = frozenset(
    (
        _MONTHS + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
        "friday|saturday|sunday|am|pm|a.m.|p.m.|gmt|utc|et|pt|est|edt|pst|pdt|bst|cet|cest|ist|pkt|"
        "at|on|updated|published|posted|modified|last|first|ago|hours|hour|minutes|minute|mins|min|"
        "days|day|yesterday|today|hrs|hr|by"
    ).split("|")
)

# A sentence about cookies becomes a banner only with the banner's own vocabulary.
_BANNER_CUE = (
    r"(?=.*\b(accept|agree|consent|opt[- ]?out|experience|privacy|settings|preferences|ok with|continu|learn more|"
    r"more information|find out more|cookie policy))"
)

# (reason, pattern, max words, may match a prose line)
_PATTERNS: list[tuple[str, re.Pattern[str], int, bool]] = [
    ("cookie_banner", _rx(r"^(this (web)?site|we|our (web)?site|this site)( and our partners)? (uses?|place|store) cookies\b" + _BANNER_CUE), 90, True),
    ("cookie_banner", _rx(r"^by (continuing to (use|browse)|using|clicking)\b.{0,120}\bcookies\b"), 90, True),
    ("cookie_banner", _rx(r"^(we (and our partners )?(value your privacy|care about your privacy)|cookies? (help|notice|consent|policy))\b"), 60, True),
    ("comment_policy", _rx(r"^comments? (are|is|have been) (now )?(closed|disabled|moderated|turned off)\b"), 40, True),
    ("comment_policy", _rx(
        r"^(your email address will not be published|required fields are marked|save my name,? email,? and website|"
        r"you must be (logged|signed) in to (post|leave) a comment|we welcome (your )?comments|comments are subject to|"
        r"all comments are (moderated|reviewed)|notify me of (follow-up comments|new posts)|this site uses akismet|"
        r"(posting|commenting|community) (rules|guidelines|policy)\b)"
    ), 60, True),
    ("comment_widget", _rx(r"^\d+ (comments?|responses?|replies|thoughts on)\b"), 12, False),
    ("comment_widget", _rx(r"^((leave|post|add|write) a (comment|reply)|(click|tap) (here )?to (comment|reply)|view (all )?\d* ?comments)\b"), 12, False),
    ("related_links", _rx(
        r"^(related( articles?| posts?| stories| story| news| content| coverage| reading| topics)?|read more|"
        r"read also|also read|see also|also see|read next|more on this( story)?|must read|don['’]t miss|"
        r"in case you missed it|recommended|more from [^:|»›>]{1,40}|also on [^:|»›>]{1,30}|watch|listen|read)" + _SEP + r"\S"
    ), 30, False),
    ("related_links", _rx(r"^(READ MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED|RECOMMENDED)\b", 0), 30, False),
    ("navigation", _rx(r"^(previous|next|prev|older|newer)(\s+(article|post|story|entry|page|item))?" + _SEP + r"\S"), 25, False),
    ("navigation", _rx(r"^(previous|next|prev|older|newer)\s+(article|post|story|entry|page|item)\b"), 25, False),
    ("share_prompt", _rx(r"^(share (this|the|on|via|with)\b|tweet this|email this|click to (share|email|print)|spread the word)"), 15, False),
    ("social_follow", _rx(
        r"^(follow (us|me|@\S+|[\w ]{1,30}) on|(follow|like) us\b|join (us|our [\w ]{1,20}) on\b|"
        r"(click|tap) here to (follow|join)\b)"
    ), 30, True),
    ("social_follow", _rx(r"^for (the )?(latest|more|breaking|all)\b.{0,60}\b(follow|like|join) us\b"), 30, True),
    ("newsletter", _rx(
        r"^(sign up|signup|subscribe|get|receive|join|want|never miss|don['’]t miss|stay (informed|up to date|in the know)|"
        r"enter your e-?mail|be the first)\b.{0,160}\b(newsletters?|inbox)\b"
    ), 40, True),
    ("newsletter", _rx(
        r"^(enter your e-?mail|your e-?mail address|e-?mail address\b|by (signing up|subscribing|clicking (subscribe|sign up))|"
        r"thank(s| you) for (signing up|subscribing)|you['’]re (now )?(signed up|subscribed))"
    ), 60, True),
    ("subscribe_prompt", _rx(
        r"^(subscribe\b|already (a subscriber|have an account|registered)|become a (member|subscriber|supporter)|"
        r"support (our|independent|quality) journalism|to (continue reading|read this (article|story)|keep reading)|"
        r"(log|sign) ?in to (continue|read|keep)|this (article|content|story) is (only )?(for|available (only )?to) "
        r"(subscribers|members)|unlock (this|full|unlimited)|start your (free )?(trial|subscription)|"
        r"(get|try) (unlimited )?(digital )?access|create a free account|register (now|for free|to (continue|read)))"
    ), 40, True),
    ("copyright", _rx(r"^(©|\(c\)\s|copyright\b.{0,80}(\d{4}|rights|©))"), 40, True),
    ("copyright", _rx(r"\ball rights reserved\b"), 30, True),
    ("copyright", _rx(
        r"^(this (material|article|content|story) may not be (published|reproduced|broadcast|rewritten|redistributed)|"
        r"(reproduction|republication|redistribution|reuse)\b.{0,80}\b(prohibited|forbidden|without (the )?(prior )?"
        r"(written )?permission))"
    ), 40, True),
    ("advert", _rx(r"^(advertisement|advertising|sponsored)" + _SEP + r"\S"), 12, False),
    ("advert", _rx(r"^((story|article|content|text) continues (below|after)|scroll (down )?to continue)\b"), 12, False),
    ("photo_caption", _rx(
        r"^(file\s+)?(photo|photograph|picture|pic|image|video|graphic|illustration|footage|photos|images)"
        r"(\s+credits?)?\s*(:|\||/|©)\s*\S"
    ), 45, True),
    ("photo_caption", _rx(r"^file (photo|picture|image|footage|pic)s?\b"), 45, True),
    ("photo_caption", _rx(r"^(image|photo|picture|photograph) (credit|courtesy|source|by)\b"), 25, True),
    ("photo_caption", _rx(r"^(credit|credits|photo credit|image credit|image source|source: (getty|afp|reuters|ap)\b)\s*:?"), 12, False),
    ("photo_caption", _rx(r"\((([a-z]+ )?(photo|photograph|picture|image|file|pic)s?\b[^()]{0,60}|(ap|afp|getty)( photo)?/[^()]{1,50})\)\W*$"), 60, True),
    ("photo_caption", _rx(
        r"\((reuters|afp|ap|getty images|epa|xinhua|anadolu|aa|ani|pti|ians|efe|dpa|ansa|bloomberg|shutterstock|unsplash)"
        r"([/ ][^()]{0,40})?\)\W*$"
    ), 40, True),
    ("photo_caption", _rx(r"\b(REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES)/[A-Z][\w.\-’']*( [A-Z][\w.\-’']*){0,3}(/[\w ]+)?\W*$", 0), 60, True),
    ("photo_caption", _rx(r"(\s/\s?|/)(getty images|afp|reuters|shutterstock|epa|ap images)\W*$"), 40, True),
    ("photo_caption", _rx(r"^photo(graph)? by\b.{0,60}\bon (unsplash|pexels)\W*$"), 20, False),
    ("tags", _rx(r"^(tags?|topics?|labels?|keywords|categories|category|subjects?)\s*:\s*\S"), 40, False),
    ("tags", _rx(r"^(filed under|posted in|tagged( with| as)?|more about)\b"), 40, False),
    ("timestamp", _rx(
        r"^(posted|published|updated|last updated|first published|last modified|modified)\b(?=.*(\d|\bago\b|"
        + _MONTHS + r"))"
    ), 20, False),
    ("reading_time", _rx(r"^(\d+\s*-?\s*(min|mins|minutes?)( read| reading time)?|(estimated )?(reading|read) time\s*:?\s*\d+.*)$"), 8, False),
    ("widget", _rx(r"^(please enable javascript|javascript is (disabled|required)|your browser does not support|we['’]re sorry,? (but )?this (video|content)|this (video|content|embed) (is (not )?available|cannot be|could not))"), 40, True),
    ("wire_credit", _rx(r"^\(?((additional )?reporting|writing|editing|compiled|edited) by\b.{0,200}(;|\)\W*$)"), 50, True),
]

_BYLINE_PREFIX = _rx(r"^(by|written by|words by|story by|report by|text by)\s+(?=\S)")
_NAME_OUTLET = _rx(r"^[^\W\d_][\w.'’\-]*( [^\W\d_][\w.'’\-]*){1,2}\s*\|\s*[^\W\d_][\w.&'’ \-]{1,40}$")
_NAME_CONNECTORS = frozenset("and & of the in for de da van von al el bin staff , | - – —".split())


def parse_byline(line: str) -> str | None:
    """The author part of a byline line ("By Jane Doe and John Roe" -> "Jane Doe and John Roe")."""
    if len(words(line)) > 14 or line.rstrip().endswith((".", "!", "?", ":")) and not line.endswith(" Jr."):
        return None
    m = _BYLINE_PREFIX.match(line)
    rest = line[m.end():] if m else line
    tokens = [t.strip(",|;") for t in words(rest)]
    tokens = [t for t in tokens if t]
    if not tokens or not tokens[0][:1].isupper():
        return None
    named = sum(t[:1].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens)
    if named < 0.75 * len(tokens):
        return None
    if m:
        return rest.strip()
    return line.strip() if _NAME_OUTLET.match(line) and len(tokens) <= 7 else None


def _key(line: str) -> str:
    return "".join(c for c in line.casefold() if c.isalnum())


def is_title_repeat(line: str, title: str) -> bool:
    """Same headline modulo case, punctuation and a trailing " | Site" suffix on the title."""
    a, b = _key(line), _key(title)
    return bool(a) and (a == b or (len(a) >= 20 and b.startswith(a)))


def is_breadcrumb_of(line: str, title: str) -> bool:
    """"Home > World > <headline>" or "Home World News <headline>": a short prefix plus the title."""
    a, b = _key(line), _key(title)
    if not b or a == b or not a.endswith(b):
        return False
    prefix_len = len(words(line)) - len(words(title))
    return 0 < prefix_len <= 6


def _is_nav_line(core: str) -> bool:
    tokens = re.split(r"\s*(?:\||»|›|>|/|•|·)\s*|\s+", core.lower())
    tokens = [t for t in tokens if t]
    return len(tokens) >= 2 and all(t in _NAV_WORDS for t in tokens)


def _is_separator_menu(core: str) -> bool:
    segments = [s.strip() for s in re.split(r"\||»|›|>|•|·", core)]
    return len(segments) >= 3 and all(0 < len(words(s)) <= 3 for s in segments)


def _is_date_only(core: str) -> bool:
    tokens = [t.strip(".,|-:()/").lower() for t in words(core)]
    tokens = [t for t in tokens if t]
    return (
        bool(tokens)
        and len(tokens) <= 12
        and any(c.isdigit() for c in core)
        and all(t in _DATE_WORDS or re.fullmatch(r"[\d:./\-]+(st|nd|rd|th|am|pm|h)?", t) for t in tokens)
    )


def classify_line(line: str, context: LineContext) -> str | None:
    """Why ``line`` is boilerplate, as a short snake_case reason, or None to keep it."""
    stripped = line.strip()
    core = stripped.strip(_EDGE)
    if not core or not any(c.isalnum() for c in core):
        return "empty"
    low = core.lower()
    if low in _EXACT_LOOKUP:
        return _EXACT_LOOKUP[low]
    if context.title is not None:
        if is_title_repeat(stripped, context.title):
            return "title_repeat"
        if is_breadcrumb_of(stripped, context.title):
            return "breadcrumb"
    n = len(words(stripped))
    prose = is_prose(stripped)
    for reason, pattern, max_words, prose_ok in _PATTERNS:
        if n <= max_words and (prose_ok or not prose) and pattern.search(stripped):
            return reason
    tokens = {t.strip(".,:|").lower() for t in words(core)} - {""}
    if tokens and tokens <= _SOCIAL:
        return "share_prompt"
    if _is_date_only(core):
        return "timestamp"
    if not prose and (_is_separator_menu(core) or _is_nav_line(core)):
        return "breadcrumb" if re.search(r"[»›>]", core) else "navigation"
    if context.in_head and not prose and parse_byline(stripped) and (
        _BYLINE_PREFIX.match(stripped) or context.index > 0
    ):
        return "byline"
    if context.in_tail and not prose and not (n >= 15 and stop_word_density(stripped) >= 0.35):
        return "tail_fragment"
    return None
