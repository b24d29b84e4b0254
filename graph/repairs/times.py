"""Repairs around dates and times (months, days, "last night") read as names, subjects or roots."""
from __future__ import annotations

from spacy.tokens import Doc

from ..dates import MONTHS
from ..syntax import case_of, comma_after, is_date_word
from .tree import apply_edits, base_word, leading_prepositions
from .verbs import verb_read_as_description
from .words import DAY_WORDS, INTRANSITIVE_CHANGES, OPENING_PREPOSITIONS, PHRASE_OPENERS, SAYING_LEMMAS, SEASONS, \
    TIME_NOUNS, TIME_OPENERS


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
        if apply_edits(n.sent, [(n, verb, subj)]) and verb.tag_ == "VBN" and subj == "nsubj" and \
                not any(c.dep_.startswith("aux") for c in verb.children):
            verb.tag_ = "VBD"  # ("bombed/VBN" with a subject and no auxiliary is a past tense)
    return doc


def month_may(doc: Doc) -> Doc:
    """"On 28 May it sent 400 bombers" with "May" read as the modal (tagged so, or attached as
    an auxiliary): a capitalised "May" next to a number is the month (else "it sent" reads as
    only possible)."""
    for t in doc:
        if t.text == "May" and (t.tag_ == "MD" or t.dep_.startswith("aux")) and not t.is_sent_start and (
                t.i > 0 and doc[t.i - 1].like_num or t.i + 1 < len(doc) and doc[t.i + 1].like_num):
            t.tag_, t.pos_, t.dep_ = "NNP", "PROPN", "obl:unmarked"
    return doc


def opening_dates_read_as_objects(doc: Doc) -> Doc:
    """"On/mark 7/obj July/case>Force the Fifteenth Air Force struck ...": a sentence that opens
    with a preposition, a day and a month (and perhaps a year), torn apart by the parser, has that
    date as its verb's time."""
    for sent in doc.sents:
        k = sent.start
        if k + 3 >= sent.end or doc[k].lower_ not in ("on", "by", "until", "till", "since", "after", "before") or \
                not doc[k + 1].like_num or doc[k + 2].lower_.rstrip(".") not in MONTHS or not doc[k + 2].is_title:
            continue
        prep, day, month = doc[k], doc[k + 1], doc[k + 2]
        verb = sent.root
        # (only a date the parser tore apart: the month read as a preposition, or the day as an
        # argument; other misreadings have repairs of their own, see subjects_inside_dates)
        if verb.pos_ not in ("VERB", "AUX") or verb.i < k + 3 or \
                month.dep_ != "case" and day.dep_ not in ("obj", "dobj", "iobj", "nsubj"):
            continue
        edits = [(day, verb, "obl"), (prep, day, "case"), (month, day, "nmod:unmarked")]
        year = doc[k + 3]
        if year.like_num and len(year.text) == 4:
            edits.append((year, day, "nummod"))
        # (what the parser hung on the torn words goes to the verb: "the Fifteenth Air Force")
        # (a noun there is the subject of a verb that has none)
        subject = any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in verb.children)
        edits += [(c, verb, "nsubj" if c.pos_ in ("NOUN", "PROPN") and not subject else c.dep_)
                  for t in (prep, day, month) for c in t.children if c.i > k + 3]
        apply_edits(sent, edits)
    return doc


def months_before_names(doc: Doc) -> Doc:
    """"Late in October Tedder circulated a paper" and "In March Tedder was named ..." with the
    month and the name read as one name ("October Tedder"): the month is the time of the verb
    and the name its subject again. Only when the month stands alone (no day, no year) after
    a time word, and the verb after the name has no subject of its own."""
    for m in doc[1:-2]:
        n = doc[m.i + 1]
        # (the opener may be joined by a hyphen: "In mid-September Spaatz"; or a day may come between:
        # "On 7 July Leuna was attacked")
        day = doc[m.i - 1] if doc[m.i - 1].text.isdigit() and len(doc[m.i - 1].text) <= 2 and m.i >= 2 else None
        opener = doc[m.i - 2] if (doc[m.i - 1].text == "-" or day is not None) and m.i >= 2 else doc[m.i - 1]
        # (or both read into the name after them: "Early in July/compound>Group No./compound>Group 5 Group/obl")
        shared = m.head == n.head and m.dep_ == "compound" and n.dep_ == "compound" and n.head.i > n.i and \
            n.head.pos_ in ("PROPN", "NOUN") and n.head.is_title
        if m.lower_ not in MONTHS or not m.is_title or \
                opener.lower_ not in (OPENING_PREPOSITIONS if day is not None else TIME_OPENERS) or \
                n.pos_ != "PROPN" or not n.is_title or n.lower_ in MONTHS or \
                not (m.head == n or n.head == m or shared):
            continue
        if shared:
            n = n.head
        top = n if m.head == n else m
        while top is n and n.dep_ == "compound" and n.head.i == n.i + 1 and n.head.pos_ == "PROPN" and n.head.is_title:
            top = n = n.head  # (a name of two words: "Early in July Bomber/compound Command/obl was tasked")
        name = [n] + [c for c in n.children if c.i > n.i and c.dep_ in ("flat", "flat:name")]
        # (past the names coordinated with it: "In March Spaatz and Tedder quarrelled")
        verb = doc[max(name[-1].i, n.right_edge.i) + 1]
        while verb.dep_.startswith("aux") and verb.head.i > verb.i:
            verb = verb.head
        # (the month may be the one read as the subject: "In July/nsubj:pass Bufton/nmod was criticized")
        if verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_.startswith(("nsubj", "csubj")) and c != n and c != m for c in verb.children):
            continue
        subj = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
        head, dep = (top.head, top.dep_) if top.dep_.startswith(("obl", "nmod", "advmod")) else (verb, "obl")
        if head.i in range(m.i, name[-1].i + 1):
            head = verb
        edits = [(m, head if head != m else verb, dep if head != m else "obl"), (n, verb, subj)]
        if opener.lower_ not in ("early", "late", "mid"):
            edits.append((opener, m, "case"))
        edits += [(c, m, c.dep_) for c in top.children if c.dep_ in ("case", "det") and c.i < m.i]
        edits += [(c, n, "flat") for c in name[1:]]
        if day is not None:
            edits.append((day, m, "nummod"))
        apply_edits(m.sent, edits)
    return doc


def subjects_inside_dates(doc: Doc) -> Doc:
    """"On 12 June No. 5 Group/obl attacked Gelsenkirchen" with the date and the name read as one
    phrase on a verb that has no subject: the date is the verb's time, the name its subject."""
    for x in doc:
        v = x.head
        # (the phrase may end with a comma: "On 1 November the Deputy Chiefs of Staff, Bottomley and Spaatz, issued")
        if x.dep_ != "obl" or x.pos_ not in ("NOUN", "PROPN") or x.i > v.i or \
                x.right_edge.i + 1 + comma_after(x.right_edge) != v.i or \
                v.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children):
            continue
        if x.lower_.rstrip(".") in MONTHS and x.is_title or \
                x.lower_ in ("mid", "early", "late") and any(c.lower_.rstrip(".") in MONTHS for c in x.children):
            # "On 1 November/obl the Deputy Chiefs/appos ...": the name set on the month itself (or on the
            # "mid" of "In mid-September the Eighth Air Force, ..., mounted")
            names = [c for c in x.children if c.dep_ == "appos" and c.i > x.i and
                     c.lower_.rstrip(".") not in MONTHS and
                     (doc[c.left_edge.i].lower_ == "the" or doc[c.left_edge.i].is_title) and
                     not any(t.text == "," for t in doc[x.i:c.left_edge.i])]
            if len(names) == 1:
                apply_edits(x.sent, [(names[0], v, "nsubj")])
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
        apply_edits(x.sent, edits)
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
        apply_edits(v.sent, [(outs[0], v, "nsubj")] + [(t, outs[0], "conj") for t in outs[1:]])
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
        apply_edits(m.sent, edits)
    return doc


def time_phrases_read_as_roots(doc: Doc) -> Doc:
    """"On the night of 21 December, 207 Lancasters of No. 5 Group bombed/acl Pölitz" with the
    opening time phrase the root and the subject its apposition: the verb (a participle inside
    the subject's phrase, with an object) is the root, the time phrase its oblique. So too for any
    opening phrase: "In a paper for the Chiefs of Staff, the Ministry argued/acl that ..."."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ != "NOUN" or case_of(root) not in ("on", "in", "during", "at", "by") or \
                root.left_edge.i != root.sent.start:
            continue
        # (or a name set off after the phrase and read as a conjunct inside it, with no conjunction: "In a
        # paper for the Chiefs/nmod of Staff, the Ministry/conj>Chiefs ... argued/acl that ...")
        # (or an apposition of a noun inside the phrase: "In a memorandum to the Combined Chiefs/nmod of
        # Staff, the British Chiefs/appos>Chiefs of Staff proposed/acl that ...")
        subjs = [c for c in root.subtree if c.i > root.i and c.pos_ in ("NOUN", "PROPN") and
                 "," in (doc[c.left_edge.i - 1].text, c.left_edge.text) and (
                     c.dep_ in ("appos", "dep", "nsubj") and c.head.i == root.i or c.dep_ == "appos" or
                     c.dep_ == "conj" and not any(x.dep_ == "cc" for x in c.children))]
        # (a verb with an object, or one of saying with its that-clause)
        subj, verb = next(((c, v) for c in subjs for v in c.subtree if v.tag_ in ("VBD", "VBN") and v.dep_ == "acl" and
                           any(o.dep_ in ("obj", "dobj", "xcomp") and o.pos_ in ("NOUN", "PROPN") and o.i > v.i or
                               o.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in o.children)
                               for o in v.children) and not any(case_of(c) == "by" for c in v.children)), (None, None))
        if verb is None:
            continue
        edits = [(verb, verb, "ROOT"), (root, verb, "obl"), (subj, verb, "nsubj")]
        edits += [(o, verb, "obj") for o in verb.children if o.dep_ == "xcomp" and o.pos_ in ("NOUN", "PROPN")]
        edits += [(c, verb, c.dep_ if c.dep_ != "appos" else "parataxis") for c in root.children
                  if c.i > verb.i and c.i != subj.i]
        if apply_edits(root.sent, edits):
            verb.tag_, verb.pos_ = "VBD", "VERB"
    return doc


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
                not (is_date_word(when) or when.lower_ in TIME_NOUNS and base_word(when.head) in SAYING_LEMMAS):
            continue
        # ("that/obj German oil production had fallen": no gap for "that" to fill, so no relative)
        if that.dep_ in ("obj", "dobj") and not (
                any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "cop") and c.i > that.i
                    for c in clause.children) or base_word(clause) in INTRANSITIVE_CHANGES):
            continue
        if that.dep_ not in ("mark", "obj", "dobj", "obl:unmarked"):
            continue
        verb = clause.head
        while verb.dep_.startswith(("obl", "nmod", "compound")) and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
                not any(c.dep_.startswith("nsubj") for c in clause.children):
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def content_clauses_opening_with_times(doc: Doc) -> Doc:
    """"Steinhoff wrote that/obj by the autumn/obl>wrote of 1944 the Jagdwaffe was being sent/relcl>autumn
    into action": a content clause that opens with a time phrase, read as a relative clause on the
    time noun with "that" the verb's object. The clause is what was written, "that" its conjunction,
    the time phrase the clause's own."""
    for that in doc[1:-3]:
        verb = that.head
        if that.lower_ != "that" or that.dep_ not in ("obj", "dobj") or base_word(verb) not in SAYING_LEMMAS or \
                that.i < verb.i or doc[that.i + 1].pos_ != "ADP":
            continue
        when = doc[that.i + 1].head
        if when.head != verb or not when.dep_.startswith("obl") or \
                not (_time_word(when) or when.lower_ in SEASONS or is_date_word(when)):
            continue
        clause = next((c for c in when.children if c.dep_ in ("acl:relcl", "relcl", "acl") and
                       any(x.dep_.startswith("nsubj") and x.i > when.i for x in c.children)), None)
        if clause is None or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark"), (when, clause, "obl")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
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
        apply_edits(v.sent, [(v, t.head, "advcl")])
    return doc


def phrases_hung_on_dates(doc: Doc) -> Doc:
    """"The meeting at High Wycombe on 12/nmod>meeting January between/case Portal/nmod>12 and Harris":
    a "between" phrase hung on the day of a noun's date is the noun's (a day has none; a "by" phrase
    there is left to the readers of agents: "bombed nine times between May and December by ..."); so is
    a phrase of where or whom to ("the raid of 21 December on/case Pölitz/nmod>21", "his letter of 3
    November to Harris"), unless it is a date itself ("from 12 May to 20 June")."""
    for x in doc:
        date = x.head
        if x.dep_ not in ("nmod", "obl") or case_of(x) not in ("between", "on", "against", "at", "to", "from") or \
                case_of(x) != "between" and is_date_word(x) or x.i < date.i or \
                not is_date_word(date) or date.dep_ not in ("nmod", "obl", "appos") or date.head.pos_ not in ("NOUN", "PROPN"):
            continue
        apply_edits(x.sent, [(x, date.head, "nmod")])
    return doc


def dates_of_nouns_read_as_obliques(doc: Doc) -> Doc:
    """"In his reply/obl of 8 November/obl>told Harris told Portal ...": an "of" phrase that gives a
    date right after a common noun is the noun's date (a verb takes no date with "of")."""
    for d in doc:
        if d.dep_ != "obl" or d.head.pos_ not in ("VERB", "AUX") or d.lower_.rstrip(".") not in MONTHS or \
                not d.is_title or case_of(d) != "of":
            continue
        of = d.left_edge
        noun = doc[of.i - 1] if of.i > d.sent.start else None
        if of.lower_ != "of" or noun is None or noun.pos_ != "NOUN" or \
                not all(is_date_word(t) or t.text == "," for t in doc[of.i + 1:d.i]):
            continue
        apply_edits(d.sent, [(d, noun, "nmod")])
    return doc


def phrases_hung_on_time_spans(doc: Doc) -> Doc:
    """"replied within a week/obl with/case a long letter/nmod>week": a "with" phrase right after a
    span of time on a verb is the verb's (a week has no letter)."""
    for x in doc:
        span = x.head
        if x.dep_ != "nmod" or case_of(x) != "with" or base_word(span) not in TIME_NOUNS or x.i < span.i or \
                not span.dep_.startswith("obl") or span.head.pos_ != "VERB" or x.right_edge.i != span.right_edge.i:
            continue
        apply_edits(x.sent, [(x, span.head, "obl")])
    return doc


def subjects_after_months(doc: Doc) -> Doc:
    """"By the end of September/compound Bomber Command/nmod>end had dropped ..." with the subject read
    into the time phrase before it: the name after the phrase's month is the subject of a verb that
    has none, and the month is the time phrase's again."""
    for x in doc:
        v = x.head
        if x.dep_ != "obl" or x.pos_ != "NOUN" or x.i > v.i or v.pos_ not in ("VERB", "AUX") or \
                any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in v.children):
            continue
        end = x.right_edge.i
        if any(not (t.dep_.startswith("aux") and t.head.i == v.i) for t in doc[end + 1:v.i]):
            continue  # (only the verb's auxiliaries between: "... Bomber Command had dropped")
        months = [t for t in doc[x.i + 1:end] if t.lower_.rstrip(".") in MONTHS and t.is_title]
        if not months:
            continue
        mo = months[-1]
        k = mo.i + 1
        while k <= end and doc[k].like_num:
            k += 1  # ("the end of September 1944 Bomber Command")
        name = doc[k:end + 1]
        heads = [t for t in name if not k <= t.head.i <= end]
        if not len(name) or len(heads) != 1 or not all(t.is_title or t.like_num for t in name):
            continue
        edits = [(heads[0], v, "nsubj"), (mo, x, "nmod")]
        if doc[mo.i - 1].lower_ == "of":
            edits.append((doc[mo.i - 1], mo, "case"))
        apply_edits(x.sent, edits)
    return doc


def dates_read_into_subjects(doc: Doc) -> Doc:
    """"On the night of/case>Group 20/21/compound>Group December No. 5 Group/nsubj sent ...": the "of"
    and the day of a date phrase hung on the subject after it belong to the date's month."""
    for n in doc:
        c = next((x for x in n.children if x.dep_ == "case" and x.lower_ == "of" and x.i < n.i), None)
        if not n.dep_.startswith("nsubj") or c is None:
            continue
        months = [t for t in doc[c.i + 1:n.i] if t.lower_.rstrip(".") in MONTHS and t.is_title and t.head.i != n.i]
        if not months:
            continue
        mo = months[0]
        days = [t for t in doc[c.i + 1:mo.i]]
        if not all(t.like_num or "/" in t.text and t.text.replace("/", "").isdigit() for t in days) or \
                any(t.head.i != n.i for t in days):
            continue
        apply_edits(n.sent, [(c, mo, "case")] + [(t, mo, "nummod") for t in days])
    return doc


def subjects_read_into_opening_times(doc: Doc) -> Doc:
    """"Throughout September/nsubj the Fifteenth Air Force/nmod>September bombed the refineries": an
    opening time phrase (it has its preposition) read as the subject, with the real subject hung on
    it: a subject never takes a preposition, so the noun phrase after the time word is the subject
    and the time phrase the verb's oblique."""
    for t in doc:
        verb = t.head
        if t.dep_ not in ("nsubj", "nsubj:pass") or not _time_word(t) or verb.i < t.i:
            continue
        # (the preposition may hang on the verb, right before the phrase: "Throughout/case>bombed")
        prep = next(iter(leading_prepositions(t)), None)
        if prep is None:
            continue
        subj = _subject_hung_on(t, verb)
        if subj is None or any(c.dep_ in ("nsubj", "nsubj:pass") and c != t for c in verb.children):
            continue
        apply_edits(t.sent, [(subj, verb, t.dep_), (t, verb, "obl"), (prep, t, "case")])
    return doc


def time_words_read_as_subjects(doc: Doc) -> Doc:
    """"More than 1,000 American heavy bombers/obl>More today/nsubj pounded the plants": a day word
    read as the subject, with the noun phrase right before it hung elsewhere: the noun is the
    subject and the day word the time ("More than" then counts the bombers)."""
    for t in doc[1:]:
        verb, n = t.head, doc[t.i - 1]
        if t.lower_ not in DAY_WORDS or t.dep_ != "nsubj" or verb.i <= t.i or n.pos_ not in ("NOUN", "PROPN") or \
                n.dep_ not in ("obl", "nmod", "obl:npmod", "nmod:npmod") or \
                any(c.dep_ in ("nsubj", "nsubj:pass") and c != t for c in verb.children):
            continue
        edits = [(n, verb, "nsubj"), (t, verb, "obl:tmod")]
        than = next((c for c in n.children if c.dep_ == "case" and c.lower_ == "than"), None)
        if than is not None:
            more = n.doc[than.i - 1]
            num = next((c for c in n.children if c.dep_ == "nummod" and c.i == than.i + 1), None)
            if more.lower_ not in ("more", "fewer", "less", "over") or num is None:
                continue
            edits += [(more, num, "advmod"), (than, more, "fixed")]
        elif case_of(n):
            continue
        apply_edits(t.sent, edits)
    return doc


def names_hung_on_opening_dates(doc: Doc) -> Doc:
    """"Early in July the Eighth Air Force/nmod>July returned to Merseburg": a name hung on the
    month (or day) of the time phrase before a verb that has no subject, right before that verb,
    is its subject."""
    for n in doc:
        d = n.head
        if n.dep_ not in ("nmod", "appos", "compound", "flat", "nmod:unmarked") or n.pos_ != "PROPN" or \
                not n.is_title or is_date_word(n) or d.i > n.i or not is_date_word(d) or case_of(n):
            continue
        k = n.right_edge.i + 1
        while k < len(doc) and doc[k].dep_.startswith("aux") and doc[k].head.i > k:
            k += 1  # ("... the Eighth Air Force had returned")
        if k >= len(doc):
            continue
        v = doc[k]
        if v.pos_ not in ("VERB", "AUX") or v not in d.ancestors or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children):
            continue
        if apply_edits(n.sent, [(n, v, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in v.children) else "nsubj")]):
            verb_read_as_description(v)  # (a verb that now has its subject may have been read as a modifier)
    return doc


def subjects_hung_on_opening_times(doc: Doc) -> Doc:
    """"By the spring of 1945/nummod>Forces the Eighth and Fifteenth Air Forces/nmod>spring ... had put":
    the subject of a verb that has none, hung on the opening time phrase (its year read as the
    subject's number), is the verb's subject; the year is the time's again."""
    for t in doc:
        verb = t.head
        if not t.dep_.startswith("obl") or verb.i < t.i or verb.pos_ not in ("VERB", "AUX") or \
                not _time_word(t) or not leading_prepositions(t) or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children) or \
                t.left_edge.i > t.sent.start + 1:
            continue
        subj = _subject_hung_on(t, verb)
        if subj is None:
            continue
        edits = [(subj, verb, "nsubj")]
        # ("of 1945": the year the parser gave the subject)
        year = next((c for c in subj.children if c.like_num and c.i > t.i and c.i < subj.i and
                     doc[c.i - 1].lower_ == "of"), None)
        if year is not None:
            edits += [(year, t, "nmod"), (doc[year.i - 1], year, "case")]
        apply_edits(t.sent, edits)
    return doc


def agents_hung_on_counts(doc: Doc) -> Doc:
    """"was attacked three times/obl:unmarked by the Fifteenth Air Force/nmod>times": an agent hung on
    the count of a passive verb's times is the verb's (a count of times has no "by" phrase)."""
    for n in doc:
        verb = n.head
        if n.lemma_.lower() not in ("time", "occasion") or not n.dep_.startswith("obl") or verb.pos_ != "VERB" or \
                not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) or \
                any(c.dep_ in ("obl:agent", "agent") for c in verb.children):
            continue
        agent = next((c for c in n.children if c.dep_.startswith("nmod") and c.i > n.i and
                      any(x.dep_ == "case" and x.lower_ == "by" for x in c.children)), None)
        if agent is not None:
            apply_edits(n.sent, [(agent, verb, "obl:agent")])
    return doc


def agents_read_into_time_phrases(doc: Doc) -> Doc:
    """"attacked by the Eighth on 16 January and by/case>nights Bomber Command/compound>nights two nights
    later": a name between "by" and a time phrase is the agent, the time phrase the verb's own."""
    for n in doc:
        by = next((c for c in n.children if c.dep_ == "case" and c.lower_ == "by" and c.i < n.i), None)
        if by is None or not {n.lower_, n.lower_.rstrip("s"), n.lemma_.lower()} & (TIME_NOUNS | SEASONS):
            continue
        name = next((c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN" and by.i < c.i < n.i), None)
        if name is None:
            continue
        verb = n.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.pos_ != "VERB":
            continue
        first = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent") and c.i < by.i), None)
        cc = next((c for c in n.children if c.dep_ == "cc" and c.i < by.i), None)
        edits = [(name, first, "conj") if first is not None else (name, verb, "obl:agent"), (by, name, "case")]
        if cc is not None:
            edits.append((cc, name, "cc"))
        apply_edits(n.sent, edits)
    return doc


def _time_word(t) -> bool:
    """A word that opens a time phrase: a date word, "night", "week", a season."""
    return is_date_word(t) or t.lower_ in TIME_NOUNS | SEASONS


def _subject_hung_on(t, verb):
    """The noun phrase the parser hung on an opening time word ``t`` that is ``verb``'s subject: after the
    time word, before the verb, with no preposition of its own."""
    return next((c for c in t.children if c.i > t.i and c.dep_ in ("nmod", "appos", "compound", "flat") and
                 c.pos_ in ("NOUN", "PROPN") and not case_of(c) and c.right_edge.i < verb.i), None)


def nouns_read_into_opening_dates(doc: Doc) -> Doc:
    """"In September/compound command/obl of the bombers reverted to Portal", "On 14 September
    control/ROOT of the bombers passed/acl to Portal", "In June attacks/ROOT on the plants resumed/acl":
    a sentence that opens with a date phrase and then a common noun with no determiner, read as one
    phrase. A preposition never opens a subject, so the date word heads the time phrase (the verb's
    oblique) and the noun is the subject of the verb after it (of its own clause's verb where the
    parser made it the root)."""
    for sent in doc.sents:
        k = sent.start + (doc[sent.start].lower_ in ("early", "late"))
        p = doc[k]
        if p.lower_ not in TIME_OPENERS | {"on", "after"} or k + 2 >= sent.end:
            continue
        n = p.head
        if n.pos_ != "NOUN" or n.tag_ not in ("NN", "NNS") or n.i <= k + 1 or _time_word(n) or \
                not all(is_date_word(t) or t.text in ("-", ",") or t.lower_ == "mid" for t in doc[k + 1:n.i]):
            continue
        dates = [t for t in doc[k + 1:n.i] if t.head == n and t.lower_.rstrip(".") in MONTHS]
        if not dates:
            continue
        d = dates[-1]
        verb, extra = None, []
        # (the noun's own "of" phrase may be read as the verb's subject: "In September command/obl of
        # Bomber Command/nsubj reverted to Harris")
        owned = [c for c in n.head.children if c.dep_.startswith("nsubj") and c.i > n.i and
                 any(x.dep_ == "case" and x.i == n.i + 1 for x in c.children)]
        if n.dep_ in ("nsubj", "nsubj:pass") and n.head.i > n.i:
            verb = n.head
        elif n.dep_.startswith("obl") and n.head.pos_ == "VERB" and n.head.i > n.i and \
                not any(c.dep_.startswith(("nsubj", "expl", "csubj")) and c not in owned for c in n.head.children):
            verb = n.head
            extra = [(c, n, "nmod") for c in owned]
        elif n.dep_ == "ROOT":
            verb = next((t for t in doc[n.i + 1:sent.end] if t.dep_ == "acl" and t.pos_ == "VERB" and
                         t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and
                         (t.head == n or t.head.head == n and t.head.dep_.startswith("nmod")) and
                         not any(c.dep_.startswith(("nsubj", "expl", "csubj", "mark")) for c in t.children)), None)
        if verb is None:
            continue
        subj = "nsubj:pass" if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) else "nsubj"
        edits = [(verb, verb, "ROOT")] if n.dep_ == "ROOT" else []
        edits += [(n, verb, subj), (d, verb, "obl"), (p, d, "case")] + extra
        edits += [(t, d, "nummod" if t.like_num else t.dep_) for t in doc[k + 1:n.i] if t.head == n and t != d]
        if n.dep_ == "ROOT":  # (the sentence's last stop and any set-off words after the verb)
            edits += [(c, verb, c.dep_) for c in n.children if c.i > verb.i]
        apply_edits(sent, edits)
    return doc


def verbs_read_as_modifiers_after_day_words(doc: Doc) -> Doc:
    """"American heavy bombers/compound today struck/amod synthetic oil plants/nsubj>announced at
    Magdeburg, the Air Ministry/conj announced": a past form right after a noun and a day word,
    read as a modifier of the noun after it, is the verb: the first noun its subject, the day its
    time, the noun after it its object; where that noun was the subject of a later verb of saying,
    the clause is what was said, and the name set off before that verb is its speaker."""
    for v in doc[2:]:
        n, day = doc[v.i - 2], doc[v.i - 1]
        o = v.head
        if day.lower_ not in DAY_WORDS or v.tag_ not in ("VBD", "VBN") or v.dep_ not in ("amod", "compound", "acl") or \
                o.i <= v.i or o.pos_ not in ("NOUN", "PROPN") or n.pos_ not in ("NOUN", "PROPN") or n.head.i != o.i:
            continue
        say = o.head
        reported = o.dep_.startswith("nsubj") and say.i > o.i and base_word(say) in SAYING_LEMMAS and \
            not any(c.dep_.startswith("nsubj") and c.i != o.i for c in say.children)
        top = (v, say, "ccomp") if reported else (v, v, "ROOT") if o.head.i == o.i else (v, o.head, o.dep_)
        edits = [top, (n, v, "nsubj"), (day, v, "obl:tmod"), (o, v, "obj")]
        if reported:
            # (", the Air Ministry/conj announced": the speaker, hung as the last of a list before it)
            speaker = next((t for t in o.subtree if t.dep_ == "conj" and t.right_edge.i == say.i - 1 and
                            "," in (doc[t.left_edge.i].text, doc[t.left_edge.i - 1].text)), None)
            if speaker is not None:
                edits.append((speaker, say, "nsubj"))
        if apply_edits(v.sent, edits):
            v.tag_, v.pos_ = "VBD", "VERB"
    return doc


def agents_read_into_later_times(doc: Doc) -> Doc:
    """"was hit by Bomber Command on 18 July and by/case>days the Eighth/amod>days two days/obl later/conj": a
    name after "by" read as a modifier of the time that follows it is a second agent, coordinated with
    the verb's first; the time says when."""
    for n in doc:
        t = n.head
        if n.pos_ != "PROPN" or n.dep_ not in ("amod", "compound") or base_word(t).rstrip("s") not in TIME_NOUNS or \
                t.i < n.i or not any(c.dep_ == "nummod" for c in t.children):
            continue
        by = next((c for c in t.children if c.dep_ == "case" and c.lower_ == "by" and c.i < n.i), None)
        later = t.head
        verb = later.head
        first = next((c for c in verb.children if c.dep_ in ("obl:agent", "obl") and case_of(c) == "by" and
                      c.i < by.i), None) if by is not None else None
        if first is None or later.lower_ not in ("later", "afterwards", "after", "earlier") or verb.pos_ != "VERB":
            continue
        edits = [(n, first, "conj"), (by, n, "case"), (t, later, "obl:npmod"), (later, verb, "advmod")]
        edits += [(c, n, c.dep_) for c in t.children if c.dep_ == "det" and c.i < n.i]
        edits += [(c, n, "cc") for c in later.children if c.dep_ == "cc" and c.i < by.i]
        apply_edits(n.sent, edits)
    return doc


def dated_read_as_roots(doc: Doc) -> Doc:
    """"In a letter to Spaatz dated/ROOT 14/compound>Lovett September, Lovett ... praised/ccomp the
    campaign": the "dated" of an opening document phrase read as the root, its date as part of the
    subject after it: the verb is the root, "dated" describes the document, the date is its own."""
    for dated in doc:
        if dated.lower_ != "dated" or dated.dep_ != "ROOT":
            continue
        paper = next((c for c in dated.children if c.dep_ == "obl" and c.i < dated.i and case_of(c) == "in" and
                      c.left_edge.i == dated.sent.start), None)
        comma = next((t for t in doc[dated.i + 1:dated.sent.end] if t.text == ","), None)
        verb = next((c for c in dated.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.pos_ == "VERB" and
                     comma is not None and c.i > comma.i and
                     any(s.dep_ in ("nsubj", "nsubj:pass") and s.i > comma.i for s in c.children)), None)
        if paper is None or verb is None:
            continue
        date = [t for t in doc[dated.i + 1:comma.i]]
        if not date or not any(is_date_word(t) or t.like_num for t in date):
            continue
        top = next((t for t in date if not dated.i < t.head.i < comma.i), None)  # the date's own head
        if top is None or sum(1 for t in date if not dated.i < t.head.i < comma.i) != 1:
            continue
        edits = [(verb, verb, "ROOT"), (paper, verb, "obl"), (dated, paper, "acl"), (top, dated, "obl:unmarked"),
                 (comma, verb, "punct")]
        edits += [(c, verb, c.dep_) for c in dated.children if c.i > comma.i and c.i != verb.i]
        apply_edits(dated.sent, edits)
    return doc


def counts_read_into_dates(doc: Doc) -> Doc:
    """"On 12 May 935/flat>May bombers ..." with the count after an opening date read as part of the
    date (a year): a number after the month that is no year counts the plural noun after it; the
    date is the verb's time (or the root's, for repairs that find the verb later), the noun the
    verb's subject where it has none."""
    for sent in doc.sents:
        k = sent.start
        if k + 4 >= sent.end or doc[k].lower_ not in ("on", "in", "by") or not doc[k + 1].like_num or \
                doc[k + 2].lower_.rstrip(".") not in MONTHS or not doc[k + 2].is_title:
            continue
        prep, day, month, count, noun = doc[k], doc[k + 1], doc[k + 2], doc[k + 3], doc[k + 4]
        if not count.like_num or (len(count.text) == 4 and count.text.isdigit()) or noun.tag_ not in ("NNS", "NNPS") or \
                count.head.i == noun.i:
            continue
        verb = noun.head if noun.dep_ != "ROOT" else noun
        edits = [(count, noun, "nummod"), (day, verb, "obl"), (prep, day, "case"), (month, day, "nmod:unmarked")]
        if verb.pos_ in ("VERB", "AUX") and noun.dep_.startswith("obl") and \
                not any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in verb.children):
            edits.append((noun, verb, "nsubj"))
        apply_edits(sent, edits)
    return doc


def months_read_as_subjects_after_days(doc: Doc) -> Doc:
    """"Portal's letter/ROOT of 5/nmod>letter November/nsubj:pass>drafted was drafted by Bufton", "The
    report/ROOT for the week ending 30/obj>ending September/nsubj:pass>circulated was circulated/relcl>30":
    the month of a date inside a noun phrase read as the next verb's subject is the day's, and the
    noun at the top of the phrase is the verb's subject where the verb has none other (and the
    verb, if it hung inside the phrase, the root)."""
    for month in doc:
        k = month.i
        if month.lower_.rstrip(".") not in MONTHS or not month.is_title or not month.dep_.startswith("nsubj") or \
                k < 3 or month.head.i <= k or month.head.pos_ not in ("VERB", "AUX"):
            continue
        day, verb = doc[k - 1], month.head
        if not day.like_num or day.head.i >= day.i or day.dep_ not in ("nmod", "obj", "obl", "nummod"):
            continue
        top = day.head
        while top.head.i != top.i and top.head.i < k and \
                top.dep_.startswith(("nmod", "acl", "obj", "obl", "compound", "amod")):
            top = top.head
        if top.pos_ not in ("NOUN", "PROPN") or top.i >= day.i:
            continue
        edits = [(month, day, "nmod:unmarked")]
        others = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl", "csubj")) and c.i != k]
        if not others and top.head.i == top.i:
            edits.append((top, verb, month.dep_))
            if verb.head.i != verb.i and verb.head.i < k:
                edits.append((verb, verb, "ROOT"))
        apply_edits(doc[min(top.sent.start, verb.sent.start):max(top.sent.end, verb.sent.end)], edits)
    return doc


def dates_read_into_content_clauses(doc: Doc) -> Doc:
    """"Doolittle told his commanders on 14 May/compound>target that/det>oil oil was to be the Eighth's
    main target/obl>told": a date before "that" read into the clause after it, with "that" made the
    determiner of the clause's subject: the date is the verb's, the clause what was said."""
    for that in doc:
        subj = that.head
        clause = subj.head
        k = that.i - 1
        # (the clause may hang on the date instead: "on 14 May/obl>told that/det>oil ... target/relcl>May")
        on_date = clause.head.i == k and clause.dep_ in ("acl:relcl", "relcl", "acl")
        verb = doc[k].head if on_date else clause.head
        if that.lower_ != "that" or that.dep_ != "det" or not subj.dep_.startswith("nsubj") or k < 1 or \
                not is_date_word(doc[k]) or doc[k].head.i != clause.i and not on_date or verb.i > k or \
                clause.i < that.i or base_word(verb) not in SAYING_LEMMAS or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        if apply_edits(that.sent, [(clause, verb, "ccomp"), (that, clause, "mark"), (doc[k], verb, "obl")]):
            that.tag_, that.pos_ = "IN", "SCONJ"
    return doc


def subjects_read_into_dated_openers(doc: Doc) -> Doc:
    """"After the raid of 21 June the Scholven plant/nmod>raid in Gelsenkirchen/nsubj produced nothing",
    "Following the raids of May the Germans/flat>May ordered", "After the attack of 12 May the Leuna
    works/ROOT in Merseburg was idle": an opening phrase that ends with a date and is not set off by
    a comma, read together with the noun phrase after it. A determiner right after a date word opens
    a new phrase, so that phrase is the subject of the first finite verb after it, the opening
    phrase that verb's oblique, and the date the opening noun's."""
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in OPENING_PREPOSITIONS or first.pos_ not in ("ADP", "VERB", "SCONJ"):
            continue
        det = next((t for t in sent[2:] if t.lower_ in PHRASE_OPENERS and is_date_word(doc[t.i - 1])), None)
        if det is None or any(t.text in (",", ";", ":", "(", "-", "\u2014") for t in doc[sent.start:det.i]):
            continue
        k = det.i + 1
        while k < sent.end and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[k].tag_ == "POS"):
            k += 1
        if k == det.i + 1 or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        head = doc[k - 1]
        date = doc[det.i - 1]
        if head.dep_.startswith("nsubj") and first.head.i == head.i and date.head.i == head.i and \
                date.dep_ in ("nmod:poss", "compound", "nmod") and head.head.pos_ in ("VERB", "AUX"):
            # ("In/case>bombers October/nmod:poss>bombers the Fifteenth's bombers/nsubj hit": the subject is
            # right, the opening phrase read into it is the verb's)
            apply_edits(sent, [(date, head.head, "obl"), (first, date, "case")])
            continue
        if head.dep_.startswith("nsubj"):
            continue  # (a subject already: "On 1 November the Deputy Chiefs/nsubj of Staff, ..., issued")
        verb = next((t for t in doc[k:sent.end] if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or
                     t.pos_ == "VERB" and t.dep_ == "ROOT"), None)
        if verb is None or any(t.is_punct for t in doc[k:verb.i]):
            continue
        if verb.pos_ == "AUX" and verb.head.i > verb.i and verb.dep_ in ("aux", "aux:pass", "cop"):
            verb = verb.head
        opener = first.head if first.dep_ == "case" else None
        words = list(doc[first.i + 1:det.i])
        months = [t for t in words if t.lower_.rstrip(".") in MONTHS]
        dated = bool(months) and all(t.lower_.rstrip(".") in MONTHS or t.like_num for t in words)
        if dated:
            # ("On 7 July the 2nd Bombardment Division/nmod:unmarked>7 was tasked": the opening phrase is
            # the date itself, rebuilt on its month)
            opener = months[-1]
        elif opener is None or opener.i >= det.i or opener.pos_ not in ("NOUN", "PROPN"):
            continue
        edits = []
        if verb.head != verb:
            # (the verb becomes the root only where the subject's head was read as one: "the Leuna
            # works/ROOT in Merseburg was idle")
            if sent.root != head:
                continue
            edits += [(verb, verb, "ROOT")] + [(c, verb, c.dep_) for c in head.children if c.i > verb.i and c != verb]
        # (a "was" before a participle is its passive auxiliary, whatever the parser called it)
        be = [c for c in verb.children if c.dep_ == "cop" and c.lower_ in ("was", "were", "is", "are", "been", "be") and
              verb.tag_ == "VBN"]
        passive = bool(be) or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
        edits += [(head, verb, "nsubj:pass" if passive else "nsubj"), (opener, verb, "obl")]
        edits += [(c, verb, "aux:pass") for c in be]
        # the opening phrase's words hung on the subject: the date ("of 21 June") is the opener's
        strays = [t for t in doc[first.i:det.i] if t != opener and t.head.i >= det.i]
        if dated:
            edits += [(first, opener, "case")] + [(t, opener, "nummod") for t in words if t != opener]
        elif strays:
            months = [t for t in strays if t.lower_.rstrip(".") in MONTHS]
            date = months[-1] if months else strays[-1]
            if not all(is_date_word(t) or t.dep_ == "case" for t in strays):
                continue
            edits += [(date, opener, "nmod")] + [(t, date, "case" if t.dep_ == "case" else "nummod")
                                                  for t in strays if t != date]
        # the subject's own words; words between it and the verb hang on it ("in Gelsenkirchen")
        edits += [(t, head, t.dep_) for t in doc[det.i:head.i] if not det.i <= t.head.i <= head.i]
        for t in doc[head.i + 1:verb.i]:
            if t in be:
                continue
            if t.dep_ in ("aux", "aux:pass", "cop", "advmod", "punct") and t.head in (verb, sent.root):
                edits.append((t, verb, t.dep_))
            elif not head.i <= t.head.i < verb.i or t.head == head:
                edits.append((t, head, "nmod" if case_of(t) else t.dep_))
        apply_edits(sent, edits)
    return doc


def subjects_read_as_appositions_of_dates(doc: Doc) -> Doc:
    """"Early on 12 May/nsubj, 886 bombers/appos>May of the Eighth took off for Zwickau": a date read
    as the subject, with the phrase set off after it its apposition. A date is no subject: the phrase
    after the comma is, and the date is the verb's time."""
    for month in doc:
        v = month.head
        if not month.dep_.startswith("nsubj") or not is_date_word(month) or v.i < month.i or \
                v.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((a for a in month.children if a.dep_ == "appos" and a.i > month.i and a.pos_ in ("NOUN", "PROPN")
                     and doc[a.left_edge.i - 1].text == "," and a.right_edge.i < v.i), None)
        if subj is None:
            continue
        apply_edits(month.sent, [(subj, v, month.dep_), (month, v, "obl")])
    return doc


def verbs_read_as_heads_of_dates(doc: Doc) -> Doc:
    """"The attack on Magdeburg on/case>cost 28 May/compound>cost cost/nmod>attack the Eighth Air Force 32
    bombers": a verb with objects right after a date, read as the noun the date's phrase is on, is the
    sentence's verb; the noun phrase the parser made the root is its subject, and the date's phrase
    that noun's ("the attack on 28 May")."""
    for v in doc:
        n = v.head
        date = doc[v.i - 1] if v.i > 0 else None
        if v.pos_ != "VERB" or v.dep_.split(":")[0] not in ("nmod", "obl", "compound") or date is None or \
                date.head.i != v.i or date.lower_.rstrip(".") not in MONTHS or n.dep_ != "ROOT" or \
                n.pos_ not in ("NOUN", "PROPN") or n.i > v.i or \
                not any(c.dep_ in ("obj", "dobj", "iobj") and c.i > v.i for c in v.children):
            continue
        case = next((c for c in v.children if c.dep_ == "case" and c.i < date.i), None)
        if case is None:
            continue
        edits = [(v, v, "ROOT"), (n, v, "nsubj"), (date, n, "nmod"), (case, date, "case")]
        edits += [(c, date, "nummod" if c.like_num else c.dep_) for c in v.children
                  if case.i < c.i < date.i]
        edits += [(c, v, c.dep_) for c in n.children if c.i > v.i]
        apply_edits(v.sent, edits)
    return doc


def subjects_hung_on_opening_months(doc: Doc) -> Doc:
    """"Early in July the 3rd Air Division/nmod>July was tasked with ...", "Early in July No. 5
    Group/obl>Early was tasked": the noun phrase right after an opening month (with its preposition,
    and maybe "early"/"late" before it), hung on the month or its opener, is the subject of the verb
    after it when that verb has none."""
    for sent in doc.sents:
        months = [t for t in sent[:4] if t.lower_.rstrip(".") in MONTHS and t.is_title]
        if not months or sent.start + 1 >= sent.end:
            continue
        month = months[0]
        if not any(t.lower_ in OPENING_PREPOSITIONS for t in doc[sent.start:month.i]) or \
                any(not (t.lower_ in OPENING_PREPOSITIONS or t.like_num) for t in doc[sent.start:month.i]):
            continue
        k = month.i + 1
        if k >= sent.end or not (doc[k].lower_ in ("the", "no.") or doc[k].pos_ == "PROPN" and doc[k].is_title):
            continue
        # the phrase's head: up its plain words to the first that hangs outside them
        x = doc[k]
        while x.head.i > x.i and x.dep_ in ("det", "amod", "compound", "nummod", "flat") and x.head.i < sent.end:
            x = x.head
        opener = {t.i for t in doc[sent.start:month.i + 1]}
        if x.pos_ not in ("NOUN", "PROPN") or x.head.i not in opener or \
                x.dep_ not in ("nmod", "obl", "appos", "conj", "flat", "compound", "nmod:unmarked", "dep"):
            continue
        nxt = x.right_edge.i + 1
        if nxt >= sent.end:
            continue
        verb = doc[nxt]
        while verb.dep_.startswith("aux") and verb.head.i > verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or month.head.i != verb.i and verb not in month.ancestors or \
                any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
            continue
        passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
        apply_edits(sent, [(x, verb, "nsubj:pass" if passive else "nsubj")])
    return doc
