"""Scheme-neutral views of a dependency parse.

The shipped pipeline is trained on Universal Dependencies (``obj``, ``obl``/``nmod`` with a
``case`` child, ``nmod:poss``); spaCy's own English pipelines use ClearNLP labels
(``dobj``, ``prep`` → ``pobj``, ``poss``). Relation patterns ask these functions instead of
reading labels, so they work with either kind of ``--model``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from .dates import MONTHS

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

SUBJ = {"nsubj", "csubj"}
RELATIVE = {"who", "which", "that", "whom"}
# what one asks for leave to do ("asked for permission to attack oil"), or is given ("authority to repair the plants")
PERMISSION_NOUNS = {"permission", "leave", "authority", "approval", "authorization", "authorisation", "clearance",
                    "consent", "sanction", "power", "powers", "mandate"}
PASS_SUBJ = {"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"}
OBJ = {"obj", "dobj"}
POSS = {"nmod:poss", "poss"}
# words for a formation of a larger force ("No. 205 Group of the RAF": the group, then the RAF)
FORMATION_WORDS = {"group", "groups", "wing", "wings", "squadron", "squadrons", "command", "force", "forces",
                   "division", "divisions"}
# verbs of wishing whose small clause calls for something ("wanted the heavy bombers kept on the railways")
WISHING_VERBS = {"want", "wish", "prefer", "like", "need"}
# verbs that link a subject to what it is or becomes ("the situation had become critical")
LINKING_VERBS = {"become", "remain", "stay", "seem", "appear", "prove", "grow", "look", "sound"}
# verbs that give a person a post ("appointed Geilenberg Commissioner-General", "was named Deputy ...")
APPOINT_VERBS = {"appoint", "name", "make", "nominate", "promote", "elect", "install"}
# verbs by which a subject comes to be (or stays) what the noun after them says ("had become a firm supporter")
BECOMING_VERBS = {"become", "remain"}
NEG_WORDS = {"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor", "cannot", "hardly", "scarcely",
             "barely"}
# Words that put whatever they govern out of the real world: "unable to engage",
# "refused to attack", "failed to hit", "would have", "instead of", ...
NEG_GOVERNORS = {"unable", "unwilling", "fail", "refuse", "decline", "reluctant", "impossible", "avoid",
                 "cease", "stop", "hesitate", "without", "instead", "rather", "forbid", "prevent", "prohibit"}


def is_date_word(t: Token) -> bool:
    """A number or a month name ("28", "May", "Sept."): a word of a date, never a name."""
    return t.like_num or t.lower_.rstrip(".") in MONTHS


def closing_attribution_subject(v: Token) -> Token | None:
    """"... hit the refinery near Vienna, the War Department announced." parsed with the
    department an apposition of Vienna and "announced" coordinated with "hit": a verb that
    ends the sentence with no subject of its own, right after a noun phrase set off by a
    comma, has that noun phrase as its subject."""
    doc = v.doc
    if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.i >= 2 and v.head.i < v.i and \
            v.head.pos_ in ("NOUN", "PROPN") and v.head.dep_ in ("conj", "appos", "dep", "parataxis") and \
            not any(c.dep_ in SUBJ | PASS_SUBJ | OBJ for c in v.children) and \
            not any(t.is_punct for t in doc[v.head.i:v.i]) and \
            not any(not t.is_punct for t in doc[v.i + 1:v.sent.end]):
        # (or with the verb read as a participle on the noun phrase: "..., the Ministry of Economic Warfare
        # estimated/acl>Ministry.")
        first = first_word(v.head)
        return v.head if first > v.sent.start and doc[first - 1].text == "," else None
    if v.dep_ != "conj" or v.i < 2 or any(c.dep_ in SUBJ | PASS_SUBJ for c in v.children) or \
            any(not t.is_punct for t in doc[v.i + 1:v.sent.end]):
        return None
    np = doc[v.i - 1]
    while np.head.i != np.i and np.head.i < v.i and np.dep_ in ("compound", "flat", "amod") and np.head.i > np.i:
        np = np.head
    if np.pos_ not in ("NOUN", "PROPN") or np.right_edge.i != v.i - 1:
        return None
    first = first_word(np)  # (the comma may hang on the noun)
    return np if first > v.sent.start and doc[first - 1].text == "," else None


def misread_main_verb(v: Token) -> bool:
    """"Bomber Command struck Bochum" parsed as a name with a participle ("struck/VBN" an acl
    of "Command", "Bochum" its xcomp): a participle right after a name that heads the whole
    sentence, or that carries the clause's "while"/"when" (a noun takes no such marker), with
    a name or noun after it and no "by" is the clause's finite verb."""
    if v.dep_ != "acl" or v.tag_ != "VBN" or v.head.i != v.i - 1 or not (
            v.head.pos_ == "PROPN" or v.head.pos_ == "NOUN" and v.head.text[:1].isupper()):
        return False
    head = v.head
    if not (head.dep_ == "ROOT" or any(c.dep_ == "mark" for c in head.children)):
        return False
    if any(case_of(c) == "by" or c.dep_ in ("obl:agent", "agent") for c in v.children):
        return False
    if head.dep_ == "ROOT" and head.pos_ == "PROPN" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].text != ",":
        return True  # "Bottomley agreed and wrote to Harris": the sentence has no other verb
    return any(c.dep_ in ("xcomp", "obj", "dobj") and c.i > v.i and c.pos_ in ("PROPN", "NOUN") for c in v.children)


def is_passive(v: Token) -> bool:
    """A passive auxiliary, or a passive subject with no object (taggers mislabel subjects)."""
    deps = {c.dep_ for c in v.children}
    if v.dep_ == "acl" and v.tag_ == "VBN" and not deps & OBJ:
        # (a participle on a noun has no subject of its own: "It was not until 12 May that the Eighth
        # Air Force/nsubj struck/VBN/acl>May at the plants" is a clause, active)
        # (but one with an agent is passive, whatever else the parser hung on it: "the Survey's
        # economists/nsubj, led by Galbraith, ...")
        return ("nsubj" not in deps or any(case_of(c) == "by" for c in v.children)) and not misread_main_verb(v)
    if deps & {"aux:pass", "auxpass"}:
        return True
    if v.tag_ == "VBN" and "obl:agent" in deps and not deps & (OBJ | {"aux"}):
        return True  # "the Fifteenth Air Force, commanded by Twining, ..." (subject labelled active)
    if v.tag_ == "VBN" and v.dep_ in ("parataxis", "appos") and v.i > 0 and v.doc[v.i - 1].text == "," and \
            not deps & (OBJ | SUBJ | {"aux"}) and any(case_of(c) == "by" for c in v.children):
        return True  # "The lists, drawn/parataxis up by Bufton's deputy, ...": its noun is what was drawn up
    if v.dep_ == "ROOT" and "aux" not in deps and "iobj" in deps:
        return False  # "Eisenhower instructed/VBN Tedder to ...": a main verb with no auxiliary and an object
    if v.dep_ == "conj" and v.head.i < v.i and not deps & (OBJ | SUBJ | PASS_SUBJ | {"aux"}) \
            and v.head.tag_ == "VBN" and is_passive(v.head) and (
                v.tag_ == "VBN" or v.tag_ == "VBD" and any(case_of(c) in ("to", "by") for c in v.children)):
        # "was signed by Bottomley and sent to Harris": the participle shares the auxiliary (also
        # tagged a past tense, with its "to" or "by" phrase: "was drafted by Keitel and sent/VBD to Speer")
        return True
    if not deps & {"aux", "aux:pass", "auxpass", "cop"} and any(
            c.dep_ in PASS_SUBJ and c.lower_ in ("who", "which", "that") for c in v.children):
        return False  # "It was Spaatz who first pressed/VBN for ...": a relative subject with no auxiliary
    return bool(deps & PASS_SUBJ) and not deps & OBJ


def _excluded_conjunct(c: Token) -> bool:
    """"Cologne rather than Leuna", "Cologne instead of Leuna", "Cologne, not Leuna": a
    conjunct set against the others, not added to them."""
    # (but "not only by Harris but also by Tedder" adds him)
    return any((x.dep_ in ("cc", "advmod") and x.lower_ in ("rather", "instead", "not")) and
               not (x.lower_ == "not" and x.i + 1 < len(x.doc) and x.doc[x.i + 1].lower_ in ("only", "just", "merely"))
               for x in c.children)


def set_against(t: Token) -> list[Token]:
    """What a phrase or verb is set against ("attacking cities rather than oil plants", "attacking
    cities instead of oil": the oil plants, oil): the conjuncts of ``t`` excluded from it, and for a
    verb its "instead of" / "rather than" phrases."""
    out = [c for c in t.children if c.dep_ == "conj" and _excluded_conjunct(c)]
    if t.pos_ in ("VERB", "AUX"):
        for o in [c for c in t.children if c.dep_ in ("obj", "dobj")]:
            out += [c for c in o.children if c.dep_ == "conj" and _excluded_conjunct(c)]
        out += [c for c in t.children if c.dep_.startswith(("obl", "nmod", "advcl")) and any(
            x.lower_ in ("instead", "rather") and x.dep_ in ("case", "advmod", "mark", "cc") and x.i < c.i
            for x in c.children)]
    return out


def _apposition_read_as_conjunct(t: Token, c: Token) -> bool:
    """"Lord Cherwell, Churchill's scientific adviser, doubted ..." with the adviser a conjunct of
    the name: a lone common noun with a possessor or determiner, no conjunction, set off by a
    comma right after a name, describes the name."""
    return c.pos_ == "NOUN" and t.pos_ == "PROPN" and c.i > t.i and len(t.conjuncts) == 1 and \
        not any(x.dep_ == "cc" for x in c.children) and \
        comma_before(c) and \
        any(x.dep_ in ("nmod:poss", "det") and x.i < c.i for x in c.children)


# a numbered ordinal: "1st", "8th" ("the 8th Air Force", "the 1st and 3rd Bombardment Divisions")
NUMBERED_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
# nouns of meaning to do something, whose denial denies the doing ("no intention of attacking")
INTENT_WORDS = {"intention", "thought", "idea", "plan", "wish", "desire", "question", "prospect", "hope"}
# nouns of a course put forward, whose "for"/"of" gerund is proposed, not done ("the plan for attacking ...")
PROPOSAL_WORDS = {"proposal", "scheme", "programme", "program", "case", "argument", "recommendation", "project"}
# nouns of an order on which someone acts ("replied to Harris on Portal's instructions"): the mention
# finder makes no paper of them, the relations an order (not "under Eisenhower's direction", which
# places something in his charge)
ORDER_NOUNS = {"instruction", "order", "behest"}
# participles used as prepositions ("the plants, including Leuna"), which the tagger keeps as verbs
PARTICIPLE_PREPOSITIONS = {"including", "excluding", "concerning", "regarding", "following", "notwithstanding"}
# verbs of going somewhere, which take no object
GOING_VERBS = {"go", "fly", "come", "return", "travel"}
# what bombs: "Twining's bombers returned to Blechhammer" (the force going back to a target attacks it)
AIRCRAFT_NOUNS = {"bomber", "bombers", "aircraft", "heavies", "lancaster", "lancasters", "fortress", "fortresses",
                  "liberator", "liberators", "mosquito", "mosquitoes", "halifax", "halifaxes", "plane", "planes"}
# counts written as words ("two plants, Leuna and Pölitz"; "eleven synthetic plants")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

# compass words that open a place phrase ("south of Leipzig")
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north-east", "north-west", "south-east", "south-west"}


def conjuncts(t: Token) -> list[Token]:
    """The token and its coordinated siblings ("Leuna and Pölitz")."""
    out = [t]
    for c in t.conjuncts:
        if _apposition_read_as_conjunct(t if t.i < c.i else c, c if t.i < c.i else t):
            continue
        # ("Doolittle's Eighth Air Force and Harris's Bomber Command dropped ..." with "Harris's"
        # a conjunct: a word marked with 's is a possessor, never an argument of its own)
        if c not in out and not _excluded_conjunct(c) and not any(x.tag_ == "POS" for x in c.children):
            out.append(c)
    # "the Eighth and Fifteenth Air Forces": the first name is a compound of the shared tail
    # (also "the Fifteenth Air Force/compound and No./conj 205 Group" with the second name's head the head)
    out += [c for c in t.children if c.dep_ == "compound" and c.i < t.i and (c.pos_ == "PROPN" or c.tag_ == "NNP")
            and any(x.dep_ == "conj" and x.i < t.i for x in c.children) and c not in out and
            (t.tag_ == "NNPS" or t.text[:1].isupper() and any(x.dep_ == "conj" and x.text[:1].isupper()
                                                             for x in c.children))]
    # ("the 1st/amod and 3rd Bombardment Divisions": numbered ones)
    out += [c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i and NUMBERED_ORDINAL.match(c.text) and
            any(x.dep_ == "conj" and x.i < t.i and NUMBERED_ORDINAL.match(x.text) for x in c.children) and c not in out and
            t.text[:1].isupper() and t.tag_ in ("NNS", "NNPS")]
    if len(out) > 1:
        # "Zwickau, Merseburg, Brüx and Böhlen": the parser may read the second name of a list
        # as an apposition of the first
        first_conj = min(c.i for c in out[1:])
        out += [c for c in t.children if c.dep_ == "appos" and t.i < c.i < first_conj and
                (c.pos_ == "PROPN" or c.tag_ in ("NNP", "NNPS")) and c not in out]
    return out


def denied_member(t: Token) -> bool:
    """A member of a coordination that "not" denies: "Portal" in "not by Portal but by his deputy"
    and in "Bottomley, not Portal, ..." (the others stand)."""
    doc = t.doc
    # (but "not only by Harris but also by Tedder": both)
    return any(c.dep_ in ("advmod", "neg") and c.lower_ == "not" and c.i < t.i and
               doc[c.i + 1].lower_ not in ("only", "merely", "just", "simply") for c in t.children) and (
        t.dep_ in ("conj", "appos") or any(x.dep_ == "conj" for x in t.children))


def _beyond_month(t: Token) -> Token | None:
    """``t`` itself, unless it is a month: then the name the parser hung on it ("October/obl
    Portal/flat"), or None for a bare month."""
    if t.lower_.rstrip(".") not in MONTHS:
        return t
    return next((x for x in t.children if x.dep_ in ("flat", "compound") and x.i > t.i and x.pos_ == "PROPN"), None)


def _capitalised_case(s: Token) -> list[Token]:
    """"Under/case Secretary of War Robert P. Patterson told ...": a capitalised "preposition"
    right before a capitalised word opens a title, so the subject is still ``s``."""
    case = next(x for x in s.children if x.dep_ == "case")
    doc = s.doc
    if case.i < s.i and case.text[:1].isupper() and case.i + 1 < len(doc) and doc[case.i + 1].text[:1].isupper() \
            and not any(x.dep_ == "fixed" for x in case.children):  # (not "According to Speer")
        return [s]
    return []


# verbs that put someone in a post or place: the one put there does what it is for ("was sent to command")
POSTING_VERBS = {"appoint", "send", "move", "post", "transfer", "bring", "name", "choose", "select", "assign",
                 "detail", "promote", "recall", "dispatch", "call", "summon", "shift"}


# verbs that make their object do the infinitive's deed, which then is done ("forced Bomber Command to attack it")
FORCING_VERBS = {"force", "compel", "oblige"}


def subjects(v: Token) -> list[Token]:
    """Active subjects, inherited through xcomp control and verb coordination."""
    closing = closing_attribution_subject(v)
    if closing is not None:
        return conjuncts(closing)
    seen: set[int] = set()
    cur: Token | None = v
    posted = False  # (whether ``cur`` is a passive verb of posting someone that ``v`` is the purpose of)
    while cur is not None and cur.i not in seen:
        seen.add(cur.i)
        if misread_main_verb(cur):  # (also for a verb coordinated with it: "Bottomley agreed and wrote")
            return conjuncts(cur.head)
        # ("Eaker, who had been moved from the Eighth to command the Mediterranean Allied Air
        # Forces": the one posted does the infinitive)
        subs = [c for c in cur.children if c.dep_ in SUBJ or (c.dep_ in PASS_SUBJ and (not is_passive(cur) or posted))]
        if subs and subs[0].lower_ in RELATIVE and (cur.dep_ in ("acl:relcl", "relcl", "advcl:relcl") or (
                cur.dep_ in ("advcl", "acl", "ccomp") and cur.head.pos_ == "PROPN" and cur.head.i < subs[0].i)):
            # (a cleft, "It was Spaatz who pressed for ...", parsed with the clause as advcl of the name)
            # "Tedder, who favoured ...": the relative stands for Tedder
            ante = relative_antecedent(subs[0], cur.head)
            if ante.dep_ == "conj" and any(c.dep_ == "case" and c.i < ante.i for c in ante.children):
                return [ante]  # ("to the Chiefs of Staff and to Spaatz, who replied": a phrase of its own)
            return conjuncts(ante)
        # a subject never takes a preposition: "According to Speer, the Eighth Air Force had hit
        # Pölitz" parsed with "Speer" the subject and the force its apposition
        subs = [a for s in subs for a in ([x for x in s.children if x.dep_ == "appos"] or _capitalised_case(s)
                                          if any(x.dep_ == "case" for x in s.children) else [s])]
        # "On 19 October Portal informed Harris" parsed with "October" the subject and Portal its flat
        subs = [_beyond_month(s) or s for s in subs]
        if subs:
            return [s2 for s in subs for s2 in conjuncts(named_by_comma(s) or s)]
        # "X, commanded by Y, struck Z" parsed with X as the subject of the participle
        # ("Portal, writing again on 8 January, reminded ..." with Portal the subject of "writing")
        stolen = [s for c in cur.children if c.dep_ == "advcl" and c.i < cur.i and c.tag_ in ("VBN", "VBG")
                  for s in c.children if s.dep_ in SUBJ | PASS_SUBJ and s.i < c.i and
                  (c.tag_ == "VBN" or cur.doc[c.left_edge.i - 1].text == "," or
                   any(t.text == "," for t in cur.doc[s.right_edge.i + 1:c.i]))]
        if stolen and cur.pos_ == "VERB":
            return conjuncts(stolen[0])
        # a capitalised name before the verb that the tagger took for an adjective or an
        # adverbial ("Portal criticized Harris" with sentence-initial "Portal" as ADJ)
        lost = [c for c in cur.children if c.i < cur.i and c.dep_ in ("obl:unmarked", "obl:npmod", "npadvmod", "dep",
                                                                        "nmod:unmarked", "amod", "advmod")
                and c.text[:1].isupper() and c.pos_ in ("PROPN", "ADJ", "NOUN")
                and not any(x.dep_ == "case" for x in c.children)]
        # (a month is no name: "On 19 October/obl:unmarked Portal/flat criticized ..." has Portal)
        lost = [x for x in map(_beyond_month, lost) if x is not None]
        if lost and cur.pos_ == "VERB":
            return conjuncts(lost[0])
        # "In the spring of 1944 Spaatz persuaded ...", "In a memorandum of 28 July Speer told":
        # the name right before the verb was read into the date's phrase
        # ("On 7 July the Fifteenth Air Force sent ...": the whole name)
        prev = cur.doc[cur.i - 1] if cur.i > 0 else None
        if prev is not None and prev.text == "," and cur.i > 1:
            # "On 12 January Tedder, the Deputy Supreme Commander, sent ...": the name before its apposition
            named = [t for t in cur.sent if t.i < cur.i and any(
                c.dep_ == "appos" and c.right_edge.i == cur.i - 2 and c.left_edge.i > t.i for c in t.children)]
            if not named:  # "... 1944 the Fifteenth Air Force, commanded by Twining, flew": before a set-off participle
                k = cur.i - 2
                while k > cur.sent.start and cur.doc[k].text != ",":
                    k -= 1
                if k - 1 > cur.sent.start and cur.doc[k + 1].tag_ in ("VBN", "VBG") and cur.doc[k - 1].pos_ == "PROPN":
                    named = [cur.doc[k - 1]]
            prev = named[0] if named else prev
        if prev is not None and cur.pos_ == "VERB" and cur.tag_ in ("VBD", "VBZ", "VBP") and \
                (prev.pos_ == "PROPN" or prev.tag_ in ("NNP", "NNPS")):
            start = _name_start(prev)
            if start - 1 > cur.sent.start and cur.doc[start - 1].lower_ == "the":
                start -= 1  # ("August 1944 the Fifteenth Air Force")
            before = cur.doc[start - 1] if start > cur.sent.start else None
            if before is not None and is_date_word(before) and (
                    start < prev.i or not any(c.dep_ in ("case", "det") and c.i == prev.i - 1 for c in prev.children)):
                return conjuncts(prev)
        if cur.pos_ == "VERB" and cur.dep_ in ("parataxis", "conj", "dep", "list") and cur.head.i < cur.i and \
                (cur.head.pos_ in ("PROPN", "NOUN") or cur.head.tag_ in ("NNP", "NNPS")) and \
                cur.head.dep_ in ("ROOT", "nsubj"):
            # "Tedder, who chaired X, supported the plan" parsed with "supported" hung on Tedder
            return [cur.head]
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in INTENT_WORDS and \
                cur.head.dep_ in OBJ and any(c.dep_ in ("mark", "case") and c.lower_ == "of" for c in cur.children):
            # ("Harris had no intention of abandoning ...": who has the intention does it)
            return subjects(cur.head.head)
        if cur.dep_ == "acl" and cur.tag_ == "VBG":
            # "Arnold, commanding the USAAF, ...": a present participle's subject is its noun
            # (but in "circulated a paper to the Chiefs proposing that ...", the thing sent to them)
            noun = _through_appos(cur.head)
            to_phrase = case_of(noun) == "to" and noun.dep_.startswith("obl") and noun.head.pos_ == "VERB"
            sent_thing = [o for o in noun.head.children if o.dep_ in OBJ and o.pos_ == "NOUN" and o.i < noun.i] \
                if to_phrase else []
            if case_of(noun) == "to" and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
                sent_thing = [noun.head]  # ("issued an order to the Eighth giving the oil targets priority")
            if to_phrase and not sent_thing:
                # ("he wrote to Spaatz approving the attacks": the writer approves)
                return subjects(noun.head)
            return conjuncts(sent_thing[0] if sent_thing else noun)
        has_obj = any(c.dep_ in OBJ and c.i > cur.i for c in cur.children)
        # ("The Ministry of Economic Warfare estimated/VBN/acl that ...": a that-clause right after the
        # name, with no comma, makes the participle finite; "Harris, told that ..." stays a participle)
        says = any(c.dep_ == "ccomp" for c in cur.children) and cur.i > 0 and not cur.doc[cur.i - 1].is_punct
        if cur.dep_ == "acl" and (cur.tag_ == "VBD" or cur.tag_ == "VBN" and (has_obj or says)):
            # "plants in Germany provided 70 percent": a finite verb the parser hung on its subject
            # (or on the subject's apposition: "Bottomley, the Deputy Chief, pressed for ...")
            return conjuncts(_through_appos(cur.head))
        if cur.dep_ == "ccomp":
            # "said the Eighth Air Force had bombed Leuna" with the subject hung on "said"
            lost = [c for c in cur.head.children if c.dep_ in ("iobj", "obj", "dobj", "dative")
                    and cur.head.i < c.i < cur.i and c.pos_ in ("PROPN", "NOUN")]
            if lost:
                return conjuncts(lost[-1])
        if cur.dep_ == "conj" and (named := _stray_conj_subject(cur)) is not None:
            return conjuncts(named)
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and any(c.lower_ == "for" and c.dep_ in ("mark", "case")
                                                             for c in cur.children):
            # "criticizing Bomber Command for dropping ...": who is blamed for a doing did it
            blamed = [o for o in cur.head.children if o.dep_ in OBJ and o.i < cur.i]
            if blamed:
                return conjuncts(blamed[0])
        if cur.dep_ in ("xcomp", "advcl", "csubj", "ccomp") and cur.head.lemma_.lower() == "take" and \
                any(c.lower_ == "to" for c in cur.children) and \
                any(c.lower_ == "it" and c.dep_ in SUBJ | {"expl"} for c in cur.head.children):
            # "It took Spaatz most of the spring to win Eisenhower over": Spaatz won him over
            doer = [c for c in cur.head.children if c.dep_ in OBJ | {"iobj"} and c.i < cur.i and
                    (c.pos_ == "PROPN" or c.tag_ == "NNP")]
            if doer:
                return conjuncts(doer[0])
        # ("Spaatz came to lunch; says/parataxis the Eighth will go back": a note's verb with its subject left out)
        noted = cur.dep_ == "parataxis" and cur.tag_ in ("VBZ", "VBD") and cur.head.pos_ == "VERB" and \
            cur.head.i < cur.i and cur.doc[cur.i - 1].text == ";"
        # (a perfect participle too: "ended the war having dropped more bombs on oil")
        if cur.dep_ == "xcomp" and lemma_in(cur.head, FORCING_VERBS) and any(c.lower_ == "to" for c in cur.children):
            # "which forced Bomber Command to attack it twice more": the one forced does it
            forced = [c for c in cur.head.children if c.dep_ in OBJ | {"iobj"} and c.i < cur.i]
            if forced:
                return conjuncts(forced[0])
        if cur.dep_ in ("xcomp", "conj") or noted or (cur.dep_ == "advcl" and (cur.tag_ == "VBG" or any(
                c.lower_ == "to" or c.lower_ == "having" and c.dep_ == "aux" and c.i < cur.i
                for c in cur.children))):  # "..., complaining that": the main subject
            posted = cur.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in cur.children) and \
                is_passive(cur.head) and cur.head.lemma_.lower() in POSTING_VERBS
            cur = cur.head
            # "appeared unwilling to engage" (but "Churchill was reluctant to approve": the adjective's subject)
            if (cur.dep_ in ("acomp",) or cur.pos_ == "ADJ") and not any(c.dep_ in SUBJ for c in cur.children):
                cur = cur.head if cur.head.i != cur.i else None
            continue
        break
    return []


def _stray_conj_subject(v: Token) -> Token | None:
    """"..., and its chief, Colonel Richard Hughes, wrote a paper" parsed with "chief" hung on
    "and" and "wrote" left without a subject: a named apposition between the conjunction and a
    coordinated verb is that verb's subject."""
    doc = v.doc
    cc = [t for t in doc[v.head.i + 1:v.i] if t.dep_ == "cc" and t.head.i == v.i]
    if not cc:
        return None
    for t in doc[cc[-1].i + 1:v.i]:
        if t.head.i in (cc[-1].i, v.i) and t.dep_ in ("dep", "obl:npmod", "nmod", "appos") and \
                t.pos_ in ("NOUN", "ADJ", "PROPN"):
            named = [a for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > t.i]
            if named:
                return named[0]
    return None


def _name_start(last: Token) -> int:
    """Where the name ending at ``last`` starts, with its article ("the Fifteenth Air Force"),
    stopping at a number or a month ("7 July | the Fifteenth Air Force")."""
    doc, k = last.doc, last.i
    while k - 1 > last.sent.start:
        t = doc[k - 1]
        if is_date_word(t) or not (
                t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS") or t.lower_ == "the"):
            break
        k -= 1
    return k


def whose_antecedent(whose: Token) -> Token | None:
    """The noun a "whose" stands for: the one its relative clause is on ("Zuckerman, whose paper ...";
    "returned to Ploesti, whose refineries had been repaired"); None when no relative clause holds it."""
    cur = whose.head
    while cur.head.i != cur.i and cur.dep_ not in ("acl:relcl", "relcl", "advcl:relcl"):
        cur = cur.head
    return relative_antecedent(whose, cur.head) if cur.head.i != cur.i else None


def relative_antecedent(rel: Token, head: Token) -> Token:
    """What a relative pronoun stands for: the parser's head, unless that is a verb or a common
    noun while a name stands right before the pronoun ("sent the report to Harris, who replied")."""
    # ("It was the RAF, not the Americans/nmod, that destroyed ...": read as a modifier too)
    if (head.dep_ == "conj" or head.dep_ in ("nmod", "appos") and comma_before(head)) and \
            _excluded_conjunct(head) and head.head.i < head.i:
        return head.head  # "It was Tedder, not Spaatz, who proposed ...": the one set against it
    # "The refineries at Vienna, Moosbierbaum and Korneuburg, which together supplied ...": after a
    # list of the places of a plural noun, the relative is the noun's
    if head.dep_.startswith("nmod") and case_of(head) in ("at", "in", "near") and len(conjuncts(head)) > 1 and \
            head.head.tag_ in ("NNS", "NNPS") and head.head.i < head.i:
        return head.head
    # "No. 205 Group of the RAF, which flew Wellingtons": the formation, not the force it belongs to
    if case_of(head) == "of" and head.head.i < head.i and head.head.lower_ in FORMATION_WORDS and \
            head.head.pos_ in ("NOUN", "PROPN") and head.head.text[:1].isupper():
        return head.head
    # "Portal's letter of 8 January, which Bufton had drafted": a date names no thing; the noun it dates
    cur = head
    while is_date_word(cur) and cur.dep_.startswith("nmod") and cur.head.i < cur.i and cur.head.i != cur.i:
        cur = cur.head
        if not is_date_word(cur):
            if cur.dep_ == "nmod" and case_of(cur) in ("to", "from") and cur.head.pos_ == "NOUN" and \
                    cur.head.i < cur.i:
                cur = cur.head  # ("Bottomley's directive to Harris of 13 October, which Bufton had drafted")
            return relative_antecedent(rel, cur)
    if _excluded_conjunct(head) and head.i < rel.i:
        # "It was not Spaatz but Eaker who first suggested ...": the one after "but"
        but = [c for c in head.children if c.dep_ == "conj" and c.i < rel.i and
               any(x.dep_ == "cc" and x.lower_ == "but" for x in c.children)]
        if but:
            return but[-1]
    # "Pölitz, the largest of the Baltic plants, which lay on the Oder": the one singled out
    # by the superlative (the name set off before it), not the group
    sup = head.head if case_of(head) == "of" else None
    if sup is not None and sup.tag_ == "JJS" and sup.i < head.i:
        k = sup.i - 1
        while k >= 0 and rel.doc[k].pos_ == "DET":
            k -= 1
        if k > 0 and rel.doc[k].text == "," and (rel.doc[k - 1].pos_ == "PROPN" or rel.doc[k - 1].tag_ == "NNP"):
            return rel.doc[k - 1]
    k = rel.i - 1
    while k >= 0 and rel.doc[k].is_punct:
        k -= 1
    prev = rel.doc[k] if k >= 0 else None
    if prev is None or prev.i == head.i:
        return head
    named = (prev.pos_ == "PROPN" or prev.tag_ in ("NNP", "NNPS")) and not is_date_word(prev)  # (a month is no name)
    if head.pos_ in ("VERB", "AUX") and prev.pos_ in ("NOUN", "PROPN"):
        return prev
    # (but "The Romanian refineries at Ploesti, which supplied ...": a plural's place phrase, the plural)
    # (nor "a new directive for Harris, which put oil first": a "which" after the one a thing is for, to
    # or from, who is a person, is the thing)
    # (nor "The Astra Romana refinery at Ploesti, which had supplied ...": a named one's place phrase, the
    # named one)
    if named and head.pos_ == "NOUN" and not (head.pos_ == "PROPN" or head.tag_ in ("NNP", "NNPS")) and \
            not (rel.lower_ in ("which", "that") and prev.head.i == head.i and case_of(prev) in ("at", "in", "near")
                 and (head.tag_ == "NNS" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children))) and \
            not (rel.lower_ == "which" and prev.head.i == head.i and case_of(prev) in ("for", "to", "from", "by")):
        return prev
    return head


# How parsers attach a name whose apposition they took for the subject.
_LOOSE_NAME_DEPS = {"vocative", "dep", "nsubj", "npadvmod", "obl:npmod", "discourse", "parataxis", "appos"}


def _comma_sibling(n: Token, later: bool) -> Token | None:
    """The noun phrase that the parser made a sibling of ``n`` but that is its apposition
    (``later``) or the name it describes: "Doolittle, commander of the Eighth Air Force, sent ..."
    parsed with "Doolittle" as a vocative and "commander" as the subject of "sent"."""
    doc = n.doc
    for c in n.head.children:
        if c.i == n.i or c.head.i == c.i or (c.i > n.i) != later:
            continue
        first, second = (n, c) if later else (c, n)
        gap = first.right_edge.i + (first.right_edge.text != ",")  # the comma may hang on either side
        if second.left_edge.i != gap + 1 or doc[gap].text != ",":
            continue
        if first.dep_ not in _LOOSE_NAME_DEPS or not (first.pos_ == "PROPN" or first.tag_ in ("NNP", "NNPS") or
                                                       first.text[:1].isupper() and first.i > first.sent.start):
            continue  # (a capitalised noun inside a sentence is a name's head: "the Enemy Objectives Unit/NN")
        last = second.right_edge  # the closing comma may hang on the apposition or follow it
        closed = last.text == "," or (last.i + 1 < len(doc) and doc[last.i + 1].text == ",")
        if second.pos_ == "NOUN" and closed and second.i < n.head.i:
            return c
    if later and (n.pos_ == "PROPN" or n.tag_ in ("NNP", "NNPS")):
        # "He was supported by Zuckerman, his scientific adviser.": a noun phrase after a
        # comma that ends the sentence, hung on the verb
        gap = n.right_edge.i + (n.right_edge.text != ",")
        for c in n.head.children:
            if c.i > n.i and c.pos_ == "NOUN" and c.dep_ in ("dep", "parataxis", "appos") and \
                    first_word(c) == gap + 1 and doc[gap].text == "," and \
                    all(t.is_punct for t in doc[c.right_edge.i + 1:c.sent.end]):
                return c
    return None


def named_by_comma(subject: Token) -> Token | None:
    """The name a subject post describes when the parser split the apposition ("Doolittle, commander of X, sent")."""
    if subject.pos_ != "NOUN":
        return None
    return _comma_sibling(subject, later=False)


def _through_appos(t: Token) -> Token:
    """The noun an apposition describes ("Bottomley" for "the Deputy Chief" in "Bottomley, the Deputy Chief")."""
    for _ in range(3):
        if t.dep_ != "appos" or t.head.i == t.i:
            break
        if any(c.text == ":" and t.head.i < c.i < t.i for c in t.children):
            break  # "Enclosure: draft directive prepared by ...": a heading and its entry, not one thing
        t = t.head
    return t


def _through_relatives(v: Token, args: list[Token]) -> list[Token]:
    """In a relative clause, a relative pronoun before the verb stands for the noun the clause
    follows ("the Committee, which Bufton chaired"; "the memorandum, which was sent to Portal")."""
    if v.dep_ not in ("acl:relcl", "relcl", "advcl:relcl") or not any(a.lower_ in RELATIVE and a.i < v.i for a in args):
        return args
    return [x for a in args for x in (_one_of(conjuncts(relative_antecedent(a, v.head))) if a.lower_ in RELATIVE
                                      else [a])]


def _one_of(nouns: list[Token]) -> list[Token]:
    """The nouns a relative clause is on, and what is said to be one of them ("The refinery at Misburg
    was one of the few plants that the Eighth attacked": the refinery too)."""
    head = nouns[0].head if nouns else None
    if nouns and case_of(nouns[0]) == "among" and any(c.dep_ == "cop" for c in nouns[0].children):
        # ("Romano Americana was among the plants that the Fifteenth destroyed": Romano Americana too)
        return nouns + [c for c in nouns[0].children if c.dep_ in ("nsubj", "nsubj:pass")]
    if head is None or nouns[0].dep_ != "nmod" or case_of(nouns[0]) != "of" or head.lower_ != "one" or \
            not any(c.dep_ == "cop" for c in head.children):
        return nouns
    return nouns + [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]


def passive_subjects(v: Token) -> list[Token]:
    # (a subject never takes a preposition: "The plant at Pölitz, near Stettin, was attacked"
    # parsed with "near Stettin" as a second subject)
    # (nor is a date one: "Portal's reply of 8 January/nsubj:pass was/aux written/acl by Bufton")
    subs = [s2 for c in v.children if c.dep_ in PASS_SUBJ and not any(x.dep_ == "case" for x in c.children)
            and not is_date_word(c) for s2 in conjuncts(c)]
    subs = _through_relatives(v, subs)  # ("the memorandum, which was sent to Portal")
    aux = {c.dep_ for c in v.children} & {"aux", "aux:pass", "auxpass"}
    if not subs and v.tag_ == "VBN" and (not aux or aux & {"aux:pass", "auxpass"}):
        # a participle with an agent whose subject the parser labelled active, or a passive
        # ("was tasked with ...") whose subject it labelled active
        subs = [s2 for c in v.children if c.dep_ in SUBJ and c.i < v.i for s2 in conjuncts(c)]
    # ("The CSTC's weekly lists, drawn/parataxis up by Bufton's deputy, placed ...": set off by commas)
    set_off = v.dep_ in ("parataxis", "appos") and v.head.i < v.i and v.i > 0 and v.doc[v.i - 1].text == "," and \
        v.head.pos_ in ("NOUN", "PROPN") and any(case_of(c) == "by" for c in v.children)
    if not subs and (v.dep_ == "acl" or set_off) and v.tag_ == "VBN":  # "the plants attacked by the RAF"
        head = v.head
        before = v.doc[v.i - 2] if v.i > 1 and v.doc[v.i - 1].text == "," else None
        if before is not None and before.i != head.i and is_date_word(head) and \
                before.pos_ in ("PROPN", "NOUN"):
            head = before  # "Between April and August 1944 the Fifteenth Air Force, commanded by ..." hung on "April"
        elif before is not None and before.i != head.i and before.pos_ == "PROPN" and head.pos_ == "NOUN" and \
                any(c.dep_ == "cop" for c in head.children) and before in head.subtree:
            head = before  # "was the work of the Directorate of Bomber Operations, headed by Bufton" hung on "work"
        subs = conjuncts(_through_appos(head))
    if not subs and v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and v.head.i < v.i and is_passive(v):
        subs = passive_subjects(v.head)  # "The directive was signed by Bottomley and sent to Harris"
    if not subs and v.dep_ == "advcl" and v.tag_ == "VBN" and v.i < v.head.i and v.i > 0 and \
            v.doc[v.i - 1].text == "," and any(c.dep_ in SUBJ and c.i < v.i for c in v.head.children):
        # ("Portal's directive of 25 September, drafted/advcl by Bufton, gave ...": set off after the subject)
        subs = [c for c in v.head.children if c.dep_ in SUBJ and c.i < v.i]
    if not subs and v.dep_ == "advcl" and v.tag_ == "VBN" and v.i < v.head.i and v.i == v.sent.start and \
            any(t.text == "," for t in v.doc[v.right_edge.i:v.head.i]):
        subs = subjects(v.head)  # "Signed by Bottomley, it placed oil first": the directive was signed
    if not subs and v.dep_ in ("advcl", "xcomp") and v.tag_ == "VBN" and v.head.i < v.i and \
            any(c.lower_ == "only" for c in v.children) and any(c.lower_ == "to" for c in v.children):
        subs = subjects(v.head)  # "Leuna was producing again, only to be hit by the Eighth": Leuna was hit
    return subs


def direct_objects(v: Token) -> list[Token]:
    objs = [o2 for c in v.children if c.dep_ in OBJ for o2 in conjuncts(c)]
    objs = _through_relatives(v, objs)  # ("the Committee, which Bufton chaired")
    if not objs and v.dep_ in ("acl:relcl", "relcl") and (v.tag_ != "VBN" or any(
            c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in v.children) and not any(
            c.dep_ in ("aux:pass", "auxpass") for c in v.children)):
        # "Zuckerman's plan, which/obl Tedder adopted": a bare relative before its clause's
        # subject, with no preposition, is the object
        # (or a "whom" read as an adverb: "whom/advmod Spaatz had won over")
        objs = [o for c in v.children if (c.dep_.startswith("obl") or c.dep_ == "advmod" and c.lower_ == "whom") and
                c.lower_ in ("which", "whom") and
                c.i < v.i and not any(x.dep_ == "case" for x in c.children) and
                any(x.dep_ in SUBJ and c.i < x.i < v.i for x in v.children)
                for o in conjuncts(relative_antecedent(c, v.head))]
    if not objs and v.dep_ in ("acl:relcl", "relcl") and v.head.i < v.i and \
            any(x.dep_ == "nsubj" and v.head.i < x.i < v.i for x in v.children) and \
            not any(x.tag_ in ("WDT", "WP", "WRB") or x.lower_ in ("that", "where", "when") or
                    x.dep_ in ("ccomp", "xcomp", "aux:pass", "mark") for x in v.children) and \
            v.head.pos_ in ("NOUN", "PROPN") and not is_date_word(v.head):  # (no object: "the day the Eighth struck")
        # "the plants the Eighth bombed in May": a relative clause with no pronoun leaves its object
        # out; the noun it is on is that object
        objs = _one_of(conjuncts(v.head))
    if not objs and v.dep_ in ("acl:relcl", "relcl") and v.head.i < v.i and v.head.pos_ == "NOUN" and \
            any(x.lower_ == "that" and x.dep_ == "mark" and x.i == v.head.i + 1 for x in v.children) and \
            any(x.dep_ == "nsubj" and v.head.i + 1 < x.i < v.i for x in v.children) and \
            not any(x.dep_ in ("ccomp", "xcomp", "aux:pass") for x in v.children):
        # ("the reply that/mark Portal signed": a relative "that" read as a conjunction; the noun is the object)
        objs = _one_of(conjuncts(v.head))
    if not objs:
        # "The French railways were what Tedder wanted to destroy": a clause on a "what" that
        # something is said to be leaves its object to that something
        rel = v if v.dep_ in ("acl:relcl", "relcl") else v.head if v.dep_ == "xcomp" and \
            v.head.dep_ in ("acl:relcl", "relcl") else None
        what = rel.head if rel is not None else None
        if what is not None and what.lower_ == "what" and what.i < rel.i and \
                any(c.dep_ == "cop" for c in what.children) and \
                not any(c.dep_ in OBJ for c in rel.children if rel is not v):
            objs = [o for c in what.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < what.i
                    for o in conjuncts(c)]
    if not objs and v.dep_ == "conj" and v.head.pos_ == "VERB" and v.right_edge.i + 1 < len(v.doc) and \
            v.doc[v.right_edge.i + 1].text == "," and any(c.dep_ in SUBJ for c in v.children):
        # "Bufton drafted, and Bottomley signed/conj, the directive/obj>drafted": an object set off after
        # a second clause is both verbs'
        objs = [o2 for c in v.head.children if c.dep_ in OBJ and c.i > v.right_edge.i for o2 in conjuncts(c)]
    if not objs:  # "instructed Harris to ...": the person told is the object
        objs = [o2 for c in v.children if c.dep_ in ("iobj", "dative") and c.i > v.i for o2 in conjuncts(c)]
    if not objs:  # a nominal the parser attached as xcomp/oprd is still the object
        # (so is a quantity word with its "of" phrase: "supplied much/JJ of the gasoline")
        objs = [o2 for c in v.children if c.dep_ in ("xcomp", "oprd") and (c.pos_ in ("PROPN", "NOUN") or (
                c.pos_ in ("ADJ", "PRON", "DET") and c.i > v.i and any(case_of(x) == "of" for x in c.children)))
                for o2 in conjuncts(c)]
    # (nor on a verb of going, which takes none: "flew to Pölitz and found the plant undefended")
    if not objs and not any(c.dep_ == "ccomp" for c in v.children) and v.lemma_.lower() not in GOING_VERBS:
        # "put out and keep out of action the plants": the object hangs on a coordinated verb
        # (not on one with a subject of its own: "decided in favour of X, but he allowed Spaatz";
        # nor after a verb with a clause of its own: "answered that ... but would not weaken it";
        # nor on a verb with an auxiliary of its own, a clause of its own: "had never believed in the
        # oil plan and had attacked the plants")
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and \
                    not any(x.dep_ in SUBJ | PASS_SUBJ or x.dep_.startswith("aux") for x in c.children):
                objs += direct_objects(c)
    if not objs:
        # "had attacked Leuna/advmod and Pölitz reluctantly": a name right after a verb that has no
        # object is its object, whatever adverbial label the parser gave it (not a day or month)
        # (or a capitalised "adverb": "had recommended Leuna/RB as a primary target")
        objs = [o2 for c in v.children if c.i == v.i + 1 and (c.pos_ == "PROPN" or c.pos_ == "ADV" and
                                                              c.text[:1].isupper() and c.is_alpha) and
                c.dep_ in ("advmod", "npadvmod", "obl:npmod", "obl:unmarked", "dep") and
                c.lower_.rstrip(".") not in MONTHS and c.lower_ not in WEEKDAYS for o2 in conjuncts(c)]
    if not objs:
        # a noun never takes an object: one the parser hung on an oblique belongs to the verb
        for c in v.children:
            if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN"):
                objs += [o2 for cc in c.children if cc.dep_ in OBJ for o2 in conjuncts(cc)]
    if objs:
        objs += [o2 for c in stray_nominal_conjuncts(v) for o2 in conjuncts(c)
                 if o2 not in objs and o2.pos_ not in ("VERB", "AUX")]
    return objs


def stray_nominal_conjuncts(v: Token) -> list[Token]:
    """"to attack Blechhammer and Odertal in Silesia, and the plants at Brux" parsed with "the
    plants" coordinated with the verb that governs "attack": a noun does not coordinate with a
    verb, so it continues the object list of the last verb before it (``v`` when that is ``v``)."""
    heads = [v] + ([v.head] if v.dep_ in ("xcomp", "advcl", "ccomp") and v.head.i < v.i else [])
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.i < v.i or \
                    any(x.dep_ in SUBJ | PASS_SUBJ | {"cop"} or x.pos_ in ("VERB", "AUX") and
                        x.dep_ not in ("acl", "acl:relcl", "relcl") for x in c.children):
                continue
            last = max((t for t in h.subtree if t.i < c.i and t.pos_ == "VERB" and
                        (t.i == h.i or h in t.ancestors)), key=lambda t: t.i, default=None)
            if last is not None and last.i == v.i:
                out.append(c)
    return out


def case_of(t: Token) -> str:
    """The preposition(s) marking a nominal: 'to' for 'to Harris', 'out of' for 'out of action'."""
    # (a preposition the parser labelled "mark" on a nominal is still its case marker)
    own = [c.lower_ for c in t.children if _is_case(c) and c.i < t.i]
    if not own:
        # "by General Doolittle" parsed with "by" on the title (or "by/case>224 224 B-24s" on the count,
        # inside the phrase: not "By the spring of/case>1945 1945/nummod>Forces the Eighth ... Forces")
        for m in t.children:
            if m.i < t.i and (m.dep_ in ("nmod:desc", "compound", "flat", "amod") or m.dep_ == "nummod" and
                              not any(d.dep_ == "det" and d.i > m.i for d in t.children)):
                own = [c.lower_ for c in m.children if _is_case(c) and c.i < m.i]
                if own:
                    break
    if len(own) > 1 and own[0] == "than" and not any(
            x.lower_ in ("rather", "instead", "not") for c in t.children if _is_case(c) for x in [c, *c.children]) and \
            not any(x.lower_ in ("rather", "instead", "not") for x in t.doc[max(t.left_edge.i - 2, 0):t.left_edge.i]):
        own = own[1:]  # "more bombs on cities than on oil": the phrase compared is "on oil" (not "rather than on")
    return " ".join(own)


def last_word(t: Token) -> int:
    """The index of the last word of ``t``'s phrase, leaving out closing punctuation (the comma
    that sets it off may hang on it)."""
    return max((x.i for x in t.subtree if not x.is_punct), default=t.i)


def first_word(t: Token) -> int:
    """The index of the first word of ``t``'s phrase, leaving out opening punctuation (the comma
    that sets it off may hang on it)."""
    return min((x.i for x in t.subtree if not x.is_punct), default=t.i)


def comma_before(t: Token) -> bool:
    """Whether ``t``'s phrase is set off by a comma before it ("Portal, | the Chief of the Air Staff")."""
    k = first_word(t) - 1
    return k >= 0 and t.doc[k].text == ","


def comma_after(t: Token) -> bool:
    """Whether ``t``'s phrase is followed by a comma ("Sinclair, the Secretary of State for Air |,")."""
    k = last_word(t) + 1
    return k < len(t.doc) and t.doc[k].text == ","


def _is_case(c: Token) -> bool:
    # a preposition, even when tagged as the infinitive "to" (TO/PART) or labelled "mark" (also
    # both at once, on a noun: "Bufton's minute of 1 January to/TO/mark Bottomley"), or a
    # participle used as one ("the plants, including/VBG/case Leuna")
    # (or tagged a conjunction but labelled case: "as/SCONJ/case the enemy's weakest point")
    return c.dep_ in ("case", "mark") and (c.pos_ == "ADP" or c.dep_ == "case" and c.tag_ == "IN" or c.tag_ == "TO" and (
        c.dep_ == "case" or c.head.pos_ in ("NOUN", "PROPN") and c.head.i > c.i)) or \
        c.dep_ == "case" and c.tag_ == "VBG" and c.lower_ in PARTICIPLE_PREPOSITIONS


def coordinated(t: Token) -> list[Token]:
    """Conjuncts joined by a real conjunction ("Leuna and Pölitz"); a conj the parser made
    of a comma-separated afterthought ("..., issued by Bottomley") does not count."""
    group = conjuncts(t)
    if len(group) > 1 and not any(x.dep_ == "cc" for g in group for x in g.children):
        return [t]
    return group


def stray_agent(verb: Token) -> list[Token]:
    """"The directive prepared by Bufton was sent": the by-phrase right after a participle
    that the parser hung on the main verb as a second subject is the participle's agent."""
    doc, i = verb.doc, verb.i + 1
    if verb.tag_ == "VBN":
        # "were attacked twenty times between April and August by the Fifteenth Air Force" with
        # the by-phrase hung on the month: a time phrase takes no agent, the verb does
        times = [x for c in verb.children if c.dep_.startswith("obl") for x in c.subtree
                 if is_date_word(x)]  # ("nine times between May and December")
        for t in times:
            agents = [o for x in [t, *t.conjuncts] for p2, o in prep_objects(x) if p2 == "by"]
            # ("by the Eighth on 12 May and by Bomber Command/conj>May on 8 April": a conjunct of the date)
            agents += [c for c in t.conjuncts if case_of(c) == "by" and c not in agents]
            if agents:
                return agents
        # ("was attacked twenty-two times, twenty/conj by the Eighth and two by Bomber Command": a
        # share of the count set off after the verb, each with its agent)
        shares = [x for c in verb.children if c.like_num and c.dep_ in ("conj", "appos", "obl", "parataxis", "dep")
                  and c.i > verb.i for x in c.subtree if case_of(x) == "by" and x.head.like_num]
        if shares:
            return shares
    if verb.tag_ != "VBN" or i >= len(doc) or doc[i].lower_ != "by" or doc[i].dep_ != "case":
        return []
    noun = doc[i].head
    if noun.i > i and (noun.dep_ in SUBJ or noun.dep_ in PASS_SUBJ) and noun.head.i != verb.i:
        return list(coordinated(noun))
    return []


def prep_objects(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs attached to ``head``, in either scheme."""
    for c in head.children:
        if c.dep_ == "prep":  # ClearNLP
            for p in c.children:
                if p.dep_ == "pobj":
                    for p2 in coordinated(p):
                        yield c.lower_, p2
        elif c.dep_.split(":")[0] in ("obl", "nmod") and c.dep_ not in POSS:
            prep = case_of(c)
            # (not a phrase set against another: "on Essen rather/cc than on Leuna")
            if prep and not _excluded_conjunct(c):
                for c2 in coordinated(c):
                    yield prep, c2
        elif c.dep_ in ("obj", "dobj", "iobj", "appos") and c.i > head.i and case_of(c):
            # an object or apposition never takes a preposition: the label is wrong ("Pölitz,
            # near Stettin, ..." with "Stettin" an apposition)
            yield case_of(c), c
        elif c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield "by", p
        elif c.dep_ in ("xcomp", "advcl", "acl") and c.text[:1].isupper() and c.i > head.i and \
                any(m.lower_ == "to" and m.dep_ in ("mark", "aux", "case") for m in c.children):
            yield "to", c  # "replied to Saundby" misread as an infinitive
        elif c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > head.i:
            # "wrote to Harris expressing disappointment" misread as "to" marking "expressing"
            # with Harris its subject ("to" never marks a gerund)
            to = [m.i for m in c.children if m.lower_ == "to" and m.dep_ in ("mark", "aux", "case")]
            for s in c.children:
                if to and s.dep_ in SUBJ and s.left_edge.i == to[0] + 1 and s.i < c.i:
                    for s2 in coordinated(s):
                        yield "to", s2
        elif c.dep_ == "acl:relcl" and c.i > head.i:
            # "the works at Bottrop was burning" misread as a relative clause whose subject
            # is "at Bottrop": a subject never takes a preposition, so it modifies ``head``
            for s in c.children:
                if s.dep_.startswith("nsubj") and head.i < s.i < c.i and case_of(s):
                    for s2 in coordinated(s):
                        yield case_of(s), s2


def possessor(n: Token) -> Token | None:
    for c in n.children:
        if c.dep_ in POSS:
            return c
    return None


def appositions(n: Token) -> list[Token]:
    """Appositives: 'appos', and nouns set off by a comma that parsers label list/conj
    without a conjunction ("Eaker, commander of ...")."""
    out = []
    for c in n.children:
        if c.dep_ in ("appos", "list"):
            out.append(c)
        # (or amod: "General Arnold, commanding general/amod of the Army Air Forces,")
        elif c.dep_ in ("conj", "parataxis", "dep", "amod") and c.pos_ in ("NOUN", "PROPN") and c.i > n.i and \
                not any(x.dep_ == "cc" for x in c.children):
            first = first_word(c)
            if n.doc[first - 1].text == ",":
                out.append(c)
    split = _comma_sibling(n, later=True) if n.head.i != n.i else None
    if split is not None and split not in out:
        out.append(split)
    return out


# Modals that make a predicate hypothetical or advisory ("should attack", "would destroy").
NONFACTUAL_MODALS = {"should", "would", "might", "may", "could", "ought", "shall"}


# Verbs whose infinitive complement is intended, not done: "urged Harris to attack",
# "had to put out", "planned to bomb" (but "continued to bomb" is done).
NONFACTUAL_GOVERNORS = {"have", "need", "want", "plan", "try", "attempt", "intend", "hope", "propose", "urge",
                        "order", "ask", "decide", "agree", "expect", "wish", "seek", "prepare", "promise",
                        "threaten", "aim", "tell", "instruct", "direct", "persuade", "convince", "allow", "permit",
                        "press", "request", "require", "suggest", "recommend", "mean", "ought", "prefer", "like",
                        "favour", "favor", "demand", "insist", "hesitate", "refuse", "fail", "forget", "neglect",
                        "forbid", "prohibit"}


# Verbs whose gerund is not asserted: "advocated attacking the plants", "resisted bombing Leuna".
NONFACTUAL_GERUND_GOVERNORS = {"advocate", "favour", "favor", "propose", "suggest", "recommend", "urge", "oppose",
                               "dislike", "resist", "reject", "avoid", "consider", "contemplate", "discuss",
                               "debate", "prefer", "like", "hate", "fear", "postpone", "defer", "delay", "forbid",
                               "prohibit", "deplore", "envisage", "plan", "mean", "resent", "refuse", "dread"}


# Verbs whose that-clause is not asserted: "denied that", "doubted that", "it was rumoured that".
NONFACTIVE_CLAUSE_GOVERNORS = {"deny", "doubt", "rumour", "rumor", "hope", "wish", "fear", "suspect", "allege",
                               "speculate", "dispute", "question", "wonder", "imagine", "pretend", "guess"}


def lemma_in(t: Token, words: set[str]) -> bool:
    # the rule lemmatizer reads "hoped" as "hop" (histkg_silent_e mends that where the pipeline has the
    # lemmatizer's tables; a pipeline swapped in with --model may not): try the silent e too
    lemma = t.lemma_.lower()
    return lemma in words or (t.lower_.endswith("ed") and lemma + "e" in words)


def is_mandative(clause: Token) -> bool:
    """A clause that calls for something to be done: "that the bombers be turned", "that the
    bombing take/NN precedence" (a subjunctive, the parser's tag aside), "that oil should remain"."""
    auxes = [a for a in clause.children if a.dep_.startswith("aux") or a.dep_ == "cop"]
    modals = [a.lower_ for a in auxes if a.tag_ == "MD"]
    if modals:
        return modals[0] in ("should", "must", "shall", "ought")
    if not any(x.dep_ in SUBJ | PASS_SUBJ or x.dep_ == "mark" and x.lower_ == "that" for x in clause.children):
        return False
    if any(a.lower_ == "be" and a.i > 0 and a.doc[a.i - 1].lower_ != "to" for a in auxes):
        return True  # (the form decides, whatever the tag: "that they be/VBP continued")
    if any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes):
        return False  # "that the plants were destroyed": a report, not a call
    # (a plural verb form after a singular subject is a subjunctive: "that the destruction take/VBP")
    singular = any(x.dep_ in SUBJ and x.tag_ in ("NN", "NNP") for x in clause.children)
    return clause.tag_ in ("VB", "NN") or clause.tag_ == "VBP" and singular or any(a.tag_ == "VB" for a in auxes)


def must_is_a_task(v: Token) -> bool:
    """Whether "must" on ``v`` sets a task ("the Eighth must hit Harburg"), not a guess at a deed
    ("must have hit Harburg")."""
    return any(a.lower_ == "must" and a.dep_ == "aux" for a in v.children) and \
        not any(a.lower_ in ("have", "'ve") and a.dep_.startswith("aux") for a in v.children)


def is_hypothetical(t: Token) -> bool:
    """True for predicates under should/would/might/may/could, in an if-clause, the
    infinitive complement of a verb of intending or obliging, or the that-clause of a verb
    that does not assert it ("denied that ...")."""
    cur: Token | None = t
    for _ in range(4):
        if cur is None:
            break
        if cur.dep_ in ("xcomp", "advcl") and cur.head.i != cur.i and \
                lemma_in(cur.head, NONFACTUAL_GOVERNORS) and any(c.lower_ == "to" for c in cur.children):
            return True
        # (the parser may make it an adverbial clause: "disliked attacking/advcl Leuna")
        # (but not a participle set off by a comma: "opposed the plan, arguing that ...")
        if cur.tag_ == "VBG" and (cur.dep_ in ("xcomp", "ccomp", "obj", "dobj") or cur.dep_ == "advcl" and not any(
                c.dep_ == "mark" for c in cur.children) and not (
                    cur.left_edge.text == "," or cur.left_edge.i > 0 and cur.doc[cur.left_edge.i - 1].text == ",")) and \
                cur.head.i < cur.i and \
                lemma_in(cur.head, NONFACTUAL_GERUND_GOVERNORS):
            return True  # "Spaatz advocated attacking the plants": a stance, not a deed
        if cur.dep_ == "ccomp" and cur.head.i != cur.i and (lemma_in(cur.head, NONFACTIVE_CLAUSE_GOVERNORS) or
                                                           is_mandative(cur)):
            return True  # (nor what a clause calls for: "recommended that Bomber Command be directed against")
        if cur.dep_ == "ccomp" and cur.tag_ == "VBN" and cur.head.i < cur.i and \
                lemma_in(cur.head, WISHING_VERBS) and \
                not any(c.dep_.startswith("aux") for c in cur.children):
            return True  # (nor what one wants done: "wanted the Ruhr plants attacked by Bomber Command")
        if cur.dep_ == "acl" and cur.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ in ("mark", "aux")
                                                          for c in cur.children):
            return True  # "had the authority to order Harris to ...", "permission to attack": not done
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in INTENT_WORDS | PROPOSAL_WORDS and \
                any(c.dep_ in ("mark", "case") and c.lower_ in ("of", "for") for c in cur.children):
            return True  # "had every intention of attacking Leuna", "the plan for attacking the railways": meant
        if must_is_a_task(cur):
            return True  # "the Eighth must hit Harburg": a task, not a deed
        for c in cur.children:
            if c.dep_ in ("aux", "aux:pass", "auxpass") and c.lower_ in NONFACTUAL_MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return True
        if cur.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in cur.children) and \
                any(c.lower_ in ("is", "are", "was", "were", "am") and c.dep_ in ("aux", "cop") and c.i < cur.i
                    for c in cur.children):
            return True  # "Spaatz was to attack Ploesti": a plan, not a deed
        if cur.dep_ == "advcl" and cur.tag_ == "VB" and cur.head.i < cur.i and \
                any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in cur.children) and \
                cur.left_edge.i > 0 and cur.doc[cur.left_edge.i - 1].is_quote:
            return True  # ('"We are in a position," Tedder wrote, "to bring ..."': the quotation goes on)
        # (and through a deed's means: "to bring the war machine to a standstill by attacking its communications")
        # (and through a purpose: "intended to use the first good weather to strike/advcl the plants")
        if (cur.dep_ in ("xcomp", "conj") or cur.dep_ == "advcl" and cur.tag_ == "VBG" and
                any(c.lower_ == "by" and c.dep_ == "mark" for c in cur.children) or
                cur.dep_ == "advcl" and cur.tag_ == "VB" and cur.head.i < cur.i and
                any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in cur.children)) and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return False


def _until(v: Token) -> bool:
    """Whether ``v`` has an "until" phrase or clause: "not ... until" dates a deed, it does not deny it
    (also on the word itself: "it was not until/case the middle/ROOT of May that ...")."""
    return any(x.lower_ in ("until", "till") and x.dep_ in ("case", "mark") for c in v.children for x in c.children
               if c.dep_.startswith(("obl", "advcl", "nmod"))) or \
        any(x.lower_ in ("until", "till") and x.dep_ in ("case", "mark") for x in v.children) or \
        any(n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ in ("until", "till") for n in v.children
            if n.lower_ == "not")  # ("Not/advmod until/fixed the end of January did Harris concede",
    # "Not/advmod until/mark 12 May did the Eighth attack": however the "until" is hung)


def is_negated(t: Token) -> bool:
    """True when ``t`` or any predicate that governs it is negated or non-factual."""
    cur: Token | None = t
    steps = 0
    via_conj = False
    while cur is not None and steps < 6:
        # a negation on the first of two coordinated verbs does not scope over the second
        if not via_conj:
            for c in cur.children:
                if (c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEG_WORDS)) and \
                        not _until(cur):  # ("did not approve the plan until 25 March": he did then)
                    return True
                # "Neither the RAF nor the USAAF attacked Ploesti", "attacked neither Leuna nor
                # Pölitz", "..., nor did he attack Pölitz"
                if c.dep_ == "cc" and c.lower_ == "nor" or c.dep_ in SUBJ | PASS_SUBJ | OBJ and any(
                        x.lower_ == "neither" and x.i < c.i for x in c.children):
                    return True
                if c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children):
                    return True  # "no longer attacked"
                if c.dep_ in ("mark", "case") and c.lower_ in ("of", "than") and c.i > 0 and \
                        cur.doc[c.i - 1].lower_ in ("instead", "rather"):
                    return True  # "instead of attacking Leuna" (but "advocated the plan instead" is done)
                if c.dep_ == "case" and c.lower_ == "without" and cur.i == t.i and cur.pos_ == "NOUN":
                    return True  # "Without Eisenhower's approval of the plan, ...": none given
        if not via_conj and _too_to(cur):
            return True  # "thought them too inaccurate to hit a plant": not done
        # (a verb coordinated with one does not do it: "declined the offer and assured/conj him that ...")
        if cur.i != t.i and not via_conj and (cur.lemma_.lower() in NEG_GOVERNORS or cur.lower_ in NEG_GOVERNORS):
            return True
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("to", "for") or
                                       c.dep_ == "advmod" and c.lower_ in ("when", "whenever", "where") and c.i < cur.i
                                       for c in cur.children):
            break  # a clause of its own ("Although Eisenhower had approved the plan, it was not ..."; "When the RAF
            # returned to Wesseling, the plant had barely been repaired"): out of scope
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.i < cur.i and cur.left_edge.i > 0 and \
                (cur.left_edge.text == "," or cur.doc[cur.left_edge.i - 1].text == ","):
            break  # (nor a participle set off after it: "refused to divert his squadrons, arguing that ...")
        if cur.dep_ in ("xcomp", "conj", "acomp", "advcl") and cur.head.i != cur.i:
            via_conj = cur.dep_ == "conj"
            cur = cur.head
            steps += 1
            continue
        if cur.dep_ in ("ccomp",) and cur.head.lemma_.lower() in NEG_GOVERNORS:
            return True
        if cur.tag_ == "VBG" and cur.head.lemma_.lower() in INTENT_WORDS and \
                any(c.dep_ in ("mark", "case") and c.lower_ == "of" for c in cur.children) and \
                (any(c.lower_ in NEG_WORDS and c.dep_ in ("det", "advmod", "neg") for c in cur.head.children) or
                 is_negated(cur.head)):
            return True  # "had no intention of abandoning the attack", "never had any thought of attacking"
        break
    return False


def _too_to(verb: Token) -> bool:
    """An infinitive after "too" and its adjective ("too inaccurate to hit a plant", "too weak to
    attack"), which says the deed was beyond reach."""
    # (read on the surface: the parser hangs the adjective on the verb, its object or the clause above)
    doc = verb.doc
    return any(c.dep_ == "mark" and c.lower_ == "to" and c.i >= 2 and doc[c.i - 1].pos_ in ("ADJ", "ADV") and
               doc[c.i - 2].lower_ == "too" for c in verb.children)


def has_finite_verb(span) -> bool:
    """Whether a stretch of text has a finite verb (a catalogue line or a title has none)."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)


def colon_between(a: Token, b: Token) -> bool:
    """Whether a colon stands between two words: in "SPAATZ Papers, Box 17: Memorandum, Spaatz
    to Arnold, 5 Sept. 1944" it opens a new catalogue item, whatever the parse hangs across it."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[lo + 1:hi])


def example_heads(t: Token, preps: tuple[str, ...] = ("such as", "including")) -> list[Token]:
    """The heads of the phrases of ``t`` that give examples of it ("the plants of the Ruhr, such as
    Scholven and Gelsenberg": Scholven), also where "such" is parsed as the case ("such/JJ/case as/fixed")."""
    return [o for p, o in prep_objects(t) if p in preps] + [
        c for c in t.children if c.dep_.startswith("nmod") and
        any(x.lower_ == "such" and x.dep_ == "case" for x in c.children)]


def examples_of(t: Token) -> list[Token]:
    """The words that name examples of ``t`` ("economists such as Rostow and Kindleberger", "including
    Bufton"), with their conjuncts; read off the words too, since the parser may hang "such as" on
    a noun before."""
    heads = example_heads(t)
    doc, k = t.doc, t.right_edge.i + 1
    if not heads and k + 2 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        heads = [doc[k + 2]]
    return [x for h in heads for x in conjuncts(h)]


def clause_root(t: Token) -> Token:
    """The nearest verb (or the sentence root) governing ``t``."""
    cur = t
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


CLAIMING_VERBS = {"estimate", "claim", "calculate", "conclude", "reckon", "compute", "forecast", "predict", "assert",
                  "assess", "report", "judge"}


def claiming_verb_before(tok: Token) -> Token | None:
    """The last verb of estimating or claiming with a content clause and a subject before ``tok``, in
    its sentence or the one before ("The Ministry estimated that ... Cherwell disputed the figure")."""
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for t in reversed(doc[start:tok.i]):
        if t.lemma_.lower() in CLAIMING_VERBS and t.pos_ == "VERB" and \
                any(c.dep_ == "ccomp" for c in t.children) and any(c.dep_ in SUBJ for c in t.children):
            return t
    return None
