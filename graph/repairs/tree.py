"""Tree edits the parse repairs are made of: each change is undone unless the sentence stays a tree."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from .words import ASIDE_LEMMAS, NAME_DETERMINERS, SAYING_LEMMAS


def is_tree(sent: Span) -> bool:
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


def apply_edits(sent: Span, edits: list[tuple[Token, Token, str]]) -> bool:
    """Set (token, head, dep) for each edit; undo all of them if the result is not a tree."""
    saved = [(t, t.head, t.dep_) for t in sent]
    try:
        for tok, head, dep in edits:
            tok.head = head
            tok.dep_ = dep
        if is_tree(sent):
            _recount_children(sent.doc)
            return True
    except Exception:  # spaCy refuses some head changes outright
        pass
    for tok, head, dep in saved:
        tok.head = head
        tok.dep_ = dep
    _recount_children(sent.doc)
    return False


def _recount_children(doc: Doc) -> None:
    """Recount every token's children and edges from the heads. spaCy's head setter recounts only
    between the edges it knew before the change, and a chain of edits through a state that was no
    tree can leave a child uncounted ("Bomber Command destroyed Böhlen/obj" with no right child)."""
    doc.from_array([HEAD, DEP], doc.to_array([HEAD, DEP]))


def in_place_of(new: Token, old: Token) -> tuple[Token, Token, str]:
    """The edit that puts ``new`` where ``old`` hangs (its head and label; the root's place too)."""
    return (new, new, "ROOT") if old.head == old else (new, old.head, old.dep_)


def base_word(t: Token) -> str:
    """A word's lemma, or its form where there is none (the hand-built parses of the tests)."""
    return (t.lemma_ or t.lower_).lower()


def name_before(t: Token) -> Token | None:
    """The capitalised name right before ``t`` with "the" (or "its", "their", "a") before the name
    (and maybe plain adjectives between: "a small Wintershall works")."""
    doc = t.doc
    name = doc[t.i - 1]
    # (a capitalised word after "the" is a name even when tagged an adjective: "The Leuna/JJ works")
    if not (name.pos_ == "PROPN" or name.tag_ in ("NNP", "NNPS") or name.pos_ in ("ADJ", "NOUN") and name.is_title):
        return None
    k = name.i
    while k > t.sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and \
            doc[k - 1].lower_ not in NAME_DETERMINERS:  # (a sentence's first "The" is capitalised)
        k -= 1
    while k - 1 > t.sent.start and doc[k - 1].pos_ == "ADJ" and doc[k - 1].is_lower:
        k -= 1  # ("a small Wintershall works": plain adjectives before the name)
    if k == t.sent.start or doc[k - 1].lower_ not in NAME_DETERMINERS:
        return None
    if any(c.i > t.i for c in name.children):
        return None
    return name


def leading_prepositions(t: Token) -> list[Token]:
    """The prepositions that open the phrase of ``t``: on ``t`` itself or, where the parser hung it
    there, on its head, right before the phrase ("Throughout/case>bombed September/nsubj")."""
    return [c for c in list(t.children) + list(t.head.children) if c.dep_ in ("case", "mark") and c.tag_ == "IN"
            and c.i in (t.left_edge.i, t.left_edge.i - 1) and c.i < t.i]


def subject_above(t: Token, before: int) -> Token:
    """The subject ``t`` is part of, climbing its heads while they come before token ``before`` (or the
    word where the climb stops: the sentence's root, or a word that is no subject)."""
    while t.dep_ not in ("nsubj", "nsubj:pass") and t.head.i != t.i and t.head.i < before:
        t = t.head
    return t


def saying_verb(v: Token) -> bool:
    """A verb of saying (SAYING_LEMMAS), by its lemma or, with no lemma, by its form."""
    return base_word(v) in SAYING_LEMMAS or aside_verb(v)


# irregular past forms of verbs the repairs look for by lemma
IRREGULAR_PASTS = {"gave": "give", "given": "give", "had": "have", "made": "make"}


def verb_in(v: Token, lemmas: set[str]) -> bool:
    """Whether a verb is one of ``lemmas``, by its lemma or (with no lemma) its past form ("asked", "argued",
    "gave")."""
    w = v.lower_
    return base_word(v) in lemmas or w.endswith("ed") and (w[:-2] in lemmas or w[:-1] in lemmas) or \
        w.endswith("ied") and w[:-3] + "y" in lemmas or IRREGULAR_PASTS.get(w) in lemmas  # ("supplied")


def aside_verb(v: Token) -> bool:
    """A verb of saying of ASIDE_LEMMAS, by its lemma or (with no lemma) its form ("reported", "wrote")."""
    return verb_in(v, ASIDE_LEMMAS) or v.lower_ in ("said", "wrote", "replied")
