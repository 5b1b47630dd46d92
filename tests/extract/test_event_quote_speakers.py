"""A speech event takes the speaker the quote extractor gave the quote its verb cues: the quote extractor reads
the whole article for who speaks, the event coder only the pronoun's nearest antecedent. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.coded_events import triples


def test_a_statement_takes_its_quotes_speaker(extract):
    ex = extract(
        "At the summit, Dalton accused Mercer's government of bribing the judges, a charge that Mercer quickly "
        'denied. "I cannot accept Dalton\'s lies," he said.'
    )
    assert ("010", "Mercer", None) in triples(ex)
    assert ("010", "Dalton", None) not in triples(ex)


def test_coordinated_speakers_keep_a_source_each(extract):
    ex = extract("Tom Hawkins, Ann Blankenship and Joe Carroll argued that the new tax was illegal.")
    sources = {source for code, source, _ in triples(ex) if code.startswith("11")}
    assert len(sources) >= 1
    assert sources <= {"Tom Hawkins", "Ann Blankenship", "Joe Carroll"}


def test_a_country_speaking_for_the_quote_does_not_replace_the_clauses_own_government(extract):
    ex = extract(
        "New Zealand The New Zealand government has announced that the Fisheries Amendment Bill, which will make "
        "trawlers report their catch, has passed in parliament only six months after it was introduced."
    )
    assert ("010", "Government of New Zealand", None) in triples(ex)
    assert ("010", "New Zealand", None) not in triples(ex)


def test_a_country_speaking_for_the_quote_does_not_replace_a_named_negotiator(extract):
    ex = extract(
        "Iran's lead negotiator, Ali Rezaei, is quoted as saying that, \"We achieved good progress on the "
        'different issues."'
    )
    assert ("010", "Ali Rezaei", None) in triples(ex)


def test_a_name_inside_the_subjects_complement_does_not_replace_the_subject(extract):
    ex = extract("Supporters of Governor Halloway have claimed the verdict was politically motivated.")
    assert ("010", "Halloway", None) not in triples(ex)
    ex = extract("Critics of Governor Halloway accused him of wasting public money on the stadium.")
    assert not any(code.startswith("11") and source == "Halloway" for code, source, _ in triples(ex))


def test_advocates_of_a_thing_are_not_the_thing(extract):
    ex = extract(
        "The ruling was criticised by advocates of Medicorp as being based on politics, not science."
    )
    assert not any(source == "Medicorp" for _, source, _ in triples(ex))
