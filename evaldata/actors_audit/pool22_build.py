"""Rebuild pool22: State Department press releases of 2021–2022 (US federal works, public domain).

    python evaldata/actors_audit/pool22_build.py GIT_DIR OUT_DIR

GIT_DIR is a clone's git directory of https://github.com/markschaver/State-Department-PR, whose history holds the
department's press-release RSS feed (``data.rss``, with each release's full HTML) polled from May 2021 to August
2022. Every release of at least 500 characters seen in any version is a candidate (its last version wins): readouts
of calls and meetings, statements condemning, welcoming and sanctioning, joint statements, travel announcements,
remarks and press availabilities — foreign affairs, the CAMEO codebook's own ground. Drawn with
``random.Random(20261222)``: the first 40 sealed, 80 dev; even draws are written as HTML pages (the release's own
HTML under its title and date), odd draws as copied text (title, a blank line, the paragraphs).
``pool22_manifest.tsv`` names each file's guid and the commit its text came from.
"""

from __future__ import annotations

import html
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = "markschaver/State-Department-PR"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], capture_output=True, text=True, check=True
    ).stdout


def releases(git_dir: str) -> dict[str, tuple[str, str, str, str]]:
    """guid → (commit, title, date, content HTML), from the oldest version of the feed to the newest."""
    found = {}
    for commit in _git(git_dir, "log", "--reverse", "--format=%H", "--", "data.rss").split():
        try:
            root = ET.fromstring(_git(git_dir, "show", f"{commit}:data.rss"))
        except (ET.ParseError, subprocess.CalledProcessError):
            continue
        for item in root.iter("item"):
            content = item.findtext(CONTENT) or ""
            if len(_text(content)) >= 500:
                found[item.findtext("guid")] = (
                    commit,
                    item.findtext("title"),
                    item.findtext("pubDate"),
                    content,
                )
    return found


def _paragraphs(content: str) -> list[str]:
    return [
        p
        for p in (
            html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block))).strip()
            for block in re.findall(r"<(?:p|h\d|li)\b[^>]*>(.*?)</(?:p|h\d|li)>", content, re.S)
        )
        if p
    ]


def _text(content: str) -> str:
    return "\n\n".join(_paragraphs(content))


def _page(title: str, date: str, content: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} - United States Department of State</title></head>\n"
        f'<body><article><h1>{html.escape(title)}</h1>\n<p class="date">{html.escape(date)}</p>\n'
        f"{content}\n</article></body></html>\n"
    )


def build(git_dir: str, out: Path) -> None:
    found = releases(git_dir)
    drawn = random.Random(20261222).sample(sorted(found), 120)
    rows = []
    for i, guid in enumerate(drawn):
        commit, title, date, content = found[guid]
        split = "sealed" if i < 40 else "dev"
        slug = re.sub(r"[^a-z0-9]+", "-", guid.rsplit("=", 1)[-1] + " " + title.lower()).strip("-")[:60]
        if i % 2 == 0:
            path = out / split / f"st_{slug}.html"
            body = _page(title, date, content)
        else:
            path = out / split / f"st_{slug}.txt"
            body = title + "\n\n" + _text(content) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        rows.append(f"{split}\t{path.name}\t{REPO}\t{guid}\t{commit}")
    Path(__file__).with_name("pool22_manifest.tsv").write_text(
        "split\tfile\trepo\tguid\tcommit\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build(sys.argv[1], Path(sys.argv[2]))
