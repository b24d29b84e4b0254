"""Look-ups over the alias data: exact (folded) names, person surnames, OCR variants."""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .ontology import Alias, Ontology, fold


@dataclass
class AliasIndex:
    by_name: dict[str, Alias] = field(default_factory=dict)
    by_surname: dict[str, list[Alias]] = field(default_factory=dict)
    max_tokens: int = 1
    first_words: set[str] = field(default_factory=set)  # first words of the folded names

    @classmethod
    def build(cls, ont: Ontology) -> "AliasIndex":
        idx = cls()
        for a in ont.aliases:
            for name in [a.pref_label, *a.alt_labels]:
                key = fold(name)
                if key:
                    idx.by_name.setdefault(key, a)
                    idx.max_tokens = max(idx.max_tokens, len(key.split()))
                    idx.first_words.add(key.split()[0])
            if "Person" in a.types:
                for name in [a.pref_label, *a.alt_labels]:
                    last = fold(name).split()[-1:] or []
                    for s in last:
                        lst = idx.by_surname.setdefault(s, [])
                        if a not in lst:
                            lst.append(a)
        return idx

    def unit_by_ordinal(self, word: str) -> Alias | None:
        """The one military unit whose name starts with this ordinal ("fifteenth" -> the
        Fifteenth Air Force), or None when none or several do."""
        units = {a.iri: a for key, a in self.by_name.items() if key.split()[0] == fold(word) and
                 len(key.split()) > 1 and "MilitaryUnit" in a.types}
        return next(iter(units.values())) if len(units) == 1 else None

    def exact(self, text: str) -> Alias | None:
        return self.by_name.get(fold(text))

    def may_start(self, word: str) -> bool:
        """Whether some name begins with this word (a cheap test before trying every span)."""
        w = fold(word).split()
        return bool(w) and w[0] in self.first_words

    def lookup(self, text: str, person: bool = False) -> Alias | None:
        """Exact name, then (for persons) unique surname, then a one-edit OCR variant."""
        key = fold(text)
        if not key:
            return None
        hit = self.by_name.get(key)
        if hit:
            return hit
        if person:
            cands = self.by_surname.get(key.split()[-1], [])
            if len(cands) == 1 and len(key.split()) == 1:
                return cands[0]
        return self.fuzzy(key)

    def fuzzy(self, key: str) -> Alias | None:
        """An OCR variant: one edit away, same first and last letter, at least 5 letters; under 6 letters
        only a changed letter, not one added or lost ("Kolin" is a town of its own, not "Köln")."""
        if len(key) < 5 or " " in key:
            return None
        best = None
        most = 1 if len(key) >= 6 else 0
        for name, alias in self.by_name.items():
            if " " in name or abs(len(name) - len(key)) > most or name[0] != key[0] or \
                    name[-1] != key[-1]:
                continue
            if Levenshtein.distance(name, key, score_cutoff=1) <= 1:
                if best is not None and best is not alias:
                    return None  # ambiguous
                best = alias
        return best
