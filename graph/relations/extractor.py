"""The relation extractor: compiles the ontology's triggers and runs every pattern family over a document."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..ontology import Ontology
from ..records import CONFIDENCE, Extraction, Mention, Quote, RawFact
from ..speech import SpeechMixin
from ..syntax import (OBJ, ORDER_NOUNS, PERMISSION_NOUNS, SUBJ, case_of, denied_member, direct_objects, is_negated, is_passive,
                      passive_subjects, prep_objects, subjects)
from .words import ACTION_NOUNS, BELIEF_WORDS, COVERING_VERBS, DEPARTING_VERBS, GIVING_VERBS, INTENT_NOUNS, PAPER_PLANS, PASS_SUBJ_DEPS, PROPOSAL_NOUNS, SENDING_VERBS
from .phrases import dedupe, denied, has_particles, verb_base
from .arguments import ArgumentReading
from .verbs import VerbPatterns, going_back
from .stances import StancePatterns
from .nouns import NounPatterns
from .appositions import AppositionPatterns
from .places import PlacePatterns
from .documents import DocumentPatterns


class RelationExtractor(ArgumentReading, VerbPatterns, StancePatterns, NounPatterns, AppositionPatterns, PlacePatterns,
                        DocumentPatterns, SpeechMixin):
    """Compiles the ontology's triggers once; ``extract`` runs them over one document."""

    def __init__(self, ont: Ontology):
        self.ont = ont
        # lemma -> (property, other words of the trigger, preposition, roles swapped)
        self.verbs: dict[str, list[tuple[str, tuple[str, ...], str | None, bool]]] = {}
        self.negated_verbs: dict[str, list[tuple[str, tuple[str, ...], str | None, bool]]] = {}  # (the same)
        self.plan_verbs: set[tuple[str, str, tuple[str, ...], str | None]] = set()  # kg:planVerbTrigger entries
        self.nouns: dict[str, list[tuple[str, str]]] = {}
        self.negated_nouns: dict[str, list[tuple[str, str]]] = {}  # ("had no faith in": opposed)
        self.adjectives: dict[str, list[tuple[str, str]]] = {}
        self.appos: dict[str, list[tuple[str, str]]] = {}
        self.obligations: list[tuple[str, tuple[str, ...]]] = []
        self.preps: list[tuple[str, set[str]]] = []
        self.inverse_preps: list[tuple[str, set[str]]] = []
        self.doc_preps: dict[str, list[str]] = {}
        self.possessed: list[tuple[str, set[str]]] = []
        for p in ont.properties.values():
            for lemma, prep in p.verb_triggers:
                words = lemma.split()
                self.verbs.setdefault(words[0], []).append((p.name, tuple(words[1:]), prep, False))
            for lemma, prep in p.inverse_verb_triggers:
                words = lemma.split()
                self.verbs.setdefault(words[0], []).append((p.name, tuple(words[1:]), prep, True))
            for lemma, prep in p.plan_verb_triggers:
                words = lemma.split()
                self.verbs.setdefault(words[0], []).append((p.name, tuple(words[1:]), prep, False))
                self.plan_verbs.add((p.name, words[0], tuple(words[1:]), prep))
            for lemma, prep in p.negated_triggers:
                words = lemma.split()
                self.negated_verbs.setdefault(words[0], []).append((p.name, tuple(words[1:]), prep, False))
            for noun, prep in p.noun_triggers:
                self.nouns.setdefault(noun, []).append((p.name, prep))
            for noun, prep in p.negated_noun_triggers:
                self.negated_nouns.setdefault(noun, []).append((p.name, prep))
            for adj, prep in p.adjective_triggers:
                self.adjectives.setdefault(adj, []).append((p.name, prep))
            for noun, prep in p.apposition_triggers:
                self.appos.setdefault(noun, []).append((p.name, prep))
            for t in p.obligation_triggers:
                self.obligations.append((p.name, t))
            if p.prep_triggers:
                self.preps.append((p.name, p.prep_triggers))
            if p.inverse_prep_triggers:
                self.inverse_preps.append((p.name, p.inverse_prep_triggers))
            for prep in p.document_preps:
                self.doc_preps.setdefault(prep, []).append(p.name)
            if p.possessed_classes:
                self.possessed.append((p.name, p.possessed_classes))
        # properties that place something ("in", "near" ...): compass words and verb-attached
        # places feed them
        self.locative = [(name, preps) for name, preps in self.preps if "near" in preps]
        self.locative_props = {name for name, _ in self.locative}
        # properties whose object is something to be done (they have obligation triggers:
        # "was ordered to attack", "urged to attack"): "tasked with attacking the plants"
        self.task_props = {name for name, p in ont.properties.items() if p.obligation_triggers}
        # (the ones a verb gives its object, as a passive obligation shows: "was tasked to", "tasked X with")
        self.given_props = {name for name, p in ont.properties.items()
                            if any(t[0] == "be" for t in p.obligation_triggers)}
        # (and the ones whose obligations are the subject's own stance: "urged X to", "pressed X for")
        self.urging_props = self.task_props - self.given_props
        # properties of being for or against something (they have agent nouns: "advocate",
        # "opponent"): their verbs take the object of a doing ("opposed attacking Leuna")
        self.stance_props = {name for name, p in ont.properties.items() if p.agent_nouns}
        # properties to an event: whoever takes part in an attack makes it ("joined the attacks on ...")
        self.participation_props = {name for name, p in ont.properties.items() if p.range == {"Event"}}
        # "urged that the bombers be turned against oil": proposal verbs and priority phrases
        self.proposals = [(name, p.proposal_verbs, p.priority_phrases) for name, p in ont.properties.items()
                          if p.proposal_verbs]
        self.proposal_verbs = {v for _, verbs, _ in self.proposals for v in verbs}
        self.group_nouns = {w: name for name, p in ont.properties.items() for w in p.group_nouns}
        self.group_verbs = {v for p in ont.properties.values() for v in p.group_verbs}
        self.placing_verbs = {v for p in ont.properties.values() for v in p.placing_verbs}
        self.placing_nouns = {v for p in ont.properties.values() for v in p.placing_nouns}
        self.gathering_nouns = {n for p in ont.properties.values() for n in p.gathering_nouns}
        self.making_verbs = {v for p in ont.properties.values() for v in p.making_verbs}
        self.role_nouns = {w: name for name, p in ont.properties.items() for w in p.role_nouns}
        # ("convert to": the preposition of what the agent is for; "of" by default)
        self.agent_nouns = {w.split()[0]: name for name, p in ont.properties.items() for w in p.agent_nouns}
        self.agent_preps = {w.split()[0]: (w.split()[1:] or ["of"])[0] for p in ont.properties.values()
                            for w in p.agent_nouns}
        self.verdict_nouns = {w: name for name, p in ont.properties.items() for w in p.verdict_nouns}
        self.maker_nouns = {w: name for name, p in ont.properties.items() for w in p.maker_nouns}
        self.complaint_verbs = {w: name for name, p in ont.properties.items() for w in p.complaint_verbs}
        self.infinitive_triggers = {w: name for name, p in ont.properties.items() for w in p.infinitive_triggers}
        self.handovers: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}  # lemma -> (property, words, prep)
        for name, p in ont.properties.items():
            for words, prep in p.handover_triggers:
                self.handovers.setdefault(words.split()[0], []).append((name, tuple(words.split()[1:]), prep))
        self.amount_verbs = {v for p in ont.properties.values() for v in p.amount_verbs}
        self.amount_units = {u for p in ont.properties.values() for u in p.amount_units}
        # (a phrasal speech verb counts by its verb: "pointed out that" -> "point")
        self.speech_verbs = {v.split()[0] for v in ont.speech_verbs}
        # verbs that address a document to someone ("sent the letter to Harris"): its writer addressed him
        self.addressing_verbs = self.speech_verbs | ont.document_verbs | {"cable", "pass"}
        # verbs that reply (a reply naming no addressee answers the sentence before)
        # (a verb that replies only with its particle, "wrote back", "fired back", is kept apart:
        # a plain "he wrote" after a letter is no reply)
        self.reply_verbs = {lemma for lemma, entries in self.verbs.items()
                            if any(prop == "repliesTo" and not parts and prep in (None, "to")
                                   for prop, parts, prep, _ in entries)}
        self.reply_particles = {lemma: [parts + ((prep,) if prep not in (None, "to") else ())
                                        for prop, parts, prep, _ in entries
                                        if prop == "repliesTo" and (parts or prep not in (None, "to"))]
                                for lemma, entries in self.verbs.items()}
        self.reply_nouns = {n for n, _ in ont.properties["repliesTo"].noun_triggers} \
            if "repliesTo" in ont.properties else set()
        # properties from a writer or sender to a document ("wrote", "circulated"); with
        # kg:addressedTo in the ontology, their document can have a recipient
        self.document_props = {n for n, p in ont.properties.items() if p.range == {"Document"}}
        self.recipient_props = self.document_props if "addressedTo" in ont.properties else set()
        # one-word verbs that make or send a paper ("prepared the American plan": see _plans_as_papers)
        self.paper_verbs = {lemma for lemma, entries in self.verbs.items()
                            if any(prop in self.document_props and not parts and prep is None
                                   for prop, parts, prep, _ in entries)}
        self.title_words = {w for t in ont.titles for w in t.split()} | {w.rstrip(".") for t in ont.titles
                                                                      for w in t.split()}
        self.position_heads = {w for w, c in ont.head_noun_index.items() if c == "Person"} | {
            t.split()[-1] for t in ont.titles}

    # ------------------------------------------------------------------ arguments
    def _index(self, doc: Doc, mentions: list[Mention], coref: dict[int, Mention]):
        at: dict[int, Mention] = {}
        for m in mentions:
            if m.source == "pronoun":
                if m.head in coref:
                    at[m.head] = coref[m.head]
                continue
            # "the directive", "the Ministry" → the name before
            target = coref.get(m.head, m) if m.source in ("noun", "name") else m
            for k in range(m.start, m.end):
                at[k] = target
            if "Person" in m.types[:1]:
                # the titles before a name stand for it ("Maj. Gen. Nathan F. Twining said"
                # parsed with "Maj." as the subject)
                # (and a post: "Secretary of War Henry L. Stimson said", with "War" an untyped name)
                k = m.start - 1
                while k >= 0 and (k not in at or not at[k].types and at[k].source == "name") and \
                        self._title_word(doc, k):
                    at[k] = target
                    k -= 1
        self._at = at
        self._doc = doc
        self._heads = {m.head: m for m in mentions if m.source != "pronoun"}

    def _bare_copy(self, tok: Token, ex: Extraction) -> None:
        """"Tedder circulated a paper ... Portal sent a copy to Harris": a copy (a noun of an
        apposition trigger such as "copy of") that names no document of its own is a copy of the
        last document named before it, in its sentence or the one before."""
        if self._heads[tok.i].types[:1] != ["Document"] or any(case_of(c) == "of" for c in tok.children):
            return
        sents = [s for s in tok.doc.sents if s.start <= tok.i][-2:]
        before = [m for k, m in sorted(self._heads.items()) if sents[0].start <= k < tok.i and
                  m.types[:1] == ["Document"] and self._doc[k].lemma_.lower() not in self.appos]
        for prop, prep in self.appos[tok.lemma_.lower()]:
            if prep == "of" and before:
                self._emit(ex, [tok], [self._doc[before[-1].head]], prop, tok, f"appos:bare-{tok.lemma_.lower()}", "noun")

    def _plans_as_papers(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Cabell prepared the American plan, which was submitted to Portal": a plan (a campaign by its
        head noun) that is written, drafted, sent or submitted is the paper that sets it out (but not
        one its target names: "the oil plan" stays the campaign)."""
        for m in mentions:
            tok = doc[m.head]
            if m.source != "noun" or m.types[:1] != ["Campaign"] or tok.lemma_.lower() not in PAPER_PLANS:
                continue
            # (a plan named by its target is the campaign, "had drafted the oil plan", unless it is sent:
            # "The oil plan, drafted by the Unit and sent to Spaatz on 5 March,")
            named = any(t.pos_ in ("NOUN", "PROPN") and t.i != m.head for t in doc[m.start:m.end])
            written = [tok.head] if tok.dep_ in OBJ and not is_passive(tok.head) or \
                tok.dep_ in PASS_SUBJ_DEPS and is_passive(tok.head) else []
            # ("the plan, which was submitted to Portal": a relative clause on it)
            written += [c for c in tok.children if c.dep_ in ("acl:relcl", "relcl", "acl") and is_passive(c)]
            # ("The plan of the Unit, which Kindleberger had helped to write/xcomp": the relative's infinitive,
            # the clause hung on the "of" phrase's noun)
            rels = [c for t in [tok] + [o for p, o in prep_objects(tok) if p == "of"] for c in t.children
                    if c.dep_ in ("acl:relcl", "relcl") and c.i > tok.i]
            # (or "The plan that/mark Zuckerman drew up": a "that" right after the noun, with a subject after it)
            written += [x for c in rels for x in [c] + [y for y in c.children if y.dep_ == "xcomp"]
                        if not is_passive(x) and any(w.tag_ == "WDT" and (w.dep_ in OBJ or w.dep_ == "mark" and
                                                                          w.i == tok.i + 1 and
                                                                          any(y.dep_ in SUBJ for y in c.children))
                                                     for w in list(x.children) + list(c.children))]
            written += [x for v in list(written) for x in v.conjuncts if x.pos_ == "VERB" and x not in written]
            # (sent: a kg:issued verb with a "to" phrase)
            if named and not any(any(prop == "issued" for prop, _, _, _ in self.verbs.get(v.lemma_.lower(), [])) and
                                 any(p == "to" for p, _ in prep_objects(v)) for v in written):
                continue
            # (a verb with its particle too: "drew up")
            if any((v.lemma_.lower() in self.paper_verbs or any(
                    prop in self.document_props and parts and prep is None and has_particles(v, parts)
                    for prop, parts, prep, _ in self.verbs.get(v.lemma_.lower(), []))) and not is_negated(v)
                   for v in written):
                m.types, m.weak_type = ["Document"], False

    def _title_word(self, doc: Doc, k: int) -> bool:
        """Whether ``doc[k]`` is a word of a title or post before a name: "Maj.", "General",
        "Secretary", and the "of War" of "Secretary of War"."""
        def post(i: int) -> bool:
            return i >= 0 and doc[i].lower_ in self.position_heads

        w = doc[k].lower_
        return w in self.title_words or w.rstrip(".") in self.title_words or post(k) or \
            w in ("of", "for") and post(k - 1) or \
            doc[k].text[:1].isupper() and k > 1 and doc[k - 1].lower_ in ("of", "for") and post(k - 2)

    def _untyped_person(self, m: Mention, allowed: set[str]) -> bool:
        """A one-word name nothing typed, as a verb's subject or agent, a paper's owner (or, where no place is
        allowed, a verb's object: "Schmid ordered Westphal to attack Zeitz") in a role people play, is a
        person's surname."""
        t = self._doc[m.head]
        deps = ("nsubj", "nsubj:pass", "obl:agent") + (("obj", "dobj", "iobj") if "Place" not in allowed else ())
        # (or a paper's owner: "Schmid's memorandum of 5 March argued that ...")
        paper = t.dep_ == "nmod:poss" and (pm := self._at.get(t.head.i)) is not None and pm.types[:1] == ["Document"]
        return "Person" in allowed and m.source == "name" and m.end - m.start == 1 and t.tag_ == "NNP" and \
            not m.text.isupper() and (t.dep_ in deps or t.dep_ == "conj" and t.head.dep_ in deps or paper)

    def _fits(self, m: Mention, allowed: set[str]) -> bool:
        if not allowed:
            return True
        if not m.types and m.source == "position":
            return False  # an appositive post ("Tedder, Deputy Supreme Commander") is not an entity
        if not m.types:
            # an untyped name takes the only class allowed, but a plural is never one person, nor one
            # event ("Ninety Lancasters of No. 5 Group, led by ...")
            if allowed in ({"Person"}, {"Event"}) and self._doc[m.head].tag_ in ("NNS", "NNPS"):
                return False
            # (a bare name where places are allowed is a place: "The RAF attacked Wanne-Eickel")
            # (and a one-word name that the NER model left untyped, as a verb's subject where people are
            # allowed, is a person: "which Kindleberger and Rostow had helped to write")
            return len(allowed) == 1 or (m.source == "name" and "Place" in allowed) or self._untyped_person(m, allowed)
        if m.weak_type and len(allowed) == 1 and not self.ont.fits(m.types[:1], allowed):
            # only the NER model typed it; "replied to Montgomery" says Montgomery is a person
            # (but a plural or an acronym never is one)
            if allowed == {"Person"} and (self._doc[m.head].tag_ in ("NNS", "NNPS") or m.text.isupper()):
                return False
            return True
        if self._person_by_role(m, allowed):
            return True
        if self._place_in_a_list(m, allowed):
            return True
        return self.ont.fits(m.types[:1], allowed) or (
            len(m.types) > 1 and self.ont.fits(m.types, allowed) and not m.alias_iri)

    def _replies(self, verb: Token) -> bool:
        """Whether ``verb`` is a reply trigger: "answered", "replied", "wrote back"."""
        lemma = verb.lemma_.lower()
        return lemma in self.reply_verbs or any(has_particles(verb, parts)
                                                for parts in self.reply_particles.get(lemma, []))

    def _can_act(self, toks: list[Token], prop: str) -> bool:
        """Whether one of ``toks`` names an entity typed to be the subject of ``prop``."""
        allowed = self.ont.properties[prop].domain
        return any((m := self._at.get(t.i)) is not None and m.types and self._fits(m, allowed) for t in toks)

    def _targets(self, toks: list[Token]) -> bool:
        """Whether one of ``toks`` names a plant, a place or a target system (first by its type)."""
        return any((m := self._at.get(t.i)) is not None and m.types[:1] and
                   m.types[0] in ("Facility", "Place", "TargetSystem") for t in toks)

    # ------------------------------------------------------------------ main
    def extract(self, doc: Doc, mentions: list[Mention], coref: dict[int, Mention],
                quotes: list[Quote] | None = None) -> Extraction:
        self._index(doc, mentions, coref)
        self._plans_as_papers(doc, mentions)
        ex = Extraction()
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in self.verbs and tok.pos_ in ("VERB", "AUX"):
                self._verb(tok, ex)
                if any(prop in self.locative_props for prop, _, _, _ in self.verbs[lemma]) and not is_negated(tok):
                    for c in tok.children:  # "The plant, which lay north of Stettin, ...": a compass word
                        for sub in subjects(tok):
                            self._compass_place(ex, sub, c)
            elif tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") and (tok.pos_ not in ("VERB", "AUX") or lemma == tok.lower_) or \
                    tok.tag_ == "VBG" and tok.pos_ == "NOUN" and any(c.dep_ in ("obj", "dobj") for c in tok.children):
                # (or a gerund with an object read as a noun: "turned to blind-bombing/NOUN the Ruhr plants")
                # the tag backs up the part of speech: "smashed" tagged VBD but ADJ (so not lemmatized)
                base = verb_base(tok.lower_, self.verbs)
                if base:
                    self._verb(tok, ex, base)
            if (lemma in ("return", "go", "fly") or lemma in SENDING_VERBS | DEPARTING_VERBS or going_back(tok)) and \
                    tok.pos_ == "VERB" and \
                    "attacked" in self.ont.properties:
                self._forces_sent(tok, ex)
            if tok.pos_ in ("VERB", "AUX") and self.inverse_preps:
                self._fronted_inverse(tok, ex)
            if tok.pos_ == "VERB" and self.participation_props:
                self._at_gatherings(tok, ex)
            if tok.pos_ == "VERB" and self.given_props:
                self._fell_to(tok, ex)
            if tok.pos_ == "VERB" and lemma in COVERING_VERBS and "authored" in self.ont.properties:
                self._covering_documents(tok, ex)
            if tok.pos_ == "NOUN" and lemma in self.appos and tok.i in self._heads:
                self._bare_copy(tok, ex)
            if lemma == "receive" and tok.pos_ == "VERB" and "addressedTo" in self.ont.properties:
                self._received(tok, ex)
            if lemma == "reach" and tok.pos_ == "VERB" and "addressedTo" in self.ont.properties:
                self._reached(tok, ex)
            if lemma in self.negated_verbs and tok.pos_ == "VERB" and denied(tok):
                self._verb(tok, ex, negated=True)
            if lemma in self.nouns or tok.lower_ in self.nouns:
                self._noun(tok, ex)
                if tok.pos_ == "NOUN":
                    self._overruled(tok, ex)
            if lemma in self.negated_nouns and tok.pos_ == "NOUN":
                self._noun(tok, ex, negated=True)
            if lemma in ("have", "must") or tok.pos_ == "VERB":
                self._obligation(tok, ex)
            if tok.pos_ == "NOUN" and lemma in INTENT_NOUNS:
                self._intent_noun(tok, ex)
            if tok.lower_ in self.adjectives and tok.pos_ in ("ADJ", "VERB", "NOUN"):  # (tagged either way)
                self._adjective(tok, ex)
            if tok.pos_ == "VERB" and lemma not in self.verbs and lemma not in self.placing_verbs and \
                    not is_passive(tok) and not is_negated(tok):
                # "operated the plant near Stettin": a plant acted on at or near a place lies there
                self._object_place(tok, direct_objects(tok), ex)
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl:relcl", "relcl"):
                self._where_place(tok, ex)
            if lemma in self.placing_verbs and tok.pos_ == "VERB" and not is_negated(tok):
                # "Underground refineries were begun in the Harz": what is built somewhere is there
                self._object_place(tok, passive_subjects(tok) if is_passive(tok) else direct_objects(tok), ex,
                                   anywhere=True)
            if lemma in self.placing_nouns and tok.pos_ == "NOUN":
                self._moved_place(tok, ex)  # "the dispersal of the plants into the hills of Thuringia"
            if lemma in self.group_verbs and tok.pos_ in ("VERB", "AUX") or tok.pos_ in ("PROPN", "NOUN") and (
                    any(c.dep_ == "cop" for c in tok.children) or tok.lower_ in self.group_nouns):
                self._group_members(tok, ex)
            if tok.pos_ == "VERB" and (lemma in self.speech_verbs or lemma in GIVING_VERBS) and \
                    "addressedTo" in self.ont.properties:
                self._document_hearers(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.speech_verbs:
                self._addressed_events(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.amount_verbs and "quantity" in self.ont.properties:
                self._production(tok, ex)
            if tok.pos_ == "VERB" and self.role_nouns:
                self._taken_as(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.agent_nouns:
                self._agent_noun(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ORDER_NOUNS:
                self._on_orders(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ORDER_NOUNS | PERMISSION_NOUNS:
                self._orders_held(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.maker_nouns:
                self._maker_noun(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.role_nouns:
                self._role_owner(tok, ex)
                self._role_predicate(tok, ex)
            if tok.pos_ in ("NOUN", "ADJ") and self._verdict_key(tok) is not None:
                self._verdict(tok, ex)
            if tok.lower_ == "first" and tok.pos_ in ("ADV", "ADJ"):
                self._first_without_verb(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.handovers:
                self._handover(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.infinitive_triggers and not is_negated(tok) and \
                    any((c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i > tok.i) and c.tag_ == "VB" and
                        any(m.lower_ == "to" for m in c.children) and
                        not any(m.dep_ == "mark" and m.lower_ in ("in", "so") for m in c.children) for c in tok.children):
                # (the infinitive may be read as an adverbial: "was told by Arnold to give/advcl Ploesti priority";
                # not a purpose, "in order to", "so as to")
                # "told Bottomley to draft a firmer letter": an order (but "told Bottomley that ..."); "Harris
                # was told by the Air Staff to attack Bottrop": the agent's
                if is_passive(tok):
                    self._emit(ex, [o for p, o in prep_objects(tok) if p == "by"], passive_subjects(tok),
                               self.infinitive_triggers[lemma], tok, f"verb:{lemma}+to:passive", "verb")
                else:
                    self._emit(ex, subjects(tok), direct_objects(tok), self.infinitive_triggers[lemma], tok,
                               f"verb:{lemma}+to", "verb")
            if tok.pos_ == "VERB" and lemma in self.complaint_verbs:
                self._complaint(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.making_verbs:
                self._made_priority(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.speech_verbs and lemma not in self.proposal_verbs:
                self._said_priority(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.speech_verbs:
                self._said_effect(tok, ex)
            if tok.pos_ == "VERB" and (lemma in self.speech_verbs or lemma in BELIEF_WORDS | {"consider"}):
                self._said_fault(tok, ex)  # (a belief too: "considered that Harris had failed to ...")
            if tok.pos_ == "NOUN" and PROPOSAL_NOUNS.get(lemma) in self.proposal_verbs:
                self._proposal_noun(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.proposal_verbs:
                self._proposal(tok, ex, lemma)
            elif tok.tag_ == "NN" and (base := verb_base(tok.lower_, self.proposal_verbs)) and \
                    tok.lower_.endswith("ing"):
                self._proposal(tok, ex, base)  # "wrote to Eisenhower on 5 March urging/NN that ..."
        self._gapped_conjuncts(doc, ex)
        self._gapped_subjects(doc, ex)
        self._fronted_among(doc, ex)
        for m in mentions:
            if m.source == "pronoun":
                self._appos(doc[m.head], m, ex, predicate_only=True)  # ("He was a member of the committee")
                continue
            self._appos(doc[m.head], m, ex)
            if m.source in ("alias", "name") and (not m.types or m.weak_type or m.types[:1] == ["Person"]):
                self._possessed_post(doc[m.head], ex)  # (a name the text has not typed yet may be a person)
            # (a post or title is a named person's: "chief target planner" is a post, not a chief called
            # "target planner")
            if m.types[:1] == ["Person"] and m.source != "noun":
                self._position(doc[m.head], m, ex)
                if m.position and "holdsPosition" in self.ont.properties:
                    ex.facts.append(RawFact(m, "holdsPosition", None, m.head, "title:position",
                                            CONFIDENCE["appos"], literal=m.position, datatype="string"))
            self._prep(doc[m.head], m, ex)
            if m.types[:1] == ["Person"] or not m.types or m.weak_type:
                self._under_command(doc[m.head], ex)
            if "Document" in m.types[:1]:
                self._document(doc[m.head], m, ex)
            self._possessive(doc[m.head], m, ex)
            self._owned_place(doc[m.head], m, ex)
        self._compass(doc, ex)
        self._biography_entries(doc, ex)
        if "addressedTo" in self.ont.properties:
            self._told_next(doc, ex)
        self._reply_to_previous(doc, ex)
        self._answered_documents(doc, ex)
        self._attribute(doc, ex)
        if quotes:
            self._quotes(doc, quotes, ex)
        self._reported(doc, quotes or [], ex)
        self._claims(doc, ex)
        return dedupe(ex)

    def _emit(self, ex: Extraction, subs, objs, prop: str, tok: Token, rule: str, family: str):
        p = self.ont.properties[prop]
        if prop not in self.locative_props:  # (the plants are "at" their own names)
            # (as subjects too: "The Bergius plants at Leuna, Pölitz and Gelsenkirchen produced ...": each did)
            objs, subs = self._with_members(objs, tok), self._with_members(subs, tok)
        # ("answered not by Portal but by his deputy", "Bottomley, not Portal, answered": the one denied
        # is no argument)
        subs, objs = [s for s in subs if not denied_member(s)], [o for o in objs if not denied_member(o)]
        if prop == "ordered":
            # ("the attacks were directed by Harris himself": directing a deed orders no one)
            objs = [o for o in objs if o.lemma_.lower() not in ACTION_NOUNS]
        for s in subs:
            for sm, _ in self._args(s, p.domain):
                for o in objs:
                    for om, qty in self._args(o, p.range):
                        if om is sm or om.label == sm.label:
                            continue
                        if not om.types and om.source == "name" and p.range == {"Document"} and \
                                self._doc[om.head].tag_ in ("NNS", "NNPS"):
                            continue  # "sent 371 Lancasters against Brux": a plural name is no document
                        if family in ("prep", "appos") and any(mm.weak_type and mm.types[:1] == ["Place"] and
                                                    not self.ont.fits(["Place"], allowed) and
                                                    not self.ont.fits(["Person"], allowed)
                                                    for mm, allowed in ((sm, p.domain), (om, p.range))):
                            continue  # ("officers at Bletchley Park": a preposition does not make a place a body)
                        for mm, allowed in ((sm, p.domain), (om, p.range)):
                            if mm.weak_type and len(allowed) == 1 and not self.ont.fits(mm.types[:1], allowed):
                                mm.types, mm.weak_type = sorted(allowed), False
                            elif self._person_by_role(mm, allowed):
                                mm.types, mm.weak_type = ["Person"], False
                            elif self._place_in_a_list(mm, allowed):
                                mm.types, mm.weak_type = ["Place"], False
                            elif not mm.types and mm.source == "name" and len(allowed) > 1 and "Place" in allowed:
                                mm.types = ["Place"]
                            elif not mm.types and len(allowed) > 1 and self._untyped_person(mm, allowed):
                                mm.types = ["Person"]
                            elif not mm.types and mm.source == "name" and allowed == {"Person"} and \
                                    mm.end - mm.start == 1:
                                # ("Cochrane, who commanded the group, pressed Harris ...": a bare name
                                # only a person fits is one, for the facts after too)
                                mm.types, mm.weak_type = ["Person"], True
                        ex.facts.append(RawFact(sm, prop, om, tok.i, rule, CONFIDENCE[family], quantity=qty))
