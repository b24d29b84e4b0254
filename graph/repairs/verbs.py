"""Repairs of verbs read as nouns, adjectives or modifiers, and of subjects and objects hung on them."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import APPOINT_VERBS, COMPASS, WEEKDAYS, case_of, comma_before, has_finite_verb, is_date_word, is_passive, last_word
from .tree import apply_edits, base_word, in_place_of, leading_prepositions, saying_verb, subject_above, verb_in
from .words import (AS_JUDGING_VERBS, DITRANSITIVE_VERBS, FRONTED_NEGATIVES, FRONTED_PREPOSITIONS, INTRANSITIVE_CHANGES, LETTER_WORDS, PAST_AS_BASE,
                    PLANT_WORDS, RESPITE_NOUNS, SAYING_LEMMAS,
                    SAYING_VERB_FORMS, SEASONS, SUBORDINATORS, TIME_NOUNS, TIME_OF_DAY, TWO_OBJECT_VERBS, VERB_NOUN_FORMS, WANTING_LEMMAS,
                    SUPPLYING_LEMMAS, NOUNS_TAKING_TO, POST_NOUNS)


def participles_after_nouns(doc: Doc) -> Doc:
    """"In a memorandum to Hitler dated 30 June, Speer warned that ...": a participle right
    after a noun phrase, read as a clause of the main verb with the noun as its own oblique,
    becomes a clause on the noun again, and the noun the main verb's oblique ("In a
    memorandum" is where Speer warned, not where something was dated). A past tense without a
    subject there ("dated/VBD 28 July") is the participle too."""
    for v in doc:
        head = v.head
        if not (v.tag_ == "VBN" or v.tag_ == "VBD" and v.lower_.endswith("ed")) or v.dep_ not in ("ccomp", "advcl") \
                or head.pos_ not in ("VERB", "AUX") or v.i > head.i or \
                any(c.dep_.startswith(("nsubj", "csubj", "aux")) for c in v.children):
            continue
        nouns = [c for c in v.children if c.i < v.i and c.dep_ == "obl" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i + 1 == v.i]
        if len(nouns) != 1:
            continue
        edits = [(nouns[0], head, "obl"), (v, nouns[0], "acl")]
        # (the clause's comma and what follows the noun still close the participle)
        apply_edits(v.sent, edits)
    return doc


def participles_read_as_case_markers(doc: Doc) -> Doc:
    """"The second draft of the directive, based/VBN/case on/case a paper by the committee, went to
    Tedder": a participle set off by a comma after a noun phrase and read as a second case marker of
    the noun after it is a clause on the noun phrase before (the one ending at the comma), whose
    oblique that noun is."""
    for v in doc:
        obj = v.head
        if v.tag_ != "VBN" or v.dep_ != "case" or v.i < 2 or doc[v.i - 1].text != "," or \
                not any(c.dep_ == "case" and c.pos_ == "ADP" and c.i == v.i + 1 for c in obj.children):
            continue
        # (the outermost noun whose phrase, up to the comma, ends there: the noun after may hang on it)
        def ends_at_comma(t: Token) -> bool:
            return t.pos_ in ("NOUN", "PROPN") and t.i < v.i - 1 and \
                max(x.i for x in t.subtree if x.i < v.i - 1) == v.i - 2
        nouns = [t for t in doc[v.sent.start:v.i - 1] if ends_at_comma(t) and (t.head.i == t.i or not ends_at_comma(t.head))]
        if len(nouns) != 1:
            continue
        edits = [(v, nouns[0], "acl"), (obj, v, "obl"), (doc[v.i - 1], v, "punct")]
        apply_edits(v.sent, edits)
    return doc


def past_verbs_read_as_compounds(doc: Doc) -> Doc:
    """"The 49th Wing bombed Blechhammer, and the 5th Wing/compound hit/VBD/compound Odertal/obl the
    same day": a word tagged a past tense, with a noun of its own before it and read as a compound
    of the name after it, which the parser hung on the verb before across "and", is a second verb:
    the noun before is its subject, the name its object."""
    for v in doc:
        obj = v.head
        if v.tag_ != "VBD" or v.dep_ != "compound" or obj.i != v.i + 1 or obj.pos_ != "PROPN" or \
                obj.dep_ not in ("obl", "obj", "conj") or obj.head.pos_ != "VERB" or obj.head.i > v.i:
            continue
        subj = next((c for c in v.children if c.i < v.i and c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
        cc = [c for c in obj.children if c.i < v.i and c.dep_ in ("cc", "punct")]
        if subj is None or not any(c.dep_ == "cc" for c in cc):
            continue
        edits = [(v, obj.head, "conj"), (subj, v, "nsubj"), (obj, v, "obj")]
        edits += [(c, v, c.dep_) for c in cc]
        edits += [(c, subj, c.dep_) for c in obj.children if c.i < subj.i and c.dep_ in ("det", "amod", "nummod")]
        edits += [(c, v, c.dep_) for c in obj.children if c.i > obj.i and c.dep_.startswith("obl")]
        if apply_edits(v.sent, edits):
            v.pos_ = "VERB"
    return doc


def verbs_read_as_clauses_inside_subjects(doc: Doc) -> Doc:
    """"Bufton/nsubj>most and his staff in the Directorate of Bomber Operations prepared/VBN/acl most/ROOT
    of the papers": in a sentence whose root is no verb but has a subject, a participle inside that
    subject's phrase, right before the root's phrase, with no object or auxiliary of its own, is the
    main verb: the subject is its subject, the root its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ in ("VERB", "AUX") or any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None:
            continue
        start = min([root.i] + [c.left_edge.i for c in root.children if c.i < root.i and c.i != subj.i and not c.is_punct])
        v = doc[start - 1] if start > sent.start else None
        if v is None or v.tag_ not in ("VBN", "VBD") or not v.dep_.startswith("acl") or \
                subj not in v.ancestors or \
                any(c.dep_ in ("obj", "dobj", "aux", "aux:pass", "nsubj", "nsubj:pass", "ccomp", "xcomp") for c in v.children):
            continue
        edits = [(v, v, "ROOT"), (subj, v, "nsubj"), (root, v, "obj")]
        edits += [(c, v, c.dep_) for c in root.children if c.dep_ == "punct" and c.i == sent.end - 1]
        if apply_edits(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def ranked_nouns_read_as_verbs(doc: Doc) -> Doc:
    """"the directive placed oil first and transport/VB/conj>placed second": a bare verb form with no
    subject, auxiliary or object of its own, joined to a past tense and followed by a rank word
    ("second", "third", "last"), repeats the rank given to the noun before "first": it is that
    noun's conjunct (the verb is left out the second time)."""
    for w in doc:
        v = w.head
        rank = doc[w.i + 1] if w.i + 1 < len(doc) else None
        if w.tag_ != "VB" or w.dep_ != "conj" or v.tag_ not in ("VBD", "VBN") or rank is None or \
                rank.lower_ not in ("second", "third", "fourth", "last", "next") or \
                any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "mark", "obj", "dobj") for c in w.children):
            continue
        first = next((t for t in doc[v.i + 1:w.i] if t.lower_ == "first"), None)
        noun = doc[first.i - 1] if first is not None else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or first.head.i not in (v.i, noun.i) or \
                noun.head.i not in (v.i, first.i):
            continue
        # (the rank hangs on its noun, so that the tree stays projective and its edges right)
        edits = [(noun, v, "obj"), (first, noun, "advmod"), (w, noun, "conj"), (rank, w, "advmod")]
        edits += [(c, w, c.dep_) for c in w.children if c.dep_ == "cc"]
        if apply_edits(w.sent, edits):
            w.tag_, w.pos_, w.lemma_ = "NN", "NOUN", w.lower_
    return doc


def participles_before_objects(doc: Doc) -> Doc:
    """"The Combined Chiefs of Staff reaffirmed/VBN oil as the first priority" read as one noun
    phrase ("the Chiefs' reaffirmed oil", the noun the sentence's root): in a sentence with no
    verb, a participle between a name (not a possessive) and the root noun is the verb, the
    name its subject and the noun its object."""
    for v in doc:
        noun = v.head
        if v.tag_ != "VBN" or v.dep_ != "amod" or noun.dep_ != "ROOT" or noun.i < v.i or \
                noun.pos_ not in ("NOUN", "PROPN") or \
                any(t.dep_ not in ("det", "amod", "compound", "nummod") for t in doc[v.i + 1:noun.i]):
            continue
        sent = v.sent
        if has_finite_verb(sent):
            continue  # (a finite verb elsewhere: the sentence has its verb)
        subj = next((c for c in noun.children if c.i < v.i and c.pos_ == "PROPN" and
                     c.dep_ in ("nmod:poss", "compound", "nsubj") and not any(x.tag_ == "POS" for x in c.children)),
                    None)
        if subj is None:
            continue
        edits = [(v, v, "ROOT"), (subj, v, "nsubj"), (noun, v, "obj")]
        edits += [(c, v, c.dep_) for c in noun.children if c.i < subj.left_edge.i]  # ("At Yalta ...")
        edits += [(c, v, "punct") for c in noun.children if c.i > noun.i and c.is_punct and c.i == sent.end - 1]
        if apply_edits(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def set_off_participles(doc: Doc) -> Doc:
    """"the Pölitz plant near Stettin, bombed/VBD eleven times by the R.A.F., has been
    abandoned" with "bombed" read as a finite verb of its own: a verb with no subject and no
    object, set off by a comma after a noun phrase and with a by-phrase, is a passive participle
    on that noun phrase."""
    for v in doc:
        if v.tag_ == "VBD" and v.i >= 2 and doc[v.i - 1].text == ",":
            _set_off_before_the_verb(v)
        if v.tag_ == "VBN" and v.dep_ == "acl" and v.i >= 2 and doc[v.i - 1].text == "," and \
                v.head.dep_.startswith("nmod") and case_of(v.head) == "of" and v.head.head.i < v.head.i and \
                v.head.head.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_.startswith("obl") and case_of(c) == "by" for c in v.children):
            # "The Oil Division of the Enemy Objectives Unit, headed/acl>Unit by Kindleberger,":
            # set off after the whole phrase, the participle is on its head
            apply_edits(v.sent, [(v, v.head.head, "acl")])
            continue
        if v.tag_ != "VBD" or v.i < 2 or doc[v.i - 1].text != "," or \
                any(c.dep_.startswith(("nsubj", "csubj", "obj", "aux")) or c.dep_ == "dobj" for c in v.children):
            continue
        agents = [c for c in v.children if c.dep_.startswith("obl") and any(
            x.lower_ == "by" and x.dep_ == "case" for x in c.children)]
        if not agents:
            continue
        noun = doc[v.i - 2]
        while noun.head.i != noun.i and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # (from "Stettin" up to "plant": the phrase's head)
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= v.i:
            continue
        if apply_edits(v.sent, [(v, noun, "acl")] + [(a, v, "obl:agent") for a in agents]):
            v.tag_ = "VBN"
    return doc


def _set_off_before_the_verb(v: Token) -> None:
    """"Portal's reply of 20 January, drafted/VBD by Bufton, ended/conj the exchange": the
    set-off participle with its agent was read as the verb and the real verb as its conjunct;
    the subject is the real verb's, the participle a clause on the subject."""
    doc = v.doc
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i - 1), None)
    agent = any(c.dep_.startswith("obl") and any(x.lower_ == "by" and x.dep_ == "case" for x in c.children)
                for c in v.children)
    verb = next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and doc[c.i - 1].text == "," and
                 not any(x.dep_.startswith(("nsubj", "csubj")) or x.dep_ == "cc" for x in c.children)), None)
    if not agent and verb is None and not any(
            c.dep_.startswith(("obj", "iobj", "ccomp", "xcomp", "csubj")) or c.dep_ == "dobj" for c in v.children):
        # ("The Eighth Air Force, freed/VBD at last from Overlord, struck/advcl>freed at the plants": with no
        # agent and no object, a participle set off before a later past tense with no subject, mark or
        # conjunction of its own is the clause on the subject, the later verb the sentence's)
        verb = next((c for c in v.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and
                     c.i > v.i + 2 and doc[c.i - 1].text == "," and
                     c.tag_ in ("VBD", "VBN") and could_be_finite(c) and
                     not any(x.dep_.startswith(("nsubj", "csubj", "mark", "aux")) or x.dep_ == "cc"
                             for x in c.children)), None)
        agent = verb is not None
    # ("The raid of 21 December on Pölitz, carried/VBD/advcl>left out by No. 5 Group, left the plant a
    # ruin": or the real verb the participle's head, after it)
    later = v.head if v.dep_ == "advcl" and v.head.pos_ == "VERB" and v.head.i > v.i and \
        doc[v.head.left_edge.i - 1 if v.head.left_edge.i > v.i else v.right_edge.i].text == "," and \
        not any(x.dep_.startswith(("nsubj", "csubj")) for x in v.head.children) else None
    if subj is None or not agent or (verb is None and later is None) or subj.right_edge.i >= v.i or \
            any(c.dep_.startswith(("obj", "aux")) for c in v.children):
        return
    if verb is None:
        if apply_edits(v.sent, [(subj, later, "nsubj"), (v, subj, "acl")]):
            v.tag_ = "VBN"
        return
    edits = [(verb, verb, "ROOT") if v.head.i == v.i else (verb, v.head, v.dep_), (subj, verb, "nsubj"), (v, subj, "acl")]
    edits += [(c, verb, c.dep_) for c in v.children if c.i > verb.i]  # (the full stop)
    # ("that the Eighth Air Force, freed ..., struck": the clause's conjunction is the real verb's)
    edits += [(c, verb, c.dep_) for c in v.children if c.dep_ == "mark" and c.i < subj.i]
    if apply_edits(v.sent, edits):
        v.tag_ = "VBN"


def receivers_read_as_compounds(doc: Doc) -> Doc:
    """"had given oil/compound "absolute priority"" with the first object read as a compound of
    the second: a noun compound separated from its head by an adjective or a quotation mark,
    before the object of a verb that takes two, is the first object."""
    for c in doc:
        h = c.head
        if c.dep_ == "compound" and c.pos_ == "PROPN" and h.i == c.i + 1 and h.lower_ in ("command", "charge", "control") \
                and h.dep_ in ("obj", "dobj") and base_word(h.head) in DITRANSITIVE_VERBS | {"hand"} and \
                not any(x.i < c.i for x in h.children) and not any(x.i < c.i for x in c.children):
            # ("gave Doolittle/compound command of the Eighth": the one given it)
            apply_edits(c.sent, [(c, h.head, "iobj")])
            continue
        if c.dep_ != "compound" or c.pos_ != "NOUN" or h.dep_ not in ("obj", "dobj") or h.i <= c.i or \
                base_word(h.head) not in DITRANSITIVE_VERBS or \
                any(x.dep_ in ("iobj", "dative") for x in h.head.children):
            continue
        between = doc[c.i + 1:h.i]
        if between and any(t.tag_ in ("``", "''") or t.pos_ == "ADJ" for t in between) and \
                all(t.head == h or t.head == c for t in between):
            apply_edits(c.sent, [(c, h.head, "iobj")])
        elif h.i == c.i + 1 and h.lower_ in ("priority", "precedence"):
            # ("gave Geilenberg's programme/compound priority": the possessor hung on "priority" is the receiver's)
            owners = [x for x in h.children if x.dep_ in ("nmod:poss", "poss", "det") and x.i < c.i]
            if owners:
                apply_edits(c.sent, [(c, h.head, "iobj")] + [(x, c, x.dep_) for x in owners])
    return doc


def participles_after_subjects(doc: Doc) -> Doc:
    """"Doolittle's bombers struck/VBN/acl Zwickau/xcomp" read as one noun phrase with the verb a
    participle: in a sentence with no finite verb, a participle right after the root noun
    that takes a name or noun as its object (or a that-clause) is the verb, the noun its subject."""
    for v in doc:
        noun = v.head
        if v.tag_ not in ("VBN", "VBD") or v.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") \
                or v.i != noun.right_edge.i + 1 and not all(t.head == noun or t.head.head == noun
                                                          for t in doc[noun.i + 1:v.i]) or v.i < noun.i:
            continue
        sent = v.sent
        # "The Ministry of Economic Warfare estimated/acl that the plants produced/acl ...": the
        # that-clause the parser hung on the noun is the verb's
        clause = next((c for c in noun.children if c.i > v.i and c.dep_ in ("acl", "acl:relcl", "ccomp") and
                       c.left_edge.i == v.i + 1 and c.left_edge.lower_ == "that" and
                       any(x.dep_.startswith("nsubj") for x in c.children)), None)
        below = {t.i for t in v.subtree}  # (its own conjuncts: "struck Zwickau, and on 28 May they returned")
        below |= {t.i for t in clause.subtree} if clause is not None else set()
        if has_finite_verb(t for t in sent if t.i not in below) or \
                any(case_of(c) == "by" for c in v.children):
            continue  # (a finite verb elsewhere; "the plants struck by the Eighth": a passive)
        objs = [c for c in v.children if c.dep_ in ("xcomp", "obj", "dobj") and c.i > v.i and
                c.pos_ in ("PROPN", "NOUN")]
        if not objs and clause is not None:
            edits = [(v, v, "ROOT"), (noun, v, "nsubj"), (clause, v, "ccomp")]
            edits += [(c, v, c.dep_) for c in noun.children if c.is_punct and c.i > clause.i]
            if apply_edits(sent, edits):
                v.tag_, v.pos_ = "VBD", "VERB"
            continue
        if not objs:
            continue
        edits = [(v, v, "ROOT"), (noun, v, "nsubj"), (objs[0], v, "obj")]
        edits += [(c, v, c.dep_) for c in noun.children if c.dep_.startswith("obl") or c.is_punct and c.i > v.i]
        if apply_edits(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def verbs_read_as_compounds(doc: Doc) -> Doc:
    """"The Eighth Air Force hit/NN/compound Ruhland/ROOT on 12 September" read as one name:
    in a sentence with no finite verb, a past tense between a name and the root noun is the
    verb, the name before it its subject and the root its object."""
    for v in doc:
        noun = v.head
        if v.lower_ not in VERB_NOUN_FORMS or v.tag_.startswith("VB") or v.dep_ not in ("compound", "amod") or \
                noun.dep_ != "ROOT" or noun.i != v.i + 1 or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        subj = next((c for c in v.children if c.i == v.i - 1 and (c.pos_ == "PROPN" or c.tag_ in ("NNP", "NNPS"))),
                    None)
        sent = v.sent
        # (the clause ends at a semicolon: "...; both plants were out of action")
        end = next((t.i for t in doc[v.i:sent.end] if t.text == ";"), sent.end)
        if subj is None or has_finite_verb(doc[sent.start:end]):
            continue
        edits = [(v, v, "ROOT"), (subj, v, "nsubj"), (noun, v, "obj")]
        edits += [(c, v, c.dep_) for c in v.children if c.i < subj.left_edge.i]
        edits += [(c, subj, c.dep_) for c in noun.children if c.dep_ == "det" and c.i < subj.i]
        edits += [(c, v, "obl" if c.dep_.startswith("nmod") else c.dep_) for c in noun.children
                  if c.i > noun.i and (c.dep_.startswith(("nmod", "obl", "parataxis")) or c.is_punct)]
        if apply_edits(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def verbs_after_appositions(doc: Doc) -> Doc:
    """"Pölitz, the largest synthetic plant in Germany, lay/conj north of Stettin" with the name
    the root and the verb a conjunct of its apposition: the verb is the root, the name its
    subject."""
    for name in doc:
        if name.dep_ != "ROOT" or name.pos_ not in ("PROPN", "NOUN"):
            continue
        appos = next((a for a in name.children if a.dep_ == "appos" and a.i > name.i and
                      "," in (doc[a.left_edge.i].text, doc[a.left_edge.i - 1].text)), None)
        verb = next((v for v in appos.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and
                     doc[v.i - 1].text == "," and not any(x.dep_.startswith(("nsubj", "csubj")) for x in v.children)),
                    None) if appos is not None else None
        if verb is None:
            # ("General Doolittle, the Eighth's commander, shared/amod Spaatz's faith/appos in ...": the
            # verb read as an adjective of an apposition after the first)
            later = next((a for a in name.children if a.dep_ == "appos" and a.i > name.i and
                          doc[a.left_edge.i].tag_ in ("VBD", "VBN") and doc[a.left_edge.i].dep_ == "amod" and
                          doc[a.left_edge.i - 1].text == ","), None)
            if later is not None:
                v = doc[later.left_edge.i]
                if apply_edits(name.sent, [(v, v, "ROOT"), (name, v, "nsubj"), (later, v, "obj")] +
                          [(c, v, c.dep_) for c in name.children if c.i > later.right_edge.i]):
                    v.tag_, v.pos_ = "VBD", "VERB"
                continue
        if verb is None and name.i + 1 < len(doc) and doc[name.i + 1].text == ",":
            # ("Spaatz, in turn, pressed/parataxis Eisenhower": the verb after a phrase set off by commas)
            verb = next((v for v in name.children if v.dep_ in ("parataxis", "acl", "dep") and v.i > name.i + 2 and
                         v.tag_ in ("VBD", "VBN") and doc[v.i - 1].text == "," and
                         not any(x.dep_.startswith(("nsubj", "csubj", "aux")) for x in v.children)), None)
            if verb is not None and apply_edits(name.sent, [(verb, verb, "ROOT"), (name, verb, "nsubj")] +
                                           [(c, verb, c.dep_) for c in name.children if c.i > verb.i]):
                verb.tag_, verb.pos_ = "VBD", "VERB"
            continue
        if verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (name, verb, "nsubj")]
        edits += [(c, verb, c.dep_) for c in name.children if c.i > verb.i]  # (the full stop)
        apply_edits(name.sent, edits)
    return doc


def priorities_read_as_heads(doc: Doc) -> Doc:
    """"to give the repair of the hydrogenation plants/compound priority/nmod over everything else":
    a plural noun does not modify "priority"; the noun phrase ends with it and "priority" is
    what is given (the verb's object)."""
    for t in doc:
        if t.lower_ not in ("priority", "precedence") or t.i == 0:
            continue
        c = doc[t.i - 1]
        if c.dep_ != "compound" or c.head.i != t.i or c.tag_ not in ("NNS", "NNPS"):
            continue
        verb = t.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if base_word(verb) not in ("give", "accord", "grant", "assign", "allot") or \
                any(x.dep_ in ("obj", "dobj") and x.lower_ in ("priority", "precedence") for x in verb.children):
            continue
        edits = [(c, t.head, t.dep_), (t, verb, "obj")]
        edits += [(x, c, x.dep_) for x in t.children if x.i < c.i]
        apply_edits(t.sent, edits)
    return doc


def passives_without_auxiliaries(doc: Doc) -> Doc:
    """"Bufton's committee/nsubj:pass recommended/VBN in November that ..." with no "was": a
    participle read as a passive that has no auxiliary, no agent and a clause or object of its
    own is an active past tense (but a headline's "Leuna bombed by the RAF" stays passive). So is
    a past tense read as a passive without an auxiliary ("Bottomley/nsubj:pass answered/VBD for the
    Air Staff")."""
    for v in doc:
        if v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("ROOT", "conj") or \
                any(c.dep_.startswith("aux") or case_of(c) == "by" for c in v.children) or \
                v.tag_ == "VBN" and not any(c.dep_ in ("ccomp", "obj", "dobj") and c.i > v.i for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj:pass", "nsubjpass") and c.i < v.i), None)
        if subj is not None and apply_edits(v.sent, [(subj, v, "nsubj")]):
            v.tag_ = "VBD"
    return doc


def perfects_read_as_passives(doc: Doc) -> Doc:
    """"Bufton, who/nsubj:pass had long pressed for an offensive against oil, ...": a verb with
    "have" and no "be" before it is active; its subject is no passive one."""
    for v in doc:
        subj = next((c for c in v.children if c.dep_ in ("nsubj:pass", "nsubjpass") and c.i < v.i), None)
        if subj is None or v.tag_ != "VBN":
            continue
        auxes = [c for c in v.children if c.dep_.startswith("aux") and c.i < v.i]
        # (the lemmatizer leaves "had" as it is)
        if any(base_word(a) == "have" or a.lower_ in ("has", "had") for a in auxes) and not any(a.dep_ in ("aux:pass", "auxpass") or
                                                              base_word(a) in ("be", "get") for a in auxes):
            apply_edits(v.sent, [(subj, v, "nsubj")])
    return doc


def set_off_participles_read_as_roots(doc: Doc) -> Doc:
    """"Bomber Command's Lancasters, escorted/ROOT by Spitfires, attacked/conj Homberg" with the
    participle set off after the subject made the main verb: the finite verb after it is the
    root, the subject its subject, the participle a clause on the subject. So too a present participle
    with a subject and no auxiliary ("The bombers of No. 3 Group, using/ROOT the G-H device, hit/VB/parataxis
    the Homberg plant": a verb whose past is its base form, set off after the phrase, is the past)."""
    for p in doc:
        if p.dep_ != "ROOT" or p.tag_ not in ("VBN", "VBG") or p.i < 2 or doc[p.i - 1].text != "," or \
                any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in p.children):
            continue
        subj = next((c for c in p.children if c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj") and c.i < p.i), None)
        verb = next((c for c in p.children if c.dep_ in ("conj", "parataxis") and c.i > p.i and (
                     c.tag_ in ("VBD", "VBZ", "VBP") or
                     c.tag_ == "VB" and c.lower_ in PAST_AS_BASE and p.tag_ == "VBG") and
                     doc[c.i - 1].text == "," and not any(x.dep_.startswith(("nsubj", "aux")) or x.dep_ == "mark"
                                                          for x in c.children)), None)
        if subj is None or verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (subj, verb, "nsubj"), (p, subj, "acl")]
        edits += [(c, verb, c.dep_) for c in p.children if c.i > verb.i]  # (the full stop)
        if apply_edits(p.sent, edits) and verb.tag_ == "VB":
            verb.tag_ = "VBD"
    return doc


def verbs_read_as_modifiers_after_set_off_phrases(doc: Doc) -> Doc:
    """"The synthetic plant/ROOT at Pölitz, near Stettin, produced/VBN/amod aviation fuel for the
    Luftwaffe" with no finite verb: a past tense right after the phrase set off after the root noun
    is the verb, that noun its subject and the noun it modified its object."""
    for v in doc:
        n, root = v.head, v.sent.root
        if v.dep_ not in ("amod", "compound") or not could_be_finite(v) or n.i <= v.i or \
                n.pos_ not in ("NOUN", "PROPN") or v.i < 2 or doc[v.i - 1].text != "," or \
                root.pos_ not in ("NOUN", "PROPN") or root.i >= v.i - 2 or \
                has_finite_verb(t for t in v.sent if t.i != v.i):
            continue
        edits = [(v, v, "ROOT"), (root, v, "nsubj"), (n, v, "obj")]
        edits += [(c, root, "nmod" if not c.is_punct else "punct") for c in n.children if c.i < v.i]
        edits += [(c, v, "obl") for c in n.children if c.i > n.i and case_of(c) in ("for", "to", "from")]
        edits += [(c, v, c.dep_) for c in root.children if c.is_punct and c.i > n.i]
        if apply_edits(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def subjects_read_as_roots(doc: Doc) -> Doc:
    """"Hitler/ROOT, furious at the Luftwaffe's failure to defend the plants, blamed/acl Göring and
    ordered/conj>Hitler him to ...": a name opening the sentence made its root, with a phrase set off
    after it: the finite verb after that phrase is the root, the name its subject."""
    for sent in doc.sents:
        n = sent.root
        # (the noun's own phrases may come before the comma: "The first attack on Pölitz, on 20 June, ...")
        own_end = max([n.i] + [c.right_edge.i for c in n.children if c.i > n.i and c.dep_.startswith("nmod")])
        after = last_word(n) + 1
        if n.pos_ not in ("PROPN", "NOUN") or n.left_edge.i != sent.start or n.i + 2 >= sent.end or \
                not (after < len(doc) and doc[after].text in (",", "\u2014")) and doc[n.i + 1].text != "," and \
                not (own_end + 1 < sent.end and doc[own_end + 1].text == ","):
            continue
        # (a past tense may be tagged as a participle: "Kehrl, who ran the office, calculated/VBN that ...")
        v = next((t for t in doc[n.i + 3:sent.end] if (t.tag_ in ("VBD", "VBZ", "VBP") or could_be_finite(t)) and
                  t.pos_ == "VERB" and doc[t.i - 1].text == ","), None)
        # (or a passive after the phrase: "The Americans' first attack/ROOT on Pölitz, on 20 June, was
        # carried/parataxis out by the 2nd Division")
        passive = v is None and (v := next((t for t in doc[n.i + 3:sent.end] if t.tag_ == "VBN" and t.pos_ == "VERB" and
                                            doc[t.i - 2].text == "," and doc[t.i - 1].dep_ == "aux:pass" and
                                            doc[t.i - 1].head.i == t.i and t.head.i == n.i), None)) is not None
        if v is None or any(c.dep_.startswith("nsubj") for c in v.children):
            continue
        edits = [(v, v, "ROOT"), (n, v, "nsubj:pass" if passive else "nsubj")]
        o = doc[v.i + 1] if v.i + 1 < sent.end else None
        if o is not None and o.pos_ in ("PROPN", "NOUN") and o.head != v and not any(c.dep_ in ("obj", "dobj")
                                                                                    for c in v.children):
            edits.append((o, v, "obj"))
        edits += [(c, v, "conj") for c in n.children if c.dep_ == "conj" and c.i > v.i and c.pos_ == "VERB"]
        edits += [(c, n, "amod" if c.pos_ == "ADJ" else "appos") for c in n.children if c.dep_ == "conj" and c.i < v.i]
        edits += [(c, v, c.dep_) for c in n.children if c.is_punct and c.i > v.i]
        apply_edits(sent, edits)
    return doc


def coordinated_subjects_read_as_roots(doc: Doc) -> Doc:
    """"Both the British/ROOT and the Americans/nsubj bombed/conj>British the refinery": the first of two
    coordinated subjects made the root, the verb a conjunct with the second as its subject; the verb
    is the root, and both its subjects."""
    for sent in doc.sents:
        r = sent.root
        if r.pos_ not in ("ADJ", "NOUN", "PROPN") or r.left_edge.i != sent.start:
            continue
        v = next((c for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > r.i), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj" and r.i < c.i < v.i), None) if v is not None else None
        cc = next((c for c in v.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == r.i + 1), None) \
            if subj is not None else None
        if cc is None or subj.left_edge.i != cc.i + 1 or subj.right_edge.i != v.i - 1:
            continue
        edits = [(v, v, "ROOT"), (r, v, "nsubj"), (subj, r, "conj"), (cc, subj, "cc")]
        edits += [(c, v, c.dep_) for c in r.children if c.is_punct and c.i > v.i]
        apply_edits(sent, edits)
    return doc


def phrases_read_into_subjects(doc: Doc) -> Doc:
    """"At/case the Nuremberg trial/compound Speer/nsubj testified": an opening phrase read as
    the name's modifiers: the noun before the name, with the preposition, is the verb's phrase (so is
    a place's name right after an opening "at" or "in": "At Nuremberg/compound Speer testified")."""
    for name in doc:
        verb = name.head
        if name.dep_ not in ("nsubj", "nsubj:pass") or not name.is_title or name.i < 2 or verb.i < name.i:
            continue
        # (the preposition may hang on the verb, right before the phrase: "In/case>said his post-war
        # interrogation/compound Speer/nsubj said")
        prep = next((c for c in name.children if c.dep_ == "case" and c.i == name.left_edge.i), None) or \
            next((c for c in verb.children if c.dep_ == "case" and c.i == name.left_edge.i - 1), None)
        noun = doc[name.i - 1]
        # (or a place's name right after an opening "at" or "in": "At/case Nuremberg/compound Speer testified")
        place = prep is not None and prep.i == name.sent.start and prep.lower_ in ("at", "in") and \
            noun.pos_ == "PROPN" and noun.is_title and noun.i == prep.i + 1
        if prep is None or noun.head != name or noun.dep_ != "compound" or \
                not (noun.pos_ == "NOUN" and noun.is_lower or place):
            continue
        edits = [(noun, verb, "obl"), (prep, noun, "case")]
        edits += [(c, noun, c.dep_) for c in name.children if c.dep_ in ("det", "amod", "nmod:poss") and c.i < noun.i]
        apply_edits(name.sent, edits)
    return doc


def opening_prepositions_read_as_heads(doc: Doc) -> Doc:
    """"Over/AFX/advcl Pölitz/goeswith on 20 June the Eighth lost 14 bombers": a preposition opening the
    sentence, read as a word of its own with the name after it hung on it, is the name's preposition; the
    name is the verb's phrase, and what hung on the preposition is the verb's too."""
    for w in doc:
        if w.i != w.sent.start or w.lower_ not in FRONTED_PREPOSITIONS or w.dep_ in ("case", "mark", "fixed") or \
                w.i + 1 >= len(doc) or w.head.i == w.i:
            continue
        name = doc[w.i + 1]
        if name.pos_ != "PROPN" or name.head.i != w.i or w.head.pos_ not in ("VERB", "AUX"):
            continue
        edits = [(name, w.head, "obl"), (w, name, "case")]
        edits += [(c, w.head, c.dep_) for c in w.children if c.i != name.i]
        if apply_edits(w.sent, edits):
            w.tag_, w.pos_ = "IN", "ADP"
    return doc


def inverted_auxiliaries(doc: Doc) -> Doc:
    """"Not until 6 September did/AUX Bomber Command return/NN to the plants": after a fronted
    negative or time phrase the auxiliary comes before the subject; the word after the name, which
    the name was made to modify, is the verb."""
    for d in doc:
        if d.lower_ not in ("did", "does", "do") or d.pos_ != "AUX" or d.i + 2 >= len(doc) or d.i == d.sent.start:
            continue
        k = d.i + 1
        while k < d.sent.end and doc[k].pos_ == "PROPN":
            k += 1
        v = doc[k] if k < d.sent.end else None
        if v is None or k == d.i + 1 or v.pos_ not in ("NOUN", "VERB") or not v.is_lower or \
                any(c.dep_ == "det" for c in v.children) or doc[k - 1].head != v:
            continue
        name = doc[k - 1]
        edits = [(d, v, "aux"), (name, v, "nsubj")]
        # ("Not until 6 September": the fronted phrase is the verb's, a date never its subject)
        edits += [(c, v, "obl" if c.dep_.startswith("nsubj") else c.dep_) for c in d.children if c.i < d.i]
        if apply_edits(d.sent, edits):
            v.pos_, v.tag_ = "VERB", "VB"
    return doc


def subjects_after_fronted_negatives(doc: Doc) -> Doc:
    """"Not until July did/VERB the Fifteenth Air Force/obj, operating from Foggia, resume/conj its
    attacks", "Only in September did/ROOT the Eighth Air Force return/obj to Pölitz": after a fronted
    "not until", "only", "never" ... the "do" before a name is the auxiliary of the plain verb after the
    name (or after an aside set off by commas), the name its subject, the fronted phrase the verb's."""
    for d in doc:
        sent = d.sent
        if d.lower_ not in ("did", "does", "do") or d.i == sent.start or sent[0].lower_ not in FRONTED_NEGATIVES or \
                any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:d.i]):
            continue
        k = d.i + 1
        det = doc[k] if doc[k].lower_ == "the" else None
        k += det is not None
        first = k
        while k < sent.end and (doc[k].pos_ == "PROPN" or doc[k].tag_ in ("NNP", "NNPS")):
            k += 1
        if k == first or k >= sent.end:
            continue
        name = doc[k - 1]
        v = doc[k]
        if v.text == ",":  # (an aside between the subject and the verb)
            close = next((t for t in doc[k + 1:sent.end] if t.text == ","), None)
            v = doc[close.i + 1] if close is not None and close.i + 1 < sent.end else None
            if v is None or v.tag_ != "VB":
                continue
        elif not v.is_lower or v.pos_ not in ("NOUN", "VERB") or v.tag_ not in ("VB", "NN"):
            continue
        if sent.root not in (d, name, v) or name.head == v and name.dep_.startswith("nsubj") and d.head == v:
            continue
        edits = [(v, v, "ROOT"), (d, v, "aux"), (name, v, "nsubj")]
        if det is not None:
            edits.append((det, name, "det"))
        for x in (d, name):
            for c in x.children:
                if c in (v, d, name, det) or x == name and d.i < c.i < name.i:
                    continue
                if c.i < d.i:  # (the fronted phrase: "the end of July" is never a subject)
                    edits.append((c, v, "obl" if c.dep_.startswith("nsubj") else c.dep_))
                elif x == d or c.dep_ in ("conj", "advcl", "parataxis") or c.is_punct and c.i > v.i:
                    edits.append((c, v, c.dep_))
        if apply_edits(sent, edits):
            v.pos_, v.tag_ = "VERB", "VB"
    return doc


def verbs_with_auxiliaries_read_as_modifiers(doc: Doc) -> Doc:
    """"Dorsch, was given/amod charge/ROOT of the underground plants": a word with an auxiliary of its
    own is a verb, never a modifier; the noun it was made to modify is its object."""
    for v in doc:
        n = v.head
        if v.dep_ != "amod" or v.tag_ not in ("VBN", "VBD") or n.i != v.i + 1 or \
                not any(c.dep_.startswith("aux") and c.i < v.i for c in v.children):
            continue
        edits = [in_place_of(v, n), (n, v, "obj")]
        edits += [(c, v, c.dep_) for c in n.children if c.i < v.i or c.is_punct and c.i > n.i and
                  c.i == v.sent.end - 1]
        apply_edits(v.sent, edits)
    return doc


def verbs_read_as_modifiers(doc: Doc) -> Doc:
    """"Speer in turn instructed/VBN/amod Geilenberg to use/ROOT prisoners" with the verb read as
    a modifier of its object: in a sentence with no finite verb, a past tense right after the
    opening name (and a phrase of its own) is the verb, the noun it modified its object."""
    for v in doc:
        if v.tag_ not in ("VBD", "VBN") or v.dep_ not in ("amod", "compound") or v.head.i <= v.i or \
                v.head.pos_ != "PROPN" or v.i < 1:
            continue
        sent, obj = v.sent, v.head
        subj = sent[0]
        if subj.i >= v.i or not (subj.pos_ in ("PROPN", "NOUN") or subj.tag_ in ("NNP", "NN")) or \
                has_finite_verb(t for t in sent if t.i != v.i) or \
                any(t.i not in {x.i for x in subj.subtree} for t in doc[subj.i:v.i]):
            continue
        root = sent.root
        edits = [(v, v, "ROOT"), (subj, v, "nsubj"), (obj, v, "obj")]
        if root.i not in (v.i, subj.i, obj.i):
            edits.append((root, v, "xcomp" if any(c.lower_ == "to" for c in root.children) else "ccomp"))
        if apply_edits(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def finite_verbs_read_as_conjuncts_of_infinitives(doc: Doc) -> Doc:
    """"Tedder thought the oil plan too slow to affect/VB the battle and pressed/VBD/conj>affect Eisenhower
    to ...": a past tense with no subject of its own, coordinated with an infinitive, is coordinated with
    the finite verb the infinitive hangs under, whose subject it shares."""
    for v in doc:
        inf = v.head
        # (or a verb with a modal of its own: "... to attack/VB the plants but would not dismiss/conj>attack him")
        modal = v.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
        if v.tag_ != "VBD" and not modal or v.dep_ != "conj" or inf.tag_ != "VB" or inf.i >= v.i or \
                not any(c.lower_ == "to" and c.dep_ == "mark" for c in inf.children) or \
                not any(c.dep_ == "cc" for c in v.children) or \
                any(c.dep_.startswith(("nsubj", "csubj")) or c.dep_.startswith("aux") and c.tag_ != "MD"
                    for c in v.children):
            continue
        finite = next((a for a in inf.ancestors if a.tag_ in ("VBD", "VBZ", "VBP") and a.pos_ in ("VERB", "AUX")), None)
        if finite is not None:
            apply_edits(v.sent, [(v, finite, "conj")])
    return doc


def receivers_read_into_counted_objects(doc: Doc) -> Doc:
    """"cost the/iobj 15th Air Force/compound>bombers 18 bombers/obj": a determiner made the verb's first
    object with the name after it read into the counted second object; the name up to the number is
    the first object, the determiner its own, the number the second object's (also with the determiner
    left on the counted object, for a verb that takes two: "cost the/det>bombers Eighth Air Force/compound>bombers
    46/flat>Force bombers/obj")."""
    for det in doc:
        verb = det.head
        if det.dep_ == "det" and verb.dep_ in ("obj", "dobj") and base_word(verb.head) in TWO_OBJECT_VERBS:
            verb = verb.head
        elif det.dep_ not in ("iobj", "obj"):
            continue
        if det.tag_ != "DT" or verb.pos_ != "VERB" or verb.i >= det.i:
            continue
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > det.i + 2), None)
        if obj is None:
            continue
        num = next((t for t in doc[det.i + 2:obj.i] if t.like_num and t.tag_ == "CD"), None)
        if num is None or num.i + 1 != obj.i:
            continue
        name = doc[det.i + 1:num.i]
        head = name[-1]
        if head.pos_ != "PROPN" or not all(t.pos_ in ("PROPN", "ADJ", "NUM") and obj.left_edge.i <= t.i for t in name):
            continue
        edits = [(head, verb, "iobj"), (det, head, "det"), (num, obj, "nummod")]
        edits += [(t, head, "amod" if t.pos_ == "ADJ" else "compound") for t in name[:-1] if t.head.i == obj.i]
        apply_edits(det.sent, edits)
    return doc


def as_phrases_hung_on_objects_clauses(doc: Doc) -> Doc:
    """"Portal regarded Harris's failure to attack/acl>failure the plants as/case a breach/obl>attack of the
    directive": the "as" phrase of a verb of judging, hung on an infinitive inside its object, is the
    verb's (what the failure was regarded as)."""
    for n in doc:
        inf = n.head
        if case_of(n) != "as" or not n.dep_.startswith(("obl", "nmod")) or inf.tag_ != "VB" or \
                inf.dep_ not in ("acl", "xcomp") or inf.i >= n.i:
            continue
        obj = inf.head
        verb = obj.head
        if obj.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or not verb_in(verb, AS_JUDGING_VERBS) or \
                any(case_of(c) == "as" for c in verb.children):
            continue
        apply_edits(n.sent, [(n, verb, "obl")])
    return doc


def could_be_finite(v: Token) -> bool:
    """A past tense, or a participle with the past tense's form ("struck", "bombed"; not "driven", "done")."""
    return v.tag_ == "VBD" or v.tag_ == "VBN" and not v.lower_.endswith(("n", "ne")) and \
        not any(c.dep_.startswith("aux") or case_of(c) == "by" for c in v.children)


def finite_verbs_read_as_clauses_on_subjects(doc: Doc) -> Doc:
    """"The Americans bombed/VBD/acl Ruhland ..., and Bomber Command followed/ROOT with ..." with the
    first clause's verb hung on its subject and both subjects given to the second verb: a past
    tense with an object, on a subject of a root that has a second subject after it, is a verb of
    its own, coordinated with the root; or the root's superior where the second clause opens with
    "while", "as", ... ("Fortresses of the 1st and 3rd Air Divisions/conj struck/VBN/acl Ruhland
    while the 2nd Air Division's Liberators attacked/ROOT the refinery")."""
    for v in doc:
        if v.dep_ != "acl" or not could_be_finite(v) or \
                not any(c.dep_ in ("obj", "dobj") or c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN")
                        for c in v.children if c.i > v.i):
            continue
        noun = v.head  # (the subject, or a noun inside its phrase)
        while noun.dep_ in ("conj", "nmod") and noun.head.i < noun.i:
            noun = noun.head
        root = noun.head
        if noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN"):
            # ("The Eighth's bombers/ROOT struck/acl Merseburg ...; Bomber Command followed/relcl>bombers": the
            # second clause after a semicolon hung on the noun as a relative)
            later = next((c for c in noun.children if c.dep_ in ("acl:relcl", "relcl") and c.i > v.i and
                          any(x.dep_.startswith("nsubj") and x.i < c.i and x.pos_ in ("PROPN", "NOUN")
                              for x in c.children) and
                          any(t.text == ";" for t in doc[v.right_edge.i:c.i])), None)
            if later is None:
                continue
            edits = [(v, v, "ROOT"), (noun, v, "nsubj"), (later, v, "parataxis")]
            edits += [(c, v, "obj") for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN")]
            edits += [(c, v, c.dep_) for c in noun.children if c.is_punct and c.i > v.i]
            if apply_edits(v.sent, edits):
                v.tag_, v.pos_ = "VBD", "VERB"
            continue
        if noun.dep_ not in ("nsubj", "nsubj:pass") or root.dep_ != "ROOT":
            continue
        second = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and v.i < c.i < root.i]
        if not second:
            continue
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS and
                     v.i < c.i < second[0].i), None)
        edits = [(v, v, "ROOT"), (noun, v, noun.dep_), (root, v, "conj" if mark is None else "advcl")]
        edits += [(c, v, "obj") for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN")]
        # (the conjunction and comma before the second clause go with it)
        edits += [(c, root, c.dep_) for c in root.children if c.dep_ in ("cc", "punct") and v.i < c.i < second[0].i]
        edits += [(c, v, c.dep_) for c in root.children if c.is_punct and c.i == root.sent.end - 1]
        if apply_edits(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def subjects_with_prepositions(doc: Doc) -> Doc:
    """"In/mark his memoirs/nsubj Tedder/nsubj claimed that ...": a subject never takes a
    preposition; with another subject on the verb, the phrase is an oblique."""
    for t in doc:
        verb = t.head
        if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        # (the preposition may hang on the verb, right before the phrase)
        # ("by" is left alone: "The draft prepared by Bufton/nsubj:pass was sent": the participle's agent)
        # ("who as/case State Secretary/nsubj ... was responsible": "as" on a noun is a preposition)
        prep = next((c for c in leading_prepositions(t) if
                     c.lower_ not in ("by", "that", "whether", "if", "because", "although", "though", "while", "as",
                                      "since", "until", "unless", "than") or
                     c.lower_ == "as" and c.dep_ == "case" and c.head.i == t.i), None)  # (not a conjunction)
        if prep is None:
            continue
        if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != t.i for c in verb.children):
            # ("In the Air Ministry/nsubj, Bufton/conj and his colleagues/conj argued": the phrase set off
            # before the names is the oblique, the first name the subject, the rest joined to it)
            joined = [c for c in t.children if c.dep_ == "conj" and c.i > t.i]
            if not joined or not comma_before(joined[0]) or \
                    any(x.dep_ == "cc" and x.i < joined[0].i for x in joined[0].children):
                continue
            first = joined[0]
            edits = [(t, verb, "obl"), (prep, t, "case"), (first, verb, t.dep_), (first.doc[first.i - 1], verb, "punct")]
            edits += [(c, first, "conj") for c in joined[1:]]
        else:
            edits = [(t, verb, "obl"), (prep, t, "case")]
        apply_edits(t.sent, edits)
    return doc


def saying_verbs_read_as_nouns(doc: Doc) -> Doc:
    """"Spaatz's diary/compound records/NNS/ROOT that he and Tedder dined ...", "Spaatz/nsubj
    reports/NNS/ROOT that the Eighth ...": in a sentence with no finite verb, a word that is also a
    verb of saying, right before "that", after the noun it was made to head (or whose subject it was
    given), is the verb; that noun its subject."""
    for t in doc:
        if t.lower_ not in SAYING_VERB_FORMS or t.dep_ != "ROOT" or t.pos_ != "NOUN" or t.i + 1 >= len(doc) or \
                doc[t.i + 1].lower_ != "that":
            continue
        subj = next((c for c in t.children if c.dep_ in ("compound", "nmod", "nsubj") and c.i == t.i - 1), None)
        clause = next((c for c in t.children if c.i > t.i + 1 and c.pos_ in ("VERB", "AUX") and
                       c.left_edge.i == t.i + 1), None)
        if subj is None or clause is None or has_finite_verb(x for x in t.sent if x.i not in {y.i for y in clause.subtree}):
            continue
        extra = [(c, subj, c.dep_) for c in t.children if c.dep_ in ("nmod:poss", "poss", "det") and c.i < subj.i]
        # ("reports that the Eighth and Fifteenth have reduced ..., and asks/conj>reduced for ...": a
        # verb in the reporting verb's form, with no subject, where the clause's verb has another, goes on
        # with the report)
        forms = {x.tag_ for x in [clause] + [a for a in clause.children if a.dep_ == "aux"]}
        extra += [(c, t, "conj") for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBZ" and
                   "VBZ" not in forms and not any(x.dep_.startswith("nsubj") for x in c.children)]
        if apply_edits(t.sent, [(subj, t, "nsubj"), (clause, t, "ccomp"), (doc[t.i + 1], clause, "mark")] + extra):
            t.tag_, t.pos_ = "VBZ", "VERB"
            doc[t.i + 1].tag_, doc[t.i + 1].pos_ = "IN", "SCONJ"
    return doc


def agents_hung_on_nouns(doc: Doc) -> Doc:
    """"The Joint Intelligence Committee, chaired/acl by Victor Cavendish-Bentinck/nmod>Committee,
    reported": a "by" phrase right after a participle on a noun, hung on the noun, is the
    participle's agent."""
    for v in doc:
        if v.dep_ != "acl" or v.tag_ != "VBN" or v.right_edge.i + 1 >= len(doc):
            continue
        x = next((c for c in v.head.children if c.i > v.i and c.left_edge.i == v.right_edge.i + 1 and
                  case_of(c) == "by" and c.dep_ in ("nmod", "obl")), None)
        if x is not None:
            apply_edits(v.sent, [(x, v, "obl")])
    return doc


def objects_read_as_second_subjects(doc: Doc) -> Doc:
    """"Milch, ..., warned Göring/nsubj in June that the fuel crisis would/dep>Göring ground ...": a
    second subject right after a verb that has one before it and no object is the object, and a
    that-clause hung on it is the verb's (an inverted aside has no subject before its verb: ",
    said Speer")."""
    for v in doc:
        if v.pos_ != "VERB" or any(c.dep_ in ("obj", "dobj", "iobj") for c in v.children):
            continue
        before = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        after = [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i and c.left_edge.i == v.i + 1]
        if not before or len(after) != 1 or after[0].pos_ != "PROPN":
            continue
        obj = after[0]
        clauses = [c for c in obj.children if c.dep_ in ("dep", "ccomp", "acl") and c.i > obj.i and
                   any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)]
        apply_edits(v.sent, [(obj, v, "obj")] + [(c, v, "ccomp") for c in clauses])
    return doc


def second_objects_read_as_appositions(doc: Doc) -> Doc:
    """"struck Blechhammer North and Blechhammer South/obj, the two synthetic plants/obj in Upper
    Silesia": a common noun with its determiner, set off by a comma right after the verb's object,
    is that object's apposition, not a second object."""
    for v in doc:
        objs = sorted((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i > v.i), key=lambda c: c.i)
        for o1, o2 in zip(objs, objs[1:]):
            k = o1.right_edge.i + 1
            if k + 1 >= len(doc) or doc[k].text != "," or o2.left_edge.i not in (k, k + 1) or o2.pos_ != "NOUN" or \
                    is_date_word(o1) or not any(c.dep_ in ("det", "nmod:poss") for c in o2.children):
                continue
            # (a conjunct after a comma is another object: "..., as well as the refinery at Odertal")
            apply_edits(v.sent, [(o2, o1, "appos")] + [(c, o2, "punct") for c in v.children if c.i == k] +
                        [(c, o1, "conj") for c in o2.children if c.dep_ == "conj" and comma_before(c)])
    return doc


def saying_verbs_read_as_participles(doc: Doc) -> Doc:
    """"The Ministry of Economic Warfare estimated/acl>Warfare in its weekly appreciation that German oil
    production had fallen/ROOT" with the speaker made the subject of the reported clause: a verb of
    saying read as a participle on the subject, before a "that" clause which has a subject of its
    own, is the main verb, and the clause its content."""
    for v in doc:
        if v.tag_ not in ("VBN", "VBD") or v.dep_ != "acl" or base_word(v) not in SAYING_LEMMAS or \
                any(c.dep_ in ("ccomp", "nsubj", "nsubj:pass") for c in v.children):
            continue
        subj = subject_above(v.head, v.i)
        if subj.dep_ == "ROOT" and subj.pos_ in ("PROPN", "NOUN"):
            # ("The Ministry/ROOT of Economic Warfare calculated/acl that the plants produced/acl>Ministry ...":
            # the reported clause hung on the subject itself)
            clause = next((c for c in subj.children if c.dep_ in ("acl", "acl:relcl") and c.i > v.i and
                           any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children) and
                           any(x.dep_.startswith("nsubj") for x in c.children)), None)
            if clause is not None:
                edits = [(v, v, "ROOT"), (subj, v, "nsubj"), (clause, v, "ccomp")]
                edits += [(c, v, c.dep_) for c in subj.children if c.dep_ == "punct" and c.i > clause.i]
                if apply_edits(v.sent, edits):
                    v.tag_, v.pos_ = "VBD", "VERB"
            continue
        clause = subj.head
        if subj.dep_ != "nsubj" or clause.i < v.i or clause.pos_ not in ("VERB", "AUX", "ADJ") or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or \
                not any(c.dep_.startswith("nsubj") and c.i != subj.i and c.i > v.i for c in clause.children):
            continue
        if apply_edits(v.sent, [in_place_of(v, clause), (subj, v, "nsubj"), (clause, v, "ccomp")]):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def past_tenses_read_as_adjectives(doc: Doc) -> Doc:
    """"Spaatz convinced/JJ Eisenhower/iobj that the oil plan deserved a trial": an "-ed" word with
    a subject and an object of its own is a verb in the past tense, whatever its tag (an adjective
    takes no object). Only the tag changes, to VBD: the lemma stays the form's, and the relation
    patterns read a verb tagged so by its form."""
    for t in doc:
        if t.pos_ == "ADJ" and t.tag_ == "JJ" and t.lower_.endswith("ed") and \
                any(c.dep_ in ("obj", "iobj", "dobj") and c.i > t.i for c in t.children) and \
                any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
            t.tag_ = "VBD"
    return doc


def names_before_as_phrases(doc: Doc) -> Doc:
    """"Bufton/ROOT, as/mark Director/nsubj of Bomber Operations, was the Air Staff's most persistent
    advocate/conj>Bufton of the oil plan": the post a person acts "as", set off after the name, read
    as the subject of a clause hung on the name: the name is the subject, the clause the main one,
    the post its "as" phrase."""
    for t in doc:
        # (the "as" on the phrase, or on the clause right before it)
        clause, prep = t.head, next((c for c in leading_prepositions(t) if c.lower_ == "as"), None)
        name = clause.head
        if t.dep_ not in ("nsubj", "nsubj:pass") or prep is None or prep.i == 0 or doc[prep.i - 1].text != "," or \
                clause.dep_ not in ("conj", "parataxis", "appos", "dep") or name.dep_ != "ROOT" or \
                name.pos_ != "PROPN" or name.i > t.i:
            continue
        edits = [(clause, clause, "ROOT"), (name, clause, t.dep_), (t, clause, "obl"), (prep, t, "case")]
        edits += [(c, clause, c.dep_) for c in name.children if c.i > clause.i]  # (the full stop)
        if apply_edits(t.sent, edits):
            prep.pos_ = "ADP"  # (a preposition now, not a conjunction)
    return doc


def subjects_read_into_set_off_participles(doc: Doc) -> Doc:
    """"The Eighth Air Force/nsubj>lost, having lost 40 bombers over Merseburg, was ordered by Spaatz":
    the subject before a participle set off by commas (a perfect "having lost", or a plain -ing or
    -ed form) is the main verb's, which has none of its own."""
    for c in doc:
        v = c.head
        subj = next((x for x in c.children if x.dep_.startswith("nsubj") and x.i < c.i), None)
        if c.dep_ != "advcl" or c.tag_ not in ("VBN", "VBG") or v.i < c.i or v.pos_ not in ("VERB", "AUX") or \
                subj is None or any(x.dep_.startswith(("nsubj", "csubj", "expl")) for x in v.children) or \
                any(x.dep_ == "mark" for x in c.children):
            continue
        first = min(x.i for x in c.subtree if x.i > subj.right_edge.i and not x.is_punct)
        if doc[first - 1].text != "," or not any(t.text == "," for t in doc[c.right_edge.i:v.i + 1]):
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in v.children)
        edits = [(subj, v, "nsubj:pass" if passive else "nsubj")]
        if c.tag_ == "VBN" and not any(x.dep_.startswith("aux") for x in c.children):
            edits.append((c, subj, "acl"))  # ("A letter, dated 4 December, defended ...": the noun's participle)
        apply_edits(c.sent, edits)
    return doc


def verbs_read_as_clauses_on_root_nouns(doc: Doc) -> Doc:
    """"Control/ROOT of the strategic air forces passed/acl>forces to Eisenhower": a sentence whose
    root is the noun that opens it, with its only verb read as a clause on that noun or on the noun of
    its phrase. Prose has a main verb, so that verb is the root and the opening noun its subject
    (not where the verb has an agent or a subject of its own: "the plants attacked by the Eighth")."""
    for sent in doc.sents:
        n = sent.root
        if n.pos_ not in ("NOUN", "PROPN") or n.left_edge.i != sent.start or \
                any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "csubj") for c in n.children):
            continue
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        # (with its auxiliary, a verb is finite whatever it hangs on: "The Americans' first blow against
        # Leuna, on 12 May, was delivered/nmod>blow by 224 Fortresses")
        v = next((t for t in verbs if (t.dep_ == "acl" or t.dep_ == "nmod" and _has_finite_auxiliary(t)) and
                  t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and
                  (t.head == n or t.head.head == n and t.head.dep_.startswith(("nmod", "obl")))), None)
        if v is None or any(t not in v.subtree for t in verbs) or doc[v.i - 1].text == "," or any(
                c.dep_.startswith(("nsubj", "csubj", "expl", "mark")) or not _has_finite_auxiliary(v) and (
                    c.dep_ == "obl:agent" or c.dep_ == "obl" and case_of(c) == "by") for c in v.children):
            continue
        subj = "nsubj:pass" if any(c.dep_ in ("aux:pass", "auxpass") for c in v.children) else "nsubj"
        edits = [(v, v, "ROOT"), (n, v, subj)] + [(c, v, c.dep_) for c in n.children if c.i > v.i]
        apply_edits(sent, edits)
    return doc


def participles_read_as_verbs_after_determiners(doc: Doc) -> Doc:
    """"Leuna, the/nsubj most heavily defended/conj target/obj in Europe": a determiner read as the
    subject of a participle that has the noun right after it as its object is the noun's determiner,
    and the participle the noun's modifier; the noun takes the participle's place (after a comma
    and a name, it is that name's apposition)."""
    for t in doc:
        v = t.head
        if t.lower_ not in ("the", "a", "an") or t.dep_ not in ("nsubj", "nsubj:pass") or \
                v.tag_ not in ("VBN", "VBD") or v.i <= t.i or \
                any(doc[k].pos_ != "ADV" for k in range(t.i + 1, v.i)):
            continue
        n = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i == v.i + 1 and c.pos_ == "NOUN"), None)
        if n is None:
            continue
        before = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].text == "," else None
        place = (before, "appos") if before is not None and before.pos_ in ("PROPN", "NOUN") else \
            (v.head, v.dep_) if v.head != v else (n, "ROOT")
        edits = [(n, *place), (v, n, "amod"), (t, n, "det")]
        edits += [(c, n, c.dep_) for c in v.children if c.i > n.i or c.is_punct and c.i < t.i]
        if apply_edits(t.sent, edits):
            v.tag_, v.pos_ = "VBN", "ADJ"
    return doc


def cost_read_as_a_noun(doc: Doc) -> Doc:
    """"The raids on the Ruhr plants in June cost/compound Bomber Command/nmod 93 Lancasters/appos": in a
    sentence whose root is a noun with no verb before "cost", followed by a name and an amount, "cost"
    is the verb (its form is the noun's too): the root noun its subject, the name and the amount its
    objects."""
    for t in doc:
        if t.lower_ not in ("cost", "costs") or t.pos_ == "VERB":
            continue
        sent = t.sent
        root = sent.root
        if root.pos_ != "NOUN" or root.i > t.i or \
                any(x.pos_ in ("VERB", "AUX") for x in doc[sent.start:t.i]) or t.i + 2 >= sent.end:
            continue
        k = t.i + 1
        while k < sent.end and (doc[k].pos_ == "PROPN" or doc[k].lower_ == "the" and k == t.i + 1):
            k += 1
        if k == t.i + 1 or k >= sent.end or not doc[k].like_num:
            continue
        name = doc[k - 1]
        amount = doc[k].head if doc[k].head.i > k and doc[k].head.pos_ == "NOUN" else None
        if amount is None:
            continue
        edits = [(t, t, "ROOT"), (root, t, "nsubj"), (name, t, "iobj"), (amount, t, "obj")]
        edits += [(c, name, c.dep_) for c in doc[t.i + 1:name.i] if c.head.i >= name.i or c.head == t]
        edits += [(c, t, c.dep_) for c in root.children if c.i > amount.i]
        # (a phrase right before "cost" read into the name, "in/case>Command June/compound>cost": the subject's)
        before = [c for c in t.children if c.i < t.i]
        if before:
            edits += [(before[-1], root, "nmod")] + [(c, before[-1], "case") for c in doc[root.i + 1:t.i]
                                                     if c.dep_ == "case" and c.head.i >= t.i]
        if apply_edits(sent, edits):
            t.tag_, t.pos_ = "VBD", "VERB"
    return doc


def objects_read_as_second_subjects_of_passives(doc: Doc) -> Doc:
    """"Hitler's order of 19 March to destroy/acl Germany's industry/nsubj:pass was sabotaged": a second
    subject right after an infinitive on the first, which has no object, is that infinitive's object."""
    for v in doc:
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i]
        if len(subs) < 2:
            continue
        first, second = subs[0], subs[-1]
        inf = next((t for t in first.subtree if t.dep_ in ("acl", "xcomp") and t.tag_ == "VB" and
                    t.right_edge.i + 1 == second.left_edge.i and
                    any(m.lower_ == "to" for m in t.children) and
                    not any(c.dep_ in ("obj", "dobj") for c in t.children)), None)
        if inf is not None:
            apply_edits(v.sent, [(second, inf, "obj")])
    return doc


# nouns that measure how or how long, never what is acted on ("went the other way", "waited a moment")
MEASURE_NOUNS = TIME_NOUNS | SEASONS | {"time", "way", "hour", "minute", "moment", "period", "fortnight", "while"}


def objects_read_as_unmarked_obliques(doc: Doc) -> Doc:
    """"The Ninth Air Force bombed the marshalling yards/obl:unmarked at Hamm": a common noun with its
    determiner right after an active verb that has no object is the object, not a bare adverbial
    (but not a time or a measure: "attacked the next night", "went the other way"); so is a bare name
    ("the Fifteenth struck Blechhammer/obl:unmarked and Odertal"), but not a day or a month."""
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() in INTRANSITIVE_CHANGES or any(
                c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "expl") for c in v.children):
            continue
        # (after the receiver too: "sent Hitler the first/obl:unmarked of his memoranda")
        start = max([v.i] + [c.right_edge.i for c in v.children if c.dep_ in ("iobj", "dative") and c.i > v.i]) + 1
        # (or a bare "obl", no preposition of its own: "who commanded the 2nd Bombardment Division/obl")
        o = next((c for c in v.children if (c.dep_ == "obl:unmarked" or c.dep_ == "obl" and not any(
            x.dep_ in ("case", "mark") for x in c.children)) and c.pos_ in ("NOUN", "PROPN") and
                  c.left_edge.i == start), None)
        # (or a name: "the Fifteenth struck Blechhammer/obl:unmarked and Odertal", but not a day or month)
        named = o is not None and o.left_edge.i == o.i and o.is_title and not v.is_sent_start and \
            not is_date_word(o) and o.lower_ not in WEEKDAYS
        if o is None or o.lemma_.lower() in MEASURE_NOUNS or o.lower_ in MEASURE_NOUNS or \
                not (named or o.pos_ == "NOUN" and (any(c.dep_ in ("det", "nmod:poss") for c in o.children) or
                                                    o.left_edge.pos_ == "DET" and o.left_edge.lower_ == "the")) or \
                any(c.dep_ == "nummod" or c.lower_ in ("each", "every") for c in o.children):
            continue
        apply_edits(v.sent, [(o, v, "obj")])
    return doc


def _has_finite_auxiliary(v: Token) -> bool:
    """"was delivered", "had struck": an auxiliary in a finite form before the verb."""
    return any(c.dep_.startswith("aux") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") and c.i < v.i for c in v.children)


def finite_verbs_tagged_as_nouns(doc: Doc) -> Doc:
    """"The RAF hit/VBD/NOUN Germany's synthetic plants": the tagger and the part-of-speech model
    disagree, and the parser still made the word a verb with a subject before it and an object
    after it; it is a verb (the fine tag and the tree both say so)."""
    for t in doc:
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("VBD", "VBZ", "VBP") and \
                any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i for c in t.children) and \
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") and c.i > t.i for c in t.children):
            t.pos_ = "VERB"
    return doc


def participles_read_as_content_clauses(doc: Doc) -> Doc:
    """"Harris wrote to Churchill complaining/VBG/ccomp that the Air Staff ...": a participle of
    saying with a that-clause of its own, after a verb of saying and read as what that verb said, is
    an adjunct of it (the writer complained); its clause is what was said. So is any bare participle
    after a verb of saying ("wrote to Portal on 1 November protesting/ccomp against the new directive":
    what he wrote is not "protesting against ...")."""
    for t in doc:
        v = t.head
        if t.tag_ != "VBG" or t.dep_ != "ccomp" or v.i > t.i or v.pos_ != "VERB" or \
                any(c.dep_.startswith(("nsubj", "expl")) for c in t.children):
            continue
        saying = base_word(t) in SAYING_LEMMAS | {"protest", "object"} and \
            any(c.dep_ == "ccomp" and any(x.lower_ == "that" and x.dep_ == "mark" for x in c.children)
                for c in t.children)
        bare = saying_verb(v) and not any(c.dep_.startswith(("aux", "mark", "csubj")) for c in t.children)
        if saying or bare:
            apply_edits(t.sent, [(t, v, "advcl")])
    return doc


def perfects_read_as_have_with_modifiers(doc: Doc) -> Doc:
    """"which had/VERB long championed/amod attacks/obj>had on German oil": "had" with a past
    participle right before its object is the perfect's auxiliary, the participle the verb and the
    noun its object (so "had attacks" is no light verb carrying the attacks)."""
    for v in doc:
        n = v.head
        h = n.head
        if v.dep_ != "amod" or v.tag_ != "VBN" or n.i != v.i + 1 or n.dep_ not in ("obj", "dobj") or \
                base_word(h) != "have" or h.pos_ != "VERB" or h.i >= v.i or \
                not all(t.pos_ == "ADV" for t in doc[h.i + 1:v.i]):
            continue
        edits = [in_place_of(v, h), (h, v, "aux"), (n, v, "obj")]
        edits += [(c, v, c.dep_) for c in h.children if c.i != n.i]
        edits += [(t, v, "advmod") for t in doc[h.i + 1:v.i]]
        if apply_edits(v.sent, edits):
            h.pos_ = "AUX"
    return doc


def bare_infinitives_read_as_nouns(doc: Doc) -> Doc:
    """"to let the Fifteenth/compound concentrate/NN/obj on Ploesti/obl>let": after "let" (or "help",
    "make", "have": "had Geilenberg/compound report/NN to him"), a name and the word right after it read
    as one noun: the name is the verb's object and the word the bare infinitive it is let do, with the
    phrases after it."""
    for n in doc:
        let = n.head
        if not verb_in(let, {"let", "help", "make", "have"}) or let.pos_ != "VERB" or \
                n.dep_ not in ("obj", "dobj") or \
                n.tag_ != "NN" or n.i < let.i or not n.is_lower:
            continue
        name = next((c for c in n.children if c.dep_ in ("compound", "amod") and c.i == n.i - 1 and
                     c.text[:1].isupper()), None)
        after = [c for c in let.children if c.i > n.i and c.dep_.startswith("obl")]
        if name is None or not after or any(c.dep_ in ("obj", "dobj") and c.i != n.i for c in let.children):
            continue
        edits = [(name, let, "obj"), (n, let, "xcomp")] + [(c, name, c.dep_) for c in n.children if c.i < name.i]
        edits += [(c, n, c.dep_) for c in after]
        if apply_edits(n.sent, edits):
            n.tag_, n.pos_ = "VB", "VERB"
    return doc


def nouns_read_as_base_verbs_after_prepositions(doc: Doc) -> Doc:
    """"without/mark fuel/VB/advcl>defend the fighters/obj could not defend the plants": a bare base
    form right after a preposition is a noun (a verb there would be "fuelling"): it is the verb's
    oblique, the preposition its case, and an object it took, with no subject on the verb, that
    verb's subject."""
    for t in doc[1:]:
        prep = doc[t.i - 1]
        v = t.head
        if t.tag_ != "VB" or prep.lower_ not in ("without", "with", "despite") or prep.head.i != t.i or \
                t.dep_ not in ("advcl", "ROOT") or \
                any(c.lower_ == "to" or c.dep_.startswith("aux") for c in t.children):
            continue
        edits = [(prep, t, "case")]
        objs = [c for c in t.children if c.dep_ in ("obj", "dobj") and c.i > t.i]
        if t.dep_ == "advcl" and v.i > t.i:
            edits.append((t, v, "obl"))
            if objs and not any(c.dep_.startswith(("nsubj", "expl")) for c in v.children):
                edits.append((objs[0], v, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in v.children) else "nsubj"))
        if apply_edits(t.sent, edits):
            t.tag_, t.pos_ = "NN", "NOUN"
    return doc


def receivers_read_as_infinitives(doc: Doc) -> Doc:
    """"gave first priority to/mark petroleum/VB/xcomp and second to the rail system": after a verb of
    giving that has its object, "to" and a bare word with nothing of its own (no object, no phrase) is
    the receiver, not an infinitive ("gave orders to attack Leuna" keeps its verb: it has an object)."""
    for t in doc[1:]:
        to, v = doc[t.i - 1], t.head
        if t.tag_ != "VB" or t.dep_ not in ("xcomp", "advcl") or to.lower_ != "to" or to.head.i != t.i or \
                base_word(v) not in DITRANSITIVE_VERBS or v.i > t.i or \
                not any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and c.i < t.i for c in v.children) or \
                any(c.dep_ not in ("mark", "conj", "cc", "punct") for c in t.children):
            continue
        if apply_edits(t.sent, [(t, v, "obl"), (to, t, "case")]):
            t.tag_, t.pos_ = "NN", "NOUN"
            to.tag_, to.pos_ = "IN", "ADP"
    return doc


def participles_read_as_asides_on_subjects(doc: Doc) -> Doc:
    """"The weekly bulletin, circulated/VBD/parataxis>bulletin to SHAEF, listed Pölitz ...": a past form (or
    participle)
    set off by commas right after the subject of a later verb, with no subject or object of its own
    and a prepositional phrase, is a passive participle on that subject."""
    for v in doc[2:]:
        n = v.head
        # (a past form may also be read as a clause on the noun; a participle only as an aside)
        deps = ("parataxis", "appos", "conj", "acl") if v.tag_ == "VBD" else ("parataxis", "appos", "conj")
        if v.tag_ not in ("VBD", "VBN") or v.dep_ not in deps or doc[v.i - 1].text != "," or \
                n.i >= v.i or n.pos_ not in ("NOUN", "PROPN") or \
                not (doc[v.i - 2] in n.subtree and doc[v.i - 2] not in v.subtree) or \
                not n.dep_.startswith("nsubj") or n.head.i <= v.right_edge.i or \
                v.right_edge.i + 1 >= len(doc) or doc[v.right_edge.i + 1].text != "," or \
                any(c.dep_.startswith(("nsubj", "csubj", "obj", "aux", "ccomp", "xcomp")) or c.dep_ == "dobj"
                    for c in v.children) or not any(c.dep_.startswith("obl") for c in v.children):
            continue
        if apply_edits(v.sent, [(v, n, "acl")]):
            v.tag_ = "VBN"
    return doc


def letters_hung_on_hearers(doc: Doc) -> Doc:
    """"warned Göring/iobj in a letter/obl>Göring of 28 July that ...": the letter one writes in, hung on
    the person told, is the verb's (a name takes no "in a letter")."""
    for w in doc:
        h = w.head
        if base_word(w) not in LETTER_WORDS or case_of(w) != "in" or not w.dep_.startswith(("obl", "nmod")) or \
                h.pos_ not in ("PROPN", "PRON") or h.dep_ not in ("iobj", "obj", "dobj") or h.i > w.i or \
                h.head.pos_ != "VERB":
            continue
        apply_edits(w.sent, [(w, h.head, "obl")])
    return doc


def places_of_nested_plants_hung_on_verbs(doc: Doc) -> Doc:
    """"ordered a maximum effort against the oil plants at/case Hamburg/obl>ordered": a place name with
    "at" or "near" right after a plant noun deep in the verb's object is that noun's place, not the
    verb's (a plant the verb's own object is placed from the verb already)."""
    for p in doc:
        v = p.head
        k = p.left_edge.i - 1
        if p.pos_ != "PROPN" or not p.dep_.startswith("obl") or case_of(p) not in ("at", "near") or k < 0 or \
                v.pos_ != "VERB" or v.i > k:
            continue
        n = doc[k]
        if base_word(n) not in PLANT_WORDS or n.pos_ != "NOUN" or n.head.i == v.i or n not in v.subtree or \
                n.right_edge.i != k:
            continue
        apply_edits(p.sent, [(p, n, "nmod")])
    return doc


def agents_of_objects_hung_on_active_verbs(doc: Doc) -> Doc:
    """"resented the attempt/obj by/case SHAEF/obl>resented to control the bombers": an active verb
    takes no agent, so a "by" name right after its object noun is the noun's (the doer of the attempt)."""
    for x in doc:
        v = x.head
        if not x.dep_.startswith("obl") or case_of(x) != "by" or x.pos_ not in ("PROPN", "NOUN") or \
                v.pos_ != "VERB" or any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass") for c in v.children) or \
                v.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in v.children):
            continue
        o = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and
                  c.right_edge.i == x.left_edge.i - 1), None)
        if o is not None and not is_date_word(x):
            apply_edits(x.sent, [(x, o, "nmod")])
    return doc


def subjects_read_into_compass_phrases(doc: Doc) -> Doc:
    """"Zeitz and Böhlen/nsubj>south, two Brabag plants south/advmod>attacked of Leipzig, were attacked":
    a subject hung on a compass word set off after it belongs to the verb the compass word was hung
    on, and the compass phrase to the subject's apposition (or the subject) it follows."""
    for c in doc:
        v = c.head
        subj = next((x for x in c.children if x.dep_.startswith("nsubj") and x.i < c.i), None)
        if c.lower_ not in COMPASS or subj is None or v.pos_ not in ("VERB", "AUX") or v.i < c.i or \
                any(x.dep_.startswith(("nsubj", "csubj", "expl")) for x in v.children):
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in v.children)
        host = next((a for a in subj.children if a.dep_ == "appos" and a.right_edge.i == c.i - 1), subj)
        apply_edits(c.sent, [(subj, v, "nsubj:pass" if passive else "nsubj"), (c, host, "advmod")] +
                    [(x, v, "punct") for x in c.children if x.is_punct and x.i > c.i])
    return doc


def objects_read_as_expletives(doc: Doc) -> Doc:
    """"the planners of the Fifteenth struck it/expl only once": an "it" right after a verb with
    a subject and no object is the verb's object, unless a clause or predicate follows that it
    stands in for ("made it clear that ...", "found it hard to ...")."""
    for it in doc:
        v = it.head
        if it.lower_ != "it" or it.dep_ != "expl" or v.i >= it.i or it.i != v.i + 1 or v.pos_ != "VERB" or \
                not any(c.dep_.startswith("nsubj") for c in v.children) or \
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "csubj", "oprd") or c.pos_ == "ADJ" and c.i > it.i
                    for c in v.children):
            continue
        apply_edits(it.sent, [(it, v, "obj")])
    return doc


def of_phrases_read_into_verbs(doc: Doc) -> Doc:
    """"The bombers/nsubj of/case>set the/det>set Eighth/compound>set set out for Pölitz": the "of"
    phrase of the subject read as words of the verb is the subject's (also when the verb with its
    particle was read as the head of that phrase, "the Eighth set/nmod>bombers out", and the
    subject as the root)."""
    for v in doc:
        if v.pos_ != "VERB" or v.i == 0:
            continue
        prt = v.head
        if v.dep_ == "compound" and prt.i == v.i + 1 and prt.tag_ == "RP" and prt.dep_ == "nmod":
            # ("the Eighth set/compound>out out/nmod>bombers": the particle read as the phrase's head)
            edits = [in_place_of(v, prt), (prt, v, "compound:prt")]
            apply_edits(v.sent, edits + [(c, v, c.dep_) for c in prt.children if c.i != v.i])
        name = doc[v.i - 1]
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
        root = v.head
        as_noun = subj is None and v.dep_ == "nmod" and root.dep_ == "ROOT" and root.pos_ == "NOUN" and \
            root.i < v.i and any(c.dep_ == "compound:prt" for c in v.children)
        if as_noun:
            subj = root
        if subj is None or name.head.i != v.i or name.dep_ not in ("compound", "nmod") or \
                name.pos_ not in ("PROPN", "NOUN"):
            continue
        words = doc[(subj.i if as_noun else last_word(subj)) + 1:v.i - 1]
        if not words or words[0].lower_ != "of" or any(w.head.i != v.i and w.head.i != name.i for w in words) or \
                any(w.dep_ not in ("case", "det", "compound", "amod") for w in words):
            continue
        edits = [(v, v, "ROOT"), (subj, v, "nsubj")] if as_noun else []
        # (and the root's time: "On 12 May/obl>bombers 935 bombers of the Eighth set out")
        edits += [(c, v, c.dep_) for c in root.children if c.i > v.i or c.dep_ == "obl"] if as_noun else []
        edits += [(name, subj, "nmod"), (words[0], name, "case")]
        edits += [(w, name, w.dep_) for w in words[1:] if w.head.i == v.i]
        if apply_edits(v.sent, edits) and as_noun:
            v.tag_ = "VBD"
    return doc


def objects_of_participles_hung_on_nouns(doc: Doc) -> Doc:
    """"Kepner, commanding/acl VIII/list>Kepner Fighter Command/compound>Kepner, argued": the name
    set off after a participle with no object, its words hung on the noun the participle is on, is
    the participle's object."""
    for v in doc:
        noun = v.head
        if v.dep_ != "acl" or v.tag_ != "VBG" or noun.i > v.i or any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp")
                                                                       for c in v.children):
            continue
        end = next((t.i for t in doc[v.i + 1:v.sent.end] if t.is_punct), v.sent.end)
        words = doc[v.i + 1:end]
        if not words or not all(t.text[:1].isupper() or t.like_num for t in words) or \
                not any(t.pos_ == "PROPN" for t in words) or \
                any(not (t.head.i == noun.i or v.i < t.head.i < end) for t in words):
            continue
        last = words[-1]
        edits = [(last, v, "obj")] + [(t, last, "compound") for t in words[:-1] if t.head.i == noun.i]
        apply_edits(v.sent, edits)
    return doc


def past_verbs_read_as_nouns(doc: Doc) -> Doc:
    """"Bomber Command's raid/ROOT on Wesseling on 18 July cost/NN the plant its output": in a sentence
    with no verb, a word whose past is its base form (PAST_AS_BASE, "cost", "cut", "hit"), read as a
    noun with no determiner or owner of its own before a noun phrase, is the verb; the noun the
    sentence was hung on is its subject. A date hung on the word is the verb's time ("on 18 July"),
    another phrase on it the subject's ("on Wesseling"), and what hung on the subject after the word
    is the verb's. "cost" before a name and an amount takes both as objects (``cost_read_as_a_noun``,
    tried first)."""
    cost_read_as_a_noun(doc)
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        words = [t for t in sent if t.lower_ in PAST_AS_BASE and t.pos_ == "NOUN" and root.i < t.i < sent.end - 1 and
                 doc[t.i - 1].pos_ not in ("DET", "ADJ", "PRON") and doc[t.i + 1].pos_ in ("DET", "PRON", "NOUN", "PROPN") and
                 not any(c.dep_ in ("det", "nmod:poss") for c in t.children)]
        if len(words) != 1:
            continue
        verb = words[0]
        edits = [(verb, verb, "ROOT"), (root, verb, "nsubj")]
        before = [c for c in verb.children if c.i < verb.i]
        day = next((c for c in before if c.like_num), None)
        month = next((c for c in before if is_date_word(c) and not c.like_num), None)
        if day is not None and month is not None:
            edits += [(day, verb, "obl"), (month, day, "nmod:unmarked")]
            edits += [(c, day, "case") for c in before if c.pos_ == "ADP" and c.i < day.i and c.i > day.i - 3]
            before = [c for c in before if c.i < day.i - 1 or c.i < day.i and c.pos_ != "ADP"]
        nouns = [c for c in before if c.pos_ in ("NOUN", "PROPN")]
        if nouns:
            edits += [(nouns[-1], root, "nmod")] + [(c, nouns[-1], "case" if c.pos_ == "ADP" else c.dep_)
                                                  for c in before if c.i != nouns[-1].i]
        edits += [(c, verb, "punct" if c.is_punct else "obj") for c in root.children if c.i > verb.i]
        if apply_edits(sent, edits):
            verb.pos_, verb.tag_ = "VERB", "VBD"
    return doc


def it_read_as_indirect_object(doc: Doc) -> Doc:
    """"Harris received it/iobj two days later": "it" read as an indirect object with no direct object,
    clause or complement beside it is the verb's object (a thing is not who receives)."""
    for t in doc:
        v = t.head
        if t.lower_ != "it" or t.dep_ != "iobj" or \
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "oprd") for c in v.children):
            continue
        apply_edits(t.sent, [(t, v, "obj")])
    return doc


def time_words_read_as_owned_nouns(doc: Doc) -> Doc:
    """"Bomber Command's/nmod:poss>night night/obl:unmarked>raid raid on Wesseling": a time of day
    hung on the noun right after it is that noun's compound, and its owner or determiner the noun's
    ("Bomber Command's raid")."""
    for t in doc:
        n = t.head
        if t.lower_ not in TIME_OF_DAY or n.i != t.i + 1 or n.pos_ not in ("NOUN", "PROPN") or \
                t.dep_ == "compound" and not any(c.dep_ == "nmod:poss" for c in t.children):
            continue
        edits = [(t, n, "compound")] + [(c, n, c.dep_) for c in t.children if c.dep_ in ("nmod:poss", "det")]
        apply_edits(t.sent, edits)
    return doc


def verbs_with_subjects_read_as_descriptions(doc: Doc) -> Doc:
    """"Eisenhower/nsubj>approved approved/nmod:desc>Spaatz Spaatz's request/ROOT to bomb ...": a past
    tense with its subject before it, read as describing the possessor of the sentence's root noun,
    is the verb, and the noun its object (in a sentence with no other finite verb)."""
    for v in doc:
        verb_read_as_description(v)
    return doc


def verb_read_as_description(v: Token) -> None:
    """The repair of :func:`verbs_with_subjects_read_as_descriptions` for one word (also run where a
    later repair gives the word its subject: "In July the Eighth Air Force/nmod>July struck/amod
    Böhlen/ROOT")."""
    if v.tag_ not in ("VBD", "VBN") or v.dep_ not in ("nmod:desc", "amod") or v.head.i <= v.i or \
            not any(c.dep_ == "nsubj" and c.i < v.i for c in v.children):
        return
    obj = v.head
    while obj.dep_ == "nmod:poss" and obj.head.i > obj.i:
        obj = obj.head
    sent = v.sent
    if obj.i != sent.root.i or obj.pos_ not in ("NOUN", "PROPN") or \
            has_finite_verb(t for t in sent if t.i != v.i):
        return
    edits = [(v, v, "ROOT"), (obj, v, "obj")] + [(c, v, "punct") for c in obj.children if c.is_punct]
    if apply_edits(sent, edits):
        v.tag_, v.pos_ = "VBD", "VERB"


def receivers_read_as_compounds_of_respite(doc: Doc) -> Doc:
    """"would give the synthetic plants/compound>time time to recover": a plural read as a compound of
    the time (or chance) a verb of giving gives is the one it is given to, with the determiner."""
    for n in doc:
        v = n.head
        if base_word(n) not in RESPITE_NOUNS or n.dep_ not in ("obj", "dobj") or v.pos_ != "VERB" or \
                base_word(v) not in ("give", "allow", "grant", "afford", "leave", "buy"):
            continue
        plural = next((c for c in n.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and c.i == n.i - 1),
                      None)
        if plural is None:
            continue
        edits = [(plural, v, "iobj")] + [(c, plural, c.dep_) for c in n.children if c.i < plural.i and
                                          c.dep_ in ("det", "nmod:poss", "amod", "nummod")]
        apply_edits(n.sent, edits)
    return doc


def participles_read_as_parataxis_of_names(doc: Doc) -> Doc:
    """"Eaker, now commanding/parataxis>Eaker the Mediterranean Allied Air Forces, was told ...": a
    participle set off by a comma after a name, read as a parenthetical, modifies the name."""
    for v in doc:
        n = v.head
        if v.tag_ != "VBG" or v.dep_ != "parataxis" or n.pos_ != "PROPN" or n.i > v.i or \
                v.left_edge.i < 1 or doc[v.left_edge.i - 1].text != "," and doc[v.left_edge.i].text != ",":
            continue
        apply_edits(v.sent, [(v, n, "acl")])
    return doc


def subjects_of_infinitives_after_for(doc: Doc) -> Doc:
    """"only for/case No. 5 Group/obl>put to wreck/acl>Group it again": a noun after "for" with an
    infinitive of its own is the infinitive's subject, "for" its conjunction, and the clause the
    verb's adverbial."""
    for inf in doc:
        n = inf.head
        if inf.tag_ != "VB" or inf.dep_ not in ("acl", "xcomp") or n.pos_ not in ("NOUN", "PROPN") or \
                not n.dep_.startswith("obl") or case_of(n) != "for" or n.i > inf.i or \
                not any(m.lower_ == "to" and m.dep_ == "mark" for m in inf.children):
            continue
        end = max([n.i] + [x.right_edge.i for x in n.children if n.i < x.i < inf.i])
        if end + 1 != next(m.i for m in inf.children if m.lower_ == "to"):
            continue
        verb = n.head
        for_ = next(c for c in n.children if c.dep_ == "case" and c.lower_ == "for")
        edits = [(inf, verb, "advcl"), (n, inf, "nsubj"), (for_, inf, "mark")]
        edits += [(c, inf, c.dep_) for c in n.children if c.i < for_.i and c.dep_ in ("advmod", "punct")]
        apply_edits(n.sent, edits)
    return doc


def possessors_hung_on_modifiers(doc: Doc) -> Doc:
    """"The Eighth Air Force's/nmod:poss>heaviest heaviest/compound>blow blow against oil": an owner hung
    on a word that modifies the noun after it is the noun's owner."""
    for t in doc:
        n = t.head
        owner = next((c for c in t.children if c.dep_ == "nmod:poss" and c.i < t.i), None)
        if owner is None or t.dep_ not in ("compound", "amod") or n.i <= t.i or n.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ == "nmod:poss" for c in n.children) or \
                any(doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") for k in range(t.i + 1, n.i)):
            continue
        edits = [(owner, n, "nmod:poss")] + [(c, n, c.dep_) for c in t.children if c.dep_ == "det"]
        apply_edits(t.sent, edits)
    return doc


def participles_coordinated_onto_agents(doc: Doc) -> Doc:
    """"was drafted by Bufton's directorate/obl:agent and signed/conj>directorate by Bottomley": a passive
    participle with its own "by" phrase, joined by "and" to the agent of an earlier passive participle,
    is that participle's conjunct (the second thing done to the same subject)."""
    for v in doc:
        n = v.head
        w = n.head
        if v.dep_ != "conj" or v.tag_ != "VBN" or n.pos_ not in ("NOUN", "PROPN") or \
                not n.dep_.startswith("obl") or case_of(n) != "by" or w.tag_ != "VBN" or w.i > n.i or \
                not any(c.dep_ == "cc" and c.i < v.i for c in v.children) or \
                not any(c.dep_.startswith("obl") and case_of(c) == "by" for c in v.children):
            continue
        apply_edits(v.sent, [(v, w, "conj")])
    return doc


def agents_hung_on_phrases_of_passives(doc: Doc) -> Doc:
    """"was set on fire/obl by the Eighth Air Force/nmod>fire": a "by" phrase hung on a bare phrase (no
    determiner: "on fire", "out of action", "in flames") of a passive verb that has no agent of its own
    is the verb's agent (but "was based on a draft by Bufton": the draft's maker)."""
    for a in doc:
        p = a.head
        v = p.head
        if a.dep_ != "nmod" or case_of(a) != "by" or not p.dep_.startswith("obl") or not case_of(p) or \
                any(c.dep_ in ("det", "nmod:poss", "nummod") for c in p.children) or \
                p.i > a.i or v.pos_ != "VERB" or v.i > p.i or not is_passive(v) or \
                any(c.dep_.startswith("obl") and case_of(c) == "by" for c in v.children):
            continue
        apply_edits(a.sent, [(a, v, "obl:agent")])
    return doc


def objects_read_into_repeated_idioms(doc: Doc) -> Doc:
    """"defending the Air Staff's directive/JJ/amod>point point/obj by point": an idiom of a noun said
    twice ("point by point", "step by step", "line by line") read as the verb's object, with the object
    before it made its modifier: the word before is the object, the idiom the verb's adverbial."""
    for t in doc:
        verb = t.head
        again = next((c for c in t.children if c.dep_.startswith("nmod") and c.lower_ == t.lower_ and
                      case_of(c) == "by" and c.i == t.i + 2), None)
        if again is None or t.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or t.i == 0:
            continue
        obj = doc[t.i - 1]
        if obj.head.i != t.i or obj.dep_ not in ("amod", "compound") or obj.is_punct:
            continue
        edits = [(obj, verb, t.dep_), (t, verb, "obl:npmod")]
        edits += [(c, obj, c.dep_) for c in t.children if c.i < obj.i]
        if apply_edits(t.sent, edits):
            obj.pos_, obj.tag_ = "NOUN", "NN"
    return doc


def _object_phrases_to_verb(doc: Doc, prep: str, belongs) -> Doc:
    """A ``prep`` phrase hung on a verb's object (verb, object, phrase in that order) goes to the verb as
    its oblique where ``belongs(phrase, object, verb)`` says it is the verb's."""
    for t in doc:
        obj = t.head
        verb = obj.head
        if t.dep_.startswith("nmod") and case_of(t) == prep and obj.dep_ in ("obj", "dobj") and \
                verb.i < obj.i < t.i and belongs(t, obj, verb):
            apply_edits(t.sent, [(t, verb, "obl")])
    return doc


def papers_sent_with_read_on_objects(doc: Doc) -> Doc:
    """"answered the Air Ministry's complaint with a long letter/nmod>complaint": a "with" phrase of a
    paper hung on the verb's object, as if the complaint came with the letter: it is the verb's
    means, the paper the one the subject answered or sent with."""
    return _object_phrases_to_verb(doc, "with", lambda t, obj, v: base_word(t) in LETTER_WORDS and v.pos_ == "VERB")


def agents_hung_on_compounds(doc: Doc) -> Doc:
    """"was struck by/case>Bombardment the 2nd Bombardment/compound Division/xcomp": the "by" of a passive's
    agent hung on a word inside the agent's name: it is the name's, and the name the verb's agent."""
    for by in doc:
        inner = by.head
        name = inner.head
        v = name.head
        # (so is a "to" of the one a target is given to: "was assigned to/case>Bombardment the 2nd
        # Bombardment Division/xcomp")
        if by.dep_ != "case" or by.lower_ not in ("by", "to") or inner.dep_ != "compound" or \
                not by.i < inner.i < name.i or \
                name.dep_ not in ("xcomp", "obj", "dobj", "dep", "obl") or v.pos_ != "VERB" or v.i > by.i or \
                not is_passive(v) or any(c.dep_ == "case" for c in name.children):
            continue
        apply_edits(by.sent, [(by, name, "case"), (name, v, "obl:agent" if by.lower_ == "by" else "obl")])
    return doc


def small_clauses_read_as_participles(doc: Doc) -> Doc:
    """"Spaatz wanted the oil plants/obj bombed/acl>plants": after a verb of wanting, a participle right
    after its object is a small clause (the plants to be bombed), not a description of the object:
    the participle is the verb's clause and the object its passive subject."""
    for p in doc:
        n = p.head
        v = n.head
        if p.dep_ != "acl" or p.tag_ not in ("VBN", "VBD") or n.dep_ not in ("obj", "dobj") or \
                not verb_in(v, WANTING_LEMMAS) or p.i != n.right_edge.i or p.i < n.i or \
                any(c.dep_.startswith(("nsubj", "aux")) for c in p.children):
            continue
        apply_edits(p.sent, [(p, v, "ccomp"), (n, p, "nsubj:pass")])
    for p in doc:
        # (or read as an active clause: "wanted the Ruhr plants/nsubj attacked/VBD/ccomp at night by Bomber Command")
        subj = [c for c in p.children if c.dep_ == "nsubj" and c.i < p.i and c.pos_ in ("NOUN", "PROPN")]
        if p.dep_ == "ccomp" and p.tag_ in ("VBD", "VBN") and p.lower_.endswith("ed") and verb_in(p.head, WANTING_LEMMAS) \
                and subj and not any(c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "mark") for c in p.children):
            if apply_edits(p.sent, [(subj[0], p, "nsubj:pass")]):
                p.tag_ = "VBN"
    return doc


def receivers_hung_on_objects(doc: Doc) -> Doc:
    """"Blechhammer supplied aviation fuel to/case the Luftwaffe/nmod>fuel": after a verb of supplying or
    giving, a "to" phrase hung on its object is the verb's receiver (but not a way or a threat "to" a
    thing: "gave them access to the plant")."""
    return _object_phrases_to_verb(
        doc, "to", lambda t, obj, v: verb_in(v, SUPPLYING_LEMMAS) and base_word(obj) not in NOUNS_TAKING_TO)


def stance_phrases_hung_on_adverbs(doc: Doc) -> Doc:
    """"pressed hardest/advmod for/case the bombing/obl>hardest of the railways": a "for" or "against"
    phrase hung on the adverb of degree right before it is the verb's ("pressed for", "argued against")."""
    for t in doc:
        adv = t.head
        verb = adv.head
        if t.dep_.startswith("obl") and case_of(t) in ("for", "against") and adv.dep_ == "advmod" and \
                adv.tag_ in ("RB", "RBR", "RBS") and verb.pos_ == "VERB" and verb.i < adv.i < t.i and \
                adv.right_edge.i == t.right_edge.i and t.left_edge.i == adv.i + 1:
            apply_edits(t.sent, [(t, verb, "obl")])
    return doc


def objects_hung_on_indirect_objects(doc: Doc) -> Doc:
    """"gave the oil plan/iobj his blessing/obj>plan": a noun can have no object; the object hung on
    the indirect object of a verb of giving, after it, is the verb's (the double-object "give X Y"; not
    "thought his plan a waste", where the noun after is what the first is called)."""
    for t in doc:
        iobj = t.head
        verb = iobj.head
        if t.dep_ in ("obj", "dobj") and iobj.dep_ in ("iobj", "dative") and iobj.pos_ in ("NOUN", "PROPN") and \
                verb.pos_ == "VERB" and verb.i < iobj.i < t.i and \
                verb_in(verb, DITRANSITIVE_VERBS) and \
                not any(c.dep_ in ("obj", "dobj") for c in verb.children):
            apply_edits(t.sent, [(t, verb, "obj")])
    return doc


def participles_hung_on_time_phrases(doc: Doc) -> Doc:
    """"Portal wrote again, this time/obl:unmarked accusing/acl>time Harris of ...": a participle hung on a
    bare time phrase of the verb (no preposition) says what the verb's subject did then: it is the verb's."""
    for p in doc:
        time = p.head
        verb = time.head
        if p.dep_ != "acl" or p.tag_ not in ("VBG", "VBN") or p.i < time.i or \
                base_word(time) not in TIME_NOUNS | {"time", "occasion"} or \
                time.dep_ not in ("obl:unmarked", "obl:tmod", "obl:npmod", "npadvmod", "obl") or case_of(time) or \
                verb.pos_ not in ("VERB", "AUX") or verb.i > time.i:
            continue
        apply_edits(p.sent, [(p, verb, "advcl")])
    return doc


def gerunds_read_as_adjectives(doc: Doc) -> Doc:
    """"accusing Harris of/mark>misleading misleading/JJ/amod>Staff the Air Staff/obj>accusing": an "-ing"
    word after a preposition hung on it as its marker is a gerund, the noun it was made to modify its
    object, the gerund in the noun's place."""
    for g in doc[1:]:
        noun = g.head
        mark = doc[g.i - 1]
        if g.tag_ != "JJ" or not g.lower_.endswith("ing") or g.dep_ != "amod" or noun.i <= g.i or \
                mark.head.i != g.i or mark.dep_ not in ("mark", "case") or mark.lower_ not in ("of", "for", "by") or \
                noun.dep_ not in ("obj", "dobj", "obl", "nmod") or noun.head.pos_ != "VERB" or noun.head.i > g.i:
            continue
        if apply_edits(g.sent, [(g, noun.head, "advcl"), (noun, g, "obj"), (mark, g, "mark")]):
            g.tag_, g.pos_ = "VBG", "VERB"
    return doc


def objects_read_into_counted_times(doc: Doc) -> Doc:
    """"struck Ploesti/compound twenty times/obj": a count of times is how often, not what; the name
    the parser made its modifier is the verb's object and the count its adverbial."""
    for t in doc:
        verb = t.head
        if base_word(t) not in ("time", "times") or t.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or \
                not any(c.dep_ == "nummod" or c.like_num for c in t.children):
            continue
        names = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
        if not names or any(c.dep_ in ("obj", "dobj") and c.i != t.i for c in verb.children):
            continue
        name = names[-1]
        apply_edits(t.sent, [(name, verb, "obj"), (t, verb, "obl:npmod")] +
                    [(c, name, "compound") for c in names[:-1]])
    return doc


def names_read_into_appointed_posts(doc: Doc) -> Doc:
    """"appointed Edmund/compound Geilenberg/compound Commissioner-General/obj for Emergency Measures": after
    a verb of appointing, the name read into the post after it is the one appointed (the object), the
    post what he is made (its complement)."""
    for post in doc:
        verb = post.head
        if post.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or \
                not verb_in(verb, APPOINT_VERBS) or \
                base_word(post).split("-")[0] not in POST_NOUNS:
            continue
        names = [c for c in post.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < post.i]
        if not names or names[-1].i != post.i - 1 or not all(n.is_title for n in names):
            continue
        name = names[-1]
        apply_edits(post.sent, [(name, verb, "obj"), (post, verb, "xcomp")] +
                    [(c, name, "compound" if c.dep_ == "compound" else "flat") for c in names[:-1]])
    return doc


def infinitives_read_as_clausal_subjects(doc: Doc) -> Doc:
    """"Arnold/nsubj:pass was appointed to command/csubj Bomber Command": an infinitive after a verb that has
    its subject already is its complement, not a second, clausal subject."""
    for t in doc:
        verb = t.head
        if t.dep_ not in ("csubj", "csubj:pass") or t.tag_ != "VB" or t.i < verb.i or \
                not any(c.lower_ == "to" and c.i == t.i - 1 for c in t.children) or \
                not any(c.dep_.startswith("nsubj") for c in verb.children):  # (not "It was decided to ...")
            continue
        apply_edits(t.sent, [(t, verb, "xcomp")])
    return doc
