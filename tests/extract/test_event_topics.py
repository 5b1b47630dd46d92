"""What a talk, call or joint undertaking is about is no party to it (events/topics.py): the other party named
with it, the joint subject's partner or the article's pair of leaders comes first; the topic is a target only when
nobody else is named."""

from __future__ import annotations

from newsroom.extract import load_nlp
from newsroom.extract.events.topics import is_topic
from tests.extract.coded_events import triples


def test_the_object_of_discussed_is_the_topic_and_with_names_the_party(extract):
    found = triples(extract("The French president discussed Ukraine with Chancellor Olaf Scholz on Tuesday."))
    assert any(code == "040" and a2 == "Olaf Scholz" for code, _, a2 in found)
    assert all(a2 != "Ukraine" and a1 != "Ukraine" for _, a1, a2 in found)


def test_talks_with_someone_on_a_country_are_with_that_someone(extract):
    found = triples(extract("Prime Minister Mark Carney held talks with President Lula on Venezuela."))
    assert ("040", "Mark Carney", "Lula") in found
    assert all(a2 != "Venezuela" for _, _, a2 in found)


def test_a_joint_subject_discussing_captives_met_each_other_not_the_captors(extract):
    found = triples(
        extract(
            "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the prisoners "
            "held by Ukraine."
        )
    )
    assert ("040", "Recep Tayyip Erdogan", "Vladimir Putin") in found
    assert all(a2 != "Ukraine" and not (a2 or "").endswith("prisoners") for _, _, a2 in found)


def test_the_leaders_agreeing_to_work_on_priorities_agree_with_each_other(extract):
    found = triples(
        extract(
            "President Joe Biden spoke with Chancellor Angela Merkel on Tuesday. The leaders agreed to work "
            "together on common priorities, including Iran and Syria."
        )
    )
    assert ("030", "Joe Biden", "Angela Merkel") in found
    assert all(a2 not in ("Iran", "Syria") for _, _, a2 in found)


def test_a_topic_with_nobody_else_named_stays_the_target(extract):
    assert ("040", "Mark Carney", "Venezuela") in triples(
        extract("Prime Minister Mark Carney held talks on Venezuela.")
    )


def test_only_talk_and_joint_work_make_a_topic():
    doc = load_nlp()("Police cracked down on gangs and worked closely on safety.")
    cracked, gangs, worked, safety = doc[1], doc[4], doc[6], doc[9]
    assert not is_topic(gangs, {cracked})
    assert is_topic(safety, {worked})
