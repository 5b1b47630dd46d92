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
from functools import lru_cache, wraps

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


# Lines are classified again each round of filter_boilerplate and in clean_text's second parse,
# so the per-line functions below are cached; lines longer than this are not, which bounds the
# caches to a few MB whatever the input.
_CACHE_MAX_CHARS = 2000


def _line_cache(fn):
    """``lru_cache`` on a function whose first argument is a line, skipped for very long lines."""
    cached = lru_cache(maxsize=8192)(fn)

    @wraps(fn)
    def call(line, *args):
        return cached(line, *args) if len(line) <= _CACHE_MAX_CHARS else fn(line, *args)

    call.cache_clear = cached.cache_clear
    return call


def words(line: str) -> list[str]:
    return line.split()


@_line_cache
def word_count(line: str) -> int:
    """``len(words(line))``, cached: the fixpoint in filter_boilerplate asks for it every round."""
    return len(line.split())


def stop_word_density(line: str) -> float:
    tokens = [w.strip(".,;:!?\"'“”‘’()[]").lower() for w in words(line)]
    return sum(t in _STOP_WORDS for t in tokens) / len(tokens) if tokens else 0.0


@_line_cache
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

    @property
    def at_end(self) -> bool:
        """The last prose line or after it: where credits, author bios and contact lines sit."""
        return self.last_prose is not None and self.index >= self.last_prose


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_EDGE = " \t•·∙»«›‹>|<*#+=~→←↑↓▲▼►◄▶◀-–—:;,"
_SEP = r"\s*(?::|\||»|›|>|–|—|-)\s*"

# Whole-line phrases (after trimming bullets/arrows); lower-cased exact matches.
_EXACT: dict[str, tuple[str, ...]] = {
    "comment_widget": (
        "leave a comment",
        "leave a reply",
        "click to comment",
        "post a comment",
        "add a comment",
        "add comment",
        "comment",
        "comments",
        "view comments",
        "show comments",
        "load comments",
        "join the conversation",
        "join the discussion",
        "be the first to comment",
        "write a comment",
        "no comments",
        "cancel reply",
        "reply",
        "post comment",
        "submit comment",
        "comment now",
    ),
    "navigation": (
        "to top",
        "back to top",
        "top",
        "go to top",
        "scroll to top",
        "return to top",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "menu",
        "main menu",
        "home",
        "search",
        "close",
        "open menu",
        "toggle navigation",
        "previous",
        "next",
        "prev",
        "older posts",
        "newer posts",
        "load more",
        "show more",
        "see more",
        "view more",
        "more",
        "continue reading",
        "read full story",
        "read full article",
        "click here",
        "back",
        "go back",
        "next page",
        "previous page",
        "post navigation",
        "skip links",
        "skip to footer",
        "skip next section",
        "end of article",
        "end of story",
        "(end)",
        "end",
        "skip past newsletter promotion",
        "after newsletter promotion",
        "key events",
        "show key events only",
        "explore more on these topics",
        "more on these topics",
        "reuse this content",
        "jump to",
        "contents",
        "view all",
        "see all",
        "show all",
        "all topics",
        "sections",
        "more sections",
        "live",
        "live updates",
        "navigation menu",
        "site navigation",
        "main navigation",
        "search jobs",
        "e-edition",
        "epaper",
        "e-paper",
    ),
    "related_links": (
        "related",
        "related articles",
        "related posts",
        "related stories",
        "related news",
        "related content",
        "related coverage",
        "related topics",
        "related reading",
        "more stories",
        "more news",
        "you may also like",
        "you might also like",
        "you may be interested in",
        "recommended",
        "recommended for you",
        "recommended stories",
        "also read",
        "read also",
        "read more",
        "see also",
        "most read",
        "most popular",
        "most viewed",
        "trending",
        "trending now",
        "latest",
        "latest news",
        "latest stories",
        "top stories",
        "more on this story",
        "further reading",
        "editor's picks",
        "editor’s picks",
        "don't miss",
        "don’t miss",
        "popular",
        "what to read next",
        "read next",
        "up next",
        "in other news",
        "more like this",
    ),
    "share_prompt": (
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this post",
        "share article",
        "share story",
        "share full article",
        "share via email",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share on whatsapp",
        "share on linkedin",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy link",
        "link copied",
        "like this",
        "share this:",
        "like this:",
        "gift this article",
        "save",
        "save article",
        "bookmark",
        "like",
        "saved",
        "share this page",
        "share page",
        "copy url",
        "share via",
        "share options",
        "more sharing options",
        "follow",
        "follow us",
        "unfollow",
    ),
    "advert": (
        "advertisement",
        "advertisements",
        "advertising",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "paid content",
        "promoted",
        "promoted content",
        "story continues below",
        "story continues below advertisement",
        "article continues below",
        "article continues below advertisement",
        "continue reading below",
        "continue reading the main story",
        "scroll to continue with content",
        "content continues below",
        "report an ad",
        "adchoices",
        "ad feedback",
        "advertisement - scroll to continue",
    ),
    "cookie_banner": (
        "accept",
        "accept all",
        "accept cookies",
        "accept all cookies",
        "reject",
        "reject all",
        "decline",
        "i agree",
        "agree",
        "got it",
        "ok",
        "okay",
        "i accept",
        "allow all",
        "allow cookies",
        "manage cookies",
        "manage preferences",
        "cookie settings",
        "cookie policy",
        "privacy policy",
        "cookie preferences",
        "accept & close",
        "accept and close",
    ),
    "subscribe_prompt": (
        "subscribe",
        "subscribe now",
        "subscribe today",
        "sign in",
        "log in",
        "login",
        "register",
        "sign up",
        "already a subscriber?",
        "become a member",
        "join now",
        "support us",
        "donate",
        "newsletter",
        "newsletters",
        "sign in / register",
        "register / sign in",
        "my account",
        "account",
        "subscribe for free",
        "get the app",
        "download the app",
        "start writing",
        "upgrade to paid",
    ),
    "timestamp": (
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
        "published on",
        "updated on",
        "posted on",
        "date",
        "time",
    ),
    "widget": (
        "loading...",
        "loading",
        "loading…",
        "watch",
        "play video",
        "video",
        "audio",
        "image",
        "photo",
        "gallery",
        "view gallery",
        "enlarge",
        "expand",
        "zoom",
        "fullscreen",
        "caption",
        "hide caption",
        "toggle caption",
        "image caption",
        "media caption",
        "listen",
        "listen to this article",
        "text size",
        "font size",
        "print this page",
        "play",
        "aa",
        "a a",
        "small",
        "medium",
        "large",
        "listen to article",
        "listen to this story",
        "listen to the story",
        "pause",
        "mute",
        "unmute",
        "image source",
        "media source",
        "image caption",
        "video caption",
        "just now",
        "getty images",
        "view image in fullscreen",
        "view image",
        "open image in gallery",
        "purchase licensing rights",
    ),
}
_EXACT_LOOKUP = {phrase: reason for reason, phrases in _EXACT.items() for phrase in phrases}

_SOCIAL = frozenset(
    """facebook twitter x whatsapp linkedin pinterest reddit telegram email e-mail print share
    tweet messenger copy link mail sms tumblr flipboard pocket instagram youtube tiktok threads
    bluesky google save bookmark comment comments gift url count shares""".split()
)
_LEGAL = frozenset(
    """terms of service use conditions and & privacy policy notice cookie cookies settings preferences contact us
    about accessibility sitemap site map careers jobs advertise advertising help faq faqs rss corrections feedback
    newsletters archive archives ethics code licensing collection do not sell share my personal information your
    choices ad adchoices statement subscriptions subscribe support manage account legal imprint masthead
    team press partners apps app store""".split()
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
_PATTERNS: list[tuple[str, re.Pattern[str], int, bool, str | None]] = [
    (
        "cookie_banner",
        _rx(
            r"^(this (web)?site|we|our (web)?site|this site)( and our partners)? (uses?|place|store) cookies\b"
            + _BANNER_CUE
        ),
        90,
        True,
        None,
    ),
    (
        "cookie_banner",
        _rx(r"^by (continuing to (use|browse)|using|clicking)\b.{0,120}\bcookies\b"),
        90,
        True,
        None,
    ),
    (
        "cookie_banner",
        _rx(
            r"^(we (and our partners )?(value your privacy|care about your privacy)|cookies? (help|notice|consent|policy))\b"
        ),
        60,
        True,
        None,
    ),
    (
        "comment_policy",
        _rx(r"^comments? (are|is|have been) (now )?(closed|disabled|moderated|turned off)\b"),
        40,
        True,
        None,
    ),
    (
        "comment_policy",
        _rx(
            r"^(your email address will not be published|required fields are marked|save my name,? email,? and website|"
            r"you must be (logged|signed) in to (post|leave) a comment|we welcome (your )?comments|comments are subject to|"
            r"all comments are (moderated|reviewed)|notify me of (follow-up comments|new posts)|this site uses akismet|"
            r"(posting|commenting|community) (rules|guidelines|policy)\b)"
        ),
        60,
        True,
        None,
    ),
    ("comment_widget", _rx(r"^\d+ (comments?|responses?|replies|thoughts on)\b"), 12, False, None),
    (
        "comment_widget",
        _rx(
            r"^((leave|post|add|write) a (comment|reply)|(click|tap) (here )?to (comment|reply)|view (all )?\d* ?comments)\b"
        ),
        12,
        False,
        None,
    ),
    (
        "related_links",
        _rx(
            r"^(related( articles?| posts?| stories| story| news| content| coverage| reading| topics)?|read more|"
            r"read also|also read|see also|also see|read next|more on this( story)?|must read|don['’]t miss|"
            r"in case you missed it|recommended|more from [^:|»›>]{1,40}|also on [^:|»›>]{1,30}|watch|listen|read)"
            + _SEP
            + r"\S"
        ),
        30,
        False,
        None,
    ),
    (
        "related_links",
        _rx(r"^(READ MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED|RECOMMENDED)\b", 0),
        30,
        False,
        None,
    ),
    (
        "navigation",
        _rx(r"^(previous|next|prev|older|newer)(\s+(article|post|story|entry|page|item))?" + _SEP + r"\S"),
        25,
        False,
        None,
    ),
    (
        "navigation",
        _rx(r"^(previous|next|prev|older|newer)\s+(article|post|story|entry|page|item)\b"),
        25,
        False,
        None,
    ),
    (
        "share_prompt",
        _rx(
            r"^(share (this|the|on|via|with)\b|tweet this|email this|click to (share|email|print)|spread the word)"
        ),
        15,
        False,
        None,
    ),
    (
        "social_follow",
        _rx(
            r"^(follow (us|me|@\S+|[\w ]{1,30}) on|(follow|like) us\b|join (us|our [\w ]{1,20}) on\b|"
            r"(click|tap) here to (follow|join)\b)"
        ),
        30,
        True,
        None,
    ),
    (
        "social_follow",
        _rx(r"^for (the )?(latest|more|breaking|all)\b.{0,60}\b(follow|like|join) us\b"),
        30,
        True,
        None,
    ),
    (
        "newsletter",
        _rx(
            r"^(sign up|signup|subscribe|get|receive|join|want|never miss|don['’]t miss|stay (informed|up to date|in the know)|"
            r"enter your e-?mail|be the first)\b.{0,160}\b(newsletters?|inbox)\b"
        ),
        40,
        True,
        None,
    ),
    (
        "newsletter",
        _rx(
            r"^(enter your e-?mail|your e-?mail address|e-?mail address\b|by (signing up|subscribing|clicking (subscribe|sign up))|"
            r"thank(s| you) for (signing up|subscribing)|you['’]re (now )?(signed up|subscribed))"
        ),
        60,
        True,
        None,
    ),
    (
        "subscribe_prompt",
        _rx(
            r"^(subscribe\b|already (a subscriber|have an account|registered)|become a (member|subscriber|supporter)|"
            r"support (our|independent|quality) journalism|to (continue reading|read this (article|story)|keep reading)|"
            r"(log|sign) ?in to (continue|read|keep)|this (article|content|story) is (only )?(for|available (only )?to) "
            r"(subscribers|members)|unlock (this|full|unlimited)|start your (free )?(trial|subscription)|"
            r"(get|try) (unlimited )?(digital )?access|create a free account|register (now|for free|to (continue|read)))"
        ),
        40,
        True,
        None,
    ),
    ("copyright", _rx(r"^(©|\(c\)\s|copyright\b.{0,80}(\d{4}|rights|©))"), 40, True, None),
    ("copyright", _rx(r"\ball rights reserved\b"), 30, True, "all rights reserved"),
    (
        "copyright",
        _rx(
            r"^(this (material|article|content|story) may not be (published|reproduced|broadcast|rewritten|redistributed)|"
            r"(reproduction|republication|redistribution|reuse)\b.{0,80}\b(prohibited|forbidden|without (the )?(prior )?"
            r"(written )?permission))"
        ),
        40,
        True,
        None,
    ),
    ("advert", _rx(r"^(advertisement|advertising|sponsored)" + _SEP + r"\S"), 12, False, None),
    (
        "advert",
        _rx(r"^((story|article|content|text) continues (below|after)|scroll (down )?to continue)\b"),
        12,
        False,
        None,
    ),
    (
        "photo_caption",
        _rx(
            r"^(file\s+)?(photo|photograph|picture|pic|image|video|graphic|illustration|footage|photos|images)"
            r"(\s+credits?)?\s*(:|\||/|©)\s*\S"
        ),
        45,
        True,
        None,
    ),
    ("photo_caption", _rx(r"^file (photo|picture|image|footage|pic)s?\b"), 45, True, None),
    (
        "photo_caption",
        _rx(r"^(image|photo|picture|photograph) (credit|courtesy|source|by)\b"),
        25,
        True,
        None,
    ),
    (
        "photo_caption",
        _rx(
            r"^(credit|credits|photo credit|image credit|image source|source: (getty|afp|reuters|ap)\b)\s*:?"
        ),
        12,
        False,
        None,
    ),
    (
        "photo_caption",
        _rx(
            r"\((([a-z]+ )?(photo|photograph|picture|image|file|pic)s?\b[^()]{0,60}|(ap|afp|getty)( photo)?/[^()]{1,50})\)\W*$"
        ),
        60,
        True,
        "(",
    ),
    (
        "photo_caption",
        _rx(
            r"\((reuters|afp|ap|getty images|epa|xinhua|anadolu|aa|ani|pti|ians|efe|dpa|ansa|bloomberg|shutterstock|unsplash)"
            r"([/ ][^()]{0,40})?\)\W*$"
        ),
        40,
        True,
        "(",
    ),
    (
        "photo_caption",
        _rx(
            r"\b(REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES)/[A-Z][\w.\-’']*( [A-Z][\w.\-’']*){0,3}(/[\w ]+)?\W*$",
            0,
        ),
        60,
        True,
        "/",
    ),
    (
        "photo_caption",
        _rx(r"(\s/\s?|/)(getty images|afp|reuters|shutterstock|epa|ap images)\W*$"),
        40,
        True,
        "/",
    ),
    ("photo_caption", _rx(r"^photo(graph)? by\b.{0,60}\bon (unsplash|pexels)\W*$"), 20, False, None),
    (
        "tags",
        _rx(r"^(tags?|topics?|labels?|keywords|categories|category|subjects?)\s*:\s*\S"),
        40,
        False,
        None,
    ),
    ("tags", _rx(r"^(filed under|posted in|tagged( with| as)?|more about)\b"), 40, False, None),
    (
        "timestamp",
        _rx(
            r"^(posted|published|updated|last updated|first published|last modified|modified)\b(?=.*(\d|\bago\b|"
            + _MONTHS
            + r"))"
        ),
        20,
        False,
        None,
    ),
    (
        "reading_time",
        _rx(
            r"^(\d+\s*-?\s*(min|mins|minutes?)( read| reading time)?|(estimated )?(reading|read) time\s*:?\s*\d+.*)$"
        ),
        8,
        False,
        None,
    ),
    (
        "widget",
        _rx(r"^save (articles?|stories|this( article| story)?|it) (to|for) read(ing)? later\b"),
        20,
        True,
        None,
    ),
    (
        "widget",
        _rx(
            r"^(please (turn on|enable|activate) javascript|javascript is (disabled|required)|your browser does not support|we['’]re sorry,? (but )?this (video|content)|this (video|content|embed) (is (not )?available|cannot be|could not))"
        ),
        40,
        True,
        None,
    ),
    (
        "wire_credit",
        _rx(r"^\(?((additional )?reporting|writing|editing|compiled|edited) by\b.{0,200}(;|\)\W*$)"),
        50,
        True,
        None,
    ),
    (
        "audio_widget",
        _rx(
            r"^(listen|play|hear|audio|podcast)( now)?( to)?( this| the)?( (article|story|audio|episode|podcast|report|news))?"
            r"\s*[·•∙|:\-–—(]?\s*(\d+[:.]\d{2}|\d+\s*(min|mins|minutes?|m|sec|secs|seconds?|s)\b)\W*"
            r"(\s*(listen|read|left|remaining|duration))?\W*$"
        ),
        12,
        False,
        None,
    ),
    ("audio_widget", _rx(r"^(\d+[:.]\d{2}|\d+\s*(min|mins|minutes?))\s*(listen|audio)\b"), 8, False, None),
    ("reading_time", _rx(r"^\d+\s*-?\s*(min|mins|minute|minutes)\s+(read|reading|watch)\b"), 10, False, None),
    (
        "editorial_policy",
        _rx(
            r"^(our standards\b|(our )?editorial (standards|guidelines|policy|policies|values|code)\b|(the )?trust principles\b|"
            r"why you can trust\b|about (our|this) (editorial|journalism|reporting)\b|learn more about (our|how we)\b|"
            r"(our )?corrections? policy\b|read (about )?our (editorial|corrections|ethics)\b|(the )?trust project\b|"
            r"(our )?(code of ethics|ethics policy|ethical journalism)\b|this (article|story|content) (was|has been) "
            r"(produced|written|created) (with|using|by)\b|we (strive|aim) for accuracy and fairness\b)"
        ),
        40,
        True,
        None,
    ),
    ("editorial_policy", _rx(r"\btrust principles\W*$"), 20, True, "trust principles"),
    ("editorial_policy", _rx(r"\beditorial (guidelines|standards)\W*$"), 20, True, "editorial "),
    ("widget", _rx(r",? opens (a )?new (tab|window)\W*$"), 12, True, " opens "),
    (
        "widget",
        _rx(r"^(\d[\d.,]*[km]?\s*(likes?|restacks?|shares?|views?|reactions?|claps?|reads?)\b\W*){1,4}$"),
        12,
        False,
        None,
    ),
    (
        "comment_widget",
        _rx(r"^(comments?|responses?|replies|discussion)\s*[(\[]\s*\d[\d,]*\s*[)\]]\W*$"),
        4,
        False,
        None,
    ),
    (
        "comment_widget",
        _rx(
            r"^(discussion about this (post|article|story)|(read|view|see|show) (all )?\d* ?(comments|responses)|"
            r"(join|start) the (conversation|discussion)|commenting (is|has been) (closed|disabled))\b"
        ),
        12,
        True,
        None,
    ),
    (
        "timestamp",
        _rx(
            r"^this (article|story|content|page|piece) is (more than|over|nearly|almost) (\d+|a|an|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve) (years?|months?|days?|weeks?) old\W*$"
        ),
        12,
        True,
        None,
    ),
    (
        "photo_caption",
        _rx(r"^(image|media|video|photo|picture) (source|caption|credit|description)s?\s*,\s*\S"),
        80,
        True,
        None,
    ),
    (
        "photo_caption",
        _rx(
            r"\b(Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Images|Illustration|Composite|Video|Footage)"
            r"( illustration)?:\s*[A-Z][^.!?]{0,80}$",
            0,
        ),
        80,
        True,
        ":",
    ),
    (
        "photo_caption",
        _rx(r"\((?:[A-Z][\w.&'’-]*\s?){1,4}:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\)\W*$", 0),
        60,
        True,
        "(",
    ),
    (
        "photo_caption",
        _rx(r"\s[—–]\s?[A-Z][\w.]*(\s[A-Z][\w.]*){0,2}/(File|Files|File Photo)\W*$", 0),
        60,
        True,
        "/file",
    ),
    (
        "newsletter",
        _rx(
            r"^(privacy notice\s*:|newsletters? may contain\b|we use google recaptcha\b|type your e-?mail|"
            r"(get|receive) (our|the) [\w ]{0,40}newsletter\b|sign up here\W*$)"
        ),
        60,
        True,
        None,
    ),
    ("newsletter", _rx(r"\bsign up (here|now|today)\W*$"), 40, True, "sign up "),
    (
        "subscribe_prompt",
        _rx(
            r"^(thanks?( you)? for reading\b.{0,120}\b(subscribe|support|share)\b|(upgrade|switch) to (paid|premium)\b|"
            r"(you['’]ve|you have) (reached|read) (your|all) .{0,40}\b(free )?(articles?|stories)\b|"
            r"(support|fund) (our|independent|local) (journalism|reporting)\b)"
        ),
        50,
        True,
        None,
    ),
    ("social_follow", _rx(r"^follow\b.{0,120}\b(https?://|www\.)\S+\W*$"), 40, True, None),
    ("social_follow", _rx(r"^(follow|find) (us|me)\b.{0,40}$"), 12, False, None),
]


# Prefilters for _PATTERNS, so a body line is not searched with every pattern in turn. Each
# pattern either opens with "^" (tried only when one pattern uniting all those, _OPENINGS, matches
# the line's start) or names a lower-case literal every match of it contains ("needs"): tried only
# when the lower-cased line holds it. Lower-casing keeps that exact unless the line holds one of
# the non-ASCII letters IGNORECASE matches to an ASCII one; such a line skips the shortcut.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_PATTERN_MAX_WORDS = max(max_words for _, _, max_words, _, _ in _PATTERNS)


def _union(prose: bool) -> re.Pattern[str]:
    """One pattern for all ^-anchored _PATTERNS that may match a prose (or any) line."""
    return re.compile(
        "|".join(
            f"(?{'i' if pattern.flags & re.IGNORECASE else '-i'}:{pattern.pattern})"
            for _, pattern, _, prose_ok, needs in _PATTERNS
            if needs is None and (prose_ok or not prose)
        )
    )


_OPENINGS = {prose: _union(prose) for prose in (False, True)}


@lru_cache(maxsize=256)
def _eligible(n: int, prose: bool) -> tuple[tuple[str, re.Pattern[str], str | None], ...]:
    """The _PATTERNS a line of ``n`` words may match, in order."""
    return tuple(
        (reason, pattern, needs)
        for reason, pattern, max_words, prose_ok, needs in _PATTERNS
        if n <= max_words and (prose_ok or not prose)
    )


def _pattern_reason(stripped: str, n: int, prose: bool) -> str | None:
    """The reason of the first of _PATTERNS that applies to the line, as a plain loop over them would find."""
    rows = _eligible(min(n, _PATTERN_MAX_WORDS + 1), prose)
    if not rows:
        return None
    opens = _OPENINGS[prose].match(stripped) is not None
    lowered = None if _FOLDS_TO_ASCII.search(stripped) else stripped.lower()
    for reason, pattern, needs in rows:
        if (opens if needs is None else lowered is None or needs in lowered) and pattern.search(stripped):
            return reason
    return None


# Lines that only count once the article is over: the last prose line or after it. Credits,
# "contributed to this report", author bios and contact lines read as sentences.
_END_PATTERNS: list[tuple[str, re.Pattern[str], int]] = [
    (
        "wire_credit",
        _rx(
            r"^\(?((additional )?(reporting|writing|editing|compiled|edited|produced|graphics|research|fact[- ]checking|"
            r"translated|translation|production|design|photography|video|data|illustrations?) by|(written|reported) with)\b"
        ),
        60,
    ),
    (
        "wire_credit",
        _rx(r"\bcontributed( reporting)?( to)?( this| the)? (report|story|article|reporting)\W*$"),
        40,
    ),
    (
        "wire_credit",
        _rx(
            r"^\(?\s*with (inputs?|additional (inputs?|reporting)|reporting|agency inputs?) from\b.{0,80}\)?\W*$"
        ),
        20,
    ),
    (
        "wire_credit",
        _rx(r"^\(?(this (story|article|report) (was|has been) (updated|corrected|edited)\b.{0,200})$"),
        45,
    ),
    (
        "wire_credit",
        _rx(r"^\(?(source|sources|agencies|with agencies|additional sources)\s*:\s*[^.]{0,60}\)?$"),
        12,
    ),
    ("wire_credit", _rx(r"^[a-z]{1,4}(/[a-z]{1,4})+(\s*\(.{1,60}\))?\W*$", re.ASCII), 12),
    (
        "author_bio",
        _rx(
            r"^[A-Z][\w.'’-]+(\s[A-Z][\w.'’-]+){1,3} ((is|was|has been) (a|an|the)\b.{0,120}"
            r"\b(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|freelancer|"
            r"staff|intern|fellow)\b|(covers|writes about|reports on|has covered|has reported on)\b)",
            0,
        ),
        60,
    ),
    (
        "author_bio",
        _rx(
            r"^(reach|contact|email|e-mail|write to|follow|you can reach|tips\?)\b.{0,100}(@|\bat \S+\.\w{2,})"
        ),
        30,
    ),
    ("author_bio", _rx(r"\b(can be reached|may be reached|can be contacted)\b.{0,80}(@|\bat\b|\bon\b)"), 40),
    ("author_bio", _rx(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"), 40),
]

_BYLINE_PREFIX = _rx(r"^(by|written by|words by|story by|report by|text by|reported by|posted by)\s+(?=\S)")
_NAME_OUTLET = _rx(r"^[^\W\d_][\w.'’\-]*( [^\W\d_][\w.'’\-]*){1,2}\s*\|\s*[^\W\d_][\w.&'’ \-]{1,40}$")
_NAME_CONNECTORS = frozenset("and & of the in for de da van von al el bin staff , | - – —".split())
# "Name | Outlet | Place | Updated ...", "Name / Staff Reporter", "Name - Political Editor": the name is the first part.
_BYLINE_PARTS = re.compile(r"\s*(?:\||•|·|∙|\s/\s|\s[-–—]\s)\s*")
_ROLE_WORDS = frozenset(
    """reporter reporters correspondent correspondents writer writers editor editors columnist columnists
    contributor contributors journalist journalists producer producers analyst staff staffer chief senior deputy
    associate special bureau presenter photographer photojournalist intern freelance freelancer contributing
    political economics economic business health science foreign diplomatic defence defense education environment
    environmental technology tech crime legal sports sport arts culture energy climate security investigations
    investigative data news world global national international city state local community markets finance
    financial home affairs social media transport managing executive assistant digital online desk team""".split()
)
ROLE_HEADS = frozenset(
    "reporter reporters correspondent correspondents writer writers editor editors columnist contributor "
    "journalist producer analyst staff staffer presenter photographer photojournalist intern freelancer".split()
)
OUTLET_WORDS = frozenset(
    """news press times post herald journal tribune telegraph guardian agency wire media reuters afp ap bloomberg
    xinhua express daily weekly gazette chronicle observer standard mail independent radio tv television network
    online service bureau desk team magazine review report newspaper""".split()
)


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def _strip_roles(name: str) -> str:
    """ "political reporter Jade Morrison" / "Jane Doe Health correspondent" / "Jane Doe Staff Writer" -> the name."""
    spans = _spans(name)
    toks = [name[a:b].strip(",") for a, b in spans]
    # Leading lower-case role phrase before a capitalised name.
    lead = 0
    while lead < len(toks) and toks[lead][:1].islower():
        lead += 1
    if 0 < lead <= len(toks) - 2 and any(t.lower() in ROLE_HEADS for t in toks[:lead]):
        return _strip_roles(name[spans[lead][0] :])
    if len(toks) < 3 or toks[-1].lower() not in ROLE_HEADS:
        return name
    cut = len(toks) - 1
    if toks[-1][:1].islower():
        # Sentence-case role: "Health correspondent", "Senior economics correspondent".
        while cut > 0 and toks[cut - 1][:1].islower() and toks[cut - 1].lower() not in _NAME_CONNECTORS:
            cut -= 1
        cut -= 1
    else:
        while cut > 0 and toks[cut - 1].lower() in _ROLE_WORDS:
            cut -= 1
    if cut < 2:
        return name
    return name[: spans[cut - 1][1]].rstrip(" ,")


def byline_name(text: str) -> str:
    """The names in a byline, without role, outlet, place or time ("Jane Doe, Staff Writer" -> "Jane Doe").

    Always a substring of ``text``; ``text`` itself when nothing is recognised.
    """
    head = _BYLINE_PARTS.split(text, maxsplit=1)[0].strip()
    parts = head.split(", ")
    keep = 1
    for i, part in enumerate(parts[1:], start=1):
        low = part.lower()
        tokens = low.split()
        if not tokens or any(t in ROLE_HEADS or t in OUTLET_WORDS for t in tokens) or tokens[0] == "the":
            break
        if re.match(r"^(and|&)\s", low) or re.search(r"\s(and|&)\s", low):
            keep = i + 1
    name = ", ".join(parts[:keep])
    m = re.search(r"\s(in|for|at)\s+[A-Z][^,]*$", name)
    if m and len(words(name[: m.start()])) >= 2:
        name = name[: m.start()]
    name = _strip_roles(name.strip(" ,;")) or text
    return name if name and name in text else text


def parse_byline(line: str) -> str | None:
    """The author names of a byline line ("By Jane Doe and John Roe, Reuters" -> "Jane Doe and John Roe")."""
    if len(words(line)) > 14 or line.rstrip().endswith((".", "!", "?", ":")) and not line.endswith(" Jr."):
        return None
    m = _BYLINE_PREFIX.match(line)
    rest = line[m.end() :] if m else line
    name = byline_name(rest.strip())
    tokens = [t.strip(",|;") for t in words(name)]
    tokens = [t for t in tokens if t]
    if not tokens or not tokens[0][:1].isupper() or len(tokens) > 8:
        return None
    named = sum(t[:1].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens)
    if named < 0.75 * len(tokens):
        return None
    if not m:
        # Without "By", only a name followed by an outlet or a role counts ("Jane Doe | Reuters",
        # "Jane Doe Health correspondent", "Jane Doe and John Roe, The Times").
        extra = {t.strip(",|;").lower() for t in words(line[len(name) :])}
        if named < len(tokens) or not (2 <= len(tokens) <= 7):
            return None
        if not (_NAME_OUTLET.match(line) or extra & (ROLE_HEADS | OUTLET_WORDS)):
            return None
    return name


_LIST_LABELS = frozenset(
    phrase
    for phrase in _EXACT["related_links"]
    if phrase not in ("latest", "popular", "trending", "recommended")
) | {
    "more stories",
    "top stories",
    "explore more on these topics",
    "related topics",
    "visual stories",
    "trending stories",
}
_CAPTION_LABELS = frozenset({"image caption", "media caption", "video caption", "caption", "photo caption"})


def label_kind(line: str) -> str | None:
    """ "related_links" for a bare "Also read"/"Related" label, "photo_caption" for "Image caption,"."""
    core = line.strip().strip(_EDGE).lower()
    if core in _LIST_LABELS:
        return "related_links"
    if core in _CAPTION_LABELS:
        return "photo_caption"
    return None


_NOT_ALNUM = re.compile(r"[\W_]+")
_ALNUM = re.compile(r"[^\W_]")


@_line_cache
def _key(line: str) -> str:
    """Letters and digits only, case-folded; cached: each line is compared with the title every round."""
    return _NOT_ALNUM.sub("", line.casefold())


def is_title_repeat(line: str, title: str) -> bool:
    """Same headline modulo case, punctuation and a trailing " | Site" suffix on the title."""
    a, b = _key(line), _key(title)
    return bool(a) and (a == b or (len(a) >= 20 and b.startswith(a)))


def is_breadcrumb_of(line: str, title: str) -> bool:
    """ "Home > World > <headline>" or "Home World News <headline>": a short prefix plus the title."""
    a, b = _key(line), _key(title)
    if not b or a == b or not a.endswith(b):
        return False
    prefix_len = len(words(line)) - len(words(title))
    return 0 < prefix_len <= 6


def _is_nav_line(core: str) -> bool:
    tokens = re.split(r"\s*(?:\||»|›|>|/|•|·|∙)\s*|\s+", core.lower())
    tokens = [t for t in tokens if t]
    return len(tokens) >= 2 and all(t in _NAV_WORDS for t in tokens)


def _is_separator_menu(core: str) -> bool:
    segments = [s.strip() for s in re.split(r"\||»|›|>|•|·|∙", core)]
    return len(segments) >= 3 and all(0 < len(words(s)) <= 3 for s in segments)


_SEGMENTS = re.compile(r"\s*(?:\||•|·|∙|\s/\s)\s*")
_SEGMENT_MARKS = re.compile(r"[|•·∙/]")  # a line without any is one segment


def _phrase_segments(core: str) -> str | None:
    """ "Sign in / Register", "Share · Save": every segment a known widget phrase -> its reason."""
    if not _SEGMENT_MARKS.search(core):
        return None
    segments = [s.strip(_EDGE).lower() for s in _SEGMENTS.split(core)]
    segments = [s for s in segments if s]
    if len(segments) < 2:
        return None
    reasons = [_EXACT_LOOKUP.get(s) or ("share_prompt" if s in _SOCIAL else None) for s in segments]
    return reasons[0] if all(reasons) else None


def _is_legal_menu(core: str) -> bool:
    tokens = [t for t in re.split(r"[\s|•·∙/,]+", core.lower().strip(".")) if t]
    return len(tokens) >= 2 and all(t in _LEGAL for t in tokens)


def _is_outlet_date(core: str) -> bool:
    """ "DW | 11/05/2024", "Reuters · March 3, 2024": a short name next to a date."""
    segments = [s.strip(_EDGE) for s in _SEGMENTS.split(core)]
    segments = [s for s in segments if s]
    if not 2 <= len(segments) <= 4 or not any(_is_date_only(s) for s in segments):
        return False
    return all(
        _is_date_only(s)
        or (len(words(s)) <= 4 and s[:1].isupper() and not _BYLINE_PREFIX.match(s) and not is_prose(s))
        for s in segments
    )


def _credit_names(line: str) -> bool:
    """ "Editing by Alex Richardson" names people; "Reporting by the local paper revealed ..." is a sentence."""
    m = re.search(r"\bby\s+(.*)$", line, re.IGNORECASE)
    if not m:
        return True
    tokens = [t for t in words(m.group(1)) if any(c.isalpha() for c in t)]
    return bool(tokens) and sum(t[:1].isupper() for t in tokens) >= 0.45 * len(tokens)


def _is_short_sentence(line: str) -> bool:
    """ "Nobody came." — a closing paragraph too short to count as prose but written as a sentence."""
    tokens = words(line)
    end = line.rstrip(_CLOSERS)
    return (
        2 <= len(tokens) < PROSE_MIN_WORDS
        and end.endswith((".", "!", "?"))
        and not end.endswith("..")
        and (line[:1].isupper() or line[:1] in "\"“‘'")
        and not re.search(r"[|/@·•]|\bwww\.|\.(com|org|net|co|uk|in|io)\b", line, re.IGNORECASE)
        and not line.isupper()
    )


_DATE_TOKEN = re.compile(r"[\d:./\-]+(st|nd|rd|th|am|pm|h|m|s|d|hrs?|mins?)?|(gmt|utc)[+\-]\d{1,2}(:?\d{2})?")
_DIGIT = re.compile(r"\d")


def _is_date_only(core: str) -> bool:
    """At most 12 words, every one a date word or number, and a digit somewhere."""
    count = 0
    for token in words(core):
        token = token.strip(".,|-:()/").lower()
        if not token:
            continue
        count += 1
        if count > 12 or not (token in _DATE_WORDS or _DATE_TOKEN.fullmatch(token)):
            return False
    return count > 0 and _DIGIT.search(core) is not None


def _only_social(core: str) -> bool:
    """Every word a share/follow widget word ("Facebook Twitter Email")."""
    found = False
    for token in words(core):
        token = token.strip(".,:|/()").lower()
        if token:
            if token not in _SOCIAL:
                return False
            found = True
    return found


def classify_line(line: str, context: LineContext) -> str | None:
    """Why ``line`` is boilerplate, as a short snake_case reason, or None to keep it."""
    return classify_at(line, context.index, context.first_prose, context.last_prose, context.title)


def classify_at(
    line: str, index: int, first_prose: int | None, last_prose: int | None, title: str | None = None
) -> str | None:
    """``classify_line(line, LineContext(index, first_prose, last_prose, title))`` without building the context."""
    return _classify(
        line.strip(),
        title,
        first_prose is not None and index < first_prose,
        last_prose is not None and index > last_prose,
        last_prose is not None and index >= last_prose,
        index > 0,
        last_prose is not None and index == last_prose + 1,
    )


@_line_cache
def _classify(
    stripped: str,
    title: str | None,
    in_head: bool,
    in_tail: bool,
    at_end: bool,
    not_first: bool,
    after_last_prose: bool,
) -> str | None:
    core = stripped.strip(_EDGE)
    if not core or not _ALNUM.search(core):
        return "empty"
    low = core.lower()
    if low in _EXACT_LOOKUP:
        return _EXACT_LOOKUP[low]
    if title is not None:
        if is_title_repeat(stripped, title):
            return "title_repeat"
        if is_breadcrumb_of(stripped, title):
            return "breadcrumb"
    return _classify_in_zone(stripped, in_head, in_tail, at_end, not_first, after_last_prose)


@_line_cache
def _classify_in_zone(
    stripped: str, in_head: bool, in_tail: bool, at_end: bool, not_first: bool, after_last_prose: bool
) -> str | None:
    """classify_line past the title checks: depends only on the line and where it sits.

    Both levels are cached: filter_boilerplate classifies every line again each round, and
    clean_text parses the body a second time without the title. The flags are all that
    classification reads from LineContext.
    """
    core = stripped.strip(_EDGE)
    n = word_count(stripped)
    prose = is_prose(stripped)
    reason = _pattern_reason(stripped, n, prose)
    if reason:
        return reason
    if at_end:
        for reason, pattern, max_words in _END_PATTERNS:
            if (
                n <= max_words
                and pattern.search(stripped)
                and (reason != "wire_credit" or _credit_names(stripped))
            ):
                return reason
    if _only_social(core):
        return "share_prompt"
    if _is_date_only(core):
        return "timestamp"
    if not any(c.isalpha() for c in core):
        return "widget"
    segments = _phrase_segments(core)
    if segments:
        return segments
    if not prose and (_is_separator_menu(core) or _is_nav_line(core)):
        return "breadcrumb" if re.search(r"[»›>]", core) else "navigation"
    if not prose and _is_legal_menu(core):
        return "navigation"
    if in_head and not prose and parse_byline(stripped) and (_BYLINE_PREFIX.match(stripped) or not_first):
        return "byline"
    if not prose and _is_outlet_date(core):
        return "timestamp"
    if in_tail and not prose and not (n >= 15 and stop_word_density(stripped) >= 0.35):
        if after_last_prose and _is_short_sentence(stripped):
            return None
        return "tail_fragment"
    return None
