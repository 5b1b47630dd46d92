"""Real-page losses of the third round (evaldata/realpages, all splits), one test a class, on text written here."""

from __future__ import annotations

from newsroom.readers.html import _drop_comment_threads, _parse, read_html

BODY = [
    "Dock workers in the port city returned to work on Tuesday after the union accepted a pay offer "
    "that the employers had rejected twice in the past month.",
    "The strike had stopped the loading of grain ships for nine days, and traders said the backlog "
    "would take at least a week to clear.",
    "Union leaders said the agreement raised wages by six percent this year and set up a committee "
    "that will review night-shift bonuses before the end of the summer.",
]
COMMENTS = [
    "I worked on those docks for twenty years and the night shifts were always the hardest part of the job.",
    "Six percent is not enough when rents in the harbour district have gone up by a third since last spring.",
    "Good to see the grain moving again, the farmers upriver were getting worried about their contracts.",
    "The committee will talk for a year and nothing will change, that is what happened the last time too.",
]


def test_a_thread_of_readers_comments_is_cut_from_a_saved_page_before_extraction():
    """A list of items each marked "comment" in its class goes; an article with a few such boxes does not."""
    items = "".join(f'<li class="forum-comment"><div class="text">{c}</div></li>' for c in COMMENTS)
    page = (
        "<html><body><div class='page comment-count-4'><h1>Harbour workers end strike after pay deal</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "".join(f'<div class="comment-tool">{b}</div>' for b in ("Share", "Print", "Save"))
        + '<div class="top-comment">A single highlighted comment box.</div>'
        + f'<div class="forum-comments-widget"><ul class="forum-comments-list">{items}</ul></div>'
        "</div></body></html>"
    )
    tree = _parse(page)
    _drop_comment_threads(tree)
    left = tree.text_content()
    assert all(p in left for p in BODY) and "highlighted comment box" in left
    assert not any(c in left for c in COMMENTS)
    text, _ = read_html(page)
    assert all(p in text for p in BODY) and not any(c in text for c in COMMENTS)


def test_a_long_readers_post_does_not_beat_a_one_paragraph_article():
    """A teaser page: one paragraph, "Read More", a list of other stories, then "username: <long post>"."""
    from newsroom.clean import clean_text

    article = " ".join(BODY)
    teasers = [f"Other story number {n} about the harbour" if n % 2 else "Coast News" for n in range(12)]
    post = "marina_k: " + " ".join(COMMENTS) + " " + " ".join(COMMENTS[:2])
    page = "\n".join(
        [
            "Home",
            "Mail",
            "News",
            "Sports",
            "Finance",
            "Harbour workers end strike after pay deal",
            "Coast News",
        ]
        + [article, "Read More", "What to Read Next"]
        + teasers
        + [post, "Join the Conversation", "Help", "Privacy", "Terms"]
    )
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [article]
    assert {r.reason for r in cleaned.removed if r.text == post} == {"comment_thread"}
