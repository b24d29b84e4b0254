"""Resolve pronouns to earlier named mentions (small and rule-based).

Subject pronouns ("he reiterated") take the most recent person who was a grammatical
subject (or the possessor of one: "Portal's reply ... assured"), because the topic of a
passage keeps the subject slot. Object and possessive pronouns ("assured him", "his
dislike") take the most recent person mentioned at all, excluding the subject of their
own clause; but a possessive right after its clause's named subject is the subject's
("Portal rejected this view in his reply"). Plural pronouns take the most recent plural non-person mention (preferring
subjects); "they" after "Tedder and Zuckerman" is both; "its" takes the last body, place
or plant named in its sentence or the one before. A bare document noun or body word with a
definite determiner ("the directive", "the Ministry") takes the last document or body named
with that word; "the plant" takes the facility named just before, when only one was; a
common noun in apposition to a name ("Leuna, the largest plant") is that name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import NEUTER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, TITLING_WORDS, known_as
from .records import Mention
from .syntax import (AIRCRAFT_NOUNS, PASS_SUBJ, POSS, SUBJ, case_of, clause_root, colon_between, comma_before, is_date_word, is_negated,
                     prep_objects, subjects)

PERSONAL, PLURAL = PERSON_PRONOUNS, PLURAL_PRONOUNS  # (the mention finder's lists)
GROUP_PRONOUNS = {"they", "them"}  # stand for a group of people; "their" needs one owner
# people who write about the one who owns them: "Harris's biographer argues that he was right":
# "he" is Harris, not the biographer
WRITERS_ABOUT = {"biographer"}


def _subject_tokens(doc: Doc) -> set[int]:
    """Tokens that are the subject of some verb, with the parse repairs of ``subjects``
    ("Bufton, the Director, drafted ..." parsed with "drafted" hung on "Bufton")."""
    return {s.i for v in doc if v.pos_ in ("VERB", "AUX") for s in subjects(v)}


def _is_subject(doc: Doc, m: Mention, subject_tokens: set[int]) -> bool:
    h = doc[m.head]
    if h.dep_ in SUBJ | PASS_SUBJ or h.i in subject_tokens:
        return True
    # "Air Marshal Sir Arthur Tedder, Eisenhower's deputy, chaired ..." parsed with the title the
    # subject and the name its apposition: the name is the subject (not the possessor after it)
    if h.dep_ in ("appos", "flat") and (h.head.dep_ in SUBJ | PASS_SUBJ or h.head.i in subject_tokens) and \
            h.head.i < h.i:
        return True
    # possessor of a subject: "Portal's reply ... assured him" (also when the parser made the
    # noun the root and its verb a parataxis: "Portal's reply/ROOT to Harris, ..., assured/parataxis")
    # (but not of a predicate noun: "Anderson had been Spaatz's deputy/ROOT since January; he pressed/parataxis")
    return h.dep_ in POSS and (h.head.dep_ in SUBJ | PASS_SUBJ or h.head.dep_ == "ROOT" and h.head.pos_ == "NOUN" and
                               any(c.dep_ == "parataxis" and c.pos_ == "VERB" for c in h.head.children) and
                               not any(c.dep_ in SUBJ | {"cop"} for c in h.head.children))


def _cataphora_target(doc: Doc, tok, mentions: list[Mention]) -> Mention | None:
    """A pronoun in a phrase fronted before its clause's subject refers forward to that
    subject when it is a person: "In his reply to Spaatz, Portal argued" (or a name only the NER
    model typed, which "his" makes a person: "In his interrogation, Koller/ORG said")."""
    found = _cataphora_name(doc, tok, mentions)
    if found is not None and found.types[:1] != ["Person"] and tok.lower_ in ("he", "his", "him", "she", "her"):
        found.types, found.weak_type = ["Person"], False
    return found if found is not None and found.types[:1] == ["Person"] else None


def _person_or_guess(m: Mention) -> bool:
    return "Person" in m.types[:1] or m.source == "name" and (not m.types or m.weak_type)


def _cataphora_name(doc: Doc, tok, mentions: list[Mention]) -> Mention | None:
    if tok.dep_ in SUBJ | PASS_SUBJ:
        return None
    sent = tok.sent
    if tok.i - sent.start <= 2 and doc[sent.start].pos_ == "ADP":
        # the surface says it whatever the parse: "In his reply to Spaatz ..., Portal argued"
        comma = next((t.i for t in doc[tok.i:sent.end] if t.text == ","), None)
        if comma is not None:
            after = next((m for m in sorted(mentions, key=lambda m: m.start) if m.start == comma + 1
                          and m.source != "pronoun" and _person_or_guess(m)), None)
            if after is not None and after.end < sent.end and doc[after.end].tag_.startswith("VB"):
                return after
    root = clause_root(tok)
    subj = next((c for c in root.children if c.dep_ in SUBJ), None)
    if subj is None or subj.i < tok.i:
        return None
    # the pronoun must sit in a modifier that comes before the subject, set off by a comma (or
    # opening the sentence right up to the subject: "In his reply of 12 December Harris asked")
    top = tok
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    opening = top.dep_.startswith("obl") and top.left_edge.i == sent.start and top.right_edge.i + 1 == subj.left_edge.i
    if not opening and not any(t.text == "," for t in doc[tok.i:subj.i]):
        return None
    return next((m for m in mentions if m.start <= subj.i < m.end and _person_or_guess(m)
                 and m.source != "pronoun"), None)


def _fronted_before_pronoun_subject(tok) -> bool:
    """"In his report he warned ...": a pronoun in a phrase fronted before a personal pronoun
    subject refers to whom that subject refers to (the topic), not to the last name read."""
    if tok.dep_ in SUBJ | PASS_SUBJ:
        return False
    root = clause_root(tok)
    subj = next((c for c in root.children if c.dep_ in SUBJ), None)
    return subj is not None and subj.i > tok.i and subj.lower_ in PERSONAL and \
        tok.sent.start <= tok.i < subj.i


def _bound_by_pronoun(tok, resolved: dict[int, Mention]) -> Mention | None:
    """A non-subject pronoun under a clause whose subject is an earlier personal pronoun of the
    same sentence takes that pronoun's referent: in "He insisted that his crews had hit Leuna"
    and "He told Portal that his plan ...", "his" is whoever "he" is."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        for c in cur.children:
            # (an object of the subject's own verb is someone else: "he told him to keep ...")
            if c.dep_ in SUBJ and c.i < tok.i and c.lower_ in PERSONAL and c.i in resolved and \
                    not (tok.head.i == cur.i and tok.lower_ in ("him", "her")):
                return resolved[c.i]
    return None


# Classes whose bare head word, with "the", stands for the last name of that class ending in it.
DEFINITE_CLASSES = {"Document", "GovernmentBody", "MilitaryUnit", "Organization"}


def _definite_references(doc: Doc, mentions: list[Mention], out: dict[int, Mention]) -> None:
    """"the directive" after "Strategic Directive No. 1" is that directive, "the Ministry"
    after "the Air Ministry" that ministry: a bare document noun or body word with a definite
    determiner refers to the last document or body named with the same last word."""
    named: dict[tuple[str, str], Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        cls = m.types[0] if m.types else None
        if cls not in DEFINITE_CLASSES or m.source == "pronoun":
            continue
        words = m.label.lower().split()
        det = [c.lower_ for c in doc[m.head].children if c.dep_ == "det"] or (
            [doc[m.start - 1].lower_] if m.start > 0 and doc[m.start - 1].pos_ == "DET" else [])
        if len(words) == 1 and m.owner is None and det and det[0] in ("the", "this", "that") \
                and (cls, words[0]) in named:
            out[m.head] = named[(cls, words[0])]
        elif len(words) > 1 or cls == "Document":  # ("Report by the JIC, ... The report concluded")
            named[(cls, m.label.lower().split(" no.")[0].split()[-1])] = m


def _entry_titles(doc: Doc, mentions: list[Mention], out: dict[int, Mention]) -> None:
    """'Memorandum by the Enemy Objectives Unit, "The Use of Strategic Air Power ...," 28
    February 1944': a quoted title set off after a document and its writer or addressee
    names that document."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if m.types[:1] != ["Document"] or m.source != "name" or m.start < 2 or \
                doc[m.start - 1].text != '"' or doc[m.start - 2].text != ",":
            continue
        before = [x for x in ordered[:k] if x.end <= m.start and doc[x.head].sent.start == doc[m.head].sent.start]
        docs = [x for x in before if x.types[:1] == ["Document"]]
        if len(docs) != 1 or docs[0].source == "name":
            continue
        # (between them only the document's writer or addressee, "by the Enemy Objectives Unit",
        # or its date: 'Memorandum, Spaatz to Eisenhower, 5 March 1944, "Plan for ..."')
        between = [t for t in doc[docs[0].end:m.start - 2] if not any(x.start <= t.i < x.end for x in before)]
        if all(t.lower_ in ("by", "from", "to", "the", ",", "of") or is_date_word(t) for t in between):
            out[m.head] = docs[0]


def _appositive_nouns(doc: Doc, mentions: list[Mention], out: dict[int, Mention]) -> None:
    """"The Leuna works, the largest synthetic plant in Germany, ...": a common noun phrase in
    apposition to a name of its class is that name (its place, its attackers are the name's);
    so is "the plant at Blechhammer" when the name is a plant's, and "the Brüx hydrogenation
    works" with the plant's name before the description."""
    names = {k: m for m in mentions if m.source in ("alias", "name") for k in range(m.start, m.end)}
    for m in mentions:
        h = doc[m.head]
        if m.source != "noun" or m.owner is not None:
            continue
        if h.dep_ == "appos" and h.head.i in names:
            name = names[h.head.i]
            # ("SPAATZ Papers, Box 17: Memorandum, ...": a colon opens another item, not a description)
            # ("Zeitz, Böhlen and Magdeburg, the three synthetic plants": a plural after a list is the list)
            listed = h.tag_ in ("NNS", "NNPS") and any(c.dep_ == "conj" for c in h.head.children)
            # (a person too, when the noun is a member's: "Hughes, the American member of the Committee",
            # whatever the NER model guessed of the name)
            person = m.types[:1] == ["Person"] and h.lemma_.lower() in MEMBER_NOUNS and \
                (name.types[:1] == ["Person"] or name.weak_type and name.source == "name")
            if person:
                name.types, name.weak_type = ["Person"], False
            if name.types[:1] == m.types[:1] and (name.types[:1] != ["Person"] or person) and \
                    not colon_between(h, h.head) and not listed:
                out[m.head] = name
        elif m.types[:1] and m.types[0] in ORGANIZATION_CLASSES and (named := next(
                (names[a.i] for p, o in prep_objects(h) if p in ("at", "in") for a in o.children
                 if a.dep_ == "appos" and a.i in names and names[a.i].types[:1] and
                 names[a.i].types[0] in ORGANIZATION_CLASSES), None)) is not None:
            out[m.head] = named  # "Spaatz's headquarters at Bushy Park, USSTAF,": a body's name set off after its place
        elif (named := next((names[y.i] for x in h.children if x.dep_.startswith("acl") for y in x.children
                             if y.i in names and (k := known_as(y)) is not None and k.i == h.i), None)) is not None and \
                named.types[:1] == m.types[:1]:
            out[m.head] = named  # "the refinery at Ploesti known as Astra Romana": the name it is known by
        elif m.types[:1] == ["Facility"]:
            # "the synthetic plant at Blechhammer", where Blechhammer names the plant itself
            # (the name may hang on a word before it: "at Brabag-Zeitz" with "Zeitz" flat on "Brabag")
            # (or on the verb, right after the noun: "attacked the synthetic oil plant at/obl Homberg")
            after = [(prep, o) for prep, o in prep_objects(h.head) if prep == "at" and h.dep_ in ("obj", "dobj")
                     and o.left_edge.i == h.right_edge.i + 1]
            # (or opening the sentence, the noun its verb's subject: "At Pölitz, near Stettin, the
            # hydrogenation plant was put out of action")
            after += [(prep, o) for prep, o in prep_objects(h.head) if prep == "at" and
                      h.dep_ in ("nsubj", "nsubj:pass") and o.i < h.i and o.left_edge.i <= h.sent.start + 1]
            at = list({id(names[x.i]): names[x.i] for prep, o in list(prep_objects(h)) + after if prep in ("at", "of")
                       for x in [o] + [c for c in o.children if c.dep_ in ("flat", "compound")]
                       if x.i in names and names[x.i].types[:1] == ["Facility"]}.values())
            if len(at) == 1 and (h.tag_ == "NN" or h.lower_ == "works"):  # ("works": one plant or several)
                out[m.head] = at[0]
            # "the Brüx hydrogenation works": a plant's name right before a description of it
            before = names.get(m.start - 1)
            if before is not None and before.end == m.start and before.types[:1] == ["Facility"] and \
                    m.start <= doc[before.head].head.i < m.end and m.head not in out:
                out[m.head] = before


def _entitled_documents(doc: Doc, mentions: list[Mention], out: dict[int, Mention]) -> None:
    """"Tedder's memorandum of 25 October, entitled "Notes on Air Policy ...", argued ...": the quoted
    title a document is given is that document."""
    docs = {m.head: m for m in mentions if m.types[:1] == ["Document"] and m.source != "pronoun"}
    for m in mentions:
        k = m.start - 2  # (the word before the opening quotation mark)
        if m.source != "name" or m.types[:1] != ["Document"] or k < 0 or \
                doc[k].lower_ not in TITLING_WORDS:
            continue
        owner = doc[k].head if doc[k].dep_ in ("acl", "amod", "appos") else None
        if owner is not None and owner.i in docs and docs[owner.i] is not m:
            out[m.head] = docs[owner.i]


def _predicate_nouns(doc: Doc, mentions: list[Mention], out: dict[int, Mention]) -> None:
    """"Portal was the senior airman on the Combined Chiefs of Staff": a noun for one person that a
    named person is said to be is that person (what the noun's phrases say is said of the name)."""
    names = {k: m for m in mentions if m.source in ("alias", "name") and m.types[:1] == ["Person"]
             for k in range(m.start, m.end)}
    for m in mentions:
        h = doc[m.head]
        if m.source != "noun" or m.types[:1] != ["Person"] or h.tag_ != "NN" or m.head in out or \
                not any(c.dep_ == "cop" for c in h.children) or is_negated(h):
            continue
        subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i in names), None)
        if subj is not None:
            out[m.head] = names[subj.i]


def _definite_facility(doc: Doc, mentions: list[Mention], out: dict[int, Mention], sent_of: dict[int, int]) -> None:
    """"the plant" after "Of the attacks on Leuna ..." is Leuna: a bare singular facility noun
    with a definite determiner refers to the facility named in the nearest of the two
    sentences before it (or earlier in its own), when that sentence names only one.
    ``sent_of``: sentence start -> sentence number."""
    named: dict[int, list[Mention]] = {}  # sentence number -> named facilities, in order
    for m in sorted(mentions, key=lambda m: m.start):
        if m.types[:1] != ["Facility"] or m.source == "pronoun":
            continue
        k = sent_of[doc[m.head].sent.start]
        h = doc[m.head]
        # (a facility named after its owner counts too: "the I.G. Farben works ... the complex")
        if m.source in ("alias", "name") or m.source == "noun" and any(w[:1].isupper() for w in m.label.split()) \
                and (h.tag_ != "NNS" or h.lower_ == "works"):
            named.setdefault(k, []).append(m)
            continue
        det = [c.lower_ for c in h.children if c.dep_ == "det"]
        # ("the works" is singular too where one works was named: "the Scholven plant ... The works had")
        if m.source != "noun" or m.owner is not None or h.tag_ != "NN" and h.lower_ != "works" \
                or len(m.label.split()) != 1 \
                or det[:1] not in (["the"], ["this"], ["that"]):
            continue
        # "Blechhammer and the neighbouring plant at Odertal": a plant described or placed
        # anew, or coordinated with the name, is another plant
        # (a time is no description: "attacked the complex in the autumn")
        # (but a phrase set off by commas only describes it: "The plant, near Merseburg, was ...")
        if h.dep_ == "conj" or any(c.dep_ in ("amod", "nmod", "prep") and not _is_time(c) and
                                   not comma_before(c)
                                   for c in h.children):
            continue
        # (or placed by a phrase the parser hung on the verb: "the Americans bombed the refinery at/obl Misburg")
        nxt = doc[h.right_edge.i + 1] if h.right_edge.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("at", "near", "in") and nxt.head.i > nxt.i and \
                nxt.head.dep_.startswith("obl") and nxt.head.head.i == h.head.i and nxt.head.pos_ == "PROPN" and \
                not _is_time(nxt.head):
            continue
        for j in (k, k - 1, k - 2):
            before = [n for n in named.get(j, []) if n.end <= m.start]
            if before:
                if len({n.label for n in before}) == 1:
                    out[m.head] = before[-1]
                break


def _is_time(t) -> bool:
    """A season, month, year or part of the day ("in the autumn", "in May", "in 1944")."""
    return is_date_word(t) or t.lower_ in (
        "spring", "summer", "autumn", "fall", "winter", "night", "day", "week", "month", "year", "morning",
        "evening", "afternoon")


def _definite_plural_facility(doc: Doc, mentions: list[Mention], out: dict[int, Mention],
                              sent_of: dict[int, int]) -> None:
    """"The refineries supplied a third of Germany's oil" after "the Ploesti refineries": a bare
    plural facility noun with "the" is the last fuller group of the same noun named in its
    sentence or the two before."""
    groups: list[tuple[int, Mention]] = []  # (sentence number, fuller plural facility mention), in order
    for m in sorted(mentions, key=lambda m: m.start):
        if m.types[:1] != ["Facility"] or m.source == "pronoun":
            continue
        h = doc[m.head]
        k = sent_of[h.sent.start]
        if h.tag_ not in ("NNS", "NNPS"):
            continue
        if len(m.label.split()) > 1:
            groups.append((k, m))
            continue
        det = [c.lower_ for c in h.children if c.dep_ == "det"]
        if m.source != "noun" or m.owner is not None or det[:1] != ["the"] or h.dep_ == "conj" or \
                any(c.dep_ in ("amod", "nmod", "prep", "compound") for c in h.children):
            continue
        same = [g for j, g in groups if k - 2 <= j <= k and doc[g.head].lemma_ == h.lemma_ and g.end <= m.start]
        if same and m.head not in out:
            out[m.head] = same[-1]


def resolve_pronouns(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Map the token index of each resolvable pronoun (and definite document or body noun)
    to the mention it refers to."""
    out: dict[int, Mention] = {}
    sent_of = {s.start: k for k, s in enumerate(doc.sents)}
    _definite_references(doc, mentions, out)
    _definite_facility(doc, mentions, out, sent_of)
    _definite_plural_facility(doc, mentions, out, sent_of)
    _appositive_nouns(doc, mentions, out)
    _predicate_nouns(doc, mentions, out)
    _entitled_documents(doc, mentions, out)
    _entry_titles(doc, mentions, out)
    persons: list[tuple[Mention, bool]] = []  # (mention, was subject), in text order
    subject_tokens = _subject_tokens(doc)
    # (mention, was subject, is the first of a group of people: "Bottomley and Spaatz")
    plurals: list[tuple[Mention, bool, bool]] = []
    things: list[tuple[Mention, bool, int]] = []  # (mention, was subject, sentence number)
    documents = {m.head for m in mentions if "Document" in m.types}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.source == "pronoun":
            tok = doc[m.head]
            word = tok.lower_
            if word in ("former", "latter"):
                pair = _last_pair(doc, mentions, tok)
                if pair is not None:
                    out[m.head] = pair[0] if word == "former" else pair[1]
                continue
            if word in NEUTER_PRONOUNS:
                target = _its_antecedent(tok, things, sent_of[tok.sent.start], tok.head.i in documents)
                if target is not None:
                    out[m.head] = target
                continue
            cataphor = _cataphora_target(doc, tok, mentions)
            if word in PERSONAL and cataphor is not None:
                out[m.head] = cataphor  # "In his reply to Spaatz, Portal argued ...": Portal
            elif word in PERSONAL and persons:
                if tok.dep_ in SUBJ | PASS_SUBJ or _fronted_before_pronoun_subject(tok):
                    # not a name inside its own clause: in "In a minute to Bottomley he
                    # complained", "he" is not Bottomley
                    own = {t.i for t in _predicate_of(tok).subtree}
                    # (the speaker of an aside is not the subject of what it reports: "Harris, he
                    # wrote, had never accepted the oil plan")
                    root = clause_root(tok)
                    # (but a clause after a semicolon that says something of its own is no aside:
                    # "Harris did not refuse ...; he merely argued that ...")
                    # (but an aside after a colon reports what follows the colon: in "Spaatz would
                    # not budge: oil first, he said", "he" is Spaatz)
                    if root.dep_ == "parataxis" and not (root.head.i < root.i and any(
                            t.text in (":", ";") for t in doc[root.head.i:root.i])) and \
                            not any(c.dep_ in ("ccomp", "obj", "dobj", "xcomp") for c in root.children):
                        own |= {c.i for c in root.head.children if c.dep_ in SUBJ | PASS_SUBJ}
                    outside = [(p, was_subj) for p, was_subj in persons if p.head not in own]
                    subj = [p for p, was_subj in outside if was_subj]
                    # (or the owner of what the sentence before was about: "Bufton's minute to
                    # Bottomley was uncompromising. 'We must not,' he wrote")
                    subj = subj or [p for p, _ in outside if doc[p.head].dep_ in POSS and
                                    (doc[p.head].head.dep_ in SUBJ or doc[p.head].head.dep_ == "ROOT")]
                    target = subj[-1] if subj else (outside[-1][0] if outside else None)
                    if subj and _main_clause(tok) and not _main_clause(doc[target.head]):
                        # ("Portal had hoped that Harris would accept ...; instead he received a letter":
                        # the subject of a main clause is "he" again, not one of a clause inside it)
                        sent = doc[target.head].sent
                        main = [p for p in subj if doc[p.head].sent == sent and _main_clause(doc[p.head])]
                        target = main[-1] if main else target
                    # ("Bufton argued that ... if Harris were directed to ..., and he urged ...": the
                    # subject of the clause "he" is coordinated with, not one inside that clause)
                    target = _coordinated_subject(tok, persons, out) or target
                elif (own := _own_subject(doc, tok, persons)) is not None:
                    target = own  # "Portal sent it to Harris with a note of his own": the subject's
                elif (described := _owner_of_described(tok, persons)) is not None:
                    target = described  # "Speer's report to Hitler, the second of his memoranda,": Speer's
                elif (bound := _bound_by_pronoun(tok, out)) is not None:
                    target = bound  # "He insisted that his crews ...": "his" is "he"
                elif (owner := _possessor_is_subject(tok, persons, documents, out)) is not None:
                    target = owner  # "Portal rejected this view in his reply": Portal's reply
                elif (speaker := _own_in_reply_or_complaint(tok, persons)) is not None:
                    target = speaker  # "Twining replied to Eaker that his bombers had hit ...": Twining's
                else:
                    own_root = clause_root(tok)
                    own_subj = {c.i for c in own_root.children if c.dep_ in SUBJ}
                    relative = own_root.dep_ in ("acl:relcl", "relcl") and any(
                        c.dep_ in SUBJ and c.tag_ in ("WP", "WDT") for c in own_root.children)
                    if relative:
                        # ("to Eisenhower, who gave him leave": "who" is Eisenhower, "him" someone else)
                        own_subj.add(own_root.head.i)
                    # (nor the owner of the noun it is said of: "shared Portal's doubts about him")
                    h = tok.head
                    while h.pos_ == "NOUN" and h.i != h.head.i and tok.dep_ != "nmod:poss":
                        own_subj |= {c.i for c in h.children if c.dep_ in POSS and c.i < tok.i}
                        h = h.head
                    # (nor anyone named like it: "Portal wrote to Harris. Portal rebuked him")
                    own_names = {p.label for p, _ in persons if p.head in own_subj}
                    cands = [p for p, _ in persons if p.head not in own_subj and p.label not in own_names]
                    # (in such a relative clause, the subject of the clause it hangs in: "Spaatz went over
                    # Tedder's head to Eisenhower, who gave him leave": Spaatz)
                    subj_cands = [p for p, was_subj in persons if was_subj and p in cands] if relative else []
                    target = subj_cands[-1] if subj_cands else cands[-1] if cands else None
                if target is not None:
                    out[m.head] = target
            elif word in PLURAL and plurals:
                # (an object is never its own clause's subject: "Spaatz and Harris attended them")
                own_subj = {c.i for c in clause_root(tok).children if c.dep_ in SUBJ} \
                    if tok.dep_ not in SUBJ | PASS_SUBJ else set()
                fits = [(p, was_subj, group) for p, was_subj, group in plurals if p.head not in own_subj]
                cands = [(p, group) for p, was_subj, group in fits if was_subj] or \
                    [(p, group) for p, _, group in fits]
                if not cands:
                    continue
                target, group = cands[-1]
                # "Tedder and Zuckerman opposed it. They favoured ...": "they"/"them" is the
                # group, given by its first member (relations add the others); "their" after
                # "Bottomley and Spaatz" names no one owner
                if not (group and word not in GROUP_PRONOUNS):
                    out[m.head] = target
            continue
        fleet = doc[m.head].head
        if m.types[:1] == ["MilitaryUnit"] and case_of(doc[m.head]) == "of" and fleet.i < m.head and \
                fleet.tag_ in ("NNS", "NNPS") and fleet.lower_ in AIRCRAFT_NOUNS:
            # ("the bombers of the 304th Wing missed it twice before they hit it": the unit's bombers)
            plurals.append((m, fleet.dep_ in SUBJ | PASS_SUBJ, False))
        if "Person" in m.types and m.source == "noun" and doc[m.head].tag_ in ("NNS", "NNPS"):
            # "the tactical commanders" are "they", never "he" or "him"
            plurals.append((m, _is_subject(doc, m, subject_tokens), False))
        elif "Person" in m.types and not (m.source in ("noun", "position") and
                                          (doc[m.head].dep_ == "appos" or _set_off_after_name(doc, m, persons))) and \
                not (m.source == "noun" and doc[m.head].lemma_.lower() in WRITERS_ABOUT and
                     any(c.dep_ in POSS for c in doc[m.head].children)):
            # (a post in apposition, "Speer, the armaments minister", is not a second person)
            # ("Goering's deputy, Field Marshal Milch, told ...": the noun is the name after it)
            named = next((n for c in doc[m.head].children if c.dep_ == "appos" and c.i > m.head
                          for n in mentions if c.left_edge.i <= n.head <= c.right_edge.i and n.source in ("alias", "name")
                          and n.types[:1] == ["Person"]), None) if m.source == "noun" else None
            persons.append((named or m, _is_subject(doc, m, subject_tokens)))
            h = doc[m.head]
            if h.dep_ != "conj" and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in h.children):
                plurals.append((m, _is_subject(doc, m, subject_tokens), True))
        elif m.types and doc[m.head].tag_ in ("NNS", "NNPS"):
            plurals.append((m, _is_subject(doc, m, subject_tokens), False))
        elif m.types[:1] and m.types[0] in NEUTER_CLASSES and (m.source in ("alias", "name") or m.head in out):
            things.append((out.get(m.head, m), _is_subject(doc, m, subject_tokens), sent_of[doc[m.head].sent.start]))
        elif m.types[:1] and m.types[0] in NEUTER_CLASSES - {"Place"} and m.source == "noun" and \
                doc[m.head].dep_ in SUBJ and any(c.dep_ in POSS and c.pos_ == "PROPN" for c in doc[m.head].children):
            # ("the Reich's fighter force sat idle on its airfields": the subject noun, not the name
            # that owns it)
            things.append((m, True, sent_of[doc[m.head].sent.start]))
    return out


# verbs that answer someone: "Portal wrote to Harris, and he replied" is the other one
ANSWERING_LEMMAS = {"reply", "answer", "respond", "retort", "rejoin", "counter"}
# verbs of complaining, whose clause speaks of the one complaining
COMPLAINING_LEMMAS = {"complain", "protest", "grumble", "object"}


def _own_in_reply_or_complaint(tok: Token, persons: list[tuple[Mention, bool]]) -> Mention | None:
    """A possessive or object pronoun in what someone answered or complained of is the speaker's: a
    reply or a complaint speaks of one's own ("Twining replied to Eaker that his bombers had already hit
    every refinery", "Doolittle complained to Spaatz that the weather had forced him to bomb ...")."""
    if tok.dep_ not in POSS | {"obj", "dobj", "iobj"}:
        return None
    clause = clause_root(tok)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ANSWERING_LEMMAS | COMPLAINING_LEMMAS:
        return None
    subj = {c.i for c in clause.head.children if c.dep_ in SUBJ}
    named = [p for p, _ in persons if p.head in subj]
    return named[-1] if named else None


def _main_clause(tok: Token) -> bool:
    """Whether ``tok`` belongs to a main clause: the sentence's, or one coordinated with it or set
    beside it (not a that-clause, relative or adverbial clause inside it)."""
    root = clause_root(tok)
    while root.dep_ in ("conj", "parataxis") and root.head.i != root.i:
        root = clause_root(root.head)
    return root.head.i == root.i


def _predicate_of(tok: Token) -> Token:
    """The clause a subject belongs to: its verb, or the adjective or noun of a copula ("that he
    was not opposed/ADJ to oil" is a clause of its own, not part of the verb of saying above)."""
    head = tok.head
    if tok.dep_ in SUBJ | PASS_SUBJ and head.pos_ in ("ADJ", "NOUN", "PROPN") and \
            any(c.dep_ == "cop" for c in head.children):
        return head
    return clause_root(tok)


def _coordinated_subject(tok: Token, persons: list[tuple[Mention, bool]], out: dict[int, Mention]) -> Mention | None:
    """The person who is the subject of the clause that the clause of a subject pronoun is
    coordinated with ("Bufton argued ..., and he urged ..."), if that clause's verb is not one
    of answering."""
    root = clause_root(tok)
    if tok.dep_ not in SUBJ or root.dep_ != "conj" or root.lemma_.lower() in ANSWERING_LEMMAS or \
            not any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in root.children):
        return None
    first = root.head
    heads = {c.i for c in first.children if c.dep_ in SUBJ}
    named = [p for p, _ in persons if p.head in heads] + [out[i] for i in heads if i in out]
    return named[0] if len(named) == 1 and named[0].types[:1] == ["Person"] else None


def _last_pair(doc: Doc, mentions: list[Mention], tok: Token) -> tuple[Mention, Mention] | None:
    """The two names coordinated last before ``tok`` ("Both Tedder and Harris attended ... The
    former ..."), within its sentence and the one before."""
    first_sent = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
    names = {m.head: m for m in mentions if m.source in ("alias", "name") and first_sent <= m.start < tok.i}
    for h in sorted(names, reverse=True):
        group = [c.i for c in doc[h].conjuncts] + [h]
        if len(group) == 2 and all(i in names for i in group):
            a, b = sorted(group)
            return names[a], names[b]
    return None


def _own_subject(doc: Doc, tok: Token, persons: list[tuple[Mention, bool]]) -> Mention | None:
    """"his own", "her own": the person named as the subject of its clause (or of the clauses
    above it)."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "own":
        return None
    root = clause_root(tok)
    for _ in range(4):
        subj = {c.i for c in root.children if c.dep_ in SUBJ}
        named = [p for p, _ in persons if p.head in subj]
        if named:
            return named[-1]
        if root.head.i == root.i:
            return None
        root = clause_root(root.head)
    return None


def _owner_of_described(tok: Token, persons: list[tuple[Mention, bool]]) -> Mention | None:
    """"Speer's report to Hitler, the second of his fuel memoranda,": a possessive pronoun in an
    apposition of a noun someone owns is that owner's."""
    if tok.dep_ not in POSS:
        return None
    cur = tok.head
    for _ in range(4):
        described = cur.head
        if cur.dep_ == "appos" and described.pos_ == "PROPN" and described.dep_ == "nmod" and \
                cur.lower_ in ("first", "second", "third", "fourth", "fifth", "last", "latest", "one", "another"):
            described = described.head  # (one of a kind of thing, set off after the thing's phrase: "to Hitler")
        if cur.dep_ == "appos" and described.i < cur.i and described.pos_ == "NOUN":
            owner = next((c for c in described.children if c.dep_ in POSS and c.i < described.i), None)
            named = [p for p, _ in persons if owner is not None and p.start <= owner.i < p.end]
            return named[-1] if named else None
        if cur.head.i == cur.i or cur.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None
        cur = cur.head
    return None


def _set_off_after_name(doc: Doc, m: Mention, persons: list[tuple[Mention, bool]]) -> bool:
    """A post set off right after a named person ("Sinclair, the Secretary of State for Air, ..."),
    whatever the parse made of it, is that person's, not a second one."""
    k = m.start - 1
    if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k >= 1 and doc[k].text == "," and any(p.end == k for p, _ in persons)


def _possessor_is_subject(tok, persons: list[tuple[Mention, bool]], documents: set[int],
                          out: dict[int, Mention] | None = None) -> Mention | None:
    """A possessive pronoun after its clause's named subject, with no other person named
    between them (but in its own phrase), is that subject's: "Portal rejected this view in his
    reply", "Harris sent his crews" (but "Portal criticized Harris for his dislike": Harris's).
    A document the clause's verb speaks "in" is the subject's even past another person:
    "Speer told Hitler in his report of 30 June" (the writer's report).
    """
    if tok.tag_ != "PRP$":
        return None
    root = clause_root(tok)
    subj = {s.i for s in subjects(root)} if root.pos_ in ("VERB", "AUX") else set()
    own = [p for p, _ in persons if p.head in subj and p.head < tok.i]
    # (where the subject's words are: the name's head, and its last word)
    head, last = (own[-1].head, own[-1].end - 1) if own else (None, None)
    if not own and out:  # (a subject "he" already resolved: "on his return he sent Hitler his memoranda")
        said = [i for i in sorted(subj) if i in out and i < tok.i and out[i].types[:1] == ["Person"]]
        own, head, last = ([out[said[-1]]], said[-1], said[-1]) if said else ([], None, None)
    if not own:
        return None
    # (a name inside the subject's own phrase does not come between: "Tedder, Eisenhower's
    # deputy, argued in his notes" is Tedder's notes)
    phrase = {t.i for t in tok.doc[head].subtree}
    vehicle = tok.head.i in documents and case_of(tok.head) == "in" and tok.head.head.i == root.i
    # (so is a paper sent past its receiver: "Speer sent Hitler the first of his memoranda")
    vehicle = vehicle or tok.head.i in documents and root.lemma_.lower() in SENDING_LEMMAS and any(
        c.dep_ in ("obj", "dobj") and c.left_edge.i <= tok.i <= c.right_edge.i for c in root.children)
    # (and a stance given past its receiver: "Arnold cabled Spaatz his full support for the oil offensive")
    vehicle = vehicle or tok.head.lemma_.lower() in BACKING_NOUNS and root.lemma_.lower() in GIVING_LEMMAS and \
        tok.head.head.i == root.i and tok.head.dep_ in ("obj", "dobj") and \
        any(c.dep_ in ("obj", "dobj", "iobj", "dative") and c.i < tok.i for c in root.children)
    if not vehicle and any(last < p.start and p.end <= tok.i and p.label != own[-1].label and p.head not in phrase
           for p, _ in persons):
        return None
    return own[-1]


# verbs of sending a paper ("sent Hitler his memorandum": the sender's)
SENDING_LEMMAS = {"send", "forward", "submit", "hand", "pass", "dispatch", "despatch", "circulate"}
# verbs of giving one's stance to another, and the stances given ("cabled Spaatz his support": the sender's)
GIVING_LEMMAS = {"give", "send", "cable", "wire", "telegraph", "signal", "offer", "pledge", "promise", "extend",
                 "convey", "lend"}
BACKING_NOUNS = {"support", "backing", "approval", "blessing", "endorsement", "assent", "consent", "agreement",
                 "opposition", "objection", "objections", "congratulations", "thanks", "assurance", "assurances"}
# Classes that "its" refers to: "The Fifteenth Air Force ... Its Liberators", "the Ministry and its experts".
ORGANIZATION_CLASSES = {"MilitaryUnit", "GovernmentBody", "Organization"}
# nouns for someone as one of a body's members, which a name set off before them is
MEMBER_NOUNS = {"member", "representative", "delegate", "spokesman"}
NEUTER_CLASSES = ORGANIZATION_CLASSES | {"Facility", "Place"}


def _its_antecedent(tok, things: list[tuple[Mention, bool, int]], sent: int,
                    owns_document: bool = False) -> Mention | None:
    """"its" takes the last body, place or plant named in its sentence or the one before,
    preferring subjects, never one inside its own phrase; a document's "its" is a body's
    (places and plants write nothing: "The committee doubted that Germany could survive
    ..., and Portal forwarded its paper to Harris")."""
    own = {t.i for t in tok.head.subtree}
    near = [(m, was_subj) for m, was_subj, k in things if k >= sent - 1 and m.head not in own]
    if owns_document and any(set(m.types) & ORGANIZATION_CLASSES for m, _ in near):
        near = [(m, was_subj) for m, was_subj in near if set(m.types) & ORGANIZATION_CLASSES]
    subj = [m for m, was_subj in near if was_subj]
    return subj[-1] if subj else (near[-1][0] if near else None)
