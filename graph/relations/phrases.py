"""Readings of words and phrases that several relation patterns share."""
from __future__ import annotations

from spacy.tokens import Token

from ..mentions import SERVING_VERBS, SUCCEEDING_VERBS
from ..records import Extraction
from ..syntax import (INTENT_WORDS, NEG_GOVERNORS, OBJ, SUBJ, case_of, conjuncts, direct_objects, is_hypothetical, is_negated,
                      possessor, prep_objects)
from .words import APPOINT_VERBS, APPOINTMENT_NOUNS, APPROXIMATORS, BECOMING_VERBS, COVERING_VERBS, PARTITIVES, PASS_SUBJ_DEPS


def appointed_posts(person: Token) -> list[Token]:
    """"Speer appointed Geilenberg as Commissioner-General ...", "Tedder was named Deputy Supreme
    Commander": the post a person is given by a verb of appointing (checked as a post by the caller);
    "Twining, who succeeded Eaker as its commander": the post the successor takes; "Tedder became
    Chief of the Air Staff": the post one becomes, remains or serves as."""
    for v in [person.head] + [c for c in person.children if c.dep_ in ("acl:relcl", "relcl")]:
        subj = [c for c in v.children if c.dep_ in SUBJ]
        if v.lemma_.lower() in SUCCEEDING_VERBS and not is_negated(v) and subj and (
                subj[0].i == person.i or subj[0].tag_ in ("WP", "WDT") and v.head.i == person.i):
            return [o for x in [v] + direct_objects(v) for p, o in prep_objects(x) if p == "as"]
        # "Geilenberg, whom/obj Speer had appointed Commissioner-General": the relative's post
        # (the pronoun also read as "obl" or "dep"; the post as an adjective: "Commissioner-General/ADJ")
        rel = next((c for c in v.children if c.tag_ in ("WP", "WDT") and c.dep_ in OBJ | {"obl", "dep"} and c.i < v.i),
                   None)
        if v.dep_ in ("acl:relcl", "relcl") and v.head.i == person.i and rel is not None and \
                v.lemma_.lower() in APPOINT_VERBS and not is_negated(v):
            return [o for p, o in prep_objects(v) if p == "as"] + [
                c for c in v.children if c.dep_ in ("xcomp", "oprd", "obj") and c.i > v.i and
                (c.pos_ in ("NOUN", "PROPN") or c.is_title)]
    # ("Hughes, an Englishman serving as chief target planner at ...": a participle of serving on the
    # name, or on a noun set off after it, gives the post it serves as)
    for h in [person] + [a for a in person.children if a.dep_ == "appos" and a.pos_ == "NOUN"]:
        posts = [o for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in SERVING_VERBS
                 and not is_negated(c) for p, o in prep_objects(c) if p == "as"]
        if posts:
            return posts
    verb = person.head
    if person.dep_ in SUBJ and verb.i > person.i and not is_negated(verb) and not is_hypothetical(verb):
        # "Tedder became Chief of the Air Staff in 1946", "Harris remained C-in-C", "Bufton served as
        # Director of Bomber Operations": the post taken or held
        if verb.lemma_.lower() in BECOMING_VERBS:
            return [c for c in verb.children if c.dep_ in ("xcomp", "attr", "oprd", "obj") and c.i > verb.i and
                    c.pos_ in ("NOUN", "PROPN")]
        if verb.lemma_.lower() in SERVING_VERBS:
            return [o for p, o in prep_objects(verb) if p == "as"]
    if person.dep_ == "compound" and verb.i > person.i and verb.dep_ in OBJ and \
            verb.head.lemma_.lower() in APPOINT_VERBS and not is_negated(verb.head):
        return [verb]  # "appointed Geilenberg/compound General Commissioner/obj for ...": the name read into the post
    if person.dep_.startswith("nmod") and case_of(person) == "of" and verb.lemma_.lower() in APPOINTMENT_NOUNS and \
            not is_negated(verb):
        # "Speer's appointment of Geilenberg as commissioner for emergency measures"
        return [c for c in verb.children if c.dep_.startswith(("nmod", "obl", "acl")) and c.i > person.i and
                c.pos_ in ("NOUN", "PROPN") and any(x.lower_ == "as" and x.dep_ in ("case", "mark") for x in c.children)]
    if person.dep_ not in OBJ | PASS_SUBJ_DEPS or verb.lemma_.lower() not in APPOINT_VERBS or is_negated(verb):
        return []
    posts = [o for p, o in list(prep_objects(person)) + list(prep_objects(verb)) if p == "as"]
    return posts + [c for c in verb.children if c.dep_ in ("xcomp", "oprd", "obj") and c.i > person.i and
                    c.pos_ in ("NOUN", "PROPN")]


# verbs whose deed reaches its target through a preposition of their own ("was to deal with the Ruhr")
DEED_PHRASES = {("deal", "with"), ("go", "for"), ("go", "after"), ("see", "to"), ("look", "after"),
                ("take", "care"), ("attend", "to")}


def aimed_at(x: Token) -> list[Token]:
    """What a deed is done to through its preposition: "to concentrate on the plants", "to operate
    against them", "was to deal with the Ruhr"."""
    lemma = x.lemma_.lower()
    return [o for p, o in prep_objects(x) if p in ("on", "against") or (lemma, p) in DEED_PHRASES]


def covering(o: Token) -> bool:
    """A phrase "with X" on a verb of sending (COVERING_VERBS), X with no owner named: "returned it
    with a note", "forwarded the report with a covering minute" (the sender's note)."""
    return case_of(o) == "with" and o.head.lemma_.lower() in COVERING_VERBS and possessor(o) is None


def coordinated_agents(verb: Token, agents: list[Token]) -> list[Token]:
    """Further agents of a passive verb coordinated with "and by" to one of its phrases ("signed by
    Bottomley for the Air Staff and by Spaatz/conj>Staff for USSTAF", "carried out by the Eighth
    from England and by the Fifteenth/conj>England from Italy")."""
    phrases = list(agents) + [x for x in verb.children if x.dep_.startswith("obl") and x not in agents]
    out = [c for o in phrases for t in o.subtree for c in t.conjuncts
           if c.i > o.i and case_of(c) == "by" and c not in agents and
           any(x.dep_ == "cc" and x.i == c.left_edge.i for x in c.children)]
    # ("bombed by the Eighth on 28 May and by the RAF/conj>bombed in the spring": hung on the verb itself)
    return out + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and agents and
                  c.i > agents[0].i and case_of(c) == "by" and c not in agents and c not in out and
                  any(x.dep_ == "cc" and x.i == c.left_edge.i for x in c.children)]


def co_agents(verb: Token) -> list[Token]:
    """Who does a deed with its subject: "signed the directive together with Spaatz", "jointly with
    Arnold" (a bare "with" is the means: "attacked Leuna with 200 Lancasters")."""
    jointly = any(c.lower_ in ("together", "jointly", "along") and c.dep_ == "advmod" for c in verb.children)
    out = [x for p, o in prep_objects(verb) if p in ("with", "together with", "along with", "jointly with") and
           (jointly or p != "with") for x in conjuncts(o)]
    # ("the Eighth, together with/nmod>Eighth Bomber Command, had put ...": the phrase set off on the subject)
    out += [x for s in verb.children if s.dep_ in ("nsubj", "nsubj:pass") for p, o in prep_objects(s)
            if p in ("together with", "along with", "jointly with") or
            p == "with" and any(c.lower_ in ("together", "along", "jointly") and c.dep_ == "advmod" for c in o.children)
            for x in conjuncts(o) if x not in out]
    return out


def denied(tok: Token) -> bool:
    """A verb its clause denies as a fact ("did not accept", "refused to accept"), not one merely
    supposed ("would not have accepted", "if he did not accept")."""
    if not is_negated(tok):
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEG_GOVERNORS:
        return not is_hypothetical(tok.head)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in INTENT_WORDS:
        return not is_hypothetical(tok.head.head)  # ("had no intention of abandoning": a denied intent)
    return not is_hypothetical(tok)


def noun_made_priority(words) -> Token | None:
    """The noun before "as (the) first/top priority" in ``words``."""
    toks = list(words)
    for k, t in enumerate(toks[1:], 1):
        if t.lower_ != "as":
            continue
        rest = [x for x in toks[k + 1:k + 5]]
        j = next((n for n, x in enumerate(rest) if x.lemma_.lower() in ("priority", "precedence")), None)
        if j is not None and all(x.pos_ in ("DET", "ADJ") or x.lower_ in ("first", "top") for x in rest[:j]) and \
                toks[k - 1].pos_ in ("NOUN", "PROPN"):
            return toks[k - 1]
    return None


# words that grade a priority without changing what the phrase says ("have first/absolute priority")
PRIORITY_GRADES = {"first", "top", "absolute", "overriding", "highest", "high", "clear", "full", "complete", "the"}


def starts_with(words, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens ``words`` open with ``phrase`` (each word matched by form or lemma), the
    grading words of a priority aside where the phrase has none ("have top priority": "have priority")."""
    toks = [t for t in words if not t.is_punct]
    toks = toks[:1] + [t for t in toks[1:] if t.lower_ not in PRIORITY_GRADES or t.lower_ in phrase]
    return len(toks) >= len(phrase) and all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(toks, phrase))


def particle_tokens(verb: Token, particles: tuple[str, ...]) -> list[Token]:
    """The trigger's other words where they hang: on the verb ("took part in"), on one another
    ("decided in favour of": "in" hangs on "favour"), or on the verb's object right before them
    ("succeeded Eaker in command of", with "in command" read as Eaker's)."""
    near = [c for c in verb.children if c.lower_ in particles and not c.dep_.startswith(("nsubj", "csubj"))]
    near += [c for o in verb.children if o.dep_ in OBJ and o.i > verb.i for c in o.children
             if c.lower_ in particles and c.i > o.i]
    # (or on the last of the objects: "put Pölitz, Merseburg and Böhlen/conj first/advmod>Böhlen")
    near += [c for o in verb.children if o.dep_ in OBJ and o.i > verb.i for x in conjuncts(o)[1:]
             for c in x.children if c.lower_ in particles and c.i > x.i and c.pos_ == "ADV"]
    near += [g for c in near for g in c.children if g.lower_ in particles]
    return near


def has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    """Whether all the trigger's other words are found by ``particle_tokens``."""
    near = particle_tokens(verb, particles)
    return all(any(c.lower_ == w for c in near) for w in particles)


def denied_particle(verb: Token, particles: tuple[str, ...]) -> bool:
    """"took no part in": the trigger's noun is denied by its determiner."""
    return any(c.lower_ in particles and is_negated(c) for c in verb.children)


def verb_base(word: str, verbs: dict) -> str | None:
    """The verb a past, present or -ing form comes from, if it is a trigger ("smashed" → "smash")."""
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix):
            base = word[:-len(suffix)] + add
            if base in verbs:
                return base
            if add == "" and suffix in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2] and base[:-1] in verbs:
                return base[:-1]  # "planned" → "plan"
    return None


def approximate_amounts(verb: Token) -> list[Token]:
    """"supplied about a third of Germany's oil": the parser reads "about" as a preposition and
    the amount as an oblique; an amount after the verb with an approximating word is its object."""
    return [c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i and
            (c.lemma_.lower() in PARTITIVES or c.lower_ in PARTITIVES) and
            any(k.dep_ == "case" and k.lower_ in APPROXIMATORS for k in c.children)]


def quantity(tok: Token) -> str | None:
    nums = [c for c in tok.children if c.like_num]
    if nums:
        return f"{nums[0].text} {tok.text}" if tok.lower_ in ("percent", "per cent", "%") else nums[0].text
    return None


def dedupe(ex: Extraction) -> Extraction:
    seen: dict = {}
    facts = []
    for f in ex.facts:
        obj = f.literal if f.obj is None else (id(f.obj) if f.obj.source == "quote" else f.obj.label)
        key = (f.subject.label, f.prop, obj)
        if key in seen:
            i = seen[key]
            if f.confidence > facts[i].confidence:  # keep the most trusted pattern's evidence
                facts[i] = f
            continue
        seen[key] = len(facts)
        facts.append(f)
    ex.facts = facts
    return ex
