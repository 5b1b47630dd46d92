"""Parties a sentence names once and then leaves out, or names through a word the target pass did not read (tgt46):
a bare number counting the noun a joined clause named ("killed 12 rebels and arrested over 300"), the other members
of a counted group ("two of the gunmen were killed and the other two were arrested"), an -ing complement right
after an object, which is the object's act ("condemned the council asking troops to ..."), a thing asked to be done
"with" a party ("asked that talks be resumed with Y"), and an act of force made as an attempt on a named person's
life; a man "believed to be X" is X, and a user of a service is not its company. Invented sentences and names."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _targets(ex, root: str) -> set:
    return {a2 for code, _, a2 in triples(ex) if code.startswith(root)}


def test_a_bare_number_counts_the_noun_of_the_joined_clause(extract):
    ex = extract(
        "Nigerian soldiers have been fighting the rebel groups since 2001, and have killed 12 rebels and arrested "
        "over 300 since January."
    )
    assert ("173", "Nigeria military", "Nigeria rebels") in triples(ex)


def test_the_other_members_of_a_counted_group_are_that_group(extract):
    ex = extract(
        "Gunmen attacked a checkpoint in Kano on Monday. Two of the gunmen were killed, and the other two were "
        "arrested by Nigerian police."
    )
    assert any(code.startswith("17") and a2 for code, _, a2 in triples(ex))


def test_a_number_that_is_a_real_prepositional_object_is_no_count(extract):
    ex = extract("Nigerian police arrested twelve protesters and released them in 2004.")
    assert all(a2 != "2004" for _, _, a2 in triples(ex))


def test_an_ing_complement_after_an_actor_object_is_the_objects_act(extract):
    ex = extract(
        "Nigeria's government asked for help from foreign troops. Ben Okafor, a lawmaker of the opposition, spoke "
        'on Monday. "We condemn the government asking occupation forces to carry out raids against our people," '
        "he said."
    )
    asking = {a1 for code, a1, _ in triples(ex) if code == "020"}
    assert asking == {"Government of Nigeria"}


def test_a_thing_asked_to_be_done_with_a_party_is_asked_of_it(extract):
    ex = extract(
        "Tom Varga, the defence minister of Hungary, has asked that negotiations be reopened with Austria as long "
        "as the talks stay private."
    )
    assert ("020", "Tom Varga", "Austria") in triples(ex)


def test_force_in_an_attempt_on_a_named_persons_life_is_aimed_at_that_person(extract):
    ex = extract(
        "Two people were injured after gunmen opened fire during a parade in an assassination attempt on the life "
        "of the governor of Kano, Musa Bello."
    )
    assert any(code.startswith("18") and a2 == "Musa Bello" for code, _, a2 in triples(ex))


def test_an_attempt_on_an_unnamed_role_is_left_alone(extract):
    ex = extract("Gunmen fired on the convoy in an attempt on the governor's life, said Tom Reed.")
    assert all(a2 != "Tom Reed" for code, _, a2 in triples(ex) if code.startswith("18"))


def test_a_man_believed_to_be_a_named_person_is_that_person(extract):
    ex = extract(
        "Australian officials warned of attacks. A masked man, believed by officials to be Tom Harlan, a leader of "
        "the militant group Red Hand, threatened Western countries in a video on Thursday."
    )
    assert {a1 for code, a1, _ in triples(ex) if code == "130"} == {"Tom Harlan"}


def test_a_user_of_a_service_is_not_the_company(extract):
    ex = extract(
        "Senator Tom Ruiz posted updates on Twitter. One Twitter user noted that this was a violation of House rules."
    )
    assert all(a1 != "Twitter" for _, a1, _ in triples(ex))
