"""Relations from dependency patterns compiled from the ontology's lexical triggers.

Pattern families (each fact records the id of the pattern that produced it):

- ``verb``        X criticized Y / X replied to Y / Y was attacked by X / X tasked Y with Z
- ``noun``        X's reply to Y / his dislike of Y / X expressed disappointment with Y
- ``adjective``   X was disappointed with Y / X, sceptical of Y, ...
- ``obligation``  X had to put out ... Y / X was ordered to attack Y
- ``appos``       A, (essentially) a copy of B / A, commander of B / A was a copy of B
- ``prep``        plants in Central Germany / Harris of Bomber Command
- ``docprep``     a letter from X to Y
- ``possessive``  Bufton's draft / Harris's Bomber Command
- ``quote``, ``speech``  who said what: in :mod:`graph.speech`, mixed into the extractor

Negated or non-factual predicates ("could not engage", "unwilling to engage") yield no
fact. Facts inside reported speech ("He said Harris had attacked Leuna") are kept and
attributed to the speaker.

Each family is a mixin in its own module (``verbs``, ``nouns``, ``stances``, ``appositions``,
``places``, ``documents``); ``arguments`` reads who fills their slots and ``extractor`` runs them.
"""
from .extractor import RelationExtractor

__all__ = ["RelationExtractor"]
