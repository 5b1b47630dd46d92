"""Line-level boilerplate detection for scraped news text.

Signals are generic so that they carry over to outlets nobody has looked at:
anchored phrases that recur across many sites, line length, terminal
punctuation, stop-word density and the line's zone (see ``lines``). The rules
that look like data (word lists, whole-line phrases, line patterns) are files
in ``rules/``, read by ``rules.py``; a module a job:

* ``lines``: what a line reads as (words, prose, stop words) and where it sits;
* ``labels``: whole-line widget phrases and list/caption labels;
* ``patterns``: the line patterns, with their prefilters;
* ``shapes``: menus, share bars, date lines, short closing sentences;
* ``bylines``: byline lines and the names in them;
* ``titles``: repeats of the headline;
* ``classify``: the classifier that asks them in turn.
"""

from __future__ import annotations

from newsroom.clean.boilerplate.bylines import OUTLET_WORDS, ROLE_HEADS, parse_byline
from newsroom.clean.boilerplate.classify import classify_at, classify_line
from newsroom.clean.boilerplate.labels import label_kind
from newsroom.clean.boilerplate.lines import CLOSERS, STOP_WORDS, LineContext, is_prose, word_count, words
from newsroom.clean.boilerplate.shapes import is_labelled_list, list_goes_on
from newsroom.clean.boilerplate.titles import is_breadcrumb_of, is_title_repeat

__all__ = [
    "CLOSERS",
    "OUTLET_WORDS",
    "ROLE_HEADS",
    "STOP_WORDS",
    "LineContext",
    "classify_at",
    "classify_line",
    "is_breadcrumb_of",
    "is_labelled_list",
    "is_prose",
    "is_title_repeat",
    "label_kind",
    "list_goes_on",
    "parse_byline",
    "word_count",
    "words",
]
