"""Parse repairs that change the tree itself, run as a spaCy component after the parser.

Most slips of the parser are seen through by the readers in ``syntax`` (which leave the parse
alone); the ones here are rewritten because every later step would otherwise have to know
about them. Each repair checks that the sentence is still a tree and undoes itself if not.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .dates import MONTHS
from .syntax import case_of, comma_after, comma_before, first_word, has_finite_verb, is_date_word, last_word

# Nouns that end facility names but read as verbs after a name ("the Meerbeck works near
# Moers" tagged "works/VBZ", so the name loses its head noun and its place).
NAME_FINAL_VERB_FORMS = {"works"}
NAME_DETERMINERS = {"the", "its", "their", "a", "an"}  # (before "the Leuna works", "a Buna works")


def _is_tree(sent: Span) -> bool:
    """One root, and every token reaches it inside the sentence."""
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1:
        return False
    for t in sent:
        cur, steps = t, 0
        while cur.head.i != cur.i:
            cur = cur.head
            steps += 1
            if steps > len(sent) or not sent.start <= cur.i < sent.end:
                return False
    return True


def _apply(sent: Span, edits: list[tuple[Token, Token, str]]) -> bool:
    """Set (token, head, dep) for each edit; undo all of them if the result is not a tree."""
    saved = [(t, t.head, t.dep_) for t in sent]
    try:
        for tok, head, dep in edits:
            tok.head = head
            tok.dep_ = dep
        if _is_tree(sent):
            return True
    except Exception:  # spaCy refuses some head changes outright
        pass
    for tok, head, dep in saved:
        tok.head = head
        tok.dep_ = dep
    return False


def _in_place_of(new: Token, old: Token) -> tuple[Token, Token, str]:
    """The edit that puts ``new`` where ``old`` hangs (its head and label; the root's place too)."""
    return (new, new, "ROOT") if old.head == old else (new, old.head, old.dep_)


def _base(t: Token) -> str:
    """A word's lemma, or its form where there is none (the hand-built parses of the tests)."""
    return (t.lemma_ or t.lower_).lower()


def _name_before(t: Token) -> Token | None:
    """The capitalised name right before ``t`` with "the" (or "its", "their", "a") before the name."""
    doc = t.doc
    name = doc[t.i - 1]
    # (a capitalised word after "the" is a name even when tagged an adjective: "The Leuna/JJ works")
    if not (name.pos_ == "PROPN" or name.tag_ in ("NNP", "NNPS") or name.pos_ in ("ADJ", "NOUN") and name.is_title):
        return None
    k = name.i
    while k > t.sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and \
            doc[k - 1].lower_ not in NAME_DETERMINERS:  # (a sentence's first "The" is capitalised)
        k -= 1
    if k == t.sent.start or doc[k - 1].lower_ not in NAME_DETERMINERS:
        return None
    if any(c.i > t.i for c in name.children):
        return None
    return name


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
        if t.lower_ not in NAME_FINAL_VERB_FORMS or t.pos_ not in ("VERB", "AUX") and not t.dep_.startswith("aux"):
            continue
        name = _name_before(t)
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
            for c in t.children:
                if c.i in (verb.i, name.i):
                    continue
                if t.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN"):
                    edits.append((c, t, "appos"))
                elif c.i > t.i:
                    edits.append((c, verb, c.dep_))
            edits += [(c, t, "det") for c in name.children if c.dep_ == "det"]
        elif name.head.i == t.i:  # "the Leuna/nsubj works/ccomp": the verb's clause was the object
            dep = "obj" if t.dep_ in ("ccomp", "xcomp", "dep") and t.head.pos_ in ("VERB", "AUX") else t.dep_
            edits = [(t, t.head, dep), (name, t, "compound")]
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
        if _apply(sent, edits):
            t.tag_, t.pos_, t.lemma_ = "NNS", "NOUN", t.lower_  # ("works" is its own singular)
    return doc


def participles_after_nouns(doc: Doc) -> Doc:
    """"In a memorandum to Hitler dated 30 June, Speer warned that ...": a participle right
    after a noun phrase, read as a clause of the main verb with the noun as its own oblique,
    becomes a clause on the noun again, and the noun the main verb's oblique ("In a
    memorandum" is where Speer warned, not where something was dated)."""
    for v in doc:
        head = v.head
        if v.tag_ != "VBN" or v.dep_ not in ("ccomp", "advcl") or head.pos_ not in ("VERB", "AUX") or \
                v.i > head.i or any(c.dep_.startswith(("nsubj", "csubj", "aux")) for c in v.children):
            continue
        nouns = [c for c in v.children if c.i < v.i and c.dep_ == "obl" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i + 1 == v.i]
        if len(nouns) != 1:
            continue
        edits = [(nouns[0], head, "obl"), (v, nouns[0], "acl")]
        # (the clause's comma and what follows the noun still close the participle)
        _apply(v.sent, edits)
    return doc


# words that open a list of a group's members set off after it ("Its members, among them Bufton")
LIST_OPENERS = {("among", "them"), ("among", "whom"), ("including",), ("notably",)}


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
            _apply(name.sent, [(group, verb, name.dep_), (name, group, "appos")])
        elif name.head.i == name.i:  # (or the name made the root, the verb a clause on it)
            verb = next((c for c in name.children if c.i > name.i and c.pos_ in ("VERB", "AUX") and
                         c.dep_ in ("parataxis", "conj", "dep", "acl", "ccomp")), None)
            if verb is not None:
                _apply(name.sent, [(verb, verb, "ROOT"), (group, verb, "nsubj"), (name, group, "appos")] +
                       [(c, verb, "punct") for c in name.children if c.is_punct and c.i > verb.i])
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
        if _apply(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


# time nouns that open an adverbial before the verb ("Lancasters last night bombed ...")
TIME_NOUNS = {"night", "day", "week", "month", "morning", "afternoon", "evening", "year", "weekend"}


def subjects_before_times(doc: Doc) -> Doc:
    """"R.A.F. Lancasters last night bombed the plants" read with "Lancasters" the possessor of
    "night": a noun without "'s" hung as the possessor of the time phrase of a verb that has no
    subject is that verb's subject."""
    for n in doc:
        time = n.head
        if n.dep_ != "nmod:poss" or n.pos_ not in ("NOUN", "PROPN") or any(c.tag_ == "POS" for c in n.children) or \
                time.lower_ not in TIME_NOUNS or time.i < n.i or not time.dep_.startswith(("obl", "nmod:tmod")):
            continue
        verb = time.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < time.i or \
                any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        subj = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
        if _apply(n.sent, [(n, verb, subj)]) and verb.tag_ == "VBN" and subj == "nsubj" and \
                not any(c.dep_.startswith("aux") for c in verb.children):
            verb.tag_ = "VBD"  # ("bombed/VBN" with a subject and no auxiliary is a past tense)
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
            _apply(c.sent, [(c, nouns[-1], "nmod")])
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
        _apply(first.sent, [(first, group, "appos")])
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
            _apply(v.sent, [(v, v.head.head, "acl")])
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
        if _apply(v.sent, [(v, noun, "acl")] + [(a, v, "obl:agent") for a in agents]):
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
    if subj is None or not agent or verb is None or subj.right_edge.i >= v.i or \
            any(c.dep_.startswith(("obj", "aux")) for c in v.children):
        return
    edits = [(verb, verb, "ROOT") if v.head.i == v.i else (verb, v.head, v.dep_), (subj, verb, "nsubj"), (v, subj, "acl")]
    edits += [(c, verb, c.dep_) for c in v.children if c.i > verb.i]  # (the full stop)
    if _apply(v.sent, edits):
        v.tag_ = "VBN"


def month_may(doc: Doc) -> Doc:
    """"On 28 May it sent 400 bombers" with "May" read as the modal (tagged so, or attached as
    an auxiliary): a capitalised "May" next to a number is the month (else "it sent" reads as
    only possible)."""
    for t in doc:
        if t.text == "May" and (t.tag_ == "MD" or t.dep_.startswith("aux")) and not t.is_sent_start and (
                t.i > 0 and doc[t.i - 1].like_num or t.i + 1 < len(doc) and doc[t.i + 1].like_num):
            t.tag_, t.pos_, t.dep_ = "NNP", "PROPN", "obl:unmarked"
    return doc


# words before a month that make it a time ("Late in October", "In March", "early in May")
TIME_OPENERS = {"in", "during", "by", "since", "until", "till", "early", "late", "mid"}


def months_before_names(doc: Doc) -> Doc:
    """"Late in October Tedder circulated a paper" and "In March Tedder was named ..." with the
    month and the name read as one name ("October Tedder"): the month is the time of the verb
    and the name its subject again. Only when the month stands alone (no day, no year) after
    a time word, and the verb after the name has no subject of its own."""
    for m in doc[1:-2]:
        n = doc[m.i + 1]
        if m.lower_ not in MONTHS or not m.is_title or doc[m.i - 1].lower_ not in TIME_OPENERS or \
                n.pos_ != "PROPN" or not n.is_title or n.lower_ in MONTHS or \
                not (m.head == n or n.head == m):
            continue
        top = n if m.head == n else m
        name = [n] + [c for c in n.children if c.i > n.i and c.dep_ in ("flat", "flat:name")]
        verb = doc[name[-1].i + 1]
        while verb.dep_.startswith("aux") and verb.head.i > verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_.startswith(("nsubj", "csubj")) and c != n for c in verb.children):
            continue
        subj = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
        opener = doc[m.i - 1]
        head, dep = (top.head, top.dep_) if top.dep_.startswith(("obl", "nmod", "advmod")) else (verb, "obl")
        if head.i in range(m.i, name[-1].i + 1):
            head = verb
        edits = [(m, head if head != m else verb, dep if head != m else "obl"), (n, verb, subj)]
        if opener.lower_ not in ("early", "late", "mid"):
            edits.append((opener, m, "case"))
        edits += [(c, m, c.dep_) for c in top.children if c.dep_ in ("case", "det") and c.i < m.i]
        edits += [(c, n, "flat") for c in name[1:]]
        _apply(m.sent, edits)
    return doc


def subjects_inside_dates(doc: Doc) -> Doc:
    """"On 12 June No. 5 Group/obl attacked Gelsenkirchen" with the date and the name read as one
    phrase on a verb that has no subject: the date is the verb's time, the name its subject."""
    for x in doc:
        v = x.head
        if x.dep_ != "obl" or x.pos_ not in ("NOUN", "PROPN") or x.i > v.i or x.right_edge.i != v.i - 1 or \
                v.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children):
            continue
        months = [t for t in x.subtree if t.lower_.rstrip(".") in MONTHS and t.is_title and t.i < x.i]
        if not months:
            continue
        m = months[-1]
        start = m.i + 1
        while start < x.i and (doc[start].like_num or doc[start].text == ","):
            start += 1  # ("June 12, 1944")
        if start > x.i or not (doc[start].is_title or doc[start].lower_ == "the"):
            continue
        edits = [(m, v, "obl"), (x, v, "nsubj")]
        edits += [(c, m, c.dep_ if c.dep_ in ("case", "nummod") else "nmod") for c in x.children if c.i < start and c != m]
        _apply(x.sent, edits)
    for v in doc:
        # ("On 12 June No. 1 and No. 5 Groups attacked ..." with each unit hung on the date)
        p = doc[v.i - 1] if v.i > 0 else v
        if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or not p.is_title or p.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children) or p.head == v:
            continue
        k = p.i
        while k - 1 > v.sent.start and doc[k - 1].lower_.rstrip(".") not in MONTHS and (
                doc[k - 1].is_title or doc[k - 1].lower_ in ("and", "no.") or
                doc[k - 1].like_num and doc[k - 2].lower_ == "no."):
            k -= 1
        if k == p.i or not (doc[k - 1].like_num or doc[k - 1].lower_.rstrip(".") in MONTHS) or \
                not any(doc[j].lower_ == "and" for j in range(k, p.i)):
            continue
        outs = [t for t in doc[k:p.i + 1] if not k <= t.head.i <= p.i and t.lower_ != "and"]
        if len(outs) < 2:
            continue
        # (the first unit heads the coordination, as the parser writes "A and B")
        _apply(v.sent, [(outs[0], v, "nsubj")] + [(t, outs[0], "conj") for t in outs[1:]])
    return doc


def days_before_possessors(doc: Doc) -> Doc:
    """"On 12 May Doolittle's bombers struck ..." with "May Doolittle" read as one possessor
    (and the day a number of the bombers): the day and month are a time, the name the
    possessor of the noun after it."""
    for m in doc[2:-2]:
        n, day = doc[m.i + 1], doc[m.i - 1]
        pos = doc[n.i + 1] if n.i + 1 < len(doc) else None
        if m.lower_ not in MONTHS or not m.is_title or not day.like_num or n.pos_ != "PROPN" or \
                pos is None or pos.tag_ != "POS" or m.dep_ not in ("nmod:poss", "poss") or n.head != m:
            continue
        noun = m.head
        edits = [(n, noun, m.dep_), (pos, n, "case"), (m, noun, "obl"), (day, m, "nummod")]
        if day.i > 0 and doc[day.i - 1].lower_ in ("on", "by", "after", "before", "until", "since") and \
                doc[day.i - 1].head in (noun, day, m):
            edits.append((doc[day.i - 1], m, "case"))
        _apply(m.sent, edits)
    return doc


def time_phrases_read_as_roots(doc: Doc) -> Doc:
    """"On the night of 21 December, 207 Lancasters of No. 5 Group bombed/acl Pölitz" with the
    opening time phrase the root and the subject its apposition: the verb (a participle inside
    the subject's phrase, with an object) is the root, the time phrase its oblique."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ != "NOUN" or case_of(root) not in ("on", "in", "during", "at", "by") or \
                root.left_edge.i != root.sent.start:
            continue
        subj = next((c for c in root.children if c.dep_ in ("appos", "dep", "nsubj") and c.i > root.i and
                     c.pos_ in ("NOUN", "PROPN") and doc[c.left_edge.i - 1].text == ","), None)
        if subj is None:
            continue
        verb = next((v for v in subj.subtree if v.tag_ in ("VBD", "VBN") and v.dep_ == "acl" and
                     any(o.dep_ in ("obj", "dobj", "xcomp") and o.pos_ in ("NOUN", "PROPN") and o.i > v.i
                         for o in v.children) and not any(case_of(c) == "by" for c in v.children)), None)
        if verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (root, verb, "obl"), (subj, verb, "nsubj")]
        edits += [(o, verb, "obj") for o in verb.children if o.dep_ == "xcomp" and o.pos_ in ("NOUN", "PROPN")]
        edits += [(c, verb, c.dep_ if c.dep_ != "appos" else "parataxis") for c in root.children
                  if c.i > verb.i and c.i != subj.i]
        if _apply(root.sent, edits):
            verb.tag_, verb.pos_ = "VBD", "VERB"
    return doc


# verbs with two objects, the first the receiver ("had given oil absolute priority")
DITRANSITIVE_VERBS = {"give", "grant", "accord", "allot", "assign", "allocate", "deny", "award"}


def receivers_read_as_compounds(doc: Doc) -> Doc:
    """"had given oil/compound "absolute priority"" with the first object read as a compound of
    the second: a noun compound separated from its head by an adjective or a quotation mark,
    before the object of a verb that takes two, is the first object."""
    for c in doc:
        h = c.head
        if c.dep_ != "compound" or c.pos_ != "NOUN" or h.dep_ not in ("obj", "dobj") or h.i <= c.i or \
                _base(h.head) not in DITRANSITIVE_VERBS or \
                any(x.dep_ in ("iobj", "dative") for x in h.head.children):
            continue
        between = doc[c.i + 1:h.i]
        if between and any(t.tag_ in ("``", "''") or t.pos_ == "ADJ" for t in between) and \
                all(t.head == h or t.head == c for t in between):
            _apply(c.sent, [(c, h.head, "iobj")])
        elif h.i == c.i + 1 and h.lower_ in ("priority", "precedence"):
            # ("gave Geilenberg's programme/compound priority": the possessor hung on "priority" is the receiver's)
            owners = [x for x in h.children if x.dep_ in ("nmod:poss", "poss", "det") and x.i < c.i]
            if owners:
                _apply(c.sent, [(c, h.head, "iobj")] + [(x, c, x.dep_) for x in owners])
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
        _apply(x.sent, [(first, x, "compound"), (x, noun, "nmod:poss")])
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
            if _apply(sent, edits):
                v.tag_, v.pos_ = "VBD", "VERB"
            continue
        if not objs:
            continue
        edits = [(v, v, "ROOT"), (noun, v, "nsubj"), (objs[0], v, "obj")]
        edits += [(c, v, c.dep_) for c in noun.children if c.dep_.startswith("obl") or c.is_punct and c.i > v.i]
        if _apply(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


# past tenses that are also nouns ("The Eighth Air Force hit/NN Ruhland on 12 September")
VERB_NOUN_FORMS = {"hit", "raided", "bombed", "attacked", "struck"}


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
        if _apply(sent, edits):
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
                if _apply(name.sent, [(v, v, "ROOT"), (name, v, "nsubj"), (later, v, "obj")] +
                          [(c, v, c.dep_) for c in name.children if c.i > later.right_edge.i]):
                    v.tag_, v.pos_ = "VBD", "VERB"
                continue
        if verb is None and name.i + 1 < len(doc) and doc[name.i + 1].text == ",":
            # ("Spaatz, in turn, pressed/parataxis Eisenhower": the verb after a phrase set off by commas)
            verb = next((v for v in name.children if v.dep_ in ("parataxis", "acl", "dep") and v.i > name.i + 2 and
                         v.tag_ in ("VBD", "VBN") and doc[v.i - 1].text == "," and
                         not any(x.dep_.startswith(("nsubj", "csubj", "aux")) for x in v.children)), None)
            if verb is not None and _apply(name.sent, [(verb, verb, "ROOT"), (name, verb, "nsubj")] +
                                           [(c, verb, c.dep_) for c in name.children if c.i > verb.i]):
                verb.tag_, verb.pos_ = "VBD", "VERB"
            continue
        if verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (name, verb, "nsubj")]
        edits += [(c, verb, c.dep_) for c in name.children if c.i > verb.i]  # (the full stop)
        _apply(name.sent, edits)
    return doc


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
        _apply(rel.sent, [(rel, verb, rel.dep_)])
    return doc


def capitalised_gerunds(doc: Doc) -> Doc:
    """"ordered Göring/VBG/xcomp to pull fighters back": a capitalised "-ing" word inside a
    sentence (or opening one before a comma: "Göring, as Commander-in-Chief, ...") is a name,
    not a gerund; as a verb's complement it is the verb's object."""
    for t in doc:
        if t.tag_ != "VBG" or not t.text[:1].isupper() or t.text.isupper() or t.i + 1 >= len(doc):
            continue
        first = t.i == t.sent.start
        if first and doc[t.i + 1].text != "," or not first and (
                doc[t.i - 1].text in (":", '"', "'", "\u201c", "\u2018", "(") or doc[t.i - 1].is_space or
                sum(w.text[:1].isupper() for w in t.sent if w.is_alpha) * 2 > sum(w.is_alpha for w in t.sent)):
            continue  # (a heading or title in capitals: "Bombing The Reich")
        t.tag_, t.pos_ = "NNP", "PROPN"
        if t.dep_ == "xcomp" and not any(c.dep_ in ("obj", "dobj") for c in t.head.children):
            _apply(t.sent, [(t, t.head, "obj")])
    return doc


# verbs that tell someone something: with a hearer and no content of their own, a "that"
# clause on a noun of theirs is the content
TELLING_LEMMAS = {"tell", "warn", "inform", "assure", "remind", "advise", "notify", "convince", "persuade"}
# verbs of change that take no object ("had fallen", "would collapse")
INTRANSITIVE_CHANGES = {"fall", "rise", "drop", "decline", "collapse", "fail", "cease", "stop", "dwindle",
                        "shrink", "grow", "recover", "improve", "worsen", "sink", "slump", "vanish", "end"}


def content_clauses_read_as_relatives(doc: Doc) -> Doc:
    """"Speer told Hitler in his report of 30 June that/obj the output had fallen/relcl>report":
    a telling verb with a hearer but no content, and a "that" clause on a noun of its own that
    has its own subject and no gap for "that" to fill: the clause is what was told (but
    "told Hitler in the report that Speer had written": "written" wants its object)."""
    for that in doc:
        if that.lower_ != "that" or that.dep_ not in ("obj", "dobj") or that.head.dep_ not in ("acl:relcl", "relcl"):
            continue
        clause, noun = that.head, that.head.head
        verb = noun.head
        if _base(verb) not in TELLING_LEMMAS or noun.dep_ not in ("obl", "nmod") or \
                not any(c.dep_ in ("iobj", "obj", "dobj") and c.i < noun.i for c in verb.children) or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
                not any(c.dep_.startswith("nsubj") and c.i > that.i for c in clause.children):
            continue
        # no gap for "that": the verb has an object already, is passive or a copula, or is one
        # that takes none
        if not (any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "cop") and c.i > that.i
                    for c in clause.children) or _base(clause) in INTRANSITIVE_CHANGES):
            continue
        if _apply(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


# verbs of saying that are set off inside the sentence they report, with the speaker after them
ASIDE_LEMMAS = {"say", "report", "write", "add", "note", "warn", "claim", "argue", "insist", "observe", "remark",
                "recall", "declare", "explain", "complain", "predict", "estimate", "reply", "answer", "conclude"}
# verbs that take what was said or proposed as a that-clause
SAYING_LEMMAS = ASIDE_LEMMAS | TELLING_LEMMAS | {"propose", "suggest", "urge", "recommend", "agree", "decide",
                                                 "announce", "state", "cable", "telegraph", "respond"}


def content_clauses_on_dates(doc: Doc) -> Doc:
    """"He proposed on 3/obl July that/mark every bomber be sent/relcl>3 against Merseburg": a
    clause opened by "that" as a conjunction (not its subject or object), hung on the date of a
    verb with no clause of its own, is the verb's."""
    for that in doc:
        clause = that.head
        when = clause.head
        # (a date, or a time word after a verb of saying: "replied the next day that he agreed")
        if that.lower_ != "that" or clause.dep_ not in ("acl:relcl", "relcl", "acl") or \
                not when.dep_.startswith(("obl", "nmod")) or \
                not (is_date_word(when) or when.lower_ in TIME_NOUNS and _base(when.head) in SAYING_LEMMAS):
            continue
        # ("that/obj German oil production had fallen": no gap for "that" to fill, so no relative)
        if that.dep_ in ("obj", "dobj") and not (
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "cop") and c.i > that.i
                    for c in clause.children) or _base(clause) in INTRANSITIVE_CHANGES):
            continue
        if that.dep_ not in ("mark", "obj", "dobj", "obl:unmarked"):
            continue
        verb = clause.head
        while verb.dep_.startswith(("obl", "nmod", "compound")) and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
                not any(c.dep_.startswith("nsubj") for c in clause.children):
            continue
        if _apply(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
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
        _apply(c.sent, [(c, first, "conj")] + [(x, first, x.dep_) for x in (doc[c.i - 2], doc[c.i - 1])
                                               if x.head.i == place.i or x.head.i == c.i])
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
        _apply(x.sent, edits)
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
        if _base(verb) not in ("give", "accord", "grant", "assign", "allot") or \
                any(x.dep_ in ("obj", "dobj") and x.lower_ in ("priority", "precedence") for x in verb.children):
            continue
        edits = [(c, t.head, t.dep_), (t, verb, "obj")]
        edits += [(x, c, x.dep_) for x in t.children if x.i < c.i]
        _apply(t.sent, edits)
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
        _apply(name.sent, edits)
    return doc


def passives_without_auxiliaries(doc: Doc) -> Doc:
    """"Bufton's committee/nsubj:pass recommended/VBN in November that ..." with no "was": a
    participle read as a passive that has no auxiliary, no agent and a clause or object of its
    own is an active past tense (but a headline's "Leuna bombed by the RAF" stays passive)."""
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ not in ("ROOT", "conj") or \
                any(c.dep_.startswith("aux") or case_of(c) == "by" for c in v.children) or \
                not any(c.dep_ in ("ccomp", "obj", "dobj") and c.i > v.i for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj:pass", "nsubjpass") and c.i < v.i), None)
        if subj is not None and _apply(v.sent, [(subj, v, "nsubj")]):
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
        if any(_base(a) == "have" or a.lower_ in ("has", "had") for a in auxes) and not any(a.dep_ in ("aux:pass", "auxpass") or
                                                              _base(a) in ("be", "get") for a in auxes):
            _apply(v.sent, [(subj, v, "nsubj")])
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
        _apply(y.sent, [(y, x, "conj"), (doc[y.i - 1], y, "punct")])
    return doc


def lists_torn_from_their_first(doc: Doc) -> Doc:
    """"the rebuilding of Leuna, Pölitz/conj>Speer and Brüx/conj>Speer" with the rest of a list
    of names hung on a word far before it (or "Pölitz/dep>charged and Brüx/conj>Pölitz"): names
    that follow a name and a comma, and end in "and" and a further name, are that name's
    conjuncts."""
    for y in doc:
        x = y.head
        if y.dep_ not in ("conj", "dep", "list", "appos") or y.pos_ != "PROPN" or y.i < 2 or \
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
        _apply(y.sent, [(c, first, "conj") for c in [y] + siblings])
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
        _apply(x.sent, edits)
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
            _apply(x.sent, [(x, h, "conj"), (y, x, "nmod")])
    return doc


def set_off_participles_read_as_roots(doc: Doc) -> Doc:
    """"Bomber Command's Lancasters, escorted/ROOT by Spitfires, attacked/conj Homberg" with the
    participle set off after the subject made the main verb: the finite verb after it is the
    root, the subject its subject, the participle a clause on the subject."""
    for p in doc:
        if p.dep_ != "ROOT" or p.tag_ != "VBN" or p.i < 2 or doc[p.i - 1].text != "," or \
                any(c.dep_.startswith("aux") for c in p.children):
            continue
        subj = next((c for c in p.children if c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj") and c.i < p.i), None)
        verb = next((c for c in p.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") and
                     doc[c.i - 1].text == "," and not any(x.dep_.startswith(("nsubj", "aux")) for x in c.children)),
                    None)
        if subj is None or verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (subj, verb, "nsubj"), (p, subj, "acl")]
        edits += [(c, verb, c.dep_) for c in p.children if c.i > verb.i]  # (the full stop)
        _apply(p.sent, edits)
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
        elif name.dep_ not in ("obl", "obl:npmod", "obl:unmarked", "nmod:unmarked", "dep", "vocative", "npadvmod") or \
                any(c.dep_ == "case" for c in name.children):
            continue
        end = last_word(name)  # (the name's own words)
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        post = post or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i == end + 2
                             and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
        if post is None or not comma_after(post):
            continue
        _apply(name.sent, [(name, verb, post.dep_), (post, name, "appos")])
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
        _apply(name.sent, [(name, noun, "appos"), (doc[first - 1], name, "punct"), (doc[end + 1], name, "punct")])
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
        _apply(name.sent, edits)
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
        edits = [(b, a.head, a.dep_), (a, b, "compound"), (h, b, "punct")]
        edits += [(c, b, c.dep_) for c in a.children if c.i not in (h.i, b.i)]
        if _apply(a.sent, edits) and b.pos_ != "PROPN":
            b.pos_, b.tag_ = "PROPN", "NNP"  # ("Merseburg-Leuna/ADJ": the name's last word)
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
        if y is not None:
            _apply(x.sent, [(x, y, "conj")])
    return doc


def infinitives_on_times(doc: Doc) -> Doc:
    """"Spaatz telephoned Tedder at noon/obl to say/acl>noon that ...": an infinitive hung on a time
    phrase of a verb is the verb's (a purpose: the one who telephoned says it)."""
    for v in doc:
        t = v.head
        if v.dep_ not in ("acl", "xcomp") or v.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "mark"
                                                                       for c in v.children) or \
                not (t.lower_ in TIME_NOUNS | {"noon", "midnight", "dawn", "dusk", "once"} or is_date_word(t)) or \
                not t.dep_.startswith("obl") or not (t.head.pos_ in ("VERB", "AUX") or t.head.tag_.startswith("VB")):
            continue
        _apply(v.sent, [(v, t.head, "advcl")])
    return doc


def _aside_verb(v: Token) -> bool:
    """A verb of saying of ASIDE_LEMMAS, by its lemma or (with no lemma) its form ("reported", "wrote")."""
    w = v.lower_
    return _base(v) in ASIDE_LEMMAS or w in ("said", "wrote", "replied") or \
        w.endswith("ed") and (w[:-2] in ASIDE_LEMMAS or w[:-1] in ASIDE_LEMMAS)


def inverted_asides(doc: Doc) -> Doc:
    """"The Luftwaffe's fuel reserves/nsubj, reported/ROOT General Koller/obj on 3 August, would
    last/conj ...": an aside with its speaker after the verb, read as the main clause: the verb
    after it is the root, the subject before it that verb's, the aside a parenthetical."""
    for v in doc:
        if v.dep_ != "ROOT" or not _aside_verb(v) or v.i < 2 or doc[v.i - 1].text != ",":
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
        _apply(v.sent, edits)
    return doc


def fronted_phrases_read_as_possessors(doc: Doc) -> Doc:
    """"In/mark his memoirs/nmod:poss>Speer Speer/nsubj wrote that ...": a noun without "'s" read as
    the possessor of the subject after it, with a preposition before it, is a phrase of the verb."""
    for x in doc:
        subj = x.head
        if x.dep_ not in ("nmod:poss", "poss") or x.pos_ != "NOUN" or any(c.tag_ == "POS" for c in x.children) or \
                subj.dep_ not in ("nsubj", "nsubj:pass") or subj.i != x.i + 1:
            continue
        verb = subj.head
        # (the preposition inside the phrase, or hung on the verb right before it)
        near = [doc[x.left_edge.i]] + ([doc[x.left_edge.i - 1]] if x.left_edge.i > 0 else [])
        prep = next((t for t in near if t.tag_ == "IN" and t.i < x.i and t.dep_ in ("mark", "case") and
                     t.head in (x, verb)), None)
        if prep is None:
            continue
        _apply(x.sent, [(x, verb, "obl"), (prep, x, "case")])
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
        _apply(y.sent, [(y, obj, "conj"), (name, y, "compound")])
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
        if _apply(w.sent, edits) and name.pos_ != "PROPN":
            name.pos_, name.tag_ = "PROPN", "NNP"
    return doc


def asides_read_as_main_clauses(doc: Doc) -> Doc:
    """"Harris/vocative, he wrote/ROOT, had never accepted/parataxis the oil plan": the aside read as
    the main clause: the clause after it is the root, the name before it that clause's subject."""
    for v in doc:
        if v.dep_ != "ROOT" or not _aside_verb(v):
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
        _apply(v.sent, edits)
    return doc


def subjects_read_as_conjuncts_of_openers(doc: Doc) -> Doc:
    """"After the war/obl, Galbraith/conj>war and Kaldor/conj>war of the Survey's staff argued ...":
    names coordinated with the opening phrase of a verb that has no subject are its subject."""
    for x in doc:
        v = x.head
        if not x.dep_.startswith("obl") or not case_of(x) or x.i > v.i or v.pos_ not in ("VERB", "AUX") or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children):
            continue
        names = [c for c in x.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < v.i and not case_of(c)]
        if not names or not comma_before(names[0]):
            continue
        first = names[0]
        edits = [(first, v, "nsubj")] + [(c, first, "conj") for c in names[1:]]
        edits += [(c, names[-1], c.dep_) for c in x.children if c.dep_.startswith("nmod") and c.i > first.i]
        _apply(x.sent, edits)
    return doc


def verbs_read_as_modifiers_after_set_off_phrases(doc: Doc) -> Doc:
    """"The synthetic plant/ROOT at Pölitz, near Stettin, produced/VBN/amod aviation fuel for the
    Luftwaffe" with no finite verb: a past tense right after the phrase set off after the root noun
    is the verb, that noun its subject and the noun it modified its object."""
    for v in doc:
        n, root = v.head, v.sent.root
        if v.dep_ not in ("amod", "compound") or not _could_be_finite(v) or n.i <= v.i or \
                n.pos_ not in ("NOUN", "PROPN") or v.i < 2 or doc[v.i - 1].text != "," or \
                root.pos_ not in ("NOUN", "PROPN") or root.i >= v.i - 2 or \
                has_finite_verb(t for t in v.sent if t.i != v.i):
            continue
        edits = [(v, v, "ROOT"), (root, v, "nsubj"), (n, v, "obj")]
        edits += [(c, root, "nmod" if not c.is_punct else "punct") for c in n.children if c.i < v.i]
        edits += [(c, v, "obl") for c in n.children if c.i > n.i and case_of(c) in ("for", "to", "from")]
        edits += [(c, v, c.dep_) for c in root.children if c.is_punct and c.i > n.i]
        if _apply(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def subjects_read_as_roots(doc: Doc) -> Doc:
    """"Hitler/ROOT, furious at the Luftwaffe's failure to defend the plants, blamed/acl Göring and
    ordered/conj>Hitler him to ...": a name opening the sentence made its root, with a phrase set off
    after it: the finite verb after that phrase is the root, the name its subject."""
    for sent in doc.sents:
        n = sent.root
        if n.pos_ not in ("PROPN", "NOUN") or n.left_edge.i != sent.start or n.i + 2 >= sent.end or \
                doc[last_word(n) + 1].text not in (",", "\u2014") and doc[n.i + 1].text != ",":
            continue
        v = next((t for t in doc[n.i + 3:sent.end] if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB" and
                  doc[t.i - 1].text == ","), None)
        if v is None or any(c.dep_.startswith("nsubj") for c in v.children):
            continue
        edits = [(v, v, "ROOT"), (n, v, "nsubj")]
        o = doc[v.i + 1] if v.i + 1 < sent.end else None
        if o is not None and o.pos_ in ("PROPN", "NOUN") and o.head != v and not any(c.dep_ in ("obj", "dobj")
                                                                                    for c in v.children):
            edits.append((o, v, "obj"))
        edits += [(c, v, "conj") for c in n.children if c.dep_ == "conj" and c.i > v.i and c.pos_ == "VERB"]
        edits += [(c, n, "amod" if c.pos_ == "ADJ" else "appos") for c in n.children if c.dep_ == "conj" and c.i < v.i]
        edits += [(c, v, c.dep_) for c in n.children if c.is_punct and c.i > v.i]
        _apply(sent, edits)
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
        if name.pos_ != "PROPN" or name.dep_ not in ("flat", "compound", "nmod", "appos") or phrase.head != v or \
                not phrase.dep_.startswith("obl") or not case_of(phrase) or phrase.i > name.i or \
                any(t.text in (",", ";") for t in doc[name.i:v.i]):
            continue
        _apply(v.sent, [(name, v, "nsubj")])
    return doc


def phrases_read_into_subjects(doc: Doc) -> Doc:
    """"At/case the Nuremberg trial/compound Speer/nsubj testified": an opening phrase read as
    the name's modifiers: the noun before the name, with the preposition, is the verb's phrase."""
    for name in doc:
        verb = name.head
        if name.dep_ not in ("nsubj", "nsubj:pass") or not name.is_title or name.i < 2 or verb.i < name.i:
            continue
        prep = next((c for c in name.children if c.dep_ == "case" and c.i == name.left_edge.i), None)
        noun = doc[name.i - 1]
        if prep is None or noun.head != name or noun.dep_ != "compound" or noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        edits = [(noun, verb, "obl"), (prep, noun, "case")]
        edits += [(c, noun, c.dep_) for c in name.children if c.dep_ in ("det", "amod") and c.i < noun.i]
        _apply(name.sent, edits)
    return doc


def flat_names_across_commas(doc: Doc) -> Doc:
    """"Böhlen, Zeitz/flat>Böhlen and Rositz": a name never runs on across a comma; a name "flat"
    to the one before the comma is its conjunct."""
    for x in doc:
        if x.dep_ in ("flat", "flat:name") and x.pos_ == "PROPN" and x.head.pos_ == "PROPN" and \
                x.head.i == x.i - 2 and doc[x.i - 1].text == ",":
            _apply(x.sent, [(x, x.head, "conj")])
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
        if _apply(d.sent, edits):
            v.pos_, v.tag_ = "VERB", "VB"
    return doc


def compounds_across_commas(doc: Doc) -> Doc:
    """"Tedder's paper/compound>Notes of 25 October, 'Notes on Air Policy ...', argued": a noun is
    never a compound of a word after a comma; the word after is its apposition."""
    for x in doc:
        h = x.head
        if x.dep_ != "compound" or x.pos_ not in ("NOUN", "PROPN") or h.i <= x.i or \
                not any(t.text == "," for t in doc[last_word(x) + 1:h.i]):
            continue
        _apply(x.sent, [_in_place_of(x, h), (h, x, "appos")])
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
        _apply(v.sent, edits)
    return doc


def verbs_with_auxiliaries_read_as_modifiers(doc: Doc) -> Doc:
    """"Dorsch, was given/amod charge/ROOT of the underground plants": a word with an auxiliary of its
    own is a verb, never a modifier; the noun it was made to modify is its object."""
    for v in doc:
        n = v.head
        if v.dep_ != "amod" or v.tag_ not in ("VBN", "VBD") or n.i != v.i + 1 or \
                not any(c.dep_.startswith("aux") and c.i < v.i for c in v.children):
            continue
        edits = [_in_place_of(v, n), (n, v, "obj")]
        edits += [(c, v, c.dep_) for c in n.children if c.i < v.i or c.is_punct and c.i > n.i and
                  c.i == v.sent.end - 1]
        _apply(v.sent, edits)
    return doc


def clauses_read_as_conjunct_nouns(doc: Doc) -> Doc:
    """"..., and the Fifteenth/conj>6 struck/VBN/acl Blechhammer/obl:unmarked and Odertal": a second
    clause after ", and" read as a noun coordinated inside the first, with its verb a participle on
    it: the verb is the root's conjunct, the noun its subject, the name after it its object."""
    for v in doc:
        n = v.head
        root = v.sent.root
        if v.dep_ != "acl" or not _could_be_finite(v) or n.dep_ != "conj" or v.i != n.i + 1 or \
                root.pos_ not in ("VERB", "AUX") or root.i > n.i or \
                not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and doc[c.i - 1].text == "," for c in n.children):
            continue
        edits = [(v, root, "conj"), (n, v, "nsubj")]
        edits += [(c, v, c.dep_) for c in n.children if c.dep_ in ("cc", "punct") and c.i < n.i]
        edits += [(c, v, "obj") for c in v.children if c.dep_ == "obl:unmarked" and c.i == v.i + 1]
        if _apply(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
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
        if _apply(sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


# conjunctions that open a clause subordinate to the one before ("X struck Y while Z attacked W")
SUBORDINATORS = {"while", "whereas", "as", "when", "after", "before", "although", "though"}


def _could_be_finite(v: Token) -> bool:
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
        if v.dep_ != "acl" or not _could_be_finite(v) or \
                not any(c.dep_ in ("obj", "dobj") or c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN")
                        for c in v.children if c.i > v.i):
            continue
        noun = v.head  # (the subject, or a noun inside its phrase)
        while noun.dep_ in ("conj", "nmod") and noun.head.i < noun.i:
            noun = noun.head
        root = noun.head
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
        if _apply(v.sent, edits):
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
        prep = next((c for c in list(t.children) + list(verb.children) if c.dep_ in ("mark", "case") and
                     c.tag_ == "IN" and c.i in (t.left_edge.i, t.left_edge.i - 1) and c.i < t.i and
                     c.lower_ not in ("by", "that", "whether", "if", "because", "although", "though", "while", "as",
                                      "since", "until", "unless", "than")), None)  # (a preposition, not a conjunction)
        if prep is None or not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != t.i for c in verb.children):
            continue
        _apply(t.sent, [(t, verb, "obl"), (prep, t, "case")])
    return doc


# words that are a plural noun or a verb of saying ("records", "notes", "states")
SAYING_VERB_FORMS = {"records", "notes", "states", "reports", "claims", "shows", "says", "argues", "suggests", "reveals",
                     "confirms", "remarks", "observes", "adds", "insists", "recalls"}


def saying_verbs_read_as_nouns(doc: Doc) -> Doc:
    """"Spaatz's diary/compound records/NNS/ROOT that he and Tedder dined ...": in a sentence with no
    finite verb, a word that is also a verb of saying, right before "that", after the noun it
    was made to head, is the verb; that noun its subject."""
    for t in doc:
        if t.lower_ not in SAYING_VERB_FORMS or t.dep_ != "ROOT" or t.pos_ != "NOUN" or t.i + 1 >= len(doc) or \
                doc[t.i + 1].lower_ != "that":
            continue
        subj = next((c for c in t.children if c.dep_ in ("compound", "nmod") and c.i == t.i - 1), None)
        clause = next((c for c in t.children if c.i > t.i + 1 and c.pos_ in ("VERB", "AUX") and
                       c.left_edge.i == t.i + 1), None)
        if subj is None or clause is None or has_finite_verb(x for x in t.sent if x.i not in {y.i for y in clause.subtree}):
            continue
        owners = [(c, subj, c.dep_) for c in t.children if c.dep_ in ("nmod:poss", "poss", "det") and c.i < subj.i]
        if _apply(t.sent, [(subj, t, "nsubj"), (clause, t, "ccomp"), (doc[t.i + 1], clause, "mark")] + owners):
            t.tag_, t.pos_ = "VBZ", "VERB"
            doc[t.i + 1].tag_, doc[t.i + 1].pos_ = "IN", "SCONJ"
    return doc


def both_phrases_read_as_conjuncts(doc: Doc) -> Doc:
    """"The oil plants at Magdeburg and Zeitz, both near/case Leipzig/conj>Magdeburg, were ..." with
    the set-off "both near X" read as a third member of the list: it is a phrase on the noun the
    list is about."""
    for x in doc:
        first = x.head
        if x.dep_ != "conj" or not any(c.dep_ == "cc:preconj" and c.lower_ == "both" for c in x.children) or \
                not case_of(x) or case_of(x) == case_of(first) or first.dep_ not in ("nmod", "obl"):
            continue
        _apply(x.sent, [(x, first.head, first.dep_)])  # ("both" stays with its phrase)
    return doc


# the repairs, in the order they run (each sees the tree the ones before left)
REPAIRS = (capitalised_gerunds, split_hyphenated_names, name_nouns, participles_after_nouns, set_off_lists, month_may, set_off_participles,
           postposed_lists, months_before_names, participles_before_objects, subjects_before_times,
           of_phrases_after_conjuncts, verbs_after_appositions, relatives_on_infinitives, subjects_inside_dates,
           days_before_possessors,
           participles_after_subjects, split_possessive_names, verbs_read_as_compounds, time_phrases_read_as_roots,
           receivers_read_as_compounds, content_clauses_read_as_relatives, content_clauses_on_dates,
           conjuncts_after_set_off_places,
           coordinated_possessors, priorities_read_as_heads, names_read_as_possessors,
           passives_without_auxiliaries, perfects_read_as_passives, lists_split_from_their_first,
           lists_torn_from_their_first, prepositional_phrases_read_as_conjuncts, parallel_phrases,
           set_off_participles_read_as_roots, names_before_subject_posts, names_after_subject_nouns,
           opening_names_read_as_clauses, prepositional_conjuncts, infinitives_on_times, inverted_asides,
           fronted_phrases_read_as_possessors, gapped_objects, relatives_read_as_main_clauses,
           asides_read_as_main_clauses, subjects_read_as_conjuncts_of_openers,
           verbs_read_as_modifiers_after_set_off_phrases, subjects_read_as_roots, names_read_into_opening_phrases,
           phrases_read_into_subjects, flat_names_across_commas, inverted_auxiliaries, compounds_across_commas,
           posts_read_as_roots, verbs_with_auxiliaries_read_as_modifiers, clauses_read_as_conjunct_nouns,
           verbs_read_as_modifiers, finite_verbs_read_as_clauses_on_subjects,
           subjects_with_prepositions, saying_verbs_read_as_nouns,
           both_phrases_read_as_conjuncts)


def repair_parse(doc: Doc) -> Doc:
    """Every repair of this module, in order (the spaCy component after the parser). A repair that
    fails on an odd parse is skipped, never the document: each leaves a tree (``_apply``), and the
    tests call each one directly, so a failure there is still seen."""
    for repair in REPAIRS:
        try:
            doc = repair(doc)
        except (ValueError, IndexError):
            continue
    return doc
