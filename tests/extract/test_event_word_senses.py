"""Word senses the event coder read wrongly in real Wikinews articles (real_sealed24 and audit round 32; the
sentences here are written for the tests): a denial of having done a deed, goods delivered by mistake, "free" read
as a verb before a noun, "spoke about", "advised that", a judged noun ("deemed a threat"), a site that "occupies"
ground, a thing threatened, "could have done" in a speaker's words, and claims backed with evidence."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _roots(ex):
    return {code[:2] for code, _, _ in triples(ex)}


def test_denying_having_done_a_deed_denies_responsibility(extract):
    ex = extract("The Ruritanian army denied having used cluster bombs against civilians in Osterby.")
    assert [c for c, _, _ in triples(ex)] == ["016"]


def test_goods_delivered_by_mistake_are_no_aid(extract):
    for text in (
        "Norway accidentally delivered rifles to Estonia in 2006.",
        "Norway delivered rifles to Estonia by mistake in 2006.",
    ):
        assert "07" not in _roots(extract(text)), text
    assert "07" in _roots(extract("Norway delivered rifles to Estonia in 2006."))


def test_free_as_an_adjective_the_parser_reads_as_a_verb_frees_nobody(extract):
    ex = extract(
        'Spokeswoman Lena Vogt said Mr Varga\'s detention posed a "dangerous precedent to free speech in Norway".'
    )
    assert "08" not in _roots(ex)
    assert "08" in _roots(extract("Norway freed three Russian fishermen on Monday."))


def test_speaking_about_a_topic_is_a_statement(extract):
    ex = extract("Minister Tomas Varga spoke about the cooperation between the two navies.")
    assert ("010", "Tomas Varga", None) in triples(ex)


def test_advising_that_something_happened_passes_news_on(extract):
    ex = extract("The Norwegian foreign ministry advised that the border crossing had been closed.")
    assert [c for c, _, _ in triples(ex)] == ["010"]
    assert "02" in _roots(
        extract("The Norwegian foreign ministry advised Norwegian citizens to leave Syria.")
    )


def test_what_someone_is_judged_to_be_is_no_act(extract):
    ex = extract('Lena Vogt was deemed "a threat to national security" by the Norwegian police.')
    assert "13" not in _roots(ex)


def test_a_site_occupying_ground_seized_nothing(extract):
    assert "19" not in _roots(extract("A Norwegian naval base occupies the northern half of the island."))
    assert "19" in _roots(extract("Russian troops occupied the town of Kherson in March."))


def test_a_thing_threatened_by_someone_is_endangered_not_threatened(extract):
    ex = extract(
        "Norwegian unions marched in Oslo to support public services, which they feel are threatened by the government."
    )
    assert "13" not in _roots(ex)


def test_could_have_done_is_no_intent(extract):
    ex = extract("Tomas Varga said that he could have stepped down much earlier.")
    assert "03" not in _roots(ex)


def test_backing_its_own_claims_with_evidence_endorses_no_one(extract):
    ex = extract(
        "The film, entitled The Quiet Valley, asserts that the Norwegian army used cluster bombs on the villagers,"
        " and backs these allegations with interviews with former soldiers."
    )
    assert "05" not in _roots(ex)


def test_arresting_or_detaining_takes_people_named_or_counted_by_their_common_noun(extract):
    """arrest / detain take only people: an untagged surname or a people noun the list lacked ("patients") is who is
    taken; seizing a named town stays no arrest."""
    for text in (
        "The Ruritanian government detained Kovacs for three years after his capture in Osterby.",
        "Ruritanian authorities detained 14 patients for two days in an Osterby hospital.",
        "Ruritanian police arrested dozens of voters outside the polling station.",
    ):
        assert "17" in _roots(extract(text)), text
    assert "17" not in _roots(extract("Ruritanian police detained the shipment of grain at the border."))


def test_an_accusation_of_a_party_named_by_its_common_noun_is_kept(extract):
    """ "accused the ruling party / his rivals of …": a political body named by a common noun is the other side, not
    nobody (an accusation of no party stays dropped: "blamed human error")."""
    for text in (
        "Opposition leader Tomas Varga accused the ruling party of rigging the vote.",
        "Opposition leader Tomas Varga accused his rivals of lying to voters.",
    ):
        assert "11" in _roots(extract(text)), text
    assert "11" not in _roots(extract("Minister Tomas Varga blamed human error for the crash."))
