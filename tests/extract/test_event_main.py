"""One news sentence, one main event: background the sentence hangs on its act (the thing acted on, a participle
modifying a noun, a purpose clause, a participle spelling the act out, the "…, X said" that attributes it) is
not coded as a second act, while a clause with its own subject and tense still is; and a speaker stating its
own plan or readiness ("said it intended to …") expresses intent (03), not a bare statement. Sentences written
for the tests."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _roots(ex):
    return [code[:2] for code, _, _ in triples(ex)]


def test_the_act_acted_on_is_no_second_event(extract):
    assert _roots(extract("Norway rejected Sweden's demand for a joint inquiry into the pipeline leak.")) == [
        "12"
    ]
    assert _roots(
        extract("The Kenyan government condemned Uganda's detention of three Kenyan journalists.")
    ) == ["11"]


def test_a_participle_on_a_noun_is_background(extract):
    assert _roots(extract("Parliament dismissed a resolution imposing sanctions on Belarus.")) == ["12"]
    assert _roots(
        extract("Police fired tear gas at students protesting against tuition fees in Nairobi.")
    ) == ["17"]


def test_a_purpose_clause_is_no_act_done(extract):
    ex = extract(
        "The African Development Bank approved a $300 million loan to Zambia to support its health sector."
    )
    assert _roots(ex) == ["07"]


def test_a_participle_spelling_the_act_out_is_the_same_act(extract):
    ex = extract(
        "Rebel fighters imposed a blockade on the town of Kalemie, cutting off food supplies to its residents."
    )
    assert _roots(ex) == ["19"]


def test_the_attribution_of_a_coded_act_is_no_statement(extract):
    ex = extract("Chile expelled two Venezuelan diplomats on Friday, the foreign ministry said.")
    assert _roots(ex) == ["16"]


def test_a_statement_about_something_else_keeps_an_act_that_only_dates_it(extract):
    # what is said is that the fighting began; the ambush in its "when" clause only dates it
    ex = extract(
        "Colonel Marta Ilves said the fighting began when gunmen ambushed a police patrol near Tartu."
    )
    assert "01" in _roots(ex)
    # the reported act itself is the event, as before
    ex = extract("Colonel Marta Ilves said gunmen ambushed a police patrol near Tartu when it left the base.")
    assert "01" not in _roots(ex)


def test_a_statement_whose_speaker_a_relative_clause_describes_stays(extract):
    ex = extract(
        "The Kenya Farmers Union, which organized the march, said some 6,000 growers from ten counties took part."
    )
    assert "01" in _roots(ex)


def test_a_statement_about_an_audience_keeps_the_statement(extract):
    ex = extract(
        "Minister Paul Okoye told the delegates attending the conference in Abuja that the budget would be cut."
    )
    assert triples(ex) == [("010", "Paul Okoye", None)]
    # what a statement is about is an act of its own: the group claiming an attack carried it out
    ex = extract("The Islamic State group claimed responsibility for the bombing in Kabul.")
    assert {"01", "18"} <= set(_roots(ex))


def test_a_relative_clause_with_its_own_tense_is_kept(extract):
    ex = extract(
        "The Supreme Court, which rejected the government's appeal last week, sentenced the editor to two years"
        " in prison."
    )
    assert {"12", "17"} <= set(_roots(ex))


def test_a_speaker_stating_its_own_plan_expresses_intent(extract):
    ex = extract("The European Union said it intended to send observers to the election in Togo.")
    assert triples(ex) == [("030", "European Union", None)]
    ex = extract("The union said it was not ready to end the strike.")
    assert _roots(ex) == ["01"]
    # CAMEO has no intent code for a lawsuit: the statement stays a statement
    ex = extract("Senator Maria Lopez said she intended to sue the ministry over the contract.")
    assert _roots(ex) == ["01"]
