"""Probe the extractor's reach on plain shapes filled with names it may never have seen.

Each shape (an attack in the active or the passive, two subjects, a second clause after "while", an
order, a complaint, a relative clause of command ...) is filled at random from small lists of units,
plants, people and opening time phrases, and each filled sentence is run through the whole pipeline on
its own. The report gives, per shape, how many sentences missed the fact the shape states, with a few
of the misses. It is a probe, not a test and not gold: the sentences are made up, and the point is the
misses that show a systematic slip (a verb the tagger reads as an adjective, an opening date the parser
reads into the subject) rather than a single passage's wording.

    .venv/bin/python training/template_probes.py            # 60 sentences a shape, seed 7
    .venv/bin/python training/template_probes.py --seed 11 --per-shape 20
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OPENERS = ["", "On 7 July ", "On 7 July, ", "In July ", "Early in July ", "Two days later ", "That night "]
UNITS = [("the Eighth Air Force", "Eighth Air Force"), ("the 3rd Air Division", "3rd Air Division"),
         ("Bomber Command", "Bomber Command"), ("the Fifteenth Air Force", "Fifteenth Air Force"),
         ("No. 5 Group", "No. 5 Group"), ("the 2nd Bombardment Division", "2nd Bombardment Division")]
PLANTS = ["Böhlen", "Leuna", "Pölitz", "Zeitz", "Brüx", "Lützkendorf", "Ruhland", "Moosbierbaum", "Scholven",
          "Wesseling", "Harburg", "Misburg", "Blechhammer"]
PEOPLE = ["Harris", "Portal", "Spaatz", "Tedder", "Doolittle", "Arnold", "Bufton", "Speer", "Kammhuber", "Westphal",
          "Schmid", "Galland"]
TOWNS = ["Leipzig", "Vienna", "Stettin", "Cologne", "Hamburg", "Merseburg"]
VERBS = ["struck", "hit", "bombed", "attacked", "raided", "pounded", "wrecked", "damaged", "destroyed"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def shapes(rng: random.Random, per_shape: int) -> dict[str, list[tuple[str, list[tuple[str, str, str]]]]]:
    """{shape: [(sentence, facts any one of which the sentence must give)]}."""
    out: dict[str, list] = defaultdict(list)
    for _ in range(per_shape):
        op, (u, ul), v, p = rng.choice(OPENERS), rng.choice(UNITS), rng.choice(VERBS), rng.choice(PLANTS)
        u2, ul2 = rng.choice([x for x in UNITS if x[1] != ul])
        p2 = rng.choice([x for x in PLANTS if x != p])
        a, b = rng.sample(PEOPLE, 2)
        town = rng.choice(TOWNS)
        said = f"the plants at {p} had been destroyed"
        for name, text, facts in [
            ("active", _cap(op + u) + f" {v} {p}.", [(ul, "attacked", p)]),
            ("passive", _cap(op) + f"{p} was {v} by {u}.", [(ul, "attacked", p)]),
            ("two targets", _cap(op + u) + f" {v} {p} and {p2}.", [(ul, "attacked", p2)]),
            ("plant at", _cap(op + u) + f" {v} the synthetic plant at {p}.",
             [(ul, "attacked", "synthetic plant"), (ul, "attacked", p)]),
            ("unit of", _cap(op) + f"Lancasters of {u} {v} {p}.", [(ul, "attacked", p)]),
            ("two units", _cap(op + u) + f" and {u2} {v} {p}.", [(ul2, "attacked", p)]),
            ("while", _cap(op + u) + f" {v} {p} while {u2} {v} {p2}.", [(ul2, "attacked", p2)]),
            ("based at", f"{_cap(u)}, based at {town}, {v} {p}.", [(ul, "attacked", p)]),
            ("near town", _cap(op + u) + f" {v} the refinery at {p}, near {town}.",
             [("refinery", "locatedIn", town), (p, "locatedIn", town)]),
            ("set-off near", _cap(op) + f"{p}, near {town}, was {v} by {u}.", [(p, "locatedIn", town)]),
            ("reply", _cap(op) + f"{a} replied to {b}.", [(a, "repliesTo", b)]),
            ("order", _cap(op) + f"{a} ordered {b} to attack {p}.", [(a, "ordered", b)]),
            ("ordered by", _cap(op) + f"{b} was ordered by {a} to attack {p}.", [(a, "ordered", b)]),
            ("criticize", _cap(op) + f"{a} criticized {b} for his caution.", [(a, "criticized", b)]),
            ("criticized by", _cap(op) + f"{a} was criticized by {b}.", [(b, "criticized", a)]),
            ("urged", _cap(op) + f"{a} urged {b} to attack {p}.", [(a, "advocated", p)]),
            ("commander", f"{a}, the commander of {u}, visited {p}.", [(a, "commands", ul)]),
            ("who commanded", f"{a}, who commanded {u}, flew to {town}.", [(a, "commands", ul)]),
            ("appointed", _cap(op) + f"{a} was appointed to command {u}.", [(a, "commands", ul)]),
            ("told that", _cap(op) + f"{a} told {b} that {said}.", [(a, "stated", said)]),
            ("wrote that", _cap(op) + f"{a} wrote to {b} that the attacks on {p} had failed.",
             [(a, "stated", f"the attacks on {p} had failed")]),
            ("memo of", f"{a}'s memorandum of 5 March argued that {p} was the key target.",
             [(a, "stated", f"{p} was the key target")]),
        ]:
            out[name].append((text, facts))
    return out


def facts_of(text: str) -> set[tuple[str, str, str]]:
    """(subject, property, object) by label, as the whole pipeline gives them for ``text`` alone."""
    from graph.build import facts_of_text

    return facts_of_text(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7, help="seed of the random filling (default 7)")
    ap.add_argument("--per-shape", type=int, default=60, help="sentences a shape (default 60)")
    args = ap.parse_args(argv)
    total = missed = 0
    for name, items in shapes(random.Random(args.seed), args.per_shape).items():
        misses = [text for text, facts in items if not set(facts) & facts_of(text)]
        total, missed = total + len(items), missed + len(misses)
        print(f"{name:14} {len(misses):3}/{len(items)}  " + " | ".join(misses[:3]))
    print(f"{'all':14} {missed:3}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
