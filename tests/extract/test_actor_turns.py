"""A transcript turn's label ("MS ROE:", "SECRETARY DOE:", "QUESTION:") names who speaks the turn's own first person,
to the next label; a label naming no one (a reporter's "QUESTION:", a numbered official) leaves it unresolved."""

from __future__ import annotations

from tests.extract.coded_events import triples

_BRIEFING = (
    "MS ROE: Good afternoon, everyone. I would say that the talks in Geneva were productive.\n\n"
    "We will have more to share next week.\n\n"
    "QUESTION: Thank you. I would say that the talks in Geneva failed.\n\n"
    "MS ROE: Well, I can assure you that the talks will continue."
)


def test_a_turns_first_person_is_the_labelled_speaker(extract, speaker):
    ex = extract(_BRIEFING, title="Department Press Briefing")
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["the talks in Geneva were productive"] == "Roe"
    assert said["the talks will continue"] == "Roe"
    assert said["the talks in Geneva failed"] is None  # the reporter's question: no one named


def test_a_labels_surname_is_the_person_the_title_names(extract, speaker):
    ex = extract(
        "SECRETARY DOE: It is a pleasure to welcome my friend here today.\n\n"
        "FOREIGN MINISTER REYES: Thank you. I can tell you that our partnership has never been stronger.\n\n"
        "SECRETARY DOE: And I would say that our work on energy will go on.",
        title="Secretary Jane Doe and Foreign Minister Tom Reyes before their Meeting",
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["our partnership has never been stronger"] == "Tom Reyes"
    assert said["our work on energy will go on"] == "Jane Doe"


def test_a_turns_speaking_we_is_the_event_source(extract):
    ex = extract(
        "MR ROE: We urge both sides to return to the talks in Geneva.\n\nQUESTION: Will the talks resume?",
        title="Department Press Briefing",
    )
    assert ("Roe" in {source for _, source, _ in triples(ex)}) is True


def test_a_numbered_official_names_no_one(extract, speaker):
    ex = extract(
        "SENIOR STATE DEPARTMENT OFFICIAL TWO: I would say that the talks in Geneva were productive.",
        title="Background Briefing",
    )
    assert [speaker(ex, q) for q in ex.quotes] == [None]


def test_the_text_given_is_read_for_labels_as_the_docs_own():
    """``ArticleActors`` reads the labels from the text the caller parsed (``doc.text`` rebuilds it from a Token
    per word): given or not, the same turns and speakers."""
    from newsroom.extract import load_nlp
    from newsroom.extract.actors.article import ArticleActors

    doc = load_nlp()(_BRIEFING)
    given = ArticleActors(doc, in_turns=True, text=_BRIEFING)
    rebuilt = ArticleActors(doc, in_turns=True)
    assert [(a.name, a.actor_type) for a in given.actors] == [(a.name, a.actor_type) for a in rebuilt.actors]
    assert [(m.text, m.entity_index) for m in given.mentions] == [
        (m.text, m.entity_index) for m in rebuilt.mentions
    ]
    assert "Roe" in {a.name for a in given.actors}
