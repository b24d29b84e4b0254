"""Repairs of clauses: content clauses, relatives and set-off asides ("he wrote") read as other clauses."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..dates import MONTHS
from ..syntax import case_of, comma_after, comma_before
from .tree import apply_edits, aside_verb, base_word, saying_verb, verb_in
from .words import (ASKING_LEMMAS, BELIEF_ADJECTIVES, CONDITION_OPENERS, DAY_WORDS, INTRANSITIVE_CHANGES, LEAVE_NOUNS, LETTER_WORDS, PAPER_WORDS,
                    PASSING_LEMMAS, SAYING_LEMMAS,
                    OPENING_PREPOSITIONS, SEASONS, TELLING_LEMMAS, THINKING_LEMMAS, TIME_NOUNS, STRIKING_PAST_LEMMAS)


def relatives_on_infinitives(doc: Doc) -> Doc:
    """"Geilenberg, whom/obj>restore Speer had appointed to restore the plants/obj": a relative
    pronoun hung on an infinitive that has an object of its own is the object of the relative
    clause's verb (but "the plant, which Harris hoped to destroy": the infinitive's own)."""
    for rel in doc:
        if rel.tag_ not in ("WP", "WDT") or rel.dep_ not in ("obj", "dobj"):
            continue
        inf, verb = rel.head, rel.head.head
        if inf.dep_ != "xcomp" or verb.dep_ not in ("acl:relcl", "relcl") or not rel.i < verb.i < inf.i or \
                not any(c.dep_ in ("obj", "dobj") and c.i > inf.i for c in inf.children):
            continue
        apply_edits(rel.sent, [(rel, verb, rel.dep_)])
    return doc


def content_clauses_read_as_relatives(doc: Doc) -> Doc:
    """"Speer told Hitler in his report of 30 June that/obj the output had fallen/relcl>report":
    a telling verb with a hearer but no content, and a "that" clause on a noun of its own that
    has its own subject and no gap for "that" to fill: the clause is what was told (but
    "told Hitler in the report that Speer had written": "written" wants its object)."""
    for that in doc:
        clause = that.head
        while clause.dep_ == "xcomp" and clause.head.i < clause.i:
            clause = clause.head  # ("that/obj>defend the fighters would be used/relcl to defend/xcomp the plants")
        if that.lower_ != "that" or that.dep_ not in ("obj", "dobj") or clause.dep_ not in ("acl:relcl", "relcl"):
            continue
        noun = clause.head
        verb = noun.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("iobj", "obj", "dobj") and noun.dep_.startswith("nmod"):
            verb = verb.head  # ("told Speer/iobj in a conference/nmod>Speer on 22 July that ...": the phrase on the hearer)
        if base_word(verb) in TELLING_LEMMAS and noun.dep_ in ("iobj", "obj", "dobj") and noun.pos_ == "PROPN" and \
                not comma_before(that) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and \
                any(c.dep_.startswith("nsubj") and c.i > that.i for c in clause.children):
            # ("warned Speer in July that/obj the Luftwaffe would run/relcl>Speer out of fuel": a name takes
            # no "that" relative, so the clause is what the hearer was told)
            if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")] +
                           [(c, verb, "obl") for c in noun.children if c.dep_ == "nmod" and case_of(c) and
                            noun.i < c.i < that.i]):
                that.tag_, that.pos_ = "IN", "SCONJ"
            continue
        if base_word(verb) not in TELLING_LEMMAS or noun.dep_ not in ("obl", "nmod") or \
                not any(c.dep_ in ("iobj", "obj", "dobj") and c.i < noun.i for c in verb.children) or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
                not any(c.dep_.startswith("nsubj") and c.i > that.i for c in clause.children):
            continue
        # no gap for "that": the verb has an object already, is passive or a copula, or is one
        # that takes none
        if not (any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "cop") and c.i > that.i
                    for c in clause.children) or base_word(clause) in INTRANSITIVE_CHANGES):
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def marked_clauses_read_as_relatives(doc: Doc) -> Doc:
    """"Tedder argued in a paper to the Chiefs of Staff that/mark the railways were the better
    target/relcl>Chiefs": a clause opened by the conjunction "that" (not the pronoun) is no
    relative; on a phrase of a verb of saying that has no content clause, it is what was said."""
    for that in doc:
        clause = that.head
        # (also "that" read as an oblique of a clause that lacks nothing: "in a letter of 6 November
        # that/obl:unmarked the Air Staff expected/relcl Bomber Command/obj to ...")
        unmarked = that.dep_ == "obl:unmarked" and any(c.dep_ in ("obj", "dobj") for c in clause.children)
        # (or as a second subject of a clause that has one: "in a memorandum of 30 June that/nsubj:pass
        # unless ..., the Luftwaffe/nsubj:pass would be grounded/relcl")
        unmarked = unmarked or that.dep_ in ("nsubj", "nsubj:pass") and any(
            c.dep_ == that.dep_ and c.i > that.i for c in clause.children)
        # (or read as a clause on a name, which takes no content clause: "cabled Spaatz/obj that/mark
        # the oil campaign must be pressed/acl>Spaatz", "wrote to Spaatz that ...")
        on_name = clause.dep_ == "acl" and clause.head.pos_ == "PROPN" and that.dep_ == "mark"
        if that.lower_ != "that" or that.dep_ != "mark" and not unmarked or \
                clause.dep_ not in ("acl:relcl", "relcl") and not on_name or \
                not any(c.dep_.startswith("nsubj") and c.i > that.i for c in clause.children):
            continue
        noun = clause.head
        verb = noun.head
        while verb.dep_ in ("obl", "nmod") and verb.pos_ in ("NOUN", "PROPN") and verb.i != verb.head.i:
            verb = verb.head  # ("to the Chiefs/nmod of Staff": up to the verb)
        # (or on the hearer of a verb of telling: "assured the Prime Minister/iobj that/mark the plan retained/relcl")
        hearer = noun.dep_ in ("iobj", "obj", "dobj") and (base_word(verb) in TELLING_LEMMAS or
                                                          on_name and saying_verb(verb))
        if noun.dep_ not in ("obl", "nmod") and not hearer or not saying_verb(verb) or \
                verb.i > noun.i or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")])
    return doc


def relative_objects_read_as_obliques(doc: Doc) -> Doc:
    """"The memorandum that/obl:unmarked Lord Cherwell sent to Churchill": a relative pronoun right
    after its noun, in a relative clause whose verb has a subject but no object, is that object
    (but "the day that Harris arrived", "the way that ...": a time or a manner)."""
    for that in doc:
        clause, noun = that.head, that.head.head
        if that.lower_ not in ("that", "which") or that.dep_ != "obl:unmarked" or \
                clause.dep_ not in ("acl:relcl", "relcl") or that.i != noun.i + 1 or \
                base_word(noun) in TIME_NOUNS | SEASONS | {"way", "reason", "extent", "degree", "manner", "time"} or \
                base_word(clause) in INTRANSITIVE_CHANGES or \
                not any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children) or \
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "cop") or c.dep_.startswith("aux:pass")
                    for c in clause.children):
            continue
        apply_edits(that.sent, [(that, clause, "obj")])
    return doc


def inverted_asides(doc: Doc) -> Doc:
    """"The Luftwaffe's fuel reserves/nsubj, reported/ROOT General Koller/obj on 3 August, would
    last/conj ...": an aside with its speaker after the verb, read as the main clause: the verb
    after it is the root, the subject before it that verb's, the aside a parenthetical."""
    for v in doc:
        if v.dep_ != "ROOT" or not aside_verb(v) or v.i < 2 or doc[v.i - 1].text != ",":
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
        speaker = next((c for c in v.children if c.dep_ in ("obj", "dobj", "nsubj") and c.i > v.i and
                        c.pos_ == "PROPN" and c.left_edge.i == v.i + 1), None)
        # (the verb after the aside, or a predicate with its copula: "..., said Speer, was the decisive blow")
        rest = next((c for c in v.children if c.dep_ in ("conj", "ccomp", "parataxis") and c.i > v.i and
                     (c.pos_ in ("VERB", "AUX") or any(x.dep_ == "cop" and x.i < c.i for x in c.children)) and
                     not any(x.dep_.startswith("nsubj") for x in c.children) and
                     comma_before(c)), None)
        if subj is None or speaker is None or rest is None:
            continue
        edits = [(rest, rest, "ROOT"), (subj, rest, subj.dep_), (v, rest, "parataxis"), (speaker, v, "nsubj")]
        edits += [(c, rest, c.dep_) for c in v.children if c.is_punct and c.i > rest.i]  # (the full stop)
        apply_edits(v.sent, edits)
    return doc


def relatives_read_as_main_clauses(doc: Doc) -> Doc:
    """"Leuna/advmod, whose output had been cut/ROOT by half, was attacked/conj again by the Eighth":
    the relative clause read as the main one: the verb after it with no subject of its own is the
    root, the name before "whose" its subject, the relative clause on the name."""
    for w in doc:
        if w.tag_ != "WP$" or w.i < 2 or doc[w.i - 1].text != ",":
            continue
        name, rel = doc[w.i - 2], w.head
        while rel.pos_ not in ("VERB", "AUX") and rel.head.i != rel.i:
            rel = rel.head
        if rel.dep_ != "ROOT" or not name.is_title or name.pos_ not in ("PROPN", "ADJ", "NOUN") or \
                name.left_edge.i != name.sent.start and doc[name.left_edge.i].lower_ != "the":
            continue
        main = next((c for c in rel.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > w.i and
                     not any(x.dep_.startswith("nsubj") for x in c.children)), None)
        if main is None:
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in main.children)
        edits = [(main, main, "ROOT"), (name, main, "nsubj:pass" if passive else "nsubj"), (rel, name, "acl:relcl")]
        edits += [(c, main, c.dep_) for c in rel.children if c.is_punct and c.i > main.i]
        if apply_edits(w.sent, edits) and name.pos_ != "PROPN":
            name.pos_, name.tag_ = "PROPN", "NNP"
    return doc


def whose_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"led by the 3rd Air Division, whose commander/conj>Division, General LeMay, flew/ROOT in the lead
    aircraft": a "whose" phrase set off after a noun and read as its conjunct is the subject of the
    verb after it, a relative clause on the noun; where that verb was made the root over the clause
    the noun is in ("led/advcl>flew"), that clause is the sentence's again, and where it was made that
    clause's conjunct ("flew/conj>led"), it is the relative clause all the same."""
    for w in doc:
        noun = w.head
        if w.tag_ != "WP$" or noun.dep_ not in ("conj", "appos") or not noun.head.i < w.i or \
                not comma_before(w) or noun.right_edge.i + 2 >= len(doc) or not comma_after(noun.right_edge):
            continue
        head = noun.head
        verb = doc[noun.right_edge.i + 2]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i > noun.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i <= noun.i or \
                any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        edits = [(noun, verb, "nsubj")]
        main = next((c for c in verb.children if c.i < noun.i and c.pos_ in ("VERB", "AUX") and
                     c.left_edge.i <= head.i <= c.right_edge.i), None)
        if main is not None and verb.dep_ == "ROOT":
            edits += [(main, main, "ROOT"), (verb, head, "acl:relcl")]
            edits += [(c, main, c.dep_) for c in verb.children if c.is_punct and c.i == verb.sent.end - 1]
        elif verb.dep_ in ("conj", "parataxis") and not verb.left_edge.i <= head.i <= verb.right_edge.i:
            edits.append((verb, head, "acl:relcl"))  # ("was led by the division, whose ..., flew/conj>led")
        elif verb.dep_ not in ("acl:relcl", "relcl") or verb.head.i != head.i:
            continue
        apply_edits(w.sent, edits)
    return doc


def asides_read_as_main_clauses(doc: Doc) -> Doc:
    """"Harris/vocative, he wrote/ROOT, had never accepted/parataxis the oil plan": the aside read as
    the main clause: the clause after it is the root, the name before it that clause's subject."""
    for v in doc:
        if v.dep_ != "ROOT" or not aside_verb(v):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
        name = next((c for c in v.children if c.dep_ in ("vocative", "dep", "obl:unmarked", "npadvmod", "nsubj") and
                     c.pos_ in ("PROPN", "NOUN") and subj is not None and c.i < subj.i and
                     c.left_edge.i == v.sent.start and comma_after(c)), None)
        rest = next((c for c in v.children if c.dep_ in ("parataxis", "ccomp", "conj", "advcl") and c.i > v.i and
                     c.pos_ in ("VERB", "AUX") and not any(x.dep_.startswith("nsubj") for x in c.children) and
                     comma_before(c)), None)
        if subj is None or name is None or rest is None:
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in rest.children)
        edits = [(rest, rest, "ROOT"), (name, rest, "nsubj:pass" if passive else "nsubj"), (v, rest, "parataxis")]
        edits += [(c, rest, c.dep_) for c in v.children if c.i > rest.i]
        apply_edits(v.sent, edits)
    return doc


def infinitives_on_leave_nouns(doc: Doc) -> Doc:
    """"Eisenhower gave Spaatz permission on 19 April to attack/advcl>gave the oil plants": an
    infinitive after a verb's object that names a leave or an order, with only a time or place
    between them, is that noun's (what was allowed, not what the giver did); so is the infinitive of
    such a noun read as a bare verb after the receiver ("gave Spaatz leave/VB to attack oil")."""
    for n in doc:
        # ("gave Spaatz leave/VB/xcomp to attack/xcomp oil": the noun read as a bare verb)
        if n.lower_ in LEAVE_NOUNS and n.tag_ == "VB" and n.dep_ == "xcomp" and n.head.i < n.i and \
                base_word(n.head) in ("give", "grant", "allow") and \
                any(c.dep_ in ("iobj", "dative", "obj") and c.i < n.i for c in n.head.children):
            infinitives = [c for c in n.children if c.dep_ == "xcomp" and c.i > n.i and c.tag_ == "VB"]
            if apply_edits(n.sent, [(n, n.head, "obj")] + [(c, n, "acl") for c in infinitives]):
                n.tag_, n.pos_ = "NN", "NOUN"
    for v in doc:
        h = v.head
        if v.dep_ != "advcl" or v.tag_ != "VB" or h.i > v.i or \
                not any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in v.children):
            continue
        noun = next((c for c in h.children if c.dep_ in ("obj", "dobj") and c.i < v.i and
                     c.lower_ in LEAVE_NOUNS), None)
        if noun is None or any(not (c.dep_.startswith("obl") or c.dep_ == "punct") for c in h.children
                               if noun.i < c.i < v.i):
            continue
        apply_edits(v.sent, [(v, noun, "acl")])
    return doc


def that_clauses_torn_by_set_off_phrases(doc: Doc) -> Doc:
    """"Speer recorded that Hitler/ccomp, on hearing of the raid, ordered/conj>recorded Göring to ...": a
    that-clause whose subject the parser took for the whole clause, its verb (after a phrase set off by
    commas) for a second verb of the main clause: the verb heads the clause again, the name its subject."""
    for x in doc:
        main = x.head
        if x.dep_ != "ccomp" or x.pos_ not in ("PROPN", "NOUN") or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in x.children):
            continue
        v = next((c for c in main.children if c.dep_ == "conj" and c.i > x.i and c.pos_ == "VERB" and
                  not any(s.dep_.startswith("nsubj") for s in c.children) and comma_before(c)), None)
        if v is None:
            continue
        between = [c for c in main.children if x.i < c.i < v.i and c.dep_ not in ("punct", "cc")]
        if any(not c.dep_.startswith(("obl", "advcl", "advmod")) for c in between) or not comma_after(x):
            continue  # (only a phrase set off between the name and the verb)
        that = next(c for c in x.children if c.dep_ == "mark" and c.lower_ == "that")
        edits = [(v, main, "ccomp"), (x, v, "nsubj"), (that, v, "mark")] + [(c, v, c.dep_) for c in between]
        apply_edits(x.sent, edits)
    return doc


def asides_on_clauses_before_colons(doc: Doc) -> Doc:
    """"Spaatz would not budge/ccomp>said: oil first, he said/ROOT": an aside closing a sentence
    whose clause ends at a colon reports the words after the colon; the clause before the colon
    is the writer's own, the main clause, and the aside hangs on it."""
    for v in doc:
        if v.dep_ != "ROOT" or not aside_verb(v) or v.i < 2 or doc[v.i - 1].text != "," and doc[v.i - 2].text != ",":
            continue
        clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
        if clause is None or not any(c.dep_.startswith("nsubj") and c.i < clause.i for c in clause.children):
            continue
        colon = next((t for t in doc[clause.i + 1:v.i] if t.text == ":"), None)
        if colon is None or not any(c.i > colon.i for c in clause.children if not c.is_punct):
            continue
        apply_edits(v.sent, [(clause, clause, "ROOT"), (v, clause, "parataxis")])
    return doc


def whom_read_as_subjects(doc: Doc) -> Doc:
    """"the Ministry, whom/nsubj he/nsubj blamed for every diversion": "whom" is never a subject;
    beside another subject of its verb it is the object. So is a "which" or "that" followed by its
    verb's own subject ("the plan, which/nsubj Portal/nsubj thought a diversion/obj"), the object
    after it then the object's complement."""
    for t in doc:
        v = t.head
        if t.dep_ != "nsubj" or not (t.lower_ == "whom" and any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.i != t.i for c in v.children) or
                t.lower_ in ("which", "that") and t.tag_ == "WDT" and v.dep_ in ("acl:relcl", "relcl") and
                any(c.dep_ == "nsubj" and c.i > t.i for c in v.children)):
            continue
        if t.lower_ != "whom":
            for o in v.children:
                if o.dep_ in ("obj", "dobj") and o.i > v.i:
                    o.dep_ = "xcomp"
        t.dep_ = "obj"
    return doc


def clauses_hung_on_that(doc: Doc) -> Doc:
    """"Spaatz told Arnold in a letter of 4 October that/obl:unmarked>told the weather ... was the
    main obstacle/conj>that": the clause a verb of saying's "that" was made to head is the verb's
    content clause, "that" its conjunction."""
    for that in doc:
        verb = that.head
        if that.lower_ != "that" or that.dep_ in ("mark", "det") or verb.i > that.i or \
                not saying_verb(verb) or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        clause = next((c for c in that.children if c.i > that.i and c.dep_ in ("conj", "acl", "acl:relcl", "dep", "appos",
                                                                               "ccomp", "parataxis") and
                       any(x.dep_.startswith("nsubj") for x in c.children)), None)
        if clause is None:
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def that_read_as_determiners(doc: Doc) -> Doc:
    """"The Committee reported on 12 October that/det German production/nsubj had fallen/conj>reported":
    a "that" made the determiner of the subject of a clause hung on a verb of saying as a second
    clause (no "and" between) is the conjunction of the verb's content clause; so is one made the
    determiner of the verb's object, when a finite verb after it has no subject of its own."""
    for that in doc:
        noun = that.head
        clause = noun.head
        verb = clause.head
        if that.lower_ != "that" or that.dep_ != "det" or not noun.dep_.startswith("nsubj") or \
                clause.dep_ not in ("conj", "parataxis", "dep", "advcl") or not verb.i < that.i < clause.i or \
                not saying_verb(verb) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
                any(c.dep_ in ("cc", "mark") and c.i < noun.i for c in clause.children) or \
                not (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_.startswith("aux") for c in clause.children)):
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    for that in doc:
        # ("Speer pleaded that/det fuel/obj for the fighters no longer existed/relcl>fighters": the
        # object with "that" is the subject of a finite verb read as a relative clause inside it;
        # "maintained that/det attacks/obj on railway centres would do/conj more": or of the verb
        # coordinated after it with no "and" and no subject of its own)
        noun = that.head
        verb = noun.head
        if that.lower_ != "that" or that.dep_ != "det" or noun.dep_ not in ("obj", "dobj") or \
                not saying_verb(verb) or verb.i > that.i or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        clause = next((t for t in noun.subtree if t.dep_ in ("acl:relcl", "relcl") and t.tag_ in ("VBD", "VBZ", "VBP")
                       and not any(c.dep_.startswith(("nsubj", "expl")) or c.tag_ in ("WDT", "WP") or
                                   c.lower_ == "that" for c in t.children)), None) or \
            next((c for c in verb.children if c.dep_ in ("conj", "parataxis", "dep") and c.i > noun.i and
                  c.pos_ in ("VERB", "AUX") and
                  not any(x.dep_.startswith(("nsubj", "expl", "csubj")) or x.dep_ in ("cc", "mark") and
                          x.i < c.i for x in c.children) and
                  (c.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_.startswith("aux") for x in c.children))), None)
        if clause is None:
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in clause.children)
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (noun, clause, "nsubj:pass" if passive else "nsubj"),
                                   (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def set_off_beliefs_read_as_main_clauses(doc: Doc) -> Doc:
    """"Bufton and Morley, both convinced/ROOT that oil was the key/nsubj, drafted/ccomp a paper": an
    adjective set off after the subject, its that-clause made to swallow the sentence's verb (the
    clause read as that verb's subject), is the subject's modifier; the verb after the comma is the
    main verb, the clause before it the adjective's."""
    for w in doc:
        subj = next((c for c in w.children if c.dep_.startswith("nsubj") and c.i < w.i), None)
        verb = next((c for c in w.children if c.dep_ == "ccomp" and c.i > w.i and c.pos_ == "VERB"), None)
        if w.dep_ != "ROOT" or w.lower_ not in BELIEF_ADJECTIVES or subj is None or verb is None or \
                not any(t.text == "," for t in doc[subj.i + 1:w.i]) or doc[verb.i - 1].text != ",":
            continue
        clause = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i and
                       any(x.dep_ == "cop" for x in c.children)), None)
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < (clause.left_edge.i if clause else 0)
                     and c.i > w.i), None)
        if clause is None or mark is None:
            continue
        edits = [(verb, verb, "ROOT"), (subj, verb, "nsubj"), (w, subj, "acl"), (clause, w, "ccomp"),
                 (mark, clause, "mark")]
        edits += [(c, verb, c.dep_) for c in w.children if c.i > verb.i]  # (the closing punctuation)
        apply_edits(w.sent, edits)
    return doc


def reported_clauses_read_as_adverbials(doc: Doc) -> Doc:
    """"The attacks reduced/advcl its output to nothing, Speer reported/ROOT to Hitler": a finite clause
    with a subject and no conjunction, before a verb of saying its own subject opens after a comma,
    is what was said (the verb's content clause), not an adverbial."""
    for c in doc:
        v = c.head
        if c.dep_ != "advcl" or c.i > v.i or not aside_verb(v) or \
                not any(x.dep_.startswith("nsubj") for x in c.children) or \
                any(x.dep_ == "mark" or x.tag_ in ("WRB", "WDT", "WP") for x in c.children if x.i < c.i) or \
                not (c.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_.startswith("aux") for x in c.children)):
            continue
        subj = next((x for x in v.children if x.dep_.startswith("nsubj") and c.i < x.i < v.i), None)
        if subj is None or doc[subj.left_edge.i - 1].text != "," or c.right_edge.i >= subj.left_edge.i:
            continue
        apply_edits(v.sent, [(c, v, "ccomp")])
    return doc


def asides_read_as_clause_heads(doc: Doc) -> Doc:
    """"Galland/nsubj:pass>blamed, in turn/conj, blamed/appos>turn Göring/nsubj>blamed": a phrase set off
    by commas between a subject and its verb, made the head of the verb, is the verb's oblique; the
    verb takes the phrase's place, the name before it is its subject and the name after its object."""
    for v in doc:
        p = v.head
        # (the phrase's own first word: its subtree also holds the verb and its subject)
        left = min([c.i for c in p.children if c.i < p.i and c.dep_ != "punct"] + [p.i])
        if v.dep_ not in ("appos", "acl", "conj", "dep") or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or \
                not any(c.dep_ == "case" and c.i < p.i for c in p.children) or p.i + 2 != v.i or \
                doc[p.i + 1].text != "," or left < 2 or doc[left - 1].text != ",":
            continue
        n = doc[left - 2]
        if n.head != v or not n.dep_.startswith("nsubj") or n.pos_ not in ("PROPN", "NOUN"):
            continue
        after = next((c for c in v.children if c.dep_.startswith("nsubj") and c.i > v.i), None)
        edits = [(v, p.head, p.dep_) if p.head != p else (v, v, "ROOT"), (p, v, "obl"), (n, v, "nsubj"),
                 (doc[p.i + 1], v, "punct")]
        if after is not None:
            edits.append((after, v, "obj"))
        if apply_edits(v.sent, edits):
            v.tag_ = "VBD"
    return doc


def phrases_before_that_read_into_clauses(doc: Doc) -> Doc:
    """"told Portal on 25/obl>break October that/mark the oil plan would not break ...": a phrase
    before the "that" that opens a content clause, hung on the clause's verb. A clause begins at its
    "that", so what comes before it belongs to the verb the clause hangs on."""
    for that in doc:
        clause = that.head
        if that.lower_ != "that" or that.dep_ != "mark" or clause.dep_ not in ("ccomp", "advcl") or \
                clause.head.i > that.i or clause.head.pos_ not in ("VERB", "AUX"):
            continue
        early = [c for c in clause.children if clause.head.i < c.i < that.i and
                 c.dep_.startswith(("obl", "advmod", "nmod:tmod", "npadvmod"))]
        if early:
            apply_edits(that.sent, [(c, clause.head, c.dep_) for c in early])
    return doc


def second_that_clauses_read_as_main_clauses(doc: Doc) -> Doc:
    """"Harris replied that he had done everything, and that/mark the Ruhr were the best targets/conj>replied":
    a clause opened by "and that", coordinated with the verb of saying instead of with the "that"
    clause before it. A second "that" repeats the first: the two clauses are what was said."""
    for that in doc:
        x = that.head
        verb = x.head
        if that.lower_ != "that" or that.dep_ != "mark" or x.dep_ != "conj" or verb.i > x.i or \
                not any(c.dep_ == "cc" and c.i < that.i for c in x.children):
            continue
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < x.i and
                      any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if first is not None:
            apply_edits(that.sent, [(x, first, "conj")])
    return doc


def subjects_read_into_asides(doc: Doc) -> Doc:
    """"The Americans/obl:unmarked>complained, Tedder complained/advcl>bombing, were bombing/ROOT oil
    plants": the subject that opens the sentence hung on the aside after it, the main verb left with
    no subject. A verb of saying set off by commas with its own speaker is an aside; the noun phrase
    before it is the main verb's subject."""
    for v in doc:
        root = v.head
        if not aside_verb(v) or v.dep_ not in ("advcl", "parataxis", "ccomp", "conj") or root.i < v.i or \
                root.pos_ not in ("VERB", "AUX") or doc[v.i + 1].text != "," or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in root.children):
            continue
        speaker = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        subj = next((c for c in v.children if c.i < (speaker.i if speaker is not None else v.i) and
                     c.left_edge.i == v.sent.start and c.pos_ in ("NOUN", "PROPN", "PRON") and comma_after(c) and
                     c.dep_ in ("obl:unmarked", "npadvmod", "obl:npmod", "vocative", "dep", "nsubj", "obj")), None)
        if speaker is None or subj is None:
            continue
        dep = "nsubj:pass" if any(c.dep_ in ("aux:pass", "auxpass") for c in root.children) else "nsubj"
        apply_edits(v.sent, [(subj, root, dep), (v, root, "parataxis")])
    return doc


def conditions_read_as_content_clauses(doc: Doc) -> Doc:
    """"agreed that/mark whenever the weather cleared/ccomp, the Eighth would go/ccomp for Leuna": a
    content clause that opens with a condition or time ("whenever", "if", "once", "as soon as") read as
    two clauses of the verb. The first is the condition of the second, which is what was said; "that"
    opens the second."""
    for that in doc:
        first = that.head
        verb = first.head
        if that.lower_ != "that" or that.dep_ != "mark" or first.dep_ != "ccomp" or verb.i > first.i:
            continue
        opener = next((c for c in first.children if c.i == that.i + 1 and c.dep_ in ("advmod", "mark") and
                       c.lower_ in CONDITION_OPENERS), None)
        second = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > first.i and
                       not any(x.dep_ == "mark" for x in c.children) and comma_before(doc[c.left_edge.i])), None)
        if opener is None or second is None:
            continue
        apply_edits(that.sent, [(first, second, "advcl"), (that, second, "mark")])
    return doc


def relatives_read_as_nominal_modifiers(doc: Doc) -> Doc:
    """"the Committee, of which he was a member/nmod>Committee,": a relative clause whose predicate is
    a noun, opened by "of which" (or "of whom"), read as the noun's modifier; it is a relative clause on
    the noun it hangs on (its "which" stands for that noun)."""
    for t in doc:
        if t.dep_ not in ("nmod", "appos") or t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.head.i > t.i:
            continue
        kids = list(t.children)
        rel = next((c for c in kids if c.lower_ in ("which", "whom") and c.i < t.i and
                    any(x.dep_ == "case" and x.i < c.i for x in c.children)), None)
        if rel is None or not any(c.dep_ == "cop" for c in kids) or not any(c.dep_.startswith("nsubj") for c in kids):
            continue
        apply_edits(t.sent, [(t, t.head, "acl:relcl")])
    return doc


def subjects_read_as_objects_of_thinking(doc: Doc) -> Doc:
    """"he hoped the bomber offensive/obj against oil would not be relaxed/parataxis>minuted": a noun
    after a verb of thinking with no "that", followed by a modal whose verb has no subject and hangs
    outside the thinking verb, is that verb's subject; the verb is the content clause of the thinking."""
    for v in doc:
        # (the pipeline's histkg_silent_e gives "hoped" its lemma "hope")
        if v.pos_ != "VERB" or base_word(v) not in THINKING_LEMMAS or any(c.dep_ == "ccomp" for c in v.children):
            continue
        o = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i > v.i), None)
        k = o.right_edge.i + 1 if o is not None else len(doc)
        if k >= len(doc) or doc[k].tag_ != "MD":
            continue
        w = doc[k].head
        if w.i <= k or w in v.subtree and w.head != o or any(c.dep_.startswith(("nsubj", "expl")) for c in w.children):
            continue
        passive = any(c.dep_ == "aux:pass" for c in w.children)
        apply_edits(v.sent, [(w, v, "ccomp"), (o, w, "nsubj:pass" if passive else "nsubj")])
    return doc


def fronted_among_those(doc: Doc) -> Doc:
    """"Among those who pressed/relcl>those hardest for the oil plan was Colonel Hughes/relcl>those":
    the name after the copula is one of those the relative clause describes, so the clause is said
    of the name ("Hughes, who pressed for the oil plan"); "those" stays as the name's phrase."""
    for t in doc:
        if t.lower_ not in ("those", "them") or t.i == 0 or doc[t.i - 1].lower_ != "among":
            continue
        rel = next((c for c in t.children if c.dep_ in ("acl:relcl", "relcl") and c.i > t.i and
                    any(x.tag_ in ("WP", "WDT") or x.lower_ == "that" for x in c.children if x.i < c.i)), None)
        if rel is None:
            continue
        name = next((c for c in t.children if c.i > rel.right_edge.i and c.pos_ in ("PROPN", "NOUN") and
                     any(x.dep_ == "cop" and rel.right_edge.i < x.i < c.i for x in c.children)), None)
        if name is None:
            continue
        top = (name, name, "ROOT") if t.head.i == t.i else (name, t.head, t.dep_)
        apply_edits(t.sent, [top, (t, name, "obl"), (rel, name, "acl:relcl")] +
                    [(c, name, c.dep_) for c in t.children if c.is_punct and c.i > name.i])
    return doc


def contact_relatives_read_as_appositions(doc: Doc) -> Doc:
    """"the plants the Fifteenth/appos>plants destroyed/acl>plants at Ploesti": a second noun phrase
    with its determiner right after a common noun, no comma between, then a past verb with no object
    hung on the first noun, is a relative clause with no pronoun: the verb is on the first noun, the
    second noun its subject ("the plants [that] the Fifteenth destroyed")."""
    for n in doc:
        subj = next((c for c in n.children if c.dep_ == "appos" and c.i > n.i and c.left_edge.i == n.i + 1 and
                     c.pos_ in ("PROPN", "NOUN") and doc[c.left_edge.i].lower_ in ("the", "his", "its", "their")),
                    None)
        if n.pos_ != "NOUN" or subj is None or subj.right_edge.i + 1 >= len(doc):
            continue
        v = doc[subj.right_edge.i + 1]
        if v.tag_ not in ("VBD", "VBN") or v.head.i not in (n.i, subj.i) or not v.dep_.startswith("acl") or \
                any(c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass", "aux", "aux:pass", "ccomp") for c in v.children):
            continue
        apply_edits(n.sent, [(v, n, "acl:relcl"), (subj, v, "nsubj")])
    return doc


def subjects_hung_on_auxiliaries(doc: Doc) -> Doc:
    """"figures showing that/mark>had Bomber Command/nsubj>had had/aux hit ...": a subject (or the
    clause's "that") hung on an auxiliary belongs to the verb the auxiliary serves."""
    for aux in doc:
        v = aux.head
        if aux.dep_ not in ("aux", "aux:pass") or v.i <= aux.i or v.pos_ not in ("VERB", "AUX"):
            continue
        moved = [c for c in aux.children if c.dep_ in ("nsubj", "nsubj:pass", "mark") and c.i < aux.i]
        if not moved:
            continue
        apply_edits(aux.sent, [(c, v, c.dep_) for c in moved])
    return doc


def clauses_of_showing_read_as_with_clauses(doc: Doc) -> Doc:
    """"replied with/mark>hit figures/nsubj>hit showing/acl>figures that Bomber Command had hit/ccomp>replied
    ...": a "with" phrase whose noun has a participle of showing before a that-clause is the reply's
    oblique, the clause the participle's."""
    for v in doc:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("with", "without") and c.i < v.i), None)
        if mark is None or v.dep_ not in ("ccomp", "advcl") or v.head.i > mark.i:
            continue
        noun = next((c for c in v.children if c.i == mark.i + 1 + (doc[mark.i + 1].pos_ == "DET") and
                     c.pos_ == "NOUN"), None)
        part = None if noun is None else next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if part is None or part.i > v.i:
            continue
        edits = [(noun, v.head, "obl"), (mark, noun, "case"), (v, part, "ccomp")]
        apply_edits(v.sent, edits)
    return doc


def main_verbs_read_as_conjuncts_of_relatives(doc: Doc) -> Doc:
    """"The plan/ROOT of the Unit, which Kindleberger had helped to write, put/conj>write oil at the head of
    the list": a sentence whose root is a noun, with a relative clause set off by commas and a verb after
    the closing comma coordinated into it, has that verb as its root and the noun as its subject."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
            continue
        rel = next((t for t in root.subtree if t.dep_ in ("acl:relcl", "relcl") and t.i > root.i), None)
        if rel is None:
            continue
        main = next((t for t in rel.subtree if t.dep_ == "conj" and t.pos_ == "VERB" and t.i > rel.i and
                     doc[t.i - 1].text == "," and not any(x.dep_ == "cc" for x in t.children) and
                     not any(x.dep_.startswith("nsubj") for x in t.children)), None)
        if main is None:
            # ("The plan/ROOT that Zuckerman drew/relcl up for Tedder called/VBD/xcomp>drew for ...": a past
            # tense with no "to", no subject and nothing after it hung on the relative is the main verb)
            main = next((t for t in rel.children if t.dep_ == "xcomp" and t.tag_ == "VBD" and t.i > rel.i and
                         not any(x.dep_.startswith(("nsubj", "mark", "aux")) for x in t.children) and
                         all(x.i < t.i for x in rel.children if x.i != t.i and not x.is_punct)), None)
        if main is None:
            continue
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in main.children)
        edits = [(main, main, "ROOT"), (root, main, "nsubj:pass" if passive else "nsubj")]
        edits += [(doc[main.i - 1], main, "punct")] if doc[main.i - 1].text == "," else []
        edits += [(c, main, c.dep_) for c in root.children if c.is_punct and c.i > main.i]
        if apply_edits(root.sent, edits) and main.tag_ == "VB":
            main.tag_ = "VBD"  # ("put", "set", "cut": a past form read as the base)
    return doc


def that_read_as_subjects_of_gerunds(doc: Doc) -> Doc:
    """"protested to Eisenhower that/nsubj diverting/csubj>give the bombers ... would give": a "that"
    read as the subject of a gerund that is itself the subject of a clause after a verb of saying is
    the clause's conjunction."""
    for that in doc:
        gerund = that.head
        clause = gerund.head
        if that.lower_ != "that" or not that.dep_.startswith("nsubj") or gerund.tag_ != "VBG" or \
                not gerund.dep_.startswith("csubj") or clause.dep_ != "ccomp" or not that.i < gerund.i < clause.i or \
                not saying_verb(clause.head):
            continue
        if apply_edits(that.sent, [(that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def condition_words_torn_from_their_clauses(doc: Doc) -> Doc:
    """"to send the Eighth against Merseburg whenever/advmod>send the weather ... allowed/parataxis>ordered
    visual bombing": a word opening a condition (CONDITION_OPENERS) read as an adverb of the verb
    before it, with the clause after it hung elsewhere, opens that clause, an adverbial of the verb."""
    for w in doc:
        v = w.head
        if w.lower_ not in CONDITION_OPENERS or w.dep_ != "advmod" or v.i > w.i or v.pos_ not in ("VERB", "AUX"):
            continue
        clause = next((c for c in doc[w.i + 1:w.sent.end] if c.pos_ in ("VERB", "AUX") and
                       c.dep_ in ("parataxis", "conj", "dep") and c.head.i < w.i and
                       any(s.dep_.startswith("nsubj") and s.left_edge.i == w.i + 1 for s in c.children)), None)
        if clause is None:
            continue
        apply_edits(w.sent, [(clause, v, "advcl"), (w, clause, "mark")])
    return doc


def condition_clauses_read_as_phrases(doc: Doc) -> Doc:
    """"refused to believe Speer's warnings/nsubj until/case the Luftwaffe's fuel reserves/nmod>warnings
    had/ccomp all but vanished": a word opening a condition or time clause (CONDITION_OPENERS, "before",
    "after") read as the preposition of a noun hung on the object, with the object made the subject of
    the verb after, opens that clause: the object is the first verb's again, the noun the clause's subject."""
    for w in doc:
        noun = w.head
        obj = noun.head
        clause = obj.head
        if w.lower_ not in CONDITION_OPENERS | {"before", "after"} or w.dep_ != "case" or \
                not noun.dep_.startswith("nmod") or not obj.dep_.startswith("nsubj") or not obj.i < w.i < noun.i < clause.i or \
                clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.i > obj.i or \
                clause.head.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ in ("obj", "dobj", "ccomp") and c.i != clause.i for c in clause.head.children):
            continue
        apply_edits(w.sent, [(obj, clause.head, "obj"), (noun, clause, "nsubj"), (w, clause, "mark"),
                             (clause, clause.head, "advcl")])
    return doc


def content_clauses_hung_on_hearers(doc: Doc) -> Doc:
    """"Twining replied to Eaker/obl that his bombers had already hit/ccomp>Eaker every refinery": a
    that-clause hung on the one a saying verb is addressed to is the verb's (a name takes no clause)."""
    for c in doc:
        hearer = c.head
        verb = hearer.head
        if c.dep_ != "ccomp" or hearer.pos_ not in ("PROPN", "NOUN") or not hearer.dep_.startswith("obl") or \
                not verb.i < hearer.i < c.i or not saying_verb(verb) or \
                not any(x.dep_ == "mark" and x.lower_ == "that" and x.i == c.left_edge.i for x in c.children):
            continue
        apply_edits(c.sent, [(c, verb, "ccomp")])
    return doc


def saying_participles_hung_on_addressees(doc: Doc) -> Doc:
    """"Tedder wrote a paper for the Chiefs/nmod>paper of Staff arguing/acl>Chiefs that ...": a participle of
    saying hung on the one a letter or paper (LETTER_WORDS) is for or to is the paper's: it says it."""
    for v in doc:
        noun = v.head
        paper = noun.head
        if v.tag_ != "VBG" or v.dep_ != "acl" or not saying_verb(v) or not noun.dep_.startswith("nmod") or \
                case_of(noun) not in ("for", "to") or base_word(paper) not in LETTER_WORDS or paper.i > noun.i:
            continue
        apply_edits(v.sent, [(v, paper, "acl")])
    return doc


def clefts_read_as_copulas(doc: Doc) -> Doc:
    """"It/nsubj was/cop Kindleberger/ROOT, an economist with the Unit, who first pointed/relcl out
    that ...", "It was Leuna that the Eighth attacked": a cleft puts a name in focus, and the parser
    reads it as a copula with a relative clause. What is said is the relative clause's: its verb is
    the sentence's, with the name as the subject (or, where the clause has a subject of its own,
    the object) in place of "who" or "that"."""
    for it in doc:
        x = it.head
        if it.lower_ != "it" or it.dep_ not in ("nsubj", "expl") or x.i <= it.i or x.dep_ != "ROOT" or \
                not (x.pos_ in ("NOUN", "PROPN") or x.pos_ == "ADJ" and x.is_title) or \
                not any(c.dep_ == "cop" and c.lower_ in ("was", "is", "were") and it.i < c.i < x.i for c in x.children) or \
                any(c.dep_ == "advmod" and c.lower_ in ("not", "n't", "only") for c in x.children):
            continue
        hosts = [x] + [a for a in x.children if a.dep_ == "appos" and a.i > x.i]
        # (also read as a clausal subject: "It was Leuna that the Eighth attacked/csubj")
        verb = next((c for h in hosts for c in h.children if c.dep_ in ("acl:relcl", "relcl", "advcl:relcl", "csubj")
                     and c.i > x.i and c.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        rel = next((c for c in verb.children if c.lower_ in ("who", "that", "which", "whom") and c.i < verb.i), None)
        if rel is None:
            continue
        own_subject = any(c.dep_.startswith("nsubj") and c != rel for c in verb.children)
        role = ("obj" if own_subject else
                "nsubj:pass" if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) else "nsubj")
        cop = next(c for c in x.children if c.dep_ == "cop")
        edits = [(verb, verb, "ROOT"), (x, verb, role), (it, verb, "expl"), (cop, verb, "discourse"),
                 (rel, verb, "mark")]
        edits += [(c, verb, c.dep_) for c in x.children if c.i > verb.i]  # (the full stop)
        apply_edits(it.sent, edits)
    return doc


def saying_verbs_read_into_content_clauses(doc: Doc) -> Doc:
    """"Spaatz reported that the attacks had succeeded and asked/conj>succeeded that they be continued":
    a verb of saying or asking with a content clause of its own, coordinated with the verb of a that
    clause whose subject is a thing, belongs to the one who reported: things do not ask."""
    for v in doc:
        x = v.head
        main = x.head
        if v.dep_ != "conj" or x.dep_ != "ccomp" or not main.i < x.i < v.i or \
                not (saying_verb(v) or verb_in(v, ASKING_LEMMAS)) or not saying_verb(main) or \
                not any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i for c in v.children) or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children) or \
                not any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN" and c.tag_ in ("NNS", "NN") and
                        c.ent_type_ not in ("PER", "PERSON") for c in x.children) or \
                not any(c.dep_ == "cc" and c.i < v.i for c in v.children) or \
                not any(c.dep_.startswith("nsubj") for c in main.children):
            continue
        apply_edits(v.sent, [(v, main, "conj")])
    return doc


def that_read_as_objects_of_saying(doc: Doc) -> Doc:
    """"arguing that/obj from Italy they could reach/advcl>opposed the oil targets": a "that" right after a
    verb of saying, read as its object, with a clause that has its own subject starting right after
    it, opens that clause: the clause is what was said."""
    for that in doc:
        v = that.head
        if that.lower_ != "that" or that.dep_ not in ("obj", "dobj") or that.i != v.i + 1 or not saying_verb(v) or \
                any(c.dep_ in ("ccomp", "xcomp") for c in v.children) or list(that.children):
            continue
        clause = next((t for t in doc[that.i + 1:that.sent.end] if t.pos_ in ("VERB", "AUX") and
                       t.left_edge.i == that.i + 1 and t.head.i != t.i and
                       any(c.dep_.startswith("nsubj") for c in t.children)), None)
        if clause is None or clause.head == v and clause.dep_ == "ccomp":
            continue
        if apply_edits(that.sent, [(clause, v, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def saying_participles_hung_on_infinitives(doc: Doc) -> Doc:
    """"Eaker opposed Arnold's plan to move/acl the bombers to England, arguing/advcl>move that ...": a
    participle of saying set off by a comma at the end of the sentence, hung on an infinitive inside the
    object, is the main clause's: the one who opposed argued."""
    for v in doc:
        inf = v.head
        if v.tag_ != "VBG" or v.dep_ != "advcl" or not saying_verb(v) or v.i < 1 or doc[v.i - 1].text != "," or \
                inf.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "mark" for c in inf.children) or \
                inf.dep_ not in ("acl", "xcomp") or any(c.dep_.startswith("nsubj") for c in inf.children):
            continue
        main = inf.head
        while main.head.i != main.i and not any(c.dep_.startswith("nsubj") for c in main.children):
            main = main.head
        if main.pos_ not in ("VERB", "AUX") or not any(c.dep_.startswith("nsubj") for c in main.children) or \
                main.i > v.i:
            continue
        apply_edits(v.sent, [(v, main, "advcl"), (doc[v.i - 1], v, "punct")])
    return doc


def verbs_read_as_conjuncts_of_asides(doc: Doc) -> Doc:
    """"The oil offensive/obl:unmarked, he told/ROOT Harris, remained/conj>told the first priority": an aside
    of saying set off by commas between a noun phrase and a verb that has no subject, the verb read as
    coordinated with the aside (no "and" between): the noun is the verb's subject, the verb the clause's
    head and the aside hangs on it."""
    for v in doc:
        aside = v.head
        if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or aside.i > v.i or not saying_verb(aside) or \
                v.i < 1 or doc[v.i - 1].text != "," or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) or c.dep_ == "cc" for c in v.children):
            continue
        subj = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aside.i), None)
        if subj is None or subj.pos_ != "PRON":
            continue
        comma = subj.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        noun = doc[comma - 1]
        while noun.head.i < comma and noun.head.i >= noun.sent.start and noun.head != noun and \
                noun.dep_ in ("compound", "amod", "flat", "nmod") and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != comma - 1 and doc[noun.right_edge.i].text != ",":
            continue
        edits = [(v, v, "ROOT") if aside.head == aside else (v, aside.head, aside.dep_),
                 (aside, v, "parataxis"), (noun, v, "nsubj"), (doc[v.i - 1], aside, "punct")]
        edits += [(c, v, c.dep_) for c in aside.children if c.i > v.i]
        apply_edits(v.sent, edits)
    return doc


def predicates_read_as_possessors(doc: Doc) -> Doc:
    """"argued that/mark>Germans oil/nsubj>Germans was/cop>Germans the Germans'/nmod:poss>target most
    vulnerable target/obj>argued": a possessor holding a that-clause's subject and copula (which a
    possessor never has) is read as the predicate; the noun it owns is the predicate, and the clause
    what was said."""
    for p in doc:
        n = p.head
        if p.dep_ != "nmod:poss" or n.i < p.i or n.dep_ not in ("obj", "dobj") or n.head.i > p.i:
            continue
        moved = [c for c in p.children if c.dep_ in ("mark", "cop") or c.dep_.startswith("nsubj")]
        if not any(c.dep_ == "cop" for c in moved) or not any(c.dep_.startswith("nsubj") for c in moved) or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in moved):
            continue
        apply_edits(p.sent, [(n, n.head, "ccomp")] + [(c, n, c.dep_) for c in moved])
    return doc


def reported_verbs_read_as_participles(doc: Doc) -> Doc:
    """"Bombers/nsubj>announced struck/VBN/acl>Bombers at the plants today, the Air Ministry/nsubj
    announced.": a verb of saying that closes the sentence with two subjects, the first one's participle
    right after it and the second set off by a comma before the verb: the participle is the reported
    clause's verb, the first noun its subject."""
    for v in doc:
        subs = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        # (closing the sentence: not an aside, "If the attacks continued ..., he predicted, the Luftwaffe would")
        if len(subs) != 2 or not verb_in(v, SAYING_LEMMAS) or any(not t.is_punct for t in doc[v.i + 1:v.sent.end]):
            continue
        first, second = subs
        part = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and
                     c.i == first.i + 1 and not any(x.dep_.startswith("nsubj") for x in c.children)), None)
        if part is None or not comma_before(second) or part.right_edge.i >= second.left_edge.i:
            continue
        if apply_edits(v.sent, [(part, v, "ccomp"), (first, part, "nsubj")]):
            part.tag_ = "VBD"
    return doc


def relatives_of_papers_hung_on_makers(doc: Doc) -> Doc:
    """"a study by the Enemy Objectives Unit/nmod>study, which/obj Spaatz forwarded/acl:relcl>Unit to
    Eisenhower": a relative clause whose verb passes a paper on, with the relative pronoun its object,
    hung on the maker in a paper's "by" phrase, is the paper's (a body is not forwarded)."""
    for v in doc:
        maker = v.head
        paper = maker.head
        if v.dep_ not in ("acl:relcl", "relcl") or not verb_in(v, PASSING_LEMMAS) or case_of(maker) != "by" or \
                base_word(paper) not in PAPER_WORDS or paper.i > maker.i or \
                not any(c.dep_ in ("obj", "dobj") and c.tag_ in ("WDT", "WP") for c in v.children):
            continue
        apply_edits(v.sent, [(v, paper, v.dep_)])
    return doc


def relatives_read_as_adverbial_clauses(doc: Doc) -> Doc:
    """"Spaatz went over Tedder's head to Eisenhower, who/nsubj on 19 April gave/advcl>went him leave":
    a clause whose subject is the relative "who" or "which" right after a comma is no clause of the
    verb but a relative clause on the noun before the comma."""
    for v in doc:
        rel = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("who", "which") and
                    c.i < v.i), None)
        if v.dep_ not in ("advcl", "ccomp", "parataxis", "conj") or rel is None or rel.i < 2 or \
                doc[rel.i - 1].text != "," or v.head.i > rel.i:
            continue
        noun = doc[rel.i - 2]
        while noun.head.i != noun.i and noun.head.i > noun.i and noun.head.i < rel.i and \
                noun.dep_ in ("compound", "flat", "amod"):
            noun = noun.head  # (the last word up to the phrase's head: "Air Ministry")
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i == v.head.i and noun.dep_ == "ROOT":
            continue
        apply_edits(v.sent, [(v, noun, "acl:relcl")])
    return doc


def subjects_set_off_before_asides(doc: Doc) -> Doc:
    """"Oil/discourse, in his view, was a distraction", "...; oil/conj>won, in his view/obl>won, was a
    distraction/ccomp>believed": a noun opening a sentence or the clause after a semicolon, then a phrase
    (or an aside: "Oil, Harris thought, was ...") set off by commas and a predicate with no subject of its
    own: the noun is the predicate's subject, the set-off phrase its phrase (the aside its parataxis), and
    a clause after a semicolon one of its own (parataxis)."""
    for pred in doc:
        cop = next((c for c in pred.children if c.dep_ in ("cop", "aux", "aux:pass") and c.i < pred.i), None)
        if cop is None or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in pred.children):
            continue
        close = cop.i - 1
        if close < 2 or doc[close].text != ",":
            continue
        open_ = next((k for k in range(close - 1, pred.sent.start, -1) if doc[k].text == ","), None)
        if open_ is None:
            continue
        phrase = doc[open_ + 1:close]
        head = next((t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end), None)
        # (a phrase, or an aside of saying or thinking: "Oil, Harris thought, was a distraction")
        aside = head is not None and head.pos_ == "VERB" and \
            (verb_in(head, SAYING_LEMMAS) or verb_in(head, THINKING_LEMMAS)) and \
            any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        if head is None or not (case_of(head) or aside) or any(
                t.head.i < phrase.start or t.head.i >= phrase.end
                for t in phrase if t.i != head.i and not t.is_punct):
            continue
        start = open_ - 1
        while start > pred.sent.start and doc[start - 1].text not in (";", ":") and \
                doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            start -= 1
        boundary = doc[start - 1] if start > pred.sent.start else None
        if boundary is not None and boundary.text not in (";", ":"):
            continue
        subj = doc[open_ - 1]
        if subj.pos_ not in ("NOUN", "PROPN") or subj.dep_.startswith("nsubj"):
            continue
        passive = cop.dep_ == "aux:pass"
        edits = [(subj, pred, "nsubj:pass" if passive else "nsubj"), (head, pred, "parataxis" if aside else "obl")]
        edits += [(t, subj, "det" if t.pos_ == "DET" else "amod" if t.pos_ == "ADJ" else "compound")
                  for t in doc[start:subj.i] if t.head.i != subj.i]
        if boundary is not None and pred.head.i < boundary.i:
            edits += [(pred, pred.head if pred.head.dep_ == "ROOT" else pred.sent.root, "parataxis"),
                      (boundary, pred, "punct")]
        apply_edits(pred.sent, edits)
    return doc


def _date_part(t: Token) -> bool:
    """A month, a day's number or a day word ("7", "July", "today"), but not an ordinal of a name ("the 3rd
    Air Division")."""
    doc = t.doc
    # (a day's number stands by its month: not the number of "No. 5 Group")
    near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
    return t.lower_.rstrip(".") in MONTHS or t.lower_ in DAY_WORDS or \
        t.text.isdigit() and any(x.lower_.rstrip(".") in MONTHS for x in near)


def _time_after(t: Token) -> bool:
    """A word that opens a time phrase after an object ("the Pölitz plant last night", "Leuna the next day")."""
    return t.lower_ in ("last", "next", "that", "this", "early", "late") or t.lemma_.lower() in TIME_NOUNS


def _plain_noun_phrase(toks: list[Token]) -> list[tuple[Token, Token, str]] | None:
    """Arcs for a plain noun phrase whose last word is its head ("the 1st and 3rd Air Divisions",
    "the synthetic plant", "Bomber Command"), or None for anything else (a coordination of whole
    phrases, a possessive)."""
    head, edits = toks[-1], []
    if head.pos_ not in ("NOUN", "PROPN") or _date_part(head):
        return None
    for k, t in enumerate(toks[:-1]):
        if t.pos_ == "CCONJ" or k > 0 and toks[k - 1].pos_ == "CCONJ":
            # (only ordinals joined inside the name: "the 1st and 3rd Air Divisions")
            if not (0 < k < len(toks) - 2 and all(x.pos_ in ("ADJ", "NUM") or x.tag_ in ("JJ", "CD")
                                                   for x in (toks[k - 1], toks[k + 1]))
                    if t.pos_ == "CCONJ" else True):
                return None
            edits.append((t, toks[k + 1], "cc") if t.pos_ == "CCONJ" else (t, toks[k - 2], "conj"))
        elif t.pos_ == "DET":
            edits.append((t, head, "det"))
        elif t.pos_ == "ADJ" or t.tag_ == "JJ":
            edits.append((t, head, "amod"))
        elif t.pos_ == "NUM":
            edits.append((t, head, "nummod"))
        elif t.pos_ in ("NOUN", "PROPN") and not _date_part(t):
            edits.append((t, head, "compound"))
        else:
            return None
    return edits


def _opener_arcs(opener: list[Token], v: Token) -> list[tuple[Token, Token, str]] | None:
    """Arcs that hang a time phrase opening the sentence on its verb ``v``: a date ("On 7 July", "Early
    in July,") rebuilt on its month, or a time counted from before ("Two days later", "That night"),
    whose own arcs stay; None for any other opening."""
    if any(t.is_punct and t.text != "," for t in opener):
        return None
    words = [t for t in opener if not t.is_punct]
    commas = [(t, v, "punct") for t in opener if t.is_punct]
    dates = [t for t in words if _date_part(t) and not t.like_num] or [t for t in words if _date_part(t)]
    first = next((t for t in words if t.lower_ not in ("early", "late")), None)
    if dates and first is not None and first.lower_ in OPENING_PREPOSITIONS and \
            all(t.pos_ in ("ADP", "ADV", "DET", "NUM", "PROPN") for t in words):
        head = dates[-1]
        deps = {"ADP": "case", "ADV": "advmod", "DET": "det", "NUM": "nummod"}
        return [(head, v, "obl")] + commas + [(t, head, deps.get(t.pos_, "compound")) for t in words if t.i != head.i]
    span = {t.i for t in words}
    if (words[-1].lower_ in ("later", "earlier") or any(t.lemma_.lower() in TIME_NOUNS for t in words)) and \
            all(t.pos_ in ("NUM", "DET", "ADJ", "NOUN", "ADV") for t in words):
        tops = [t for t in words if t.head.i not in span or t.head.i == t.i]
        if len(tops) == 1 and tops[0].pos_ in ("ADV", "NOUN"):
            return [(tops[0], v, "advmod" if tops[0].pos_ == "ADV" else "obl:tmod")] + commas
    return None


def _phrase_start(doc: Doc, end: int, floor: int) -> int:
    """Where the plain words right before ``end`` begin: back to their "the", never past ``floor`` nor
    into a date, nor past an "and" unless it joins two ordinals ("the 1st and 3rd Air Divisions")."""
    def ordinal(t: Token) -> bool:
        return t.pos_ in ("ADJ", "NUM") or t.tag_ in ("JJ", "CD")
    start = end
    while start > floor and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "CCONJ", "DET") and \
            not _date_part(doc[start - 1]) and (start == end or doc[start].pos_ != "DET") and \
            (doc[start - 1].pos_ != "CCONJ" or start - 2 >= floor and ordinal(doc[start - 2]) and ordinal(doc[start])):
        start -= 1
    return start


def _phrase_before(doc: Doc, end: int, floor: int) -> tuple[int, list[tuple[Token, Token, str]] | None]:
    """The plain noun phrase right before ``end``: its start and its arcs, the first of them the phrase's
    head (to itself), or None where it is no plain phrase. A plural or a name with an "of" phrase counts:
    "Lancasters of the 3rd Air Division", "The 1st Division of the Eighth"."""
    start = _phrase_start(doc, end, floor)
    if start == end:
        return start, None
    arcs = _plain_noun_phrase(list(doc[start:end]))
    if arcs is None:
        return start, None
    head = doc[end - 1]
    # (a plural the tagger took for a name, "Lancasters/NNP"; or a unit's name, "The 1st Division of the Eighth")
    if start - 2 >= floor and doc[start - 1].lower_ == "of" and (
            doc[start - 2].tag_ in ("NNS", "NNPS") or doc[start - 2].pos_ in ("NOUN", "PROPN") and
            (doc[start - 2].lower_.endswith("s") or doc[start - 2].is_title)):
        k = _phrase_start(doc, start - 1, floor)
        before = _plain_noun_phrase(list(doc[k:start - 1]))
        if before is not None:  # ("300 Lancasters of the 3rd Air Division": the plural before "of" heads it all)
            outer = doc[start - 2]
            return k, [(outer, outer, "head")] + before + arcs + [(head, outer, "nmod"), (doc[start - 1], head, "case")]
    return start, [(head, head, "head")] + arcs


def _subject_before(v: Token, floor: int) -> tuple[int, list[Token], list[tuple[Token, Token, str]] | None]:
    """The plain noun phrase right before ``v`` (see _phrase_before), or two joined by "and" with nothing
    but an opening phrase before them ("the Eighth Air Force and the 3rd Air Division"): its start, its
    words and its arcs (their first the phrase's head), None for the arcs where it is no plain phrase."""
    doc = v.doc
    start, arcs = _phrase_before(doc, v.i, floor)
    if arcs is not None and start - 1 > floor and doc[start - 1].lower_ == "and":
        k, first = _phrase_before(doc, start - 1, floor)
        if first is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[floor:k]):
            head, second = first[0][1], arcs[0][1]
            arcs = first + arcs[1:] + [(second, head, "conj"), (doc[start - 1], second, "cc")]
            start = k
    return start, list(doc[start:v.i]), arcs


def attack_clauses_read_as_phrases(doc: Doc) -> Doc:
    """"Bomber Command struck/amod Böhlen/appos", "The 3rd Air Division/compound hit/ROOT Zeitz", "In July
    the Eighth Air Force/nmod>July struck/amod Böhlen/ROOT": a clause of the plainest shape -- an opening
    time phrase or none, a plain noun phrase, a past tense of striking (STRIKING_PAST_LEMMAS, which the
    tagger takes for nouns and adjectives), a plain noun phrase -- read as anything else is rebuilt as
    subject, verb and object, the time phrase the verb's, what follows the object left as it hangs
    (its conjuncts on the object, the rest on the verb). So is such a clause after "while" or "and"
    following the first ("... while the 3rd Air Division raided/amod Böhlen/obl"), and one of any other
    "-ed" past tense hung as a modifier ("On 7 July Doolittle favoured/amod attacks on the railways")."""
    for sent in doc.sents:
        for v in [t for t in sent if sent.start < t.i < sent.end - 1 and (
                t.lower_ in STRIKING_PAST_LEMMAS or t.tag_ in ("VBD", "VBN") and t.lower_.endswith("ed") and
                t.dep_ in ("amod", "compound", "nmod", "dep"))]:  # (another past tense only where read as a modifier)
            _rebuild_attack_clause(v, sent)
    return doc


# words that open a second clause of the same sentence
CLAUSE_LINKS = {"while": "mark", "whereas": "mark", "and": "cc", "but": "cc"}


def _rebuild_attack_clause(v: Token, sent) -> None:
    """The repair of :func:`attack_clauses_read_as_phrases` for the clause of one verb ``v``: nothing
    where the words around it are not of the plain shape or the clause is read right already."""
    doc = v.doc
    if v.pos_ != "VERB" and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) and \
            any(c.dep_ in ("obj", "dobj") and c.i > v.i for c in v.children):
        # ("The Eighth Air Force, based at Leipzig, hit/PROPN Scholven": read right but for the tag)
        v.tag_, v.pos_, v.lemma_ = "VBD", "VERB", STRIKING_PAST_LEMMAS.get(v.lower_, v.lemma_)
        return
    start, subject, subj_arcs = _subject_before(v, sent.start)
    aside = None
    if not subject and v.i - 1 > sent.start and doc[v.i - 1].text == ",":
        # ("The 3rd Air Division, based at Vienna, bombed/amod Böhlen": the subject before a participle set off)
        k = next((t.i for t in reversed(doc[sent.start:v.i - 1]) if t.text == ","), None)
        if k is not None and k + 1 < v.i - 1 and doc[k + 1].tag_ in ("VBN", "VBG"):
            start, subject, subj_arcs = _subject_before(doc[k], sent.start)
            aside = doc[k + 1]
    link = doc[start - 1] if start - 1 > sent.start and doc[start - 1].lower_ in CLAUSE_LINKS and any(
        t.pos_ in ("VERB", "AUX") for t in doc[sent.start:start - 1]) else None
    before = doc[start - 2] if link is not None else None
    if link is not None and CLAUSE_LINKS[link.lower_] == "cc" and not (
            before.text == "," or before.head.pos_ in ("VERB", "AUX") and before.head.i < before.i):
        return  # ("No. 1 and No. 5 Groups attacked": not a clause after "and" unless the one before ends there)
    main = sent.root
    if link is not None and (main.i >= link.i or main.pos_ not in ("VERB", "AUX")):
        return
    # the object: the plain words right after the verb
    end = v.i + 1
    while end < sent.end and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "DET") and \
            not _date_part(doc[end]) and (end == v.i + 1 or doc[end].pos_ != "DET" and not _time_after(doc[end])):
        end += 1
    obj = list(doc[v.i + 1:end])
    opener = list(doc[sent.start:start]) if link is None else []
    after = doc[end] if end < sent.end else None
    if not subject or not obj or any(t.pos_ == "DET" for t in obj[1:]) or after is not None and (
            after.tag_ == "POS" or after.is_punct and after.text not in (",", ".", ";", ":", "(") or
            not (after.is_punct or after.pos_ in ("ADP", "CCONJ", "SCONJ", "ADV", "DET") or _time_after(after) or
                 after.lower_ == "to" and after.i + 1 < sent.end and doc[after.i + 1].tag_ == "VB")):
        # (the phrase must end there: not "struck Hamburg's refineries", "the Ploesti marshalling/VBG yards",
        # "the Castrop-Rauxel benzol plant")
        return
    obj_arcs = _plain_noun_phrase(obj)
    # (a name among them, though the tagger may take it for a common noun: "the 2nd Bombardment/NN
    # Division/NN struck Blechhammer/NN")
    if subj_arcs is None or obj_arcs is None or not any(
            t.pos_ == "PROPN" or t.is_title and t.i > sent.start for t in subject + obj):
        return
    s_head, o_head = subj_arcs[0][1], obj[-1]
    passive = any(c.dep_.startswith("aux") and c.dep_.endswith("pass") for c in v.children)
    inside_obj = {t.i for t in obj}
    # (its own head a verb before it, or after it one of another kind: "..., the Ministry announced")
    placed = v.dep_ == "ROOT" or v.head.pos_ in ("VERB", "AUX") and (
        v.head.i < v.i or v.head.lower_ not in STRIKING_PAST_LEMMAS)
    # (the object phrase's own head may be its first word: "appointed Edmund/obj Geilenberg/flat"; a passive
    # subject counts only with its auxiliary: not "Bomber Command/nsubj:pass bombed Böhlen/xcomp")
    o_top = next((t for t in obj if t.head.i == v.i and t.dep_ in ("obj", "dobj", "obl", "iobj")), None)
    if v.pos_ == "VERB" and placed and o_top is not None and all(
            t.head.i in inside_obj for t in obj if t.i != o_top.i) and any(
            (c.dep_ == "nsubj" or c.dep_ in ("nsubj:pass", "nsubjpass") and passive) and c.i < v.i for c in v.children):
        # a verb with its subject and object, not hung as a modifier: read right, or for other repairs to mend
        # (but for its link: "while/case>Command Bomber Command raided/ccomp Wesseling")
        if link is not None and link.head.i != v.i and v.head.i == main.i:
            mark = CLAUSE_LINKS[link.lower_]
            apply_edits(sent, [(v, main, "advcl" if mark == "mark" else "conj"), (link, v, mark)])
        return
    # (arcs inside a phrase stay: "the Ploesti marshalling yards")
    inside = {t.i: {x.i for x in phrase} for phrase in (subject, obj) for t in phrase}
    # (but not a clause's arc read inside one: "the 2nd Bombardment/nsubj>Division Division")
    kept = [(t, h, dep) for t, h, dep in subj_arcs[1:] + obj_arcs if t.head.i in inside[t.i] and t.head.i != t.i
            and not t.dep_.startswith(("nsubj", "obj", "obl", "iobj", "ccomp", "xcomp", "advcl"))]
    edits = [(s_head, v, "nsubj"), (o_head, v, "obj")] + \
        [a for a in subj_arcs[1:] + obj_arcs if a not in kept]
    if aside is not None:  # (the participle and its commas on the subject; its own words stay on it)
        words = range(aside.i, v.i - 1)
        edits += [(aside, s_head, "acl"), (doc[aside.i - 1], aside, "punct"), (doc[v.i - 1], aside, "punct")]
        edits += [(t, aside, t.dep_) for t in doc[aside.i + 1:v.i - 1] if t.head.i not in words]
    if link is not None:  # (the second clause hangs on the first: "while" an adverbial, "and" a conjunct)
        mark = CLAUSE_LINKS[link.lower_]
        edits += [(v, main, "advcl" if mark == "mark" else "conj"), (link, v, mark)]
    else:
        edits.append((v, v, "ROOT"))
    if opener:
        opened = _opener_arcs(opener, v)
        if opened is None:
            return
        edits += opened
    edits += _tail_arcs(v, o_head, range(sent.start if link is None else link.i, end), sent, second=link is not None)
    # (the phrases' own arcs stay where they can, "the Ploesti marshalling yards"; else all are rebuilt)
    if apply_edits(sent, edits) or apply_edits(sent, edits + kept):
        v.tag_, v.pos_, v.lemma_ = "VBD", "VERB", STRIKING_PAST_LEMMAS.get(v.lower_, v.lemma_)


def _tail_arcs(v: Token, o_head: Token, region: range, sent, second: bool) -> list[tuple[Token, Token, str]]:
    """Arcs for the words after a rebuilt clause (``region``, the clause's words, ends before them) that
    hang into it: its object's conjuncts and phrases stay the object's ("struck Böhlen, Merseburg and
    Lützkendorf"), the rest (a date, the full stop, a root left over) go to the verb. In a ``second``
    clause only the words that hang into it move."""
    doc, end, out = v.doc, region.stop, []
    for t in doc[end:sent.end]:
        if t.head.i in range(end, sent.end) and t.dep_ != "ROOT" or second and t.head.i not in region:
            continue
        if t.dep_ in ("conj", "appos") and (t.pos_ in ("PROPN", "NOUN") or t.is_title) and t.head.i == o_head.i:
            out.append((t, o_head, "conj"))
        elif t.tag_ == "VB" and any(c.lower_ == "to" and c.i == t.i - 1 for c in t.children) and \
                (t.head.i in region or t.dep_ == "ROOT"):
            out.append((t, v, "xcomp"))  # ("ordered Spaatz to attack Böhlen": the infinitive the verb's)
        elif t.head.i == o_head.i and t.dep_ in ("nmod", "acl", "acl:relcl", "punct") and not \
                (t.is_punct and t.i == sent.end - 1) and not _date_part(t):  # (a date is the deed's)
            out.append((t, o_head, t.dep_))
        elif t.head.i in region or t.dep_ == "ROOT":
            out.append((t, v, {"nmod": "obl", "ROOT": "parataxis", "appos": "parataxis"}.get(t.dep_, t.dep_)))
    return out


def relatives_read_as_parataxis(doc: Doc) -> Doc:
    """"Doolittle, who commanded/parataxis>flew the Eighth Air Force/iobj, flew to Leipzig": a clause opened
    by "who" or "which" right after a name and its comma is a relative clause on the name, its lone
    second object its object (so is one read as an adverbial clause, when "who" opens it)."""
    for v in doc:
        rel = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("who", "which") and
                    c.i == v.left_edge.i + (v.left_edge.text == ",")), None)
        # (or an adverbial clause, which no "who" opens: "Doolittle, who commanded/advcl>flew the Eighth")
        if not (v.dep_ == "parataxis" or v.dep_ == "advcl" and rel is not None and rel.lower_ == "who") or \
                rel is None or rel.i < 2 or doc[rel.i - 1].text != ",":
            continue
        noun = doc[rel.i - 2]
        while noun.dep_ in ("flat", "compound") and noun.head.i > noun.i and noun.head.i < rel.i:
            noun = noun.head
        if noun.pos_ not in ("PROPN", "NOUN") or v.i < noun.i:
            continue
        edits = [(v, noun, "acl:relcl")]
        # (not beside a second complement: "who gave him/iobj leave/xcomp to use ...")
        if not any(c.dep_ in ("obj", "dobj", "xcomp", "ccomp") for c in v.children):
            edits += [(c, v, "obj") for c in v.children if c.dep_ == "iobj"]
        apply_edits(v.sent, edits)
    return doc
