"""Repairs of coordination: lists, conjuncts and gapped or parallel phrases hung on the wrong word."""
from __future__ import annotations

from spacy.tokens import Doc

from ..syntax import COMPASS, MONTHS, NUMBER_WORDS, case_of, comma_before, first_word, is_date_word
from .tree import apply_edits, base_word, in_place_of
from .words import LIST_OPENERS, POST_NOUNS
from .verbs import could_be_finite


def hyphened_names_read_as_heads_of_lists(doc: Doc) -> Doc:
    """"The Ruhr plants at Bottrop/compound>Rauxel, Sterkrade and Castrop-Rauxel/nsubj were small": the
    second half of a hyphened name at a list's end read as the head of the whole list. The list's first
    name takes its place (as the noun's phrase when it has a preposition of its own), the hyphened name
    is the last of its conjuncts, and its first half a compound of it."""
    for b in doc:
        if b.i < 3 or b.pos_ != "PROPN" or doc[b.i - 1].text != "-" or doc[b.i - 1].whitespace_ or \
                doc[b.i - 2].whitespace_ or doc[b.i - 2].pos_ != "PROPN":
            continue
        a = doc[b.i - 2]
        first = next((x for x in b.children if x.dep_ == "compound" and x.pos_ == "PROPN" and x.i < a.i - 1 and
                      (a.head.i == x.i and a.dep_ == "conj" or a in x.conjuncts)), None)
        if first is None:
            continue
        case = next((c for c in first.children if c.dep_ == "case" and c.i < first.i), None)
        noun = doc[case.i - 1] if case is not None and case.i > 0 else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i < first.i:
            place = (first, noun, "nmod")  # ("plants at/case Bottrop": the plants' phrase)
        else:
            place = (first, b.head, b.dep_) if b.head.i != b.i else (first, first, "ROOT")
        edits = [place, (b, first, "conj"), (a, b, "compound")]
        edits += [(c, b, c.dep_) for c in a.children if c.dep_ == "cc"]  # ("and Castrop-Rauxel")
        apply_edits(b.sent, edits)
    return doc


def set_off_lists(doc: Doc) -> Doc:
    """"Its members, among them Bufton and Colonel Maxwell, ranked oil first" read with
    "members" as the subject of "Bufton" and "Bufton" as the verb's subject: the group noun is
    the subject again and the names its apposition."""
    for name in doc:
        group = next((c for c in name.children if c.dep_.startswith("nsubj") and c.i < name.i), None)
        if group is None or name.pos_ not in ("PROPN", "NOUN") or group.pos_ not in ("NOUN", "PROPN"):
            continue
        between = [t.lower_ for t in doc[group.i + 1:name.i] if not t.is_punct]
        if not any(tuple(between) == opener for opener in LIST_OPENERS):
            continue
        verb = name.head
        if name.dep_.startswith("nsubj") and verb.pos_ in ("VERB", "AUX"):
            apply_edits(name.sent, [(group, verb, name.dep_), (name, group, "appos")])
        elif name.head.i == name.i:  # (or the name made the root, the verb a clause on it)
            verb = next((c for c in name.children if c.i > name.i and c.pos_ in ("VERB", "AUX") and
                         c.dep_ in ("parataxis", "conj", "dep", "acl", "ccomp")), None)
            if verb is not None:
                apply_edits(name.sent, [(verb, verb, "ROOT"), (group, verb, "nsubj"), (name, group, "appos")] +
                       [(c, verb, "punct") for c in name.children if c.is_punct and c.i > verb.i])
    return doc


def of_phrases_after_conjuncts(doc: Doc) -> Doc:
    """"Its members included Milch and representatives of the SS" with "of the SS" hung on
    "Milch": an "of" phrase after a common noun coordinated with a name belongs to that noun
    (names take no "of" complement; "representatives of", "officers of" do)."""
    for c in doc:
        name = c.head
        if c.dep_ != "nmod" or name.pos_ != "PROPN" or c.i < name.i or \
                not any(x.dep_ == "case" and x.lower_ == "of" and x.i < c.i for x in c.children):
            continue
        nouns = [k for k in name.children if k.dep_ == "conj" and k.pos_ == "NOUN" and name.i < k.i < c.i]
        if nouns and all(t.i < c.left_edge.i for t in nouns[-1].subtree):
            apply_edits(c.sent, [(c, nouns[-1], "nmod")])
    return doc


def postposed_lists(doc: Doc) -> Doc:
    """"Several officers doubted the plan, Tedder and Zuckerman among them." with the names read
    as conjuncts of the object: a list of names closed by "among them" after a comma is an
    apposition of the plural subject it names the members of."""
    for them in doc:
        if them.lower_ not in ("them", "whom") or not any(c.lower_ == "among" for c in them.children) or \
                them.head.pos_ != "PROPN" or them.head.i > them.i:
            continue
        first = them.head
        while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
            first = first.head
        if first.i < 2 or doc[first.i - 1].text not in (",", "-", "\u2013", "\u2014"):  # (or set off by a dash)
            continue
        verb = next((t for t in reversed(doc[first.sent.start:first.i]) if t.pos_ in ("VERB", "AUX") and
                     any(c.dep_.startswith("nsubj") and c.tag_ == "NNS" and c.pos_ == "NOUN" for c in t.children)),
                    None)
        if verb is not None:
            group = next(c for c in verb.children if c.dep_.startswith("nsubj") and c.tag_ == "NNS")
        else:
            # ("Zuckerman's critics at the Ministry, Lawrence among them, thought ...": the plural
            # noun the names hang under)
            group = first.head
            while group.head.i != group.i and not (group.tag_ == "NNS" and group.pos_ == "NOUN"):
                group = group.head
            if not (group.tag_ == "NNS" and group.pos_ == "NOUN") or group.i > first.i:
                continue
        apply_edits(first.sent, [(first, group, "appos")])
    return doc


def conjuncts_after_set_off_places(doc: Doc) -> Doc:
    """"Misburg, near Hanover, and Harburg, on the Elbe, were ..." read with "Harburg" a conjunct
    of "Hanover": a name after ", and" that closes the set-off place phrase of an earlier name,
    and is set off by a phrase of its own, is that earlier name's conjunct."""
    for c in doc:
        place = c.head
        if c.dep_ != "conj" or c.pos_ != "PROPN" or place.dep_ not in ("nmod", "obl") or not case_of(place) or \
                c.i < 3 or doc[c.i - 1].lower_ not in ("and", "or") or doc[c.i - 2].text != "," or \
                c.i + 1 >= len(doc) or doc[c.i + 1].text != ",":
            continue
        first = place.head
        if first.pos_ != "PROPN" or first.i + 1 >= place.i or doc[first.i + 1].text != ",":
            continue
        apply_edits(c.sent, [(c, first, "conj")] + [(x, first, x.dep_) for x in (doc[c.i - 2], doc[c.i - 1])
                                               if x.head.i == place.i or x.head.i == c.i])
    return doc


def lists_split_from_their_first(doc: Doc) -> Doc:
    """"The attacks on Pölitz, Leuna/nsubj:pass and Zeitz were carried out by No. 5 Group" with the
    list broken after its first name and the rest made a second subject: a name after a comma
    that follows a name inside the subject, itself heading "and" a further name, continues the
    list."""
    for y in doc:
        verb = y.head
        if y.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or y.pos_ != "PROPN" or y.i < 2 or \
                doc[y.i - 1].text != "," or not any(c.dep_ == "conj" for c in y.children):
            continue
        x = doc[y.i - 2]
        other = next((c for c in verb.children if c.dep_ == y.dep_ and c.i < x.i and c.i != y.i), None)
        if other is None or x.pos_ != "PROPN" or x.dep_ not in ("nmod", "obl", "conj") or \
                not other.left_edge.i <= x.i <= other.right_edge.i:
            continue
        apply_edits(y.sent, [(y, x, "conj"), (doc[y.i - 1], y, "punct")])
    return doc


def lists_torn_from_their_first(doc: Doc) -> Doc:
    """"the rebuilding of Leuna, Pölitz/conj>Speer and Brüx/conj>Speer" with the rest of a list
    of names hung on a word far before it (or "Pölitz/dep>charged and Brüx/conj>Pölitz"): names
    that follow a name and a comma, and end in "and" and a further name, are that name's
    conjuncts."""
    for y in doc:
        x = y.head
        # (or an oblique with no preposition of its own: "back to Leuna, Pölitz/obl>went and Merseburg")
        bare = y.dep_ in ("obl", "nmod") and not any(c.dep_ == "case" for c in y.children)
        if y.dep_ not in ("conj", "dep", "list", "appos") and not bare or y.pos_ != "PROPN" or y.i < 2 or \
                doc[y.i - 1].text != "," or x.i > y.i - 3:
            continue
        first = doc[y.i - 2]
        while first.dep_ in ("flat", "compound") and first.i - 3 <= first.head.i < first.i:
            first = first.head  # (the head word of a name of two: "Blechhammer/ROOT North/flat")
        if first.pos_ != "PROPN" or first == x or first.dep_ == "conj" or \
                not x.i < first.i or first.right_edge.i != y.i - 2:
            continue
        siblings = [c for c in x.children if c.dep_ == "conj" and c.i > y.i and c.pos_ == "PROPN"]
        own = [c for c in y.children if c.dep_ == "conj" and c.i > y.i and c.pos_ == "PROPN"]
        last = (siblings or own or [None])[-1]
        if last is None or not any(c.dep_ == "cc" for c in last.children) or \
                any(c.dep_ == "conj" and first.i < c.i < y.i for c in x.children):
            continue
        apply_edits(y.sent, [(c, first, "conj") for c in [y] + siblings])
    return doc


def prepositional_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"Bufton, for/case the Air Ministry/conj>Bufton, and Colonel Maxwell/conj>Ministry, for
    USSTAF/nmod>Ministry": a phrase with a preposition set off after a name is no conjunct of it
    but its modifier; the names coordinated after it are the first name's, and a phrase after a
    later name is that name's."""
    for x in doc:
        h = x.head
        if x.dep_ != "conj" or h.pos_ != "PROPN" or case_of(h) or case_of(x) not in ("for", "of", "from", "at") or \
                any(c.dep_ == "cc" for c in x.children):
            continue
        start = first_word(x)
        if doc[start - 1].text != ",":
            continue
        later = [c for c in x.children if c.dep_ == "conj" and c.i > x.i]
        edits = [(x, h, "nmod")] + [(c, h, "conj") for c in later]
        for c in x.children:
            owner = next((n for n in reversed(later) if n.i < c.i), None)
            if c.dep_.startswith("nmod") and owner is not None:
                edits.append((c, owner, c.dep_))
        apply_edits(x.sent, edits)
    return doc


def parallel_phrases(doc: Doc) -> Doc:
    """"Bufton for the Air Ministry and Colonel Maxwell/conj>Ministry for the American air
    forces/nmod>Bufton": in "A for X and B for Y" the second name is the first's conjunct and the
    second phrase its own."""
    for x in doc:
        o = x.head
        if x.dep_ != "conj" or x.pos_ != "PROPN" or case_of(x) or not case_of(o) or o.dep_ != "nmod":
            continue
        h, p = o.head, case_of(o)
        if h.pos_ != "PROPN" or h.i > o.i:
            continue
        # (the second phrase on the name, or on the verb whose object the name is)
        around = list(h.children) + (list(h.head.children) if h.dep_ in ("obj", "dobj") else [])
        y = next((c for c in around if c.dep_.split(":")[0] in ("nmod", "obl") and case_of(c) == p and
                  c.left_edge.i == x.right_edge.i + 1), None)
        if y is not None:
            apply_edits(x.sent, [(x, h, "conj"), (y, x, "nmod")])
    return doc


def gapped_clauses(doc: Doc) -> Doc:
    """"Tedder wanting them for the railways and Spaatz/conj>railways for the synthetic plants/obl>Spaatz":
    a name coordinated with a verb's prepositional object, with a phrase of the same preposition of its
    own, opens a clause whose verb is left out: the name is the verb's conjunct (the subject of the
    gapped clause) and its phrase an orphan, as Universal Dependencies writes gapping."""
    for x in doc:
        y = x.head
        if x.dep_ != "conj" or x.pos_ != "PROPN" or not y.dep_.startswith(("obl", "nmod")) or case_of(x):
            continue
        p = case_of(y)
        if not p:
            continue
        v = y.head
        if v.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i < y.i for c in v.children):
            continue
        k = max([x.i] + [c.i for c in x.children if c.dep_ in ("flat", "flat:name")])  # (the name's last word)
        z = next((c for c in x.children if c.dep_.split(":")[0] in ("nmod", "obl") and case_of(c) == p and
                  c.left_edge.i == k + 1), None)
        if z is not None:
            apply_edits(x.sent, [(x, v, "conj"), (z, x, "orphan")])
    return doc


def objects_gapped_with_phrases(doc: Doc) -> Doc:
    """"sent 1,000 bombers to Cologne and then, on 25 October, some 240 Lancasters/dep>sent to the Meerbeck
    plant/nmod>Lancasters": after a verb's object and its phrase of where to ("to", "against"), "and" with
    a second noun that has a phrase of the same preposition is a clause with the verb left out: the noun
    is the object's conjunct, and its phrase the first phrase's."""
    for y in doc:
        if y.pos_ != "NOUN" or y.dep_ not in ("conj", "dep", "obj", "dobj"):
            continue
        v = y.head
        while v.pos_ != "VERB" and v.dep_.split(":")[0] in ("obl", "nmod") and v.i != v.head.i:
            v = v.head  # (the noun read as a conjunct of the first phrase: "to Cologne and 240 Lancasters/conj>Cologne")
        obj = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i < y.i and c != y), None)
        if v.pos_ != "VERB" or v.i > y.i or obj is None:
            continue
        phrase = next((c for c in list(v.children) + list(obj.children) if c.dep_.split(":")[0] in ("obl", "nmod")
                       and case_of(c) and obj.i < c.i < y.i), None)
        # (a phrase of where to, which a noun does not take for its own; not "bombed the refinery at
        # Moosbierbaum and the benzol plant at/nmod>plant Linz": a place of its own)
        p = case_of(phrase) if phrase is not None and case_of(phrase) in ("to", "against") else None
        z = next((c for c in y.children if c.dep_.split(":")[0] in ("nmod", "obl") and case_of(c) == p and
                  c.i > y.i), None) if p else None
        between = doc[phrase.i + 1:y.i] if z is not None else []
        if z is None or not any(t.lower_ == "and" for t in between) or \
                any(t.pos_ in ("VERB", "AUX") for t in between):
            continue
        apply_edits(y.sent, [(y, obj, "conj"), (z, phrase, "conj")])
    return doc


def prepositional_conjuncts(doc: Doc) -> Doc:
    """"tons of bombs on Düsseldorf and on/case the plant/conj>tons" with the second on-phrase
    coordinated with the noun the first one hangs on: a conjunct with a preposition goes with
    the phrase of the same preposition right before its "and"."""
    for x in doc:
        h, p = x.head, case_of(x)
        if x.dep_ != "conj" or not p or case_of(h) == p or h.i > x.i:
            continue
        cc = next((c for c in x.children if c.dep_ == "cc" and c.i < x.i), None)
        y = next((c for c in h.children if c.dep_.split(":")[0] in ("nmod", "obl") and case_of(c) == p and
                  h.i < c.i < x.i and cc is not None and c.right_edge.i + 1 == cc.i), None)
        # (or the phrase the noun itself is in: "to the Chiefs of Staff/nmod>Chiefs and to SHAEF/conj>Staff")
        a = h
        while y is None and cc is not None and a.dep_.split(":")[0] in ("nmod", "obl") and a.head.i != a.i:
            if case_of(a) == p:
                y = a if cc.i - 1 in {t.i for t in a.subtree} else None
                break
            a = a.head
        if y is None and cc is not None and h.dep_.startswith("obl"):
            # (or a phrase right before the one it hangs on, which describes it: "addressed to Harris at/obl
            # Bomber Command and to Doolittle/conj>Command at the Eighth": Doolittle goes with Harris, and
            # Bomber Command is Harris's)
            sib = next((c for c in h.head.children if c.dep_.startswith("obl") and case_of(c) == p and
                        c.right_edge.i + 1 == h.left_edge.i), None)
            if sib is not None:
                apply_edits(x.sent, [(x, sib, "conj"), (h, sib, "nmod")])
                continue
        if y is not None:
            apply_edits(x.sent, [(x, y, "conj")])
    return doc


def gapped_objects(doc: Doc) -> Doc:
    """"striking Ploesti four times and the Vienna/nsubj refineries/conj>kept twice": a noun coordinated
    with a verb, its name read as its subject, after a later verb's object, is that object's conjunct
    (the verb is left out the second time)."""
    for y in doc:
        v = y.head
        if y.dep_ != "conj" or y.pos_ != "NOUN" or v.pos_ not in ("VERB", "AUX") or v.i > y.i or \
                any(c.dep_ in ("cop", "aux", "aux:pass") for c in y.children):
            continue
        name = next((c for c in y.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == y.i - 1 and
                     c.pos_ == "PROPN"), None)
        if name is None:
            continue
        obj = next((o for w in doc[v.i + 1:y.i] if w.pos_ == "VERB" and w.head == v for o in w.children
                    if o.dep_ in ("obj", "dobj") and o.i < y.i), None)
        if obj is None:
            continue
        apply_edits(y.sent, [(y, obj, "conj"), (name, y, "compound")])
    return doc


def conjuncts_hung_inside_names(doc: Doc) -> Doc:
    """"the Fifteenth/compound Air Force and Bomber Command/conj>Fifteenth raided Ruhland": a conjunct
    after a name of several words hung on the name's first word is the name's own conjunct."""
    for t in doc:
        inner = t.head
        name = inner.head
        if t.dep_ != "conj" or inner.dep_ not in ("compound", "amod", "flat") or not inner.i < name.i < t.i or \
                not (inner.pos_ == "PROPN" or inner.is_title) or name.pos_ != "PROPN" or \
                not all(doc[k].head.i == name.i for k in range(inner.i, name.i)):
            continue
        apply_edits(t.sent, [(t, name, "conj")])
    return doc


def subjects_read_as_obliques_before_quantifiers(doc: Doc) -> Doc:
    """"The Eighth's 3rd Division/obl:unmarked>hit and the Fifteenth's 5th Wing both/nsubj hit the
    Ruhland plant": a bare noun phrase right before a floating "both" or "all" that the parser made
    the subject is the subject itself."""
    for q in doc:
        verb = q.head
        if q.lower_ not in ("both", "all", "each") or not q.dep_.startswith("nsubj") or verb.i <= q.i:
            continue
        noun = next((c for c in verb.children if c.dep_ in ("obl:unmarked", "obl:npmod", "npadvmod", "obl", "dep")
                     and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == q.i - 1 and not case_of(c) and
                     not is_date_word(c)), None)
        if noun is None or any(c.dep_.startswith("nsubj") and c.i != q.i for c in verb.children):
            continue
        apply_edits(q.sent, [(noun, verb, q.dep_)])
    return doc


def according_read_as_marks(doc: Doc) -> Doc:
    """"According/mark>fell (or /case>fell) to the Enemy Oil Committee/nsubj>fell, German
    production/conj>Committee of aviation spirit fell": the source of "according to" is an opening
    phrase, not the subject; the noun the parser joined to it after the comma is the verb's subject."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ != "according" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to" or \
                tok.dep_ not in ("mark", "advmod", "case") or verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
            continue
        comma = next((t.i for t in doc[tok.i + 2:verb.i] if t.text == ","), None)
        if comma is None:
            continue
        span = doc[tok.i + 2:comma]
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        if len(roots) != 1 or roots[0].head.i != verb.i or not roots[0].dep_.startswith("nsubj") or \
                roots[0].pos_ not in ("NOUN", "PROPN"):
            continue
        source = roots[0]
        edits = [(tok, source, "case"), (source, verb, "obl")]
        joined = [c for c in source.children if c.dep_ in ("conj", "appos") and comma < c.i < verb.i and
                  c.pos_ in ("NOUN", "PROPN") and not any(d.dep_ == "cc" for d in c.children)]
        if len(joined) == 1:
            edits.append((joined[0], verb, source.dep_))
        apply_edits(tok.sent, edits)
    return doc


def subjects_read_as_conjuncts_of_openers(doc: Doc) -> Doc:
    """"After the war/obl, Galbraith/conj>war and Kaldor/conj>war of the Survey's staff argued ...":
    names coordinated with the opening phrase of a verb that has no subject are its subject; so is a
    noun with its determiner that no conjunction joins to it ("According to the Ministry/obl, the
    plants/conj>Ministry at Leuna ... produced")."""
    for x in doc:
        v = x.head
        # (the case may be a verb form: "According/VBG to")
        # (a subject with "of" is the "of" phrase of a conjunct: "Despite the weather/obl, 1,000 heavy
        # bombers/conj>weather of the Eighth/nsubj attacked")
        owned = [c for c in v.children if c.dep_.startswith("nsubj") and case_of(c) == "of" and c.i < v.i]
        # (the verb may be a copula's: "At the Air Ministry/obl, the Director/appos>Ministry of Bomber
        # Operations ... was the most persistent advocate/ROOT")
        if not x.dep_.startswith("obl") or not any(c.dep_ == "case" for c in x.children) or x.i > v.i or \
                v.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" and c.i < v.i for c in v.children) or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) and c not in owned for c in v.children):
            continue
        conj = [c for c in x.children if c.dep_ == "conj" and c.i < v.i and not case_of(c)]
        names = [c for c in conj if c.pos_ == "PROPN"]
        if not names and len(conj) == 1 and conj[0].pos_ == "NOUN" and \
                not any(c.dep_ == "cc" for c in conj[0].children) and \
                any(c.dep_ in ("det", "nummod") for c in conj[0].children):
            names = conj
        if owned and not (names and owned[0].left_edge.i == names[-1].right_edge.i + 1):
            continue
        if names and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < names[0].i and
                         any(d.dep_ == "det" for d in c.children) for c in x.children):
            names, conj = [], []  # (a post set off before the name: the post is the subject, the name its)
        if not names and not conj:
            # ("In Vienna/obl, the Floridsdorf refinery/appos>Vienna and the Lobau depot were hit": a
            # noun with its determiner set off after an opening place is no apposition of the place)
            # (a post with its "the" too: "At the Air Ministry, the Director/PROPN of Bomber Operations, Air
            # Commodore Bufton, was": what is set off after the post is the post's)
            conj = [c for c in x.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i < v.i and
                    not case_of(c) and any(d.dep_ == "det" for d in c.children) and x.pos_ == "PROPN" and
                    not is_date_word(x)]
            names = conj[:1] if len(conj) == 1 else []
            if names and names[0].pos_ == "PROPN":
                conj += [c for c in x.children if c.dep_ in ("appos", "conj") and c.i > names[0].i and c.i < v.i]
        if not names:
            # "In a note to the Prime Minister on 3 December/conj, Sinclair/conj>3, the Secretary
            # of State for Air, defended ...": a name is never coordinated with a date inside the phrase
            # ("At the meeting of 25 March, Portal/nmod:unmarked>meeting, who/relcl>meeting was in the chair,
            # came down ...": nor is it a bare modifier of the phrase's noun)
            names = [c for c in x.subtree if c.pos_ == "PROPN" and c.i < v.i and not case_of(c) and
                     (c.dep_ == "conj" and is_date_word(c.head) or
                      c.dep_ in ("nmod:unmarked", "appos") and c.head == x and
                      any(is_date_word(t) for t in doc[x.i:c.i])) and c.head.i < c.i][:1]
            if names:
                conj = names + [c for c in names[0].head.children if c.dep_ in ("appos", "acl:relcl") and
                                c.i > names[0].i]
        if not names or not comma_before(names[0]):
            continue
        first = names[0]
        passive = any(c.dep_ == "aux:pass" for c in v.children)
        edits = [(first, v, "nsubj:pass" if passive else "nsubj")] + [(c, first, "conj") for c in names[1:]]
        edits += [(c, first, c.dep_) for c in conj if c.dep_ in ("appos", "acl:relcl") and c != first]
        edits += [(c, names[-1], c.dep_) for c in x.children if c.dep_.startswith("nmod") and c.i > first.i]
        edits += [(c, names[-1], "nmod") for c in owned]
        apply_edits(x.sent, edits)
    return doc


def clauses_read_as_conjunct_nouns(doc: Doc) -> Doc:
    """"..., and the Fifteenth/conj>6 struck/VBN/acl Blechhammer/obl:unmarked and Odertal": a second
    clause after ", and" read as a noun coordinated inside the first (or left as a loose "dep"), with
    its verb a participle on it: the verb is the root's conjunct, the noun its subject, the name
    after it its object (also past a phrase set off on the noun: "..., and the Committee/conj, of which he was a member,
    revised/parataxis it")."""
    for v in doc:
        n = v.head
        root = v.sent.root
        if v.dep_ not in ("acl", "parataxis") or not could_be_finite(v) or n.dep_ not in ("conj", "dep") or \
                not (v.i == n.i + 1 and v.dep_ == "acl" or _set_off_between(n, v)) or \
                any(c.dep_.startswith(("nsubj", "expl")) for c in v.children) or \
                root.pos_ not in ("VERB", "AUX") or root.i > n.i or \
                not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and doc[c.i - 1].text == "," for c in n.children):
            continue
        edits = [(v, root, "conj"), (n, v, "nsubj")]
        edits += [(c, v, c.dep_) for c in n.children if c.dep_ in ("cc", "punct") and c.i < n.i]
        edits += [(c, v, "obj") for c in v.children if c.dep_ == "obl:unmarked" and c.i == v.i + 1]
        if apply_edits(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def _set_off_between(n, v) -> bool:
    """Whether all between noun ``n`` and the verb ``v`` after it is a phrase of the noun's set off by
    commas (", of which he was a member,")."""
    doc = n.doc
    if v.i < n.i + 3 or doc[n.i + 1].text != "," or doc[v.i - 1].text != ",":
        return False
    inner = {t.i for c in n.children if n.i < c.i < v.i for t in c.subtree}
    return all(k in inner or doc[k].text == "," for k in range(n.i + 1, v.i))


def both_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"The oil plants at Magdeburg and Zeitz, both near/case Leipzig/conj>Magdeburg, were ..." with
    the set-off "both near X" read as a third member of the list: it is a phrase on the noun the
    list is about."""
    for x in doc:
        first = x.head
        if x.dep_ != "conj" or not any(c.dep_ == "cc:preconj" and c.lower_ == "both" for c in x.children) or \
                not case_of(x) or case_of(x) == case_of(first) or first.dep_ not in ("nmod", "obl"):
            continue
        apply_edits(x.sent, [(x, first.head, first.dep_)])  # ("both" stays with its phrase)
    return doc


def lists_read_as_appositions(doc: Doc) -> Doc:
    """"struck Zwickau, Merseburg/appos>Zwickau, Brüx/conj>Merseburg ... and Zeitz/conj>Merseburg" with
    the second name of a list read as the first's apposition and the rest as its own conjuncts: a
    name after a comma with conjuncts of its own, after another name, is the list's second item
    (a plural post before the names stays: "its commanders, Spaatz and Doolittle")."""
    for x in doc:
        h = x.head
        if x.dep_ != "appos" or h.i > x.i or h.pos_ != "PROPN" or x.pos_ != "PROPN" or not comma_before(x):
            continue
        rest = [c for c in x.children if c.dep_ == "conj" and c.i > x.i]
        if not rest or any(c.pos_ != "PROPN" for c in rest) or h.tag_ in ("NNPS", "NNS"):
            continue
        apply_edits(x.sent, [(x, h, "conj")] + [(c, h, "conj") for c in rest])
    return doc


def names_coordinated_onto_verbs(doc: Doc) -> Doc:
    """"sent the list to Doolittle and Twining/conj>sent on 19 April": a bare name after "and" made
    a conjunct of the verb, right after a name of the verb's own, is that name's conjunct (what
    the parser hung on it, the date, is the verb's again)."""
    for y in doc:
        x = y.head
        if y.dep_ != "conj" or y.pos_ != "PROPN" or x.pos_ not in ("VERB", "AUX") or y.i < 3 or \
                doc[y.i - 1].dep_ != "cc" or doc[y.i - 1].head != y or \
                any(c.dep_.startswith(("nsubj", "aux", "cop", "obj", "csubj")) for c in y.children):
            continue
        first = doc[y.i - 2]
        while first.dep_ in ("flat", "compound") and first.head.i > first.i - 4 and first.head != first:
            first = first.head
        if first.pos_ != "PROPN" or first.head != x or first.dep_ not in ("obl", "obj", "iobj", "nmod") or \
                first.right_edge.i != y.i - 2:
            continue
        edits = [(y, first, "conj")]
        edits += [(c, x, c.dep_) for c in y.children if c.i > y.i and c.dep_ in ("obl", "advmod", "punct", "nmod",
                                                                                   "nmod:tmod", "obl:tmod")]
        apply_edits(y.sent, edits)
    return doc


def conjuncts_read_as_appositions(doc: Doc) -> Doc:
    """"General Doolittle's Eighth Air Force and General Twining's Fifteenth/appos both attacked": a
    phrase that opens with "and" is the conjunct of the one before, not its apposition."""
    for y in doc:
        first = doc[y.left_edge.i]
        if y.dep_ != "appos" or y.head.i > y.i or first.dep_ != "cc" or first.lower_ not in ("and", "or") or \
                first.i == y.i:
            continue
        apply_edits(y.sent, [(y, y.head, "conj"), (first, y, "cc")])
    return doc


def objects_gapped_after_times(doc: Doc) -> Doc:
    """"Harris attacked Wanne-Eickel in October, and Homberg/conj>October the following month": a name
    coordinated with the verb's time phrase, with a time of its own after it, is a second object of
    the verb (the verb left out), not a second time."""
    for y in doc:
        t = y.head
        v = t.head
        if y.dep_ != "conj" or y.pos_ != "PROPN" or is_date_word(y) or not is_date_word(t) and t.lower_ not in MONTHS \
                or v.pos_ != "VERB" or t.dep_ not in ("obl", "obl:tmod", "nmod:tmod"):
            continue
        obj = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i < t.i), None)
        later = [c for c in doc[y.i + 1:y.sent.end] if c.head == v and c.i > y.i and
                 c.dep_ in ("obl:unmarked", "obl:tmod", "obl", "nmod:tmod", "obl:npmod")]
        if obj is None or not later:
            continue
        apply_edits(y.sent, [(y, obj, "conj")])
    return doc


def place_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"The refineries of Hungary/nmod, at Almásfüzitő/conj>Hungary, Szőny and Budapest": a place
    phrase set off after an "of" phrase, with a preposition of its own and no conjunction, is no
    conjunct of the "of" phrase but, with its own list, a modifier of the noun the phrase is on."""
    for x in doc:
        h = x.head
        if x.dep_ != "conj" or case_of(x) not in ("at", "in", "near") or case_of(h) != "of" or \
                h.dep_ != "nmod" or any(c.dep_ == "cc" for c in x.children) or doc[first_word(x) - 1].text != ",":
            continue
        apply_edits(x.sent, [(x, h.head, "nmod")])
    return doc


def shared_heads_read_as_conjuncts(doc: Doc) -> Doc:
    """"chose the Ruhland/obj and Schwarzheide/compound plants/conj>Ruhland": two names before one plural
    noun share it: the noun takes the first name's place, the names are its compounds, coordinated."""
    for n in doc:
        first = n.head
        second = doc[n.i - 1] if n.i > 0 else None
        if n.dep_ != "conj" or n.tag_ not in ("NNS", "NNPS") or n.pos_ != "NOUN" or first.pos_ != "PROPN" or \
                second is None or second.pos_ != "PROPN" or second.head.i != n.i or second.dep_ != "compound" or \
                first.i >= second.i or doc[second.i - 1].dep_ != "cc" or \
                not all(doc[k].head.i == first.i for k in range(first.i + 1, second.i - 1)) or \
                any(c.dep_ in ("det", "nmod:poss") for c in n.children):
            continue
        cc = doc[second.i - 1]
        edits = [in_place_of(n, first), (first, n, "compound"), (second, first, "conj"), (cc, second, "cc")]
        edits += [(c, n, c.dep_) for c in first.children if c.dep_ in ("det", "amod", "nmod:poss") and c.i < first.i]
        apply_edits(n.sent, edits)
    return doc


def shared_places_read_as_conjuncts(doc: Doc) -> Doc:
    """"bombed the Blechhammer South plant/obj and the oil refinery at Odertal, both/cc:preconj in/case
    Upper Silesia/conj>plant": a place phrase set off after a list, with its own preposition and "both" or
    "all" before it, is no further conjunct but a modifier of the list's first noun ("both" stays on it,
    so that the place is read as every conjunct's)."""
    for x in doc:
        h = x.head
        if x.dep_ != "conj" or case_of(x) not in ("at", "in", "near") or case_of(h) or h.i > x.i or \
                doc[first_word(x) - 1].text != "," or \
                not any(c.lower_ in ("both", "all", "each") and c.i < x.i for c in x.children):
            continue
        apply_edits(x.sent, [(x, h, "nmod")])
    return doc


def names_read_as_conjuncts_of_counted_nouns(doc: Doc) -> Doc:
    """"just two plants/obl, Leuna/conj>plants and Pölitz": names set off after a counted plural
    noun, as many as the count, are the noun's apposition, not more of its conjuncts."""
    for x in doc:
        noun = x.head
        if x.dep_ != "conj" or x.tag_ not in ("NNP", "NNPS") or noun.tag_ not in ("NNS", "NNPS") or x.i < noun.i or \
                not comma_before(x) or any(c.dep_ == "cc" and c.i < x.i for c in x.children):
            continue
        count = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
        n = None if count is None else NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)
        names = [x] + [c for c in x.children if c.dep_ == "conj"]
        if n is None or n != len(names) or first_word(x) != noun.i + 2:
            continue
        apply_edits(x.sent, [(x, noun, "appos")])
    return doc


def posts_read_as_conjuncts_inside_phrases(doc: Doc) -> Doc:
    """"Göring's plenipotentiary for chemical production/nmod and a director/conj>production of I.G.
    Farben": a post with its own "a" coordinated with the object of a phrase on another post is that
    post's conjunct (a second post of the same person)."""
    for y in doc:
        x = y.head
        p = x.head
        if y.dep_ != "conj" or y.pos_ != "NOUN" or base_word(y) not in POST_NOUNS or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in y.children) or \
                not x.dep_.startswith("nmod") or not case_of(x) or p.i == x.i or base_word(p) not in POST_NOUNS:
            continue
        apply_edits(y.sent, [(y, p, "conj")])
    return doc


def compass_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"The Böhlen plant of the Braunkohle-Benzin company/nmod, south/conj>company of Leipzig,": a
    compass word with its "of" place, set off by a comma after a noun's "of" phrase and read as that
    phrase's conjunct, places the noun the phrase is on."""
    for t in doc:
        inner = t.head
        outer = inner.head
        if t.lower_ not in COMPASS or t.dep_ != "conj" or not comma_before(t) or \
                not inner.dep_.startswith("nmod") or outer.i >= inner.i or outer.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ == "cc" for c in t.children) or not any(case_of(c) == "of" for c in t.children):
            continue
        apply_edits(t.sent, [(t, outer, "advmod")])
    return doc


def clauses_read_as_conjoined_nouns(doc: Doc) -> Doc:
    """"dropped 60,000 tons on oil targets, and German production/conj>targets of aviation spirit
    fell/xcomp>dropped by nine-tenths": a noun after ", and" made a conjunct of the verb's phrase, with
    a verb right after its phrase that has no subject of its own, is that verb's subject; the verb is
    the second clause's."""
    for n in doc:
        cc = next((c for c in n.children if c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < n.i), None)
        if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or cc is None or cc.i < 1 or \
                doc[cc.i - 1].text != "," or n.right_edge.i + 1 >= len(doc):
            continue
        v2 = doc[n.right_edge.i + 1]
        main = v2.head
        if v2.pos_ != "VERB" or v2.dep_ not in ("xcomp", "advcl", "dep", "conj", "ccomp") or main.pos_ not in ("VERB", "AUX") or \
                main.i > n.i or any(c.dep_.startswith(("nsubj", "csubj", "expl", "aux")) or c.dep_ in ("mark", "obj")
                                    for c in v2.children) or \
                not any(a.i == main.i for a in n.ancestors):
            continue
        if apply_edits(n.sent, [(v2, main, "conj"), (n, v2, "nsubj"), (cc, v2, "cc"), (doc[cc.i - 1], v2, "punct")]) and \
                v2.tag_ == "VBN":
            v2.tag_ = "VBD"  # (a past tense with a subject and no auxiliary)
    return doc
