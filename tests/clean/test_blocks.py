"""The whole-page step: the article is found among menus, teasers, comment threads and footers."""

from __future__ import annotations

from datetime import UTC, datetime

from newsroom.clean import clean_text
from newsroom.clean.blocks import is_comment_header, is_comment_open, is_teaser_label
from newsroom.models import RawFile
from newsroom.pipeline import articles_to_extract, read_and_clean
from newsroom.readers.html import _parse, page_text, read_html

MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Opinion", "Sport", "Video", "Podcasts"]
ARTICLE = [
    "Harbour workers end strike after pay deal",
    "By Ana Lima",
    "March 3, 2025",
    "Dock workers in the port city returned to work on Tuesday after the union accepted a pay offer "
    "that the employers had rejected twice in the past month.",
    "The strike had stopped the loading of grain ships for nine days, and traders said the backlog "
    "would take at least a week to clear.",
    "Union leaders said the agreement raised wages by six percent this year and set up a committee "
    "that will review night-shift bonuses before the end of the summer.",
    "The port authority said it expected normal traffic by the weekend.",
]
COMMENTS = [
    "3 Comments",
    "Joe Bloggs says:",
    "March 3, 2025 at 4:12 pm",
    "About time too, the workers have been underpaid for years and everybody in the town knows that it is true.",
    "Reply",
    "Mary on March 4, 2025 at 9:01 am said:",
    "I do not think the employers will keep their side of the bargain, they never have in the past and will not now.",
    "Reply",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2025 Harbour Times"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_menus_comments_and_footer_are_removed_with_reasons():
    cleaned = clean_text(_page(["Harbour Times", "The news of the coast"], MENU, ARTICLE, COMMENTS, FOOTER))
    assert cleaned.title == ARTICLE[0]
    assert cleaned.byline == "Ana Lima"
    assert cleaned.paragraphs == ARTICLE[3:]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Politics"] == "navigation"
    assert reasons["Joe Bloggs says:"] == "comment_thread"
    assert reasons[COMMENTS[3]] == "comment_thread"
    assert all(line in reasons for line in FOOTER)
    assert cleaned.language == "en"


def test_an_article_without_page_around_it_is_unchanged():
    cleaned = clean_text("\n".join(ARTICLE))
    assert cleaned.paragraphs == ARTICLE[3:]
    assert clean_text(cleaned.body).paragraphs == cleaned.paragraphs


def test_shapes_of_comment_and_teaser_lines():
    assert is_comment_open("[ 234 comments ]") and is_comment_open("READ COMMENTS - JOIN THE DISCUSSION")
    assert is_comment_header("Jane Doe says:") and is_comment_header("jane on May 3, 2019 at 4:05 pm said:")
    assert is_comment_header("jyen 3 days ago") and not is_comment_header("Updated about 2 hours ago")
    assert not is_comment_open("The comments were rude.") and not is_comment_header("by Staff Report")
    assert is_teaser_label("Most Popular") and is_teaser_label("Stories Chosen For You")
    assert not is_teaser_label("Also read")  # inside articles too: left to the line classifier


PORTUGUESE = [
    "Governo anuncia novo plano para a saúde",
    "O governo anunciou nesta terça-feira um novo plano para reduzir as filas nos hospitais públicos do país, "
    "com investimentos que devem chegar a dois bilhões de reais até o fim do ano.",
    "Segundo o ministro, o dinheiro será usado para contratar médicos e abrir novos leitos nas regiões "
    "onde a espera por uma consulta passa de seis meses.",
]


def test_non_english_articles_are_loaded_but_not_extracted(tmp_path):
    (tmp_path / "pt.txt").write_text(_page(MENU, PORTUGUESE, FOOTER))
    (tmp_path / "en.txt").write_text(_page(MENU, ARTICLE, FOOTER))
    outcomes = []
    for name in ("pt.txt", "en.txt"):
        data = (tmp_path / name).read_bytes()
        raw = RawFile(name, len(data), __import__("hashlib").sha256(data).hexdigest(), "txt", 0.0)
        outcomes.append(read_and_clean(tmp_path, raw, datetime.now(UTC)))
    pt, en = (o.articles[0] for o in outcomes)
    assert pt.row["language"] == "pt" and pt.row["body"] == "\n\n".join(PORTUGUESE[1:])
    assert en.row["language"] == "en"
    assert articles_to_extract(outcomes) == [en]


def test_html_without_an_extractable_article_falls_back_to_the_page_text():
    paragraphs = "".join(f"<div class='x'>{line}</div>" for line in ARTICLE[3:])
    html = (
        "<html><body><div>" + "".join(f"<a href='/{m}'>{m}</a><br>" for m in MENU) + "</div>"
        f"<div><span>{ARTICLE[0]}</span></div>{paragraphs}<script>var x = 1;</script></body></html>"
    )
    text = page_text(_parse(html))
    assert "var x" not in text and ARTICLE[3] in text.splitlines()
    extracted, _ = read_html(html)
    cleaned = clean_text(extracted)
    assert ARTICLE[3] in cleaned.paragraphs and "Politics" not in cleaned.body
