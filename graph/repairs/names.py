"""Repairs of names, titles and posts the parser split, tagged as other words or hung in the wrong place."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import NUMBERED_ORDINAL, case_of, comma_after, comma_before, first_word, is_date_word, last_word
from .tree import apply_edits, base_word, in_place_of, name_before, saying_verb, subject_above
from .words import DITRANSITIVE_VERBS, NAME_DETERMINERS, NAME_FINAL_VERB_FORMS, PLANT_KINDS, POST_NOUNS, POST_WORDS


def name_nouns(doc: Doc) -> Doc:
    """"the Leuna works" with "works" parsed as a verb becomes a noun phrase again: the
    noun takes the name's place in the tree and the name becomes its compound.

    (Also: a line break is no word, whatever role the parser gave it: the text's closing
    newline parsed as the last verb's object made "took part in the raids on Leuna" a verb
    with an object.)"""
    for t in doc:
        if t.is_space and t.head.i != t.i:
            t.dep_ = "dep"
    for t in doc[2:]:
        # (or tagged a verb and read as a noun that takes the name as its subject: "the Leuna/nsubj works/VBZ")
        if t.lower_ not in NAME_FINAL_VERB_FORMS or t.pos_ not in ("VERB", "AUX") and not t.dep_.startswith("aux") and \
                not (t.tag_ == "VBZ" and any(c.dep_.startswith("nsubj") and c.i == t.i - 1 for c in t.children)):
            continue
        name = name_before(t)
        kind = doc[t.i - 1]
        if name is None and t.lower_ == "works" and kind.lower_ in PLANT_KINDS and \
                (doc[t.i - 2].lower_ in NAME_DETERMINERS or doc[t.i - 2].pos_ == "ADJ"):
            name = kind  # "The hydrogenation/nsubj works/VBZ at Scholven was bombed": a kind of plant
        if name is None and t.dep_.startswith("aux") and doc[t.i - 1].pos_ in ("NOUN", "ADJ") and \
                doc[t.i - 1].head.i != t.i - 1:
            name = doc[t.i - 1]  # "the bombing of the hydrogenation works/aux had brought": never an auxiliary
        if name is None or name.head.i == name.i:
            continue
        sent = t.sent
        verbs = [c for c in t.children if c.i > t.i and c.pos_ in ("VERB", "AUX") and
                 c.dep_ in ("conj", "parataxis", "dep", "xcomp", "ccomp")]
        if name.head.i == t.i and t.head.i == t.i and name.dep_.startswith("nsubj") and verbs:
            # "The Leuna/nsubj works/ROOT, the largest plant, employed/conj ...": the subject
            # is "the Leuna works", the later verb the root; a noun phrase between is its apposition
            verb = verbs[0]
            edits = [(verb, verb, "ROOT"), (t, verb, "nsubj"), (name, t, "compound")]
            first = next((c for c in t.children if c.dep_.startswith("nsubj") and c.i < name.i and
                          c.pos_ in ("NOUN", "PROPN") and doc[c.right_edge.i + 1].text == ","), None)
            if first is not None:
                # "The refineries/nsubj around Hamburg, including the Rhenania works/ROOT at Harburg,
                # were hit/conj": the first noun is the subject, the works set off after it its member
                marks = [c for c in name.children if c.dep_ == "case"]
                edits = [(verb, verb, "ROOT"), (first, verb, "nsubj:pass" if any(
                    c.dep_ == "aux:pass" for c in verb.children) else "nsubj"),
                         (t, first, "nmod" if marks else "appos"), (name, t, "compound")]
                edits += [(c, t, c.dep_) for c in name.children if c.dep_ in ("case", "punct", "det")]
            for c in t.children:
                if c.i in (verb.i, name.i) or first is not None and c.i == first.i:
                    continue
                if t.i < c.i < verb.i and c.dep_ == "obl" and any(x.dep_ == "case" for x in c.children):
                    edits.append((c, t, "nmod"))  # ("the ... works at/case Scholven/obl": the works' place)
                elif t.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN"):
                    edits.append((c, t, "appos"))
                elif c.i > t.i:
                    edits.append((c, verb, c.dep_))
            edits += [(c, t, "det") for c in name.children if c.dep_ == "det"]
        elif name.head.i == t.i and t.head.i != t.i and (subj := next(
                (c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < name.i and c.i != name.i and
                 c.pos_ in ("NOUN", "PROPN") and doc[c.right_edge.i + 1].text == ","), None)) is not None:
            # "The plant/nsubj at Lützkendorf, a small Wintershall works/VBZ, was attacked": the noun
            # phrase set off after the subject is its apposition, the subject the verb's
            edits = [(subj, t.head, t.dep_), (t, subj, "appos"), (name, t, "compound")]
        elif name.head.i == t.i:  # "the Leuna/nsubj works/ccomp": the verb's clause was the object
            dep = "obj" if t.dep_ in ("ccomp", "xcomp", "dep") and t.head.pos_ in ("VERB", "AUX") else t.dep_
            edits = [(t, t.head, dep), (name, t, "compound")]
        elif t.head.i == t.i and name.head.dep_.startswith("nsubj") and name.head.head.i == t.i and (verb := next(
                (c for c in t.children if c.i > t.i and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ") and
                 c.dep_ in ("ccomp", "conj", "parataxis", "xcomp") and
                 not any(x.dep_.startswith("nsubj") for x in c.children)), None)) is not None:
            # "The bombing/nsubj of the Politz/nmod>bombing works/VBZ/ROOT on 20 June by the Eighth cut/ccomp its
            # output": the plant is what the subject is of, the verb after it the root; the phrases between
            # are the subject's
            subject = name.head
            edits = [(verb, verb, "ROOT"), (subject, verb, "nsubj"), (t, subject, name.dep_), (name, t, "compound")]
            edits += [(c, t, c.dep_) for c in name.children if c.dep_ in ("case", "det")]
            for c in t.children:
                if t.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "NUM"):
                    edits.append((c, subject, "nmod"))
                elif c.i > t.i and c.i != verb.i:
                    edits.append((c, verb, c.dep_))
        elif t.head.i == t.i:
            # "The RAF bombed/acl the Kamen/obj works/ROOT near Dortmund": the verb was read
            # as a clause on the subject; it is the root, "works" its object
            verb, subject = name.head, name.head.head
            if verb.pos_ != "VERB" or not verb.dep_.startswith("acl") or subject.head.i != t.i or \
                    subject.i > verb.i:
                continue
            edits = [(verb, verb, "ROOT"), (subject, verb, "nsubj"), (t, verb, "obj"), (name, t, "compound")]
            edits += [(c, verb, "punct") for c in t.children if c.is_punct and c.i > t.i]
        else:  # "the Meerbeck/obj works/xcomp"
            edits = [(t, name.head, name.dep_), (name, t, "compound")]
        if apply_edits(sent, edits):
            # ("works" is its own singular; "refineries" is "refinery")
            w = t.lower_
            t.tag_, t.pos_, t.lemma_ = "NNS", "NOUN", w if w == "works" else w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return doc


def names_read_as_appositions_of_titles(doc: Doc) -> Doc:
    """"Colonel/obl:unmarked>first Richard/appos>Colonel Hughes/flat, an Englishman ..., was among the
    first": a sentence opening with capitalised words in a row, the first read as an unmarked oblique
    of a predicate with no subject and the rest hung on it as its apposition, is one name, the
    predicate's subject (headed by its last word, as "Colonel/compound Hughes/nsubj" is parsed)."""
    for sent in doc.sents:
        first = doc[sent.start]
        pred = first.head
        if first.pos_ != "PROPN" or first.dep_ not in ("obl:unmarked", "obl:npmod", "npadvmod", "nmod:unmarked",
                                                       "obl:tmod", "dep", "vocative") or pred.i < first.i or \
                any(c.dep_ in ("nsubj", "nsubj:pass", "csubj") for c in pred.children):
            continue
        words = [first]
        while words[-1].i + 1 < sent.end and (w := doc[words[-1].i + 1]).pos_ == "PROPN" and \
                w.dep_ in ("appos", "flat", "compound") and w.head.i in {x.i for x in words}:
            words.append(w)
        if len(words) < 2:
            continue
        last = words[-1]
        edits = [(last, pred, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in pred.children) else "nsubj")]
        edits += [(w, last, "compound") for w in words[:-1]]
        edits += [(c, last, c.dep_) for w in words[:-1] for c in w.children if c.i > last.i]
        apply_edits(sent, edits)
    return doc


def hyphenated_words_read_apart(doc: Doc) -> Doc:
    """"Maxwell, the American co/appos>Maxwell -/conj>Maxwell chairman/list>Maxwell of the Committee": the
    tokenizer splits a hyphenated word; where the parser hung its pieces side by side on one head, the
    last piece is the word's head in the first's place, the rest its compound and punctuation."""
    for h in doc[1:-1]:
        a, b = doc[h.i - 1], doc[h.i + 1]
        if h.text != "-" or h.whitespace_ or a.whitespace_ or not (a.is_alpha and b.is_alpha and a.is_lower and
                                                                    b.is_lower) or \
                a.head.i in (b.i, h.i) or b.head.i in (a.i, h.i) or a.head.i != b.head.i or a.head.i == a.i:
            continue
        _join_hyphenated(a, h, b)
    return doc


def _join_hyphenated(a: Token, h: Token, b: Token) -> bool:
    """Make "a - b", split by the tokenizer, one word again: ``b`` takes ``a``'s place in the tree, ``a``
    is its compound and the hyphen its punctuation (what hung on ``a`` or the hyphen now hangs on ``b``)."""
    edits = [in_place_of(b, a), (a, b, "compound"), (h, b, "punct")]
    edits += [(c, b, c.dep_) for c in list(a.children) + list(h.children) if c.i not in (b.i, h.i)]
    return apply_edits(a.sent, edits)


def names_read_as_compounds_before_of(doc: Doc) -> Doc:
    """"Colonel Cabell/compound>staff of/case>Spaatz Spaatz's staff/nsubj helped": a name read as a compound
    of the noun whose possessor follows it with "of" heads the phrase: the noun is its "of" phrase."""
    for name in doc[:-2]:
        noun = name.head
        of = doc[name.i + 1]
        if name.pos_ != "PROPN" or name.dep_ != "compound" or of.lower_ != "of" or noun.i <= of.i or \
                of.head.head.i != noun.i or not of.head.dep_.startswith(("nmod:poss", "poss")):
            continue
        apply_edits(name.sent, [in_place_of(name, noun), (noun, name, "nmod"), (of, noun, "case")] +
                    [(c, name, c.dep_) for c in noun.children if c.i < name.i and c.dep_ in ("det", "amod", "compound")
                     and c.i != name.i])
    return doc


def ordinals_read_as_heads(doc: Doc) -> Doc:
    """"The Eighth's 3rd/ROOT Division/nsubj flew/relcl>3rd to Pölitz": an ordinal read as a sentence's
    head noun, with the unit word after it the subject of a clause hung on it, numbers the unit: the
    clause is the sentence, the unit its subject."""
    for t in doc[:-2]:
        n = doc[t.i + 1]
        v = n.head
        if t.dep_ != "ROOT" or not NUMBERED_ORDINAL.match(t.lower_) or not n.dep_.startswith("nsubj") or \
                v.head.i != t.i or v.i < n.i or v.pos_ not in ("VERB", "AUX") or not v.dep_.startswith(("acl", "relcl")):
            continue
        edits = [(v, v, "ROOT"), (n, v, n.dep_), (t, n, "amod")]
        edits += [(c, n, c.dep_) for c in t.children if c.i < t.i]
        edits += [(c, v, c.dep_) for c in t.children if c.i > v.i]
        apply_edits(t.sent, edits)
    return doc


def split_possessive_names(doc: Doc) -> Doc:
    """"The Fifteenth/compound>commander Air Force/appos>Fifteenth 's commander" with the name
    split: the word marked with 's heads the name, and the name is the possessor of the noun
    its first word was hung on."""
    for x in doc:
        first = x.head
        if not any(c.tag_ == "POS" for c in x.children) or x.dep_ not in ("appos", "flat", "conj") or \
                first.i >= x.i or first.dep_ != "compound" or first.head.i <= x.i or \
                not all(t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS") for t in doc[first.i:x.i + 1]):
            continue
        noun = first.head
        apply_edits(x.sent, [(first, x, "compound"), (x, noun, "nmod:poss")])
    return doc


def capitalised_gerunds(doc: Doc) -> Doc:
    """"ordered Göring/VBG/xcomp to pull fighters back": a capitalised "-ing" word inside a
    sentence (or opening one before a comma: "Göring, as Commander-in-Chief, ...") is a name,
    not a gerund; as a verb's complement it is the verb's object. Opening a sentence as its root,
    with a verb right after it, it is that verb's subject ("Göring/ROOT assured/advcl Hitler")."""
    for t in doc:
        if t.tag_ != "VBG" or not t.text[:1].isupper() or t.text.isupper() or t.i + 1 >= len(doc):
            continue
        first = t.i == t.sent.start
        # (a gerund takes no "'s": "Kesselring/VBG's staff complained"; nor is a subject one whose "-ing" the
        # lemmatizer could not take off a verb: "Kesselring/VBG/nsubj asked Hitler", lemma "kesselring")
        if first and doc[t.i + 1].text not in (",", "'s", "\u2019s") and not (
                t.lemma_ == t.lower_ and t.dep_.startswith("nsubj") and t.head.tag_ in ("VBD", "VBZ")) or not first and (
                doc[t.i - 1].text in (":", '"', "'", "\u201c", "\u2018", "(") or doc[t.i - 1].is_space or
                sum(w.text[:1].isupper() for w in t.sent if w.is_alpha) * 2 > sum(w.is_alpha for w in t.sent)):
            continue  # (a heading or title in capitals: "Bombing The Reich")
        t.tag_, t.pos_ = "NNP", "PROPN"
        if t.dep_ == "xcomp" and not any(c.dep_ in ("obj", "dobj") for c in t.head.children):
            apply_edits(t.sent, [(t, t.head, "obj")])
    for t in doc:
        # ("Göring/VBG/ROOT assured/VBN/advcl Hitler that ...": a sentence's root can be no gerund with
        # a verb right after it that has no subject; the name is that verb's subject)
        v = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.tag_ != "VBG" or t.dep_ != "ROOT" or t.i != t.sent.start or not t.is_title or v is None or \
                v.head.i != t.i or v.dep_ not in ("advcl", "acl", "xcomp") or v.tag_ not in ("VBD", "VBN") or \
                any(c.dep_.startswith(("nsubj", "aux")) for c in v.children):
            continue
        edits = [(v, v, "ROOT"), (t, v, "nsubj")] + [(c, v, c.dep_) for c in t.children if c.i != v.i]
        if apply_edits(t.sent, edits):
            t.tag_, t.pos_, v.tag_ = "NNP", "PROPN", "VBD"
    for t in doc:
        # ("Kesselring/VBG/nsubj complained/advcl>move to Hitler that ... could not move/ROOT": no gerund
        # opens a sentence as the subject of a verb of saying; the name's verb is the root, the
        # clause it was hung on its content)
        v = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.tag_ != "VBG" or t.i != t.sent.start or not t.is_title or v is None or t.head.i != v.i or \
                not t.dep_.startswith("nsubj") or v.tag_ not in ("VBD", "VBN") or not saying_verb(v):
            continue
        t.tag_, t.pos_, t.lemma_, v.tag_ = "NNP", "PROPN", t.text, "VBD"
        clause = v.head
        that = next((x for x in doc[v.i + 1:clause.i] if x.lower_ == "that" and clause in x.ancestors), None)
        if v.dep_ in ("advcl", "csubj", "dep") and clause.i > v.i and that is not None:
            apply_edits(t.sent, [(v, v, "ROOT"), (clause, v, "ccomp"), (that, clause, "mark")] +
                        [(c, v, c.dep_) for c in clause.children if c.is_punct and c.i == t.sent.end - 1])
    for t in doc:
        # ("Göring/VBG/obl:unmarked blamed/VBN/ROOT Galland for ...": an opening "-ing" word hung on the
        # past tense right after it, which has an object but no subject, is that verb's subject)
        v = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.tag_ != "VBG" or t.i != t.sent.start or not t.is_title or v is None or t.head.i != v.i or \
                t.dep_ not in ("obl:unmarked", "obl", "advcl", "advmod", "npadvmod", "dep", "csubj") or \
                v.tag_ not in ("VBD", "VBN") or not v.lower_.endswith("ed") or \
                any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in v.children) or \
                not any(c.dep_ in ("obj", "dobj") and c.i > v.i for c in v.children):
            continue
        if apply_edits(t.sent, [(t, v, "nsubj")]):
            t.tag_, t.pos_, t.lemma_, v.tag_ = "NNP", "PROPN", t.text, "VBD"
    for sent in doc.sents:
        # ("Göring/VBG/compound reproached/JJ/punct Galland/ROOT for ...": the name, a past tense the
        # tagger took for an adjective, and the object made the root)
        t, root = doc[sent.start], sent.root
        v = doc[t.i + 1] if t.i + 1 < sent.end else None
        if t.tag_ != "VBG" or not t.is_title or v is None or not v.lower_.endswith("ed") or \
                v.pos_ not in ("ADJ", "VERB") or root.i <= v.i or root.pos_ not in ("PROPN", "NOUN") or \
                root.left_edge.i > v.i + 1 and doc[v.i + 1].lower_ not in ("the", "his", "their", "its"):
            continue
        edits = [(v, v, "ROOT"), (t, v, "nsubj"), (root, v, "obj")]
        edits += [(c, v, c.dep_) for c in root.children if c.is_punct and c.i == sent.end - 1]
        if apply_edits(sent, edits):
            t.tag_, t.pos_, v.tag_, v.pos_ = "NNP", "PROPN", "VBD", "VERB"
    return doc


def coordinated_possessors(doc: Doc) -> Doc:
    """"Doolittle's Eighth Air Force and Twining's/conj>Force Fifteenth Air Force/nmod" with the
    second possessor hung on the first noun: it possesses the noun right after it, and that
    noun is the first one's conjunct."""
    for x in doc:
        first = x.head
        if x.dep_ != "conj" or not any(c.tag_ == "POS" for c in x.children) or first.i >= x.i or \
                not any(c.dep_ in ("nmod:poss", "poss") for c in first.children):
            continue
        pos = next(c for c in x.children if c.tag_ == "POS")
        # the noun the possessor stands before: the head of the words right after "'s"
        k = pos.i + 1
        while k < len(doc) and doc[k].head.i > doc[k].i and doc[k].head.i > pos.i and \
                doc[k].dep_ in ("compound", "amod", "flat", "nummod"):
            k = doc[k].head.i
        noun = doc[k] if k < len(doc) else None
        if noun is None or noun.i <= pos.i or noun.pos_ not in ("PROPN", "NOUN") or \
                any(c.dep_ in ("nmod:poss", "poss") for c in noun.children) or noun.head.i == x.i:
            continue
        edits = [(x, noun, "nmod:poss"), (noun, first, "conj")]
        edits += [(c, noun, c.dep_) for c in x.children if c.dep_ == "cc"]
        apply_edits(x.sent, edits)
    return doc


def names_read_as_possessors(doc: Doc) -> Doc:
    """"Milch/nmod:poss, Göring's deputy, complained ..." with the name set off by a comma read as
    a second possessor of the noun after it: the name is the subject, the noun its apposition."""
    for name in doc:
        noun = name.head
        if name.dep_ not in ("nmod:poss", "poss") or name.pos_ != "PROPN" or \
                any(c.tag_ == "POS" for c in name.children) or name.i + 1 >= len(doc) or \
                doc[name.i + 1].text != "," or noun.i <= name.i + 1 or \
                not any(c.dep_ in ("nmod:poss", "poss") and c.i > name.i for c in noun.children) or \
                noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
            continue
        edits = [(name, noun.head, noun.dep_), (noun, name, "appos")]
        edits += [(c, name, "punct") for c in (doc[name.i + 1],) if c.head.i != name.i]
        apply_edits(name.sent, edits)
    return doc


def names_before_subject_posts(doc: Doc) -> Doc:
    """"Sinclair/obl, the Secretary/nsubj of State for Air, defended Harris": a name set off before
    a post that the parser made the subject is the subject; the post is its apposition."""
    for name in doc:
        verb, post = name.head, None
        if name.pos_ != "PROPN":
            continue
        if name.dep_ == "compound" and verb.dep_ in ("nsubj", "nsubj:pass") and verb.i > name.i + 1 and \
                doc[name.i + 1].text == ",":
            # ("Oberst Pasewaldt/compound>officer, the Luftwaffe's liaison officer/nsubj, reported")
            post, verb = verb, verb.head
        elif name.dep_ not in ("obl", "obl:npmod", "obl:unmarked", "nmod:unmarked", "dep", "vocative", "npadvmod") and \
                not (name.dep_ in ("ccomp", "parataxis", "advcl") and name.left_edge.i == name.sent.start and
                     verb.i > name.i) or any(c.dep_ == "case" for c in name.children):
            continue  # (also an opening name read as a clause: "Krauch/ccomp, Göring's plenipotentiary ..., warned")
        end = last_word(name)  # (the name's own words)
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        post = post or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i == end + 2
                             and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
        if post is None or not comma_after(post):
            continue
        apply_edits(name.sent, [(name, verb, post.dep_), (post, name, "appos")])
    return doc


def names_after_subject_nouns(doc: Doc) -> Doc:
    """"The official historians, Webster/nsubj and Frankland, later judged ..." with the names set
    off after the subject made a second subject: they are the noun's apposition."""
    for name in doc:
        verb = name.head
        if name.pos_ != "PROPN" or name.is_punct or name.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        first = first_word(name)  # (with its title: ", Brigadier General John Samford,")
        if first < 2 or doc[first - 1].text != ",":
            continue
        noun = next((c for c in verb.children if c.dep_ == name.dep_ and c.right_edge.i in (first - 2, first - 1) and
                     c.pos_ == "NOUN"), None)
        end = last_word(name)
        if noun is None or end + 1 >= len(doc) or doc[end + 1].text != ",":
            continue
        apply_edits(name.sent, [(name, noun, "appos"), (doc[first - 1], name, "punct"), (doc[end + 1], name, "punct")])
    return doc


def opening_names_read_as_clauses(doc: Doc) -> Doc:
    """"Göring/advcl, for his part, ordered the Luftwaffe to ...": a name that opens the sentence,
    with no preposition, before a finite verb that has no subject, is its subject; the phrases set
    off after the name are the verb's."""
    for name in doc:
        verb = name.head
        if name.pos_ != "PROPN" or name.dep_ not in ("advcl", "obl", "dep", "npadvmod", "obl:npmod", "vocative") or \
                name.left_edge.i != name.sent.start or verb.i < name.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
                any(c.dep_ in ("case", "mark") for c in name.children) or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in verb.children):
            continue
        edits = [(name, verb, "nsubj")] + [(c, verb, c.dep_) for c in name.children
                                          if c.dep_ in ("obl", "advmod", "punct") and c.i > name.i]
        apply_edits(name.sent, edits)
    return doc


def split_hyphenated_names(doc: Doc) -> Doc:
    """"the results at Wanne/nmod-Eickel/conj>Director and Sterkrade" with a hyphenated name
    torn apart: the last word heads the name, in the first word's place."""
    for h in doc[1:-1]:
        a, b = doc[h.i - 1], doc[h.i + 1]
        if h.text not in ("-", "\u2011") or a.whitespace_ or h.whitespace_ or not (a.is_title and b.is_title) or \
                not (a.is_alpha and b.is_alpha) or a.head == b or b.head == a and b.dep_ in ("flat", "compound") or \
                a.pos_ != "PROPN" and b.pos_ != "PROPN" or a.head == a:
            continue
        if _join_hyphenated(a, h, b) and b.pos_ != "PROPN":
            b.pos_, b.tag_ = "PROPN", "NNP"  # ("Merseburg-Leuna/ADJ": the name's last word)
    return doc


def fronted_phrases_read_as_possessors(doc: Doc) -> Doc:
    """"In/mark his memoirs/nmod:poss>Speer Speer/nsubj wrote that ...": a noun without "'s" read as
    the possessor of the subject after it, with a preposition before it, is a phrase of the verb (also
    read as the name's description or possessor, with the preposition and "his" hung on the name:
    "In/case>Goebbels his/nmod:poss>Goebbels diary/nmod:desc Goebbels/nsubj complained")."""
    for x in doc:
        subj = x.head
        if x.dep_ not in ("nmod:poss", "poss", "nmod:desc") or x.pos_ != "NOUN" or \
                any(c.tag_ == "POS" for c in x.children) or \
                subj.dep_ not in ("nsubj", "nsubj:pass") or subj.i != x.i + 1:
            continue
        verb = subj.head
        # (the preposition inside the phrase, or hung on the verb right before it, or on the name)
        near = [doc[x.left_edge.i]] + ([doc[x.left_edge.i - 1]] if x.left_edge.i > 0 else [])
        prep = next((t for t in near if t.tag_ == "IN" and t.i < x.i and t.dep_ in ("mark", "case") and
                     t.head in (x, verb)), None)
        moved = []
        if prep is None:  # ("In/case>Speer his memoirs/nmod:poss Speer called ...": hung on the name too)
            prep = next((c for c in subj.children if c.dep_ == "case" and c.tag_ == "IN" and c.i < x.i), None)
            moved = [(c, x, c.dep_) for c in subj.children if c.i < x.i and c.dep_ in ("nmod:poss", "poss", "det")]
        if prep is None:
            continue
        apply_edits(x.sent, [(x, verb, "obl"), (prep, x, "case")] + moved)
    return doc


def names_read_into_opening_phrases(doc: Doc) -> Doc:
    """"In letter after letter Portal/flat>letter urged him to ...": the name right before a verb
    that has no subject, read into the phrase that opens the clause, is the subject."""
    for v in doc:
        if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 3 or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children):
            continue
        name = doc[v.i - 1]
        while name.dep_ in ("flat", "compound") and name.head.i < name.i and name.head.pos_ == "PROPN":
            name = name.head  # ("Sir Charles Portal": the name's head)
        phrase = name.head
        while phrase.head != v and phrase.head.i != phrase.i and phrase.i < v.i:
            phrase = phrase.head
        # (a capitalised word set off after the phrase is a name the tagger took for a noun:
        # "In a note to the Prime Minister, Lord Cherwell/NN/appos dismissed ...")
        if not (name.pos_ == "PROPN" or name.pos_ == "NOUN" and name.is_title and name.dep_ == "appos" and
                doc[min(t.i for t in name.subtree if not t.is_punct) - 1].text == ",") or \
                name.dep_ not in ("flat", "compound", "nmod", "appos") or phrase.head != v or \
                not phrase.dep_.startswith("obl") or not case_of(phrase) or phrase.i > name.i or \
                any(t.text in (",", ";") for t in doc[name.i:v.i]):
            continue
        apply_edits(v.sent, [(name, v, "nsubj")])
    return doc


def compass_names(doc: Doc) -> Doc:
    """"Blechhammer North/compound>South and Blechhammer/conj>North South/advmod": a compass word
    written right after a name, and not opening an "of" phrase, is the last word of that name
    ("Blechhammer North" and "Blechhammer South" are two plants); what hung on it hangs on the name."""
    edits, base_of = [], {}
    for t in doc:
        p = doc[t.i - 1] if t.i > 0 else t
        if t.lower_ not in ("north", "south", "east", "west") or not t.is_title or p.i == t.i or \
                p.pos_ != "PROPN" or not p.is_title or p.sent != t.sent or \
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            continue
        base_of[t.i] = p
    for i, p in base_of.items():
        t = doc[i]
        if p.head == t:  # ("Blechhammer/compound>South": the name takes the compass word's place)
            edits.append((p, t.head if t.head != t else p, t.dep_ if t.head != t else "ROOT"))
        edits.append((t, p, "flat"))
    moved = {t.i for t, _, _ in edits}
    for c in doc:
        if c.head.i in base_of and c.i not in moved and c.head != c:
            # (a name that hung on another's compass word hangs on that name)
            edits.append((c, base_of[c.head.i], c.dep_))
    for sent in {t.sent.start: t.sent for t, _, _ in edits}.values():
        apply_edits(sent, [e for e in edits if e[0].sent == sent])
    return doc


def flat_names_across_commas(doc: Doc) -> Doc:
    """"Böhlen, Zeitz/flat>Böhlen and Rositz": a name never runs on across a comma; a name "flat"
    to the one before the comma is its conjunct."""
    for x in doc:
        if x.dep_ in ("flat", "flat:name") and x.pos_ == "PROPN" and x.head.pos_ == "PROPN" and \
                x.head.i == x.i - 2 and doc[x.i - 1].text == ",":
            apply_edits(x.sent, [(x, x.head, "conj")])
    return doc


def compounds_across_commas(doc: Doc) -> Doc:
    """"Tedder's paper/compound>Notes of 25 October, 'Notes on Air Policy ...', argued": a noun is
    never a compound of a word after a comma; the word after is its apposition."""
    for x in doc:
        h = x.head
        if x.dep_ != "compound" or x.pos_ not in ("NOUN", "PROPN") or h.i <= x.i or \
                not any(t.text == "," for t in doc[last_word(x) + 1:h.i]):
            continue
        apply_edits(x.sent, [in_place_of(x, h), (h, x, "appos")])
    return doc


def posts_read_as_roots(doc: Doc) -> Doc:
    """"Spaatz's director/ROOT of intelligence, Brigadier General George McDonald/nsubj, warned/relcl
    that ...": a noun made the root, with the verb a relative clause whose subject is the name set
    off after the noun: the verb is the root, the noun its subject and the name its apposition."""
    for v in doc:
        n = v.head
        if v.dep_ not in ("acl:relcl", "relcl") or n.dep_ != "ROOT" or n.pos_ != "NOUN" or v.i < n.i or \
                any(c.tag_ in ("WP", "WDT", "WRB") for c in v.children):
            continue
        name = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PROPN" and c.i < v.i and
                     comma_before(c) and comma_after(c)), None)
        if name is None:
            continue
        edits = [(v, v, "ROOT"), (n, v, name.dep_), (name, n, "appos")]
        edits += [(c, v, c.dep_) for c in n.children if c.is_punct and c.i > v.i]
        apply_edits(v.sent, edits)
    return doc


def names_set_off_after_plural_posts(doc: Doc) -> Doc:
    """"the Deputy Chiefs of Staff, Bottomley/conj>Staff and Spaatz/conj>Staff, issued" with the people
    who hold a plural post read as more of its "of" phrase: names set off by commas after a
    capitalised plural post are its apposition ("the plants of Leuna, Pölitz and Zeitz" has no
    capitalised plural; "the representatives of France, Britain and Italy met" no closing comma)."""
    for post in doc:
        if post.tag_ not in ("NNPS", "NNS") or not post.is_title:
            continue
        for of in (c for c in post.children if c.dep_ == "nmod" and case_of(c) == "of" and c.i > post.i):
            names = [c for c in of.children if c.dep_ == "conj" and c.i > of.i and c.pos_ == "PROPN"]
            if not names or not comma_before(names[0]) or not comma_after(names[-1]) or any(case_of(n) for n in names):
                continue  # (nor "of Leuna, of Pölitz": phrases of their own)
            apply_edits(post.sent, [(names[0], post, "appos")] + [(n, names[0], "conj") for n in names[1:]])
    return doc


def given_names_torn_from_hyphenated_surnames(doc: Doc) -> Doc:
    """"chaired by Victor/nmod Cavendish-Bentinck/conj": a given name right before a hyphenated surname
    the parser hung elsewhere is the name's first word; the surname's head takes the given name's
    place (its "by" with it)."""
    for h in doc[2:-1]:
        if h.text not in ("-", "\u2011") or h.whitespace_:
            continue
        first, last = doc[h.i - 1], doc[h.i + 1]
        given = doc[first.i - 1]
        if not (first.is_title and last.is_title and given.is_title and given.is_alpha) or \
                given.pos_ != "PROPN" or is_date_word(given) or given.whitespace_ == "" or \
                last.head.i == given.i or given.head.i in (first.i, last.i) or \
                any(c.i > given.i for c in given.children):
            continue
        # (the surname already heads its two words, or gets to: "Cavendish/compound>Bentinck")
        head = last if first.head.i == last.i else None
        if head is None:
            continue
        edits = [(head, given.head, given.dep_) if given.head.i != given.i else (head, head, "ROOT"),
                 (given, head, "flat")] + [(c, head, c.dep_) for c in given.children]
        apply_edits(given.sent, edits)
    return doc


def opening_names_read_as_adverbs(doc: Doc) -> Doc:
    """"Leuna/RB lay some 17 miles west of Leipzig": a sentence's first word read as an adverb, a
    capitalised word the model has no vector for (every common adverb has one: "However",
    "Meanwhile"), on a verb without a subject, is the name that is its subject."""
    for sent in doc.sents:
        t = sent[0]
        v = t.head
        if t.tag_ not in ("RB", "RBR") or not t.is_title or not t.is_alpha or not t.is_oov or \
                t.dep_ != "advmod" or v.pos_ not in ("VERB", "AUX") or v.i < t.i or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children):
            continue
        if apply_edits(sent, [(t, v, "nsubj")]):
            t.pos_, t.tag_ = "PROPN", "NNP"
    return doc


def opening_names_read_as_adverbs_before_appositions(doc: Doc) -> Doc:
    """"Leuna/advmod, the largest/nsubj:pass of the synthetic plants, was attacked": a name opening
    the sentence, read as an adverb while its apposition set off after it was made the subject, is
    the subject, the phrase its apposition."""
    for sent in doc.sents:
        t = sent[0]
        v = t.head
        if t.dep_ != "advmod" or not t.is_title or not t.is_alpha or t.tag_ not in ("NNP", "NNPS", "RB") or \
                v.pos_ not in ("VERB", "AUX") or v.i < t.i or t.i + 2 >= sent.end or doc[t.i + 1].text != ",":
            continue
        x = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i and
                  first_word(c) == t.i + 2 and doc[t.i + 2].lower_ == "the" and comma_after(c)), None)
        if x is not None and apply_edits(sent, [(t, v, x.dep_), (x, t, "appos")]):
            t.pos_, t.tag_ = "PROPN", "NNP"
    return doc


def appositions_read_as_second_subjects(doc: Doc) -> Doc:
    """"Brüx/nsubj:pass, the largest synthetic plant/nsubj:pass outside Germany proper, was bombed": a
    noun phrase with "the" set off by commas right after the name that is the verb's subject is the
    name's apposition, not a second subject (nor is the name the root with the verb hung on it)."""
    for x in doc:
        v = x.head
        if x.dep_ not in ("nsubj", "nsubj:pass") or x.pos_ != "NOUN" or not comma_before(x) or \
                not comma_after(x) or x.i > v.i:
            continue
        name = next((c for c in v.children if c.dep_ == x.dep_ and c.pos_ == "PROPN" and c.i < x.i and
                     last_word(c) + 2 == first_word(x)), None)
        edits = [(x, name, "appos")]
        before = doc[first_word(x) - 2] if first_word(x) >= 2 else None
        if name is None and v.dep_ == "parataxis" and v.head.dep_ == "ROOT" and v.head.pos_ == "PROPN" and \
                before is not None and (before.i == v.head.i or before.head.i == v.head.i and before.dep_ == "flat"):
            # ("Doolittle/ROOT, the commander/nsubj of the Fifteenth, visited/parataxis>Doolittle Ruhland":
            # the name, not the verb, was made the root)
            name = v.head
            edits = [(v, v, "ROOT"), (name, v, x.dep_), (x, name, "appos")] + \
                [(c, v, c.dep_) for c in name.children if c.i > v.i]
        if name is None or doc[first_word(x)].lower_ not in ("the", "a", "an"):
            continue
        apply_edits(x.sent, edits)
    return doc


def names_read_as_complements_of_owned_nouns(doc: Doc) -> Doc:
    """"Speer sent his deputy/obj Saur/xcomp to the Ruhr": a name right after an owned noun that
    is the verb's object, read as a second complement of the verb, is the object, and the noun
    before it (its post: "his deputy") its modifier."""
    for name in doc[1:]:
        verb, noun = name.head, doc[name.i - 1]
        if name.pos_ != "PROPN" or name.dep_ not in ("xcomp", "obj", "iobj", "dep", "obl:npmod") or \
                noun.head != verb or noun.dep_ not in ("obj", "iobj") or noun.pos_ != "NOUN" or not noun.is_lower or \
                not any(c.dep_ == "nmod:poss" for c in noun.children):
            continue
        apply_edits(name.sent, [(name, verb, noun.dep_), (noun, name, "compound")])
    return doc


def works_read_as_adverbs(doc: Doc) -> Doc:
    """"The great Leuna works/advmod lay two miles south of Merseburg": a plant noun (kg's name-final
    forms, "works", "plants") read as an adverb of the verb after it, the verb with no subject, is the
    verb's subject."""
    for t in doc:
        v = t.head
        if t.lower_ not in NAME_FINAL_VERB_FORMS or t.pos_ != "NOUN" or \
                t.dep_ not in ("advmod", "npadvmod", "obl:npmod", "obl:unmarked", "dep") or \
                v.pos_ not in ("VERB", "AUX") or v.i <= t.i or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children) or \
                any(doc[k].pos_ in ("VERB", "AUX", "ADP", "PUNCT") for k in range(t.left_edge.i, v.i) if k != t.i):
            continue
        apply_edits(t.sent, [(t, v, "nsubj")])
    return doc


def names_set_off_after_subject_posts(doc: Doc) -> Doc:
    """"Kammhuber's successor as commander of the night fighters/nmod, General Schmid/conj>fighters,
    complained": a name set off by commas after a subject post, right before the subject's verb,
    hung inside the post's phrase as a conjunct (no "and"), is the post's apposition (so is one hung
    there as a modifier with no preposition: "The Director of Bomber Operations, Air Commodore
    Bufton/nmod>Director, was ...", the verb's auxiliary or copula right after it)."""
    for y in doc:
        x = y.head
        if y.dep_ not in ("conj", "nmod") or y.pos_ != "PROPN" or any(c.dep_ in ("cc", "case") for c in y.children):
            continue
        first = next((t for t in y.subtree if not t.is_punct), None)
        last = y.right_edge.i
        if first is None or doc[first.i - 1].text != "," or last + 2 >= len(doc) or doc[last + 1].text != ",":
            continue
        subj = subject_above(x, y.i)
        verb = subj.head
        after = doc[last + 2]
        if subj.dep_ not in ("nsubj", "nsubj:pass") or subj.pos_ != "NOUN" or \
                verb.i != after.i and not (after.head.i == verb.i and after.dep_ in ("aux", "aux:pass", "cop")):
            continue
        apply_edits(y.sent, [(y, subj, "appos")])
    return doc


def names_read_as_indirect_objects(doc: Doc) -> Doc:
    """"bombed the Ploesti/iobj marshalling yards/obl:unmarked": a name with "the" read as the first of two
    objects of a verb that takes one, the noun phrase right after it the second, is that noun's name
    (its compound), the noun the object."""
    for name in doc:
        v = name.head
        det = next((c for c in name.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if name.dep_ not in ("iobj", "dative") or name.pos_ != "PROPN" or det is None or v.pos_ != "VERB" or \
                (v.lemma_ or v.lower_).lower() in DITRANSITIVE_VERBS | {"send", "tell", "show", "offer", "hand", "cost",
                                                                        "promise", "bring", "teach", "ask"}:
            continue
        noun = next((c for c in v.children if c.i > name.i and c.left_edge.i == name.i + 1 and c.pos_ == "NOUN" and
                     c.dep_ in ("obj", "dobj", "obl:unmarked", "obl:npmod", "npadvmod", "dep")), None)
        if noun is None:
            continue
        apply_edits(name.sent, [(noun, v, "obj"), (name, noun, "compound"), (det, noun, "det")])
    return doc


def german_of_phrases(doc: Doc) -> Doc:
    """"Galland, the General/amod der/appos Jagdflieger/appos>der": a German post or name with "der",
    "des" or "für" between capitalised words ("General der Jagdflieger", "Chef des Stabes") read as
    English. The article is the "of" of the phrase: the first word heads it, the second is its "of"
    phrase."""
    for art in doc[1:-1]:
        a, b = doc[art.i - 1], doc[art.i + 1]
        if art.text not in ("der", "des", "für") or not (a.is_title and b.is_title and a.is_alpha and b.is_alpha) \
                or a.lower_ in ("der", "des"):
            continue
        top = next((t for t in (a, art, b) if not a.i <= t.head.i <= b.i or t.head == t), None)
        if top is None or any(not a.i <= t.head.i <= b.i and t != top for t in (a, art, b)):
            continue
        edits = [in_place_of(a, top)] if top != a else []
        edits += [(art, b, "case"), (b, a, "nmod")]
        edits += [(c, a, c.dep_) for t in (art, b) if t != a for c in t.children if not a.i <= c.i <= b.i]
        if apply_edits(art.sent, edits):
            a.pos_, a.tag_ = "NOUN" if a.lower_ in POST_WORDS else "PROPN", "NN" if a.lower_ in POST_WORDS else "NNP"
            art.pos_, art.tag_ = "ADP", "IN"
            b.pos_, b.tag_ = "PROPN", "NNP"
    return doc


def _capitalised_noun(t) -> bool:
    return t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper()


def possessive_names_with_of(doc: Doc) -> Doc:
    """"a member of the Ministry of/case>section Economic Warfare/nmod:poss>section 's oil
    section/nmod>Ministry": a name with an "of" phrase ("Ministry of Economic Warfare") marked with
    "'s" at its end, read as if its last words alone owned the noun and the noun were the name's "of"
    phrase: the whole name owns the noun, which takes the name's place in the tree."""
    for last in doc:
        noun = last.head
        name = noun.head
        # (capitalised words of a name may be tagged as nouns: "the Committee/NN of Operations Analysts/NNS'")
        if last.dep_ not in ("nmod:poss", "poss") or not _capitalised_noun(last) or noun.i < last.i or \
                noun.dep_ != "nmod" or not _capitalised_noun(name) or name.i > last.i:
            continue
        of = next((c for c in noun.children if c.dep_ == "case" and c.lower_ == "of" and name.i < c.i < last.i), None)
        pos = next((c for c in last.children if c.tag_ == "POS"), None)
        if of is None or pos is None or last.left_edge.i != of.i + 1:
            continue
        edits = [(noun, name.head, name.dep_) if name.head.i != name.i else (noun, noun, "ROOT"),
                 (name, noun, "nmod:poss"), (last, name, "nmod"), (of, last, "case"), (pos, name, "case")]
        # (the name's own preposition goes with the noun now in its place: "a member of ... section")
        edits += [(c, noun, c.dep_) for c in name.children if c.dep_ == "case" and c.i < name.i]
        apply_edits(name.sent, edits)
    return doc


def possessors_read_as_nouns_of_phrases(doc: Doc) -> Doc:
    """"sent Spaatz a copy of the Committee/nmod>copy of Operations Analysts ' report/obl>sent" with
    the possessor marked by "'s" or "'" read as the noun of an "of" phrase and its noun hung on the
    verb: the noun right after the mark takes the possessor's place, the possessor owns it."""
    for pos in doc:
        owner = pos.head
        if pos.tag_ != "POS" or owner.dep_ not in ("nmod", "obl") or owner.i >= pos.i:
            continue
        while owner.dep_ == "nmod" and case_of(owner) == "of" and _capitalised_noun(owner) and \
                _capitalised_noun(owner.head) and owner.head.i < owner.i:
            owner = owner.head  # (the whole name owns it: "the Committee of Operations Analysts'")
        # the noun the possessor stands before: the head of the words right after the mark
        k = pos.i + 1
        while k < len(doc) and doc[k].head.i > doc[k].i and doc[k].dep_ in ("compound", "amod", "nummod"):
            k = doc[k].head.i
        noun = doc[k] if k < len(doc) else None
        if noun is None or noun.i <= pos.i or noun.pos_ not in ("NOUN", "PROPN") or noun.sent != owner.sent or \
                noun.head.i in (owner.i, noun.i) or owner.head.i == noun.i or noun.dep_ not in ("obl", "obj", "nmod") or \
                any(c.dep_ in ("nmod:poss", "poss", "det", "case") and c.i < noun.i for c in noun.children):
            continue
        edits = [in_place_of(noun, owner), (owner, noun, "nmod:poss")]
        # (the "of" before the possessor is the noun's now: "a copy of [the committee's report]")
        edits += [(c, noun, "case") for c in owner.children if c.dep_ == "case" and c.i < owner.i]
        apply_edits(owner.sent, edits)
    return doc


def names_after_post_nouns(doc: Doc) -> Doc:
    """"drafted by his deputy Saundby/conj>reply": a name right after a post noun (POST_NOUNS) with an
    owner or determiner, hung elsewhere, names the holder of the post (its apposition)."""
    for name in doc:
        post = doc[name.i - 1] if name.i > 0 else None
        if post is None or name.pos_ != "PROPN" or base_word(post) not in POST_NOUNS or post.pos_ != "NOUN" or \
                name.head.i == post.i or name.dep_ not in ("conj", "appos", "dep", "obl", "nmod") or \
                not any(c.dep_ in ("nmod:poss", "det") for c in post.children) or \
                any(c.dep_ == "cc" for c in name.children):
            continue
        edits = [(name, post, "appos")] + [(c, post, c.dep_) for c in name.children if c.dep_ == "flat"]
        apply_edits(name.sent, edits)
    return doc


def subjects_read_as_clauses_before_appositions(doc: Doc) -> Doc:
    """"The Leuna works/advcl, the largest/nsubj:pass of the synthetic plants, was attacked": a noun
    read as a clause of the verb (a noun heads no clause without a preposition), followed by a phrase
    set off by commas that was made the verb's subject, is the subject; the phrase its apposition."""
    for n in doc:
        v = n.head
        if n.dep_ != "advcl" or n.pos_ not in ("NOUN", "PROPN") or v.i < n.i or v.pos_ not in ("VERB", "AUX", "ADJ") or \
                any(c.dep_ in ("case", "mark", "cop") or c.dep_.startswith(("nsubj", "aux")) for c in n.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > n.i), None)
        if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
            continue
        first = doc[subj.left_edge.i - 1]
        last = subj.right_edge if subj.right_edge.text == "," else doc[subj.right_edge.i + 1]
        if last.text != "," or last.i >= v.i or first.i <= n.i or \
                any(not n.left_edge.i <= t.head.i <= first.i for t in doc[n.i + 1:first.i]):
            continue
        edits = [(n, v, subj.dep_), (subj, n, "appos"), (first, subj, "punct"), (last, subj, "punct")]
        apply_edits(n.sent, edits)
    return doc


def phrases_set_off_read_as_appositions(doc: Doc) -> Doc:
    """"Portal, in a letter/appos>Portal of 12 November, rebuked Harris": a phrase set off by commas
    after the subject and opened by a preposition is no apposition of the subject (an apposition
    names it again) but a phrase of the subject's verb (not "of" or "as": "Bufton, of the Air Staff,",
    "Harris, as commander," describe the subject; nor a name, which places the subject: "Pölitz, near
    Stettin, was the largest")."""
    for a in doc:
        s = a.head
        p = case_of(a)
        if a.dep_ != "appos" or a.pos_ != "NOUN" or not p or p in ("of", "as", "like") or s.i > a.i or \
                not s.dep_.startswith("nsubj") or s.head.i < a.i or \
                not comma_before(a) or not comma_after(a):
            continue
        case = next(c for c in a.children if c.dep_ == "case")
        if case.i != first_word(a) or last_word(a) >= s.head.i:
            continue
        apply_edits(a.sent, [(a, s.head, "obl")])
    return doc


def numerals_read_as_pronouns(doc: Doc) -> Doc:
    """"Schmid/obl:unmarked, commander of Jagdkorps I/nsubj, reported": a Roman "I" right after a name
    and before a comma or the sentence's end is the name's number ("Jagdkorps I", "Luftflotte I"), no
    pronoun; the name at the start of the sentence that the verb was left with is its subject."""
    for i in doc:
        prev = doc[i.i - 1] if i.i > 0 else None
        nxt = doc[i.i + 1] if i.i + 1 < len(doc) else None
        if i.text != "I" or i.pos_ != "PRON" or prev is None or prev.pos_ != "PROPN" or not prev.is_title or \
                nxt is None or nxt.text not in (",", ".", ";", ")") or prev.head.i == i.i:
            continue
        verb = i.head
        edits = [(i, prev, "flat")] + [(c, verb, c.dep_) for c in i.children]
        if i.dep_.startswith("nsubj") and not any(c.dep_.startswith("nsubj") and c.i != i.i for c in verb.children):
            subj = next((c for c in verb.children if c.i == i.sent.start and c.pos_ == "PROPN" and
                         c.dep_ in ("obl:unmarked", "nmod:unmarked", "dep", "obl:npmod")), None)
            if subj is not None:
                edits.append((subj, verb, i.dep_))
        if apply_edits(i.sent, edits):
            i.pos_, i.tag_ = "NUM", "CD"
    return doc


def superlatives_set_off_read_as_clauses(doc: Doc) -> Doc:
    """"wrecked the Concordia Vega refinery, the largest/JJS/parataxis>wrecked at Ploesti, on 5 May": a
    superlative with "the" set off after a noun read as a clause of the verb: it describes the
    noun before the comma (an apposition), and what follows its own closing comma stays the verb's."""
    for t in doc:
        if t.tag_ != "JJS" or t.dep_ not in ("parataxis", "conj", "dep", "advcl", "xcomp") or t.head.i > t.i:
            continue
        det = t.left_edge
        if det.text == ",":  # (the comma before may hang on it)
            det = doc[det.i + 1]
        if det.lower_ != "the" or det.i < 2 or doc[det.i - 1].text != "," or det.head.i != t.i:
            continue
        noun = doc[det.i - 2]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.sent != t.sent:
            continue
        while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i and noun.head.i < det.i:
            noun = noun.head
        close = next((k.i for k in doc[t.i + 1:t.right_edge.i + 1] if k.text == ","), None)
        edits = [(t, noun, "appos")]
        if close is not None:
            edits += [(c, t.head, c.dep_) for c in t.children if c.i > close]
        apply_edits(t.sent, edits)
    return doc


def names_read_as_asides_of_posts(doc: Doc) -> Doc:
    """"Doolittle/discourse>deputy, Spaatz's deputy/nsubj for operations, visited Cologne": a name opening
    the sentence, set off by a comma before a post that was made the subject, with the name hung on the
    post as an aside, is the subject, and the post its apposition."""
    for name in doc:
        post = name.head
        verb = post.head
        if name.pos_ != "PROPN" or name.dep_ not in ("discourse", "vocative", "dep", "npadvmod", "obl:npmod") or \
                post.pos_ != "NOUN" or not post.dep_.startswith("nsubj") or post.i < name.i or \
                verb.pos_ not in ("VERB", "AUX") or verb.i < post.i:
            continue
        end = max([name.i] + [c.i for c in name.children if c.dep_ in ("flat", "compound") and c.i > name.i])
        start = min([name.i] + [c.i for c in name.children if c.dep_ in ("flat", "compound", "amod") and c.i < name.i])
        if start != name.sent.start or end + 2 >= len(doc) or doc[end + 1].text != "," or \
                min(t.i for t in post.subtree if t.i > end + 1) != end + 2 or \
                doc[max(t.i for t in post.subtree if not t.is_punct) + 1].text != ",":
            continue
        apply_edits(name.sent, [(name, verb, post.dep_), (post, name, "appos")])
    return doc
