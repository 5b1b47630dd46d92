"""Word senses the event coder read wrongly in real Wikinews articles (real_sealed25 and audit round 33; the
sentences here are written for the tests): a month's name taken for a required word, an import ban, a candidate's
campaign "reinforced", "agreed to disagree", a promise of an outcome, exports made every year, "talked about", a
first-person call in the words a speech verb reports, an allegation that accuses no one, a name declared in a
noun phrase, "compared X to Y" and "alerted X to Y"."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _codes(ex):
    return [code for code, _, _ in triples(ex)]


def _roots(ex):
    return {code[:2] for code in _codes(ex)}


def test_a_month_name_is_no_required_word_and_an_import_ban_is_an_embargo(extract):
    ex = extract("In March, the island nation of Iceland banned the importation of Danish cheese.")
    assert _codes(ex) == ["163"]
    # the month is no march: a ban on marches still has the word in its own phrase
    assert "1721" in _codes(extract("Norway banned the march in the capital on Monday."))


def test_reinforcing_a_candidates_campaign_is_no_force_posture(extract):
    ex = extract("Party leader Tomas Varga announced a recruitment drive to reinforce Lena Vogt's campaign.")
    assert "15" not in _roots(ex)
    assert "15" in _roots(
        extract("The Norwegian army reinforced its troops along the Swedish border on Monday.")
    )


def test_agreeing_to_disagree_is_no_intent_to_cooperate(extract):
    ex = extract('Borduria and Syldavia "agreed to disagree" over the fishing zone in 1975.')
    assert "03" not in _roots(ex)
    assert "03" in _roots(extract("Borduria agreed to reopen its border with Syldavia."))


def test_a_promised_outcome_is_a_claim_not_an_intent(extract):
    ex = extract("Prime Minister Tomas Varga promised that the sale of the railway would revive the economy.")
    assert _codes(ex) == ["010"]
    ex = extract("Prime Minister Tomas Varga promised that Borduria would send aid to Syldavia.")
    assert "01" not in _roots(ex)


def test_exports_made_every_year_are_trade_not_an_event(extract):
    ex = extract("The Bordurian mill, Acme Flour, exports nearly $500,000 worth of bread to Syldavia yearly.")
    assert _codes(ex) == []


def test_talking_about_a_topic_is_a_statement(extract):
    ex = extract("Tomas Varga also talks about judges in Borduria who want an independent court.")
    assert ("010", "Tomas Varga", None) in triples(ex)
    # talk to come, or the time of something else, says nothing yet
    ex = extract(
        "His lawyer said Tomas Varga would be willing to talk about the case in an informal interview."
    )
    assert "talk" not in " ".join(e.trigger_text for e in ex.events)
    ex = extract(
        '"When we are talking about the government taking millions of dollars, it is no joke," Varga said.'
    )
    assert "talk" not in " ".join(e.trigger_text for e in ex.events)


def test_a_first_person_call_in_reported_words_is_the_statement(extract):
    ex = extract('Tomas Varga said "I call on everyone who knows the kidnappers to help the police.')
    assert _codes(ex) == ["010"]
    ex = extract('"I urge all sides to stop the fighting," Tomas Varga said on Monday.')
    assert _codes(ex) == ["010"]
    # a call told in the writer's words, a body's "we" asking someone, and a named person asked are still acts
    ex = extract('Jens Olsen spoke after the speech: "I really urge Tomas Varga to please step down."')
    assert "010" not in _codes(ex)
    assert "10" in _roots(extract("Tomas Varga called on the kidnappers to free the hostages."))
    ex = extract('"We urge you to reopen the border," the Norwegian government told Sweden on Monday.')
    assert "010" not in _codes(ex)


def test_an_allegation_that_accuses_no_one_is_a_statement(extract):
    ex = extract("Tomas Varga alleges he was beaten and denied food for twenty days.")
    assert _codes(ex) == ["010"]
    ex = extract("Tomas Varga alleged that the Bordurian police had tortured him.")
    assert "11" in _roots(ex)


def test_declaring_a_thing_a_noun_phrase_is_no_demand(extract):
    ex = extract('The Norwegian unions declared the ruling a "legal scandal".')
    assert _codes(ex) == ["010"]
    ex = extract("The union insisted that the company pay the workers.")
    assert "10" in _roots(ex)


def test_comparing_and_alerting_state_a_view(extract):
    ex = extract("Tomas Varga compared the treaty to a trap.")
    assert triples(ex) == [("010", "Tomas Varga", None)]
    assert _codes(extract("Borduria made 106 arrests last year, compared to 89 in 2005.")) == []
    ex = extract("Tomas Varga alerted the country to the risk of a terrorist attack.")
    assert _codes(ex) == ["010"]


def test_attacking_a_government_while_denouncing_is_criticism(extract):
    ex = extract("Tomas Varga attacking the Norwegian government, denounced the claims as lies.")
    assert "18" not in _roots(ex)
    assert "11" in _roots(ex)
    assert "18" in _roots(extract("Gunmen attacking the convoy killed three Norwegian soldiers."))
