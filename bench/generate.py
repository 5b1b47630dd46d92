"""Synthetic news corpus for the throughput benchmark.

    python -m bench.generate --out DIR --n 10000 --seed 1 [--start 0]

Writes N articles into DIR, one file at a time (the corpus is never held in memory):

* ~50% plain text copied from a site (headline, standfirst, byline, dateline, cookie banners,
  share prompts, "Advertisement", photo captions, "Related Articles" lists, comment counters),
* ~30% saved HTML pages (nav, JSON-LD metadata, figure captions, ads, related links, reader
  comments, footer),
* ~20% scraper records: single-object ``.json`` files and ``.jsonl`` feeds of a few records
  each, with the field-name variety real scrapers have (some carry raw HTML instead of text),
* 5% duplicates: half byte-identical copies in another folder, half syndicated copies of the
  same story under another outlet with other boilerplate and a closing syndication line.

Bodies are 300-900 words over business, courts, elections, health, conflict, sport and
climate stories in ~36 countries, with direct, partial, split and multi-paragraph quotes and
reported speech. Output is a pure function of (seed, article index): the same seed gives the
same bytes, and ``--start N`` appends articles N.. exactly as a larger run would have written
them (the benchmark's "1% new files" step; with N a multiple of 20 every appended article is in a
new file, otherwise the last feed of the first run grows by a line).
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bench import vocab

BLOCK = 20  # the mix is exact per block of 20 articles: 10 txt, 6 html, 2 json, 2 jsonl records
BLOCK_FORMATS = ["txt"] * 10 + ["html"] * 6 + ["json"] * 2 + ["jsonl"] * 2
DUPLICATES_PER_BLOCK = 1  # 5%
EPOCH = datetime(2023, 1, 2, 6, 0)
GENERIC_QUOTES = (
    "We have listened carefully to everyone involved",
    "There is still a great deal of work to do",
    "I have never seen anything like it in thirty years",
    "People deserve honest answers, and they deserve them now",
    "We are asking for patience while the facts are established",
    "Nobody here expected things to move this quickly",
    "It is a question of trust, and trust has to be earned",
    "We made a promise and we intend to keep it",
    "The decision was not taken lightly",
    "This affects families in every part of the country",
)


# --------------------------------------------------------------------------- schedule


@dataclass(frozen=True)
class Slot:
    index: int
    file_format: str  # txt | html | json | jsonl
    duplicate_of: int | None = None
    duplicate_kind: str | None = None  # exact | syndicated


def _block_plan(seed: int, block: int) -> tuple[list[str], int]:
    rng = random.Random(f"{seed}:block:{block}")
    formats = BLOCK_FORMATS[:]
    rng.shuffle(formats)
    # The very first articles of a corpus have nothing to copy yet.
    dup_position = rng.randrange(5 if block == 0 else 0, BLOCK)
    return formats, dup_position


def slot(seed: int, index: int) -> Slot:
    block, position = divmod(index, BLOCK)
    formats, dup_position = _block_plan(seed, block)
    if position != dup_position:
        return Slot(index, formats[position])
    rng = random.Random(f"{seed}:dup:{index}")
    while True:
        original = rng.randrange(0, index)
        o_block, o_pos = divmod(original, BLOCK)
        if _block_plan(seed, o_block)[1] != o_pos:
            break
    kind = rng.choice(("exact", "syndicated"))
    return Slot(index, formats[position], original, kind)


# --------------------------------------------------------------------------- story


class _Fill(dict):
    """format_map mapping: fixed story slots plus fresh numbers on every use."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]):
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key == "number":
            return f"{r.choice((r.randint(120, 990), r.randint(1, 95) * 1000, r.randint(1000, 9999))):,}"
        if key == "number2":
            return str(r.randint(2, 48))
        if key == "pct":
            return f"{r.randint(1, 19)}.{r.randint(0, 9)}" if r.random() < 0.6 else str(r.randint(2, 85))
        if key == "money":
            unit = r.choice(("million", "billion"))
            return f"${r.randint(2, 950)} {unit}" if r.random() < 0.6 else f"{r.randint(2, 950)} {unit} euros"
        if key == "weekday":
            return r.choice(vocab.WEEKDAYS)
        if key == "month":
            return r.choice(vocab.MONTHS)
        raise KeyError(key)


@dataclass
class Person:
    first: str
    last: str
    role: str
    pronoun: str  # he | she | they
    mentioned: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Story:
    index: int
    topic: str
    country: str
    demonym: str
    city: str
    city2: str
    outlet: tuple[str, str]
    author: str
    agency: str
    published: datetime
    headline: str
    standfirst: str
    paragraphs: list[str]
    captions: list[str]
    related: list[str] = field(default_factory=list)
    curly: bool = True


_FEMALE = set(
    """Amara Sofia Wanjiru Hannah Priya Yuki Valentina Chiamaka Olivia Siti Camille Lucía Thandiwe
Agnieszka Linh Nour Chloe Catalina Akosua Elena Maria Elif Isabella Astrid Ji-woo Selam Giulia Camila Fatima
Nicha Oksana Ingrid Farhana Neema Aroha Inês Aisyah Grace Anna Leila Mei Aditi Zanele Ewa""".split()
)


def _person(rng: random.Random, role: str) -> Person:
    first = rng.choice(vocab.FIRST_NAMES)
    pronoun = "she" if first in _FEMALE else "he"
    return Person(first, rng.choice(vocab.SURNAMES), role, pronoun)


def story(seed: int, index: int) -> Story:
    """The format-independent content of article ``index`` (deterministic)."""
    rng = random.Random(f"{seed}:story:{index}")
    topic = rng.choice(sorted(vocab.TOPICS))
    spec = vocab.TOPICS[topic]
    country, demonym, capital, cities, leader = rng.choice(vocab.COUNTRIES)
    country2 = rng.choice([c for c in vocab.COUNTRIES if c[0] != country])
    city = rng.choice((capital, *cities))
    city2 = rng.choice((country2[2], *country2[3]))
    base = {"country": country, "country2": country2[0], "city": city, "city2": city2}
    orgs = rng.sample(spec["orgs"], 2)
    org, org2 = (o.format(**base) for o in orgs)
    outlet = rng.choice(vocab.OUTLETS)
    fixed = {
        **base,
        "org": org,
        "org2": org2,
        "outlet_short": outlet[0].removeprefix("The "),
        "demonym": demonym,
    }
    fill = _Fill(rng, fixed)

    def f(template: str) -> str:
        return template.format_map(fill)

    people = [_person(rng, f(rng.choice(spec["roles"]))) for _ in range(rng.randint(2, 4))]
    people.append(
        Person(
            rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.SURNAMES), f"{leader.lower()} of {country}", "he"
        )
    )
    fixed["person_last"] = fill["person_last"] = people[0].last
    published = EPOCH + timedelta(days=rng.randint(0, 700), minutes=rng.randint(0, 16 * 60))
    curly = rng.random() < 0.8
    oq, cq = ("“", "”") if curly else ('"', '"')

    def speaker(p: Person, *, subject: bool = True) -> str:
        if not p.mentioned:
            p.mentioned = True
            return f"{p.full}, {p.role},"  # appositive; the caller adds the verb
        return rng.choice((p.last, p.pronoun.capitalize() if subject else p.pronoun, p.last))

    def said() -> str:
        return f(rng.choice(vocab.SAID))

    def quote_text() -> str:
        pool = spec["quotes"] + GENERIC_QUOTES
        return f(rng.choice(pool))

    def subject_clause(p: Person) -> str:
        return speaker(p)  # "Name, role," or "Name" / "She", then the verb

    def direct_quote() -> str:
        p = rng.choice(people)
        form = rng.randrange(5)
        q = quote_text()
        if form == 0:
            name = p.last if p.mentioned else p.full
            if not p.mentioned:
                p.mentioned = True
                return f"{oq}{q},{cq} said {name}, {p.role}. {fact()}"
            return f"{oq}{q},{cq} {name} {said()}."
        if form == 1:
            return f"{subject_clause(p)} {said()}: {oq}{q}. {quote_text()}.{cq}"
        if form == 2:
            who = p.last if p.mentioned else subject_clause(p)
            p.mentioned = True
            return f"{oq}{q},{cq} {who} {said()}. {oq}{quote_text()}.{cq}"
        if form == 3:
            q2 = q.rstrip("?!.")
            who = p.pronoun if p.mentioned else subject_clause(p)
            p.mentioned = True
            return (
                f"{oq}{q2}?{cq} {who} asked. {oq}{quote_text()}.{cq}"
                if rng.random() < 0.2
                else f"{oq}{q2}!{cq} {who} said."
            )
        return f"{subject_clause(p)} {rng.choice(vocab.SAID_THAT)} on {f('{weekday}')}: {oq}{q}.{cq}"

    def partial_quote() -> str:
        p = rng.choice(people)
        phrase = rng.choice(spec["partials"])
        thing = rng.choice(("decision", "move", "result", "plan", "ruling", "situation"))
        follow = fact()
        return (
            f"{subject_clause(p)} described the {thing} as {oq}{phrase}{cq} and {rng.choice(vocab.SAID_THAT)} "
            f"that {follow[0].lower()}{follow[1:]}"
        )

    def reported() -> str:
        p = rng.choice(people)
        template = rng.choice(vocab.REPORTED)
        s = subject_clause(p)
        if template.startswith("According to"):
            s = p.last if s in ("He", "She") else s.rstrip(",")
        return template.format_map(_Fill(rng, {**fixed, "speaker": s}))

    deck: list[str] = []

    def fact() -> str:
        if rng.random() < 0.45:
            subject = f(rng.choice(vocab.SUBJECTS))
            sentence = (
                f"{f(rng.choice(vocab.OPENERS))}{subject} {rng.choice(vocab.VERBS)} "
                f"{f(rng.choice(vocab.OBJECTS[topic]))}{f(rng.choice(vocab.TAILS))}."
            )
        else:
            if not deck:
                deck.extend(rng.sample(spec["sentences"], len(spec["sentences"])))
            template = deck.pop()
            sentence = f(template)
            opener = f(rng.choice(vocab.OPENERS))
            if opener and not template.startswith("{"):  # never lower-case a name
                sentence = opener + sentence[0].lower() + sentence[1:]
        return sentence[0].upper() + sentence[1:]

    def facts(k: int) -> str:
        return " ".join(fact() for _ in range(k))

    target = rng.randint(300, 900)
    paragraphs = [facts(rng.randint(1, 2))]
    words = len(paragraphs[0].split())
    multi_done = False
    while words < target:
        kind = rng.choices(
            ("facts", "direct", "partial", "reported", "context", "multi"), (34, 22, 10, 16, 12, 6)
        )[0]
        if kind == "multi" and not multi_done:
            multi_done = True
            p = rng.choice(people)
            first = f"{subject_clause(p)} {rng.choice(('said', 'told the meeting', 'wrote in a letter'))}: {oq}{quote_text()}. {quote_text()}."
            second = f"{oq}{quote_text()}. {quote_text()}.{cq}"
            new = [first, second]
        elif kind == "direct":
            new = [direct_quote()]
        elif kind == "partial":
            new = [partial_quote()]
        elif kind == "reported":
            new = [reported() + (" " + fact() if rng.random() < 0.5 else "")]
        elif kind == "context":
            new = [f(rng.choice(vocab.CONTEXT)) + " " + facts(1)]
        else:
            new = [facts(rng.randint(2, 3))]
        paragraphs.extend(new)
        words += sum(len(p.split()) for p in new)
    if not curly:
        paragraphs = [p.replace("’", "'") for p in paragraphs]

    headline = f(rng.choice(spec["headlines"]))
    headline = headline[0].upper() + headline[1:]
    standfirst = f(rng.choice(spec["sentences"])).rstrip(".")
    captions = [
        f"{rng.choice(('Residents', 'Officials', 'Supporters', 'Workers', 'Protesters', 'Players'))} "
        f"{rng.choice(('gather', 'wait', 'walk', 'speak to reporters', 'line up'))} in {city} on {f('{weekday}')}. "
        f"Photo: {rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.SURNAMES)} / {rng.choice(vocab.AGENCIES)}"
    ]
    related = []
    for _ in range(3):
        other = vocab.TOPICS[rng.choice(sorted(vocab.TOPICS))]
        c = rng.choice(vocab.COUNTRIES)
        where = {"country": c[0], "city": rng.choice(c[3]), "country2": country2[0], "city2": city2}
        orgs_ = [o.format(**where) for o in rng.sample(other["orgs"], 2)]
        title = rng.choice(other["headlines"]).format_map(
            _Fill(
                rng, {**where, "org": orgs_[0], "org2": orgs_[1], "person_last": rng.choice(vocab.SURNAMES)}
            )
        )
        related.append(title[0].upper() + title[1:])
    author = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.SURNAMES)}"
    return Story(
        index=index,
        topic=topic,
        country=country,
        demonym=demonym,
        city=city,
        city2=city2,
        outlet=outlet,
        author=author,
        agency=rng.choice(vocab.AGENCIES),
        published=published,
        headline=headline,
        standfirst=standfirst,
        paragraphs=paragraphs,
        captions=captions,
        related=related,
        curly=curly,
    )


def syndicate(original: Story, seed: int, index: int) -> Story:
    """The same story under another outlet: other byline and boilerplate, a closing credit line."""
    rng = random.Random(f"{seed}:syndicate:{index}")
    outlet = rng.choice([o for o in vocab.OUTLETS if o != original.outlet])
    paragraphs = list(original.paragraphs)
    credit = rng.choice(
        (
            f"This article was originally published by {original.outlet[0]} and is republished with permission.",
            f"Additional reporting by {rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.SURNAMES)} in {original.city2}.",
            f"{original.outlet[0]} contributed to this report.",
        )
    )
    paragraphs.append(credit)
    return Story(
        index=index,
        topic=original.topic,
        country=original.country,
        demonym=original.demonym,
        city=original.city,
        city2=original.city2,
        outlet=outlet,
        author=original.author
        if rng.random() < 0.5
        else f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.SURNAMES)}",
        agency=original.agency,
        published=original.published + timedelta(hours=rng.randint(1, 30)),
        headline=original.headline,
        standfirst=original.standfirst,
        paragraphs=paragraphs,
        captions=original.captions,
        related=[original.related[-1], *original.related[:-1]],
        curly=original.curly,
    )


# --------------------------------------------------------------------------- renderers


def _slug(text: str, words: int = 7) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:words]) or "article"


def _dateline(s: Story, rng: random.Random) -> str:
    city = s.city.upper() if rng.random() < 0.6 else s.city
    return rng.choice(
        (
            f"{city} ({s.agency}) – ",
            f"{city} — ",
            f"{city}, {s.published:%B} {s.published.day} ({s.agency}) - ",
        )
    )


def _date_line(s: Story, rng: random.Random) -> str:
    d = s.published
    return rng.choice(
        (
            f"Published {d:%A} {d.day} {d:%B %Y}",
            f"Updated: {d:%B} {d.day}, {d:%Y} {d:%I:%M} {'am' if d.hour < 12 else 'pm'}",
            f"{d:%d %B %Y, %H:%M} GMT",
            f"Posted on {d:%B} {d.day}, {d:%Y}",
        )
    )


def _fmt_numbers(template: str, rng: random.Random) -> str:
    return template.replace("{number2}", str(rng.randint(2, 240)))


def render_text(s: Story, seed: int) -> str:
    rng = random.Random(f"{seed}:text:{s.index}")
    lines: list[str] = []
    if rng.random() < 0.3:
        lines += rng.sample(vocab.COOKIE, rng.randint(1, 2))
    if rng.random() < 0.2:
        lines.append(" » ".join(rng.sample(vocab.NAV[:8], 3)))
    lines.append(s.headline)
    if rng.random() < 0.6:
        lines.append(s.standfirst)
    if rng.random() < 0.7:
        lines.append(
            rng.choice((f"By {s.author}", f"By {s.author}, {s.outlet[0]}", f"{s.author} | {s.outlet[0]}"))
        )
    if rng.random() < 0.5:
        lines.append(_date_line(s, rng))
    if rng.random() < 0.3:
        lines.append(s.captions[0])
    body = list(s.paragraphs)
    if rng.random() < 0.6:
        body[0] = _dateline(s, rng) + body[0]
    for paragraph_no, paragraph in enumerate(body):
        lines.append(paragraph)
        if paragraph_no and paragraph_no % rng.randint(3, 6) == 0 and rng.random() < 0.4:
            lines.append(rng.choice(vocab.ADVERT))
        if paragraph_no == 2 and rng.random() < 0.2:
            lines.append(f"READ MORE: {s.related[0]}")
        if paragraph_no == 3 and rng.random() < 0.15:
            lines.append(rng.choice(vocab.SHARE))
    if rng.random() < 0.5:
        lines += rng.sample(vocab.SHARE, rng.randint(1, 3))
    if rng.random() < 0.4:
        lines.append(rng.choice(vocab.RELATED_HEADERS))
        lines += s.related
    if rng.random() < 0.35:
        lines.append(rng.choice(vocab.SUBSCRIBE))
    if rng.random() < 0.3:
        lines.append(_fmt_numbers(rng.choice(vocab.COMMENT), rng))
    if rng.random() < 0.3:
        lines.append(f"© {s.published.year} {s.outlet[0]}. All rights reserved.")
    separator = "\n\n" if rng.random() < 0.75 else "\n"
    return separator.join(lines) + "\n"


def render_html(s: Story, seed: int) -> str:
    rng = random.Random(f"{seed}:html:{s.index}")
    e = htmlmod.escape
    name, domain = s.outlet
    url = f"https://www.{domain}/{s.topic}/{s.published:%Y/%m/%d}/{_slug(s.headline)}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.headline,
        "datePublished": s.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": (s.published + timedelta(hours=rng.randint(0, 8))).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author": [{"@type": "Person", "name": s.author}],
        "publisher": {
            "@type": "Organization",
            "name": name,
            "logo": {"@type": "ImageObject", "url": f"https://www.{domain}/logo.png"},
        },
        "mainEntityOfPage": url,
        "articleSection": s.topic.capitalize(),
    }
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in vocab.NAV)
    paragraphs = []
    for i, p in enumerate(s.paragraphs):
        paragraphs.append(f"<p>{e(p)}</p>")
        if i and i % 4 == 0:
            paragraphs.append(
                f'<div class="ad-slot" data-ad="mid-{i}"><span>{rng.choice(vocab.ADVERT)}</span></div>'
            )
        if i == 2 and rng.random() < 0.3:
            paragraphs.append(
                f'<p class="inline-related"><strong>Read more:</strong> <a href="/x/{i}">{e(s.related[0])}</a></p>'
            )
    related = "".join(f'<li><a href="/{s.topic}/{_slug(h)}">{e(h)}</a></li>' for h in s.related)
    comments = "".join(
        f'<div class="comment"><span class="user">{rng.choice(vocab.FIRST_NAMES).lower()}{rng.randint(1, 99)}</span>'
        f"<p>{e(rng.choice(GENERIC_QUOTES))}. {e(rng.choice(('Totally agree.', 'This is nonsense.', 'About time!', 'Who is paying for this?')))}</p></div>"
        for _ in range(rng.randint(0, 4))
    )
    cookie = e(vocab.COOKIE[0])
    figure = (
        f'<figure><img src="/img/{s.index}.jpg" alt=""><figcaption>{e(s.captions[0])}</figcaption></figure>'
        if rng.random() < 0.7
        else ""
    )
    standfirst = f'<p class="standfirst">{e(s.standfirst)}</p>' if rng.random() < 0.7 else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(s.headline)} | {e(name)}</title>
<meta name="description" content="{e(s.standfirst)}">
<meta property="og:title" content="{e(s.headline)}">
<meta property="og:site_name" content="{e(name)}">
<meta property="og:url" content="{url}">
<meta name="author" content="{e(s.author)}">
<meta property="article:published_time" content="{s.published:%Y-%m-%dT%H:%M:%SZ}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.ad-slot{{min-height:250px}} nav ul{{display:flex}}</style>
</head>
<body>
<div id="cookie-banner"><p>{cookie}</p><button>Accept all</button><button>Manage preferences</button></div>
<header><a class="logo" href="/">{e(name)}</a><nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<main>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/{s.topic}">{s.topic.capitalize()}</a></div>
<article>
<h1>{e(s.headline)}</h1>
{standfirst}
<div class="meta"><span class="byline">By <a rel="author" href="/authors/{_slug(s.author)}">{e(s.author)}</a></span>
<time datetime="{s.published:%Y-%m-%dT%H:%M:%SZ}">{s.published:%d %B %Y}</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
{figure}
<div class="article-body">
{chr(10).join(paragraphs)}
</div>
<div class="tags">Topics: <a href="/t/{s.topic}">{s.topic}</a> <a href="/t/{_slug(s.country)}">{e(s.country)}</a></div>
</article>
<aside class="related"><h2>Related Articles</h2><ul>{related}</ul></aside>
<section id="comments"><h3>{rng.randint(0, 80)} comments</h3>{comments}<p>Comments are moderated.</p></section>
<div class="newsletter"><p>{e(vocab.SUBSCRIBE[0])}</p><input type="email"><button>Sign up</button></div>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact</a></li></ul>
<p>© {s.published.year} {e(name)}. All rights reserved.</p></footer>
</body>
</html>
"""


def json_record(s: Story, seed: int) -> dict:
    """A scraper's record; field names vary by scraper, some keep raw HTML instead of text."""
    rng = random.Random(f"{seed}:json:{s.index}")
    name, domain = s.outlet
    url = f"https://{domain}/{s.topic}/{_slug(s.headline)}-{s.index}"
    style = rng.randrange(4)
    if style == 3:  # raw HTML scraper
        return {
            "url": url,
            "raw_html": render_html(s, seed),
            "scraped_at": (s.published + timedelta(days=1)).isoformat(),
        }
    body_lines = list(s.paragraphs)
    if rng.random() < 0.4:  # scrapers often keep inline boilerplate
        body_lines.insert(min(3, len(body_lines)), rng.choice(vocab.ADVERT))
        body_lines.append(rng.choice(vocab.SHARE))
    text = ("\n\n" if rng.random() < 0.7 else "\n").join(body_lines)
    if style == 0:
        return {
            "title": s.headline,
            "text": text,
            "url": url,
            "author": s.author,
            "published": s.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": name,
        }
    if style == 1:
        return {
            "headline": s.headline,
            "body": text,
            "link": url,
            "authors": [s.author],
            "date_publish": s.published.strftime("%Y-%m-%d %H:%M:%S"),
            "source_domain": domain,
            "language": "en",
        }
    return {
        "title": s.headline,
        "maintext": text,
        "canonical_url": url,
        "byline": f"By {s.author}",
        "pubDate": s.published.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "publisher": {"name": name},
        "description": s.standfirst,
        "keywords": [s.topic, s.country],
    }


# --------------------------------------------------------------------------- writing


def _path_for(s: Story, slot_: Slot) -> str:
    ext = {"txt": "txt", "html": "html", "json": "json"}[slot_.file_format]
    return f"{s.outlet[1]}/{s.published:%Y/%m}/{s.index:06d}-{_slug(s.headline)}.{ext}"


def _render(s: Story, file_format: str, seed: int) -> str:
    if file_format == "txt":
        return render_text(s, seed)
    if file_format == "html":
        return render_html(s, seed)
    return json.dumps(json_record(s, seed), ensure_ascii=False, indent=1) + "\n"


def _write(path: Path, content: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _original_rendering(seed: int, index: int) -> tuple[str, str]:
    """(relative path, content) of original article ``index`` as a file of its own."""
    s = story(seed, index)
    sl = slot(seed, index)
    fmt = "json" if sl.file_format == "jsonl" else sl.file_format
    return _path_for(s, Slot(index, fmt)), _render(s, fmt, seed)


def generate(out: Path, n: int, seed: int = 1, start: int = 0) -> dict:
    """Write articles ``start .. start+n-1`` under ``out``; returns counts (never the texts)."""
    out.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    feed: list[str] = []
    feed_block: int | None = None

    def flush_feed() -> None:
        nonlocal feed
        if feed:
            path = out / "feeds" / f"scraper-{seed}-{feed_block:06d}.jsonl"
            data = "".join(feed).encode("utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            # A run starting inside a block continues that block's feed (one more line, as a scraper would).
            with open(path, "ab" if feed_block * BLOCK < start else "wb") as handle:
                handle.write(data)
            counts["bytes"] += len(data)
            counts["files"] += 1
            feed = []

    for index in range(start, start + n):
        sl = slot(seed, index)
        block = index // BLOCK
        if block != feed_block:
            flush_feed()
            feed_block = block
        counts[f"format_{sl.file_format}"] += 1
        if sl.duplicate_of is not None and sl.duplicate_kind == "exact":
            counts["duplicates_exact"] += 1
            rel, content = _original_rendering(seed, sl.duplicate_of)
            counts["bytes"] += _write(out / "archive" / f"{index:06d}" / Path(rel).name, content)
            counts["files"] += 1
            continue
        s = story(seed, index)
        if sl.duplicate_of is not None:
            counts["duplicates_syndicated"] += 1
            s = syndicate(story(seed, sl.duplicate_of), seed, index)
        counts["words"] += sum(len(p.split()) for p in s.paragraphs)
        if sl.file_format == "jsonl":
            feed.append(json.dumps(json_record(s, seed), ensure_ascii=False) + "\n")
            continue
        counts["bytes"] += _write(out / _path_for(s, sl), _render(s, sl.file_format, seed))
        counts["files"] += 1
    flush_feed()
    counts["articles"] = n
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="folder to write the articles into")
    parser.add_argument("--n", type=int, default=10_000, help="number of articles (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--start", type=int, default=0, help="first article index (append to an existing corpus)"
    )
    args = parser.parse_args(argv)
    counts = generate(args.out, args.n, args.seed, args.start)
    json.dump(counts, sys.stdout, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
