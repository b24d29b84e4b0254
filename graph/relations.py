"""Relations from dependency patterns compiled from the ontology's lexical triggers.

Pattern families (each fact records the id of the pattern that produced it):

- ``verb``        X criticized Y / X replied to Y / Y was attacked by X / X tasked Y with Z
- ``noun``        X's reply to Y / his dislike of Y / X expressed disappointment with Y
- ``adjective``   X was disappointed with Y / X, sceptical of Y, ...
- ``obligation``  X had to put out ... Y / X was ordered to attack Y
- ``appos``       A, (essentially) a copy of B / A, commander of B / A was a copy of B
- ``prep``        plants in Central Germany / Harris of Bomber Command
- ``docprep``     a letter from X to Y
- ``possessive``  Bufton's draft / Harris's Bomber Command
- ``quote``, ``speech``  who said what: in :mod:`graph.speech`, mixed into the extractor

Negated or non-factual predicates ("could not engage", "unwilling to engage") yield no
fact. Facts inside reported speech ("He said Harris had attacked Leuna") are kept and
attributed to the speaker.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .coref import GROUP_PRONOUNS
from .mentions import COMMON_CAPITALISED, SUBUNIT_WORDS
from .ontology import Ontology
from .records import CONFIDENCE, Extraction, Mention, Quote, RawFact
from .speech import HEARER_VERBS, VIEW_NOUNS, SpeechMixin, view_owner
from .syntax import (NEG_GOVERNORS, OBJ, SUBJ, appositions, case_of, comma_after, comma_before, conjuncts, coordinated,
                     direct_objects, has_finite_verb, is_date_word, is_hypothetical, is_mandative, is_negated, is_passive,
                     named_by_comma, passive_subjects, possessor, prep_objects, relative_antecedent, stray_agent, subjects)

# Nouns that pass their "of" object through: "70 percent of Germany's fuel" → Germany.
PARTITIVES = {"percent", "%", "per cent", "half", "part", "share", "proportion", "most", "bulk", "majority",
              "quarter", "third", "number", "rest", "much", "some", "all", "many", "portion", "fraction",
              "output", "production", "capacity", "supply", "supplies", "requirements", "needs", "fuel",
              "copy", "copies", "several", "each", "dozens", "scores"}
# Nouns for what someone holds true: "the view of the Ministry" stands for the Ministry when
# the property wants a body or person
OPINION_NOUNS = VIEW_NOUNS | {"estimate", "assessment", "advice", "argument", "contention", "belief", "theory",
                              "thesis", "conclusion", "conclusions", "estimates", "claims", "claim"}
# Participles that name who uses a commodity ("the gasoline used by the Luftwaffe")
CONSUMING_VERBS = {"use", "consume", "need", "require", "burn"}
# Words before an amount that the parser takes for prepositions ("about a third")
APPROXIMATORS = {"about", "around", "over", "some", "nearly", "almost", "roughly", "approximately"}
# parts of a landscape or town that stand for the place their "of" phrase names ("hidden in the
# forests of Thuringia", "the outskirts of Vienna")
LANDSCAPE_NOUNS = {"forest", "wood", "mountain", "hill", "valley", "coast", "shore", "bank", "outskirts", "suburb",
                   "region", "area", "district", "plain", "marsh", "foothill", "heart"}
# Nouns for acts aimed at something: "advocated attacks on oil" is a stance towards oil.
ACTION_NOUNS = {"attack", "raid", "strike", "bombing", "offensive", "campaign", "assault", "operation"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north-east", "north-west", "south-east", "south-west"}
# Nouns for acts done to something, whose "of" names the target: "charged with the destruction of Böhlen".
PATIENT_NOUNS = {"destruction", "bombing", "bombardment", "elimination", "neutralization", "neutralisation",
                 "capture", "demolition", "obliteration", "repair", "reconstruction", "rebuilding", "restoration",
                 "protection", "defence", "defense", "construction", "building", "erection", "dispersal",
                 "evacuation", "closure", "abandonment", "removal"}
# Verbs that carry a noun trigger: "expressed disappointment with", "voiced opposition to".
LIGHT_VERBS = {"express", "voice", "make", "give", "show", "feel", "have", "register", "convey", "state",
               "air", "repeat", "reiterate", "send", "write", "deliver", "issue", "carry", "launch", "mount",
               "conduct", "fly", "execute", "follow", "continue", "resume", "open", "begin", "share", "lead"}
PASS_SUBJ_DEPS = {"nsubj:pass", "nsubjpass"}
# Verbs of going on with something: the task or stance is the verb they govern
ASPECT_VERBS = {"keep", "continue", "begin", "start", "resume", "go"}
# what bombs: "Twining's bombers returned to Blechhammer" (the force going back to a target attacks it)
AIRCRAFT_NOUNS = {"bomber", "bombers", "aircraft", "heavies", "lancaster", "lancasters", "fortress", "fortresses",
                  "liberator", "liberators", "mosquito", "mosquitoes", "halifax", "halifaxes", "plane", "planes"}
CREW_NOUNS = {"crew", "crews", "squadron", "squadrons", "force", "forces"}
FORWARDING_VERBS = {"forward", "pass", "enclose", "send"}
SENDING_VERBS = {"send", "dispatch", "despatch", "return", "direct"}
COVERING_VERBS = SENDING_VERBS | FORWARDING_VERBS  # (what one sends something with, a covering note, is one's own)
# verbs that order someone to do something ("that Harris be ordered to attack ...")
ORDERING_VERBS = {"order", "direct", "instruct", "tell", "ask", "allow", "permit", "authorize", "authorise",
                  "require", "compel", "force"}
# verbs whose subject "it" is usually empty ("it seemed that", "it took a week to")
EXPLETIVE_IT_VERBS = {"seem", "appear", "happen", "become", "remain", "take", "rain", "matter", "follow", "mean",
                      "turn", "come", "cost", "need", "require", "look", "prove"}
# the periods an amount may be given for ("316,000 tons of fuel a month")
PERIODS = {"month", "year", "day", "week"}
# verbs that name something ("what he called the panacea mongers")
NAMING_VERBS = {"call", "term", "dub", "label", "style"}
# verbs that judge their object something ("dismissed transport as a diversion", "thought it a folly")
JUDGING_VERBS = NAMING_VERBS | {"consider", "think", "deem", "regard", "dismiss", "describe", "brand", "see",
                                "view", "judge", "count", "denounce", "condemn"}
# words of being sure of a clause ("came away convinced that oil was the right target")
BELIEF_WORDS = {"convinced", "convince", "persuaded", "sure", "certain", "confident", "think", "believe", "feel"}
# properties whose verbs, used in a letter, address it to their object ("rebuked Harris in a letter";
# not "criticized the MEW in his memoirs")
ADDRESSING_PROPS = {"criticized", "persuaded", "ordered"}
LETTERS = {"letter", "minute", "telegram", "cable", "note", "reply", "answer", "response", "memorandum", "memo",
           "signal", "dispatch", "despatch"}
# verbs whose direct object is the one told ("warned Harris", "told Portal")
TOLD_VERBS = HEARER_VERBS | {"warn"}
# verbs of handing something over: a document that gives someone a task is addressed to them
GIVING_VERBS = {"give", "assign", "allot", "allocate"}
# what one asks for leave to do ("asked for permission to attack oil")
PERMISSION_NOUNS = {"permission", "leave", "authority", "approval", "authorization", "authorisation", "clearance",
                    "consent", "sanction"}
# Verbs of taking up a plan or target: "urged Tedder to accept it" is a stance on it
ADOPTING_VERBS = {"accept", "adopt", "implement", "carry", "execute", "pursue", "concentrate", "focus"}
# Person nouns that say what someone is or belongs to, not a post held ("an economist in the EOU")
NOT_POSTS = {"member", "economist", "analyst", "scientist", "man", "woman"}
# what "under the ... of X" may name: X leads ("under the command of Wing Commander Tait")
COMMAND_NOUNS = {"command", "leadership", "direction", "control", "orders", "chairmanship", "presidency",
                 "supervision"}
SUCCEEDING_VERBS = {"succeed", "replace", "relieve"}  # ("succeeded Eaker as its commander")
APPOINT_VERBS = {"appoint", "name", "make", "nominate", "promote", "elect", "install"}
class RelationExtractor(SpeechMixin):
    """Compiles the ontology's triggers once; ``extract`` runs them over one document."""

    def __init__(self, ont: Ontology):
        self.ont = ont
        # lemma -> (property, other words of the trigger, preposition, roles swapped)
        self.verbs: dict[str, list[tuple[str, tuple[str, ...], str | None, bool]]] = {}
        self.negated_verbs: dict[str, list[tuple[str, tuple[str, ...], str | None, bool]]] = {}  # (the same)
        self.nouns: dict[str, list[tuple[str, str]]] = {}
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
            for lemma, prep in p.negated_triggers:
                words = lemma.split()
                self.negated_verbs.setdefault(words[0], []).append((p.name, tuple(words[1:]), prep, False))
            for noun, prep in p.noun_triggers:
                self.nouns.setdefault(noun, []).append((p.name, prep))
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
        # properties to an event: whoever takes part in an attack makes it ("joined the attacks on ...")
        self.participation_props = {name for name, p in ont.properties.items() if p.range == {"Event"}}
        # "urged that the bombers be turned against oil": proposal verbs and priority phrases
        self.proposals = [(name, p.proposal_verbs, p.priority_phrases) for name, p in ont.properties.items()
                          if p.proposal_verbs]
        self.proposal_verbs = {v for _, verbs, _ in self.proposals for v in verbs}
        self.group_nouns = {w: name for name, p in ont.properties.items() for w in p.group_nouns}
        self.group_verbs = {v for p in ont.properties.values() for v in p.group_verbs}
        self.placing_verbs = {v for p in ont.properties.values() for v in p.placing_verbs}
        self.making_verbs = {v for p in ont.properties.values() for v in p.making_verbs}
        self.role_nouns = {w: name for name, p in ont.properties.items() for w in p.role_nouns}
        # ("convert to": the preposition of what the agent is for; "of" by default)
        self.agent_nouns = {w.split()[0]: name for name, p in ont.properties.items() for w in p.agent_nouns}
        self.agent_preps = {w.split()[0]: (w.split()[1:] or ["of"])[0] for p in ont.properties.values()
                            for w in p.agent_nouns}
        self.verdict_nouns = {w: name for name, p in ont.properties.items() for w in p.verdict_nouns}
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

    def _title_word(self, doc: Doc, k: int) -> bool:
        """Whether ``doc[k]`` is a word of a title or post before a name: "Maj.", "General",
        "Secretary", and the "of War" of "Secretary of War"."""
        def post(i: int) -> bool:
            return i >= 0 and doc[i].lower_ in self.position_heads

        w = doc[k].lower_
        return w in self.title_words or w.rstrip(".") in self.title_words or post(k) or \
            w in ("of", "for") and post(k - 1) or \
            doc[k].text[:1].isupper() and k > 1 and doc[k - 1].lower_ in ("of", "for") and post(k - 2)

    def _fits(self, m: Mention, allowed: set[str]) -> bool:
        if not allowed:
            return True
        if not m.types and m.source == "position":
            return False  # an appositive post ("Tedder, Deputy Supreme Commander") is not an entity
        if not m.types:
            # an untyped name takes the only class allowed, but a plural is never one person
            if allowed == {"Person"} and self._doc[m.head].tag_ in ("NNS", "NNPS"):
                return False
            # (a bare name where places are allowed is a place: "The RAF attacked Wanne-Eickel")
            return len(allowed) == 1 or (m.source == "name" and "Place" in allowed)
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
        return lemma in self.reply_verbs or any(_has_particles(verb, parts)
                                                for parts in self.reply_particles.get(lemma, []))

    def _split_phrases(self, objs: list[Token]) -> list[Token]:
        """"struck the Ploesti/obj refineries/xcomp": a place name the parser cut off from the
        facility noun right after it stands for that noun (the place is the noun's, see
        _place_modifier)."""
        out = []
        for o in objs:
            m = self._at.get(o.i)
            nxt = self._at.get(m.end) if m is not None and m.end < len(o.doc) else None
            if m is not None and m.types[:1] == ["Place"] and nxt is not None and nxt.source == "noun" and \
                    nxt.types[:1] == ["Facility"] and o.doc[nxt.head].head.i == o.head.i and \
                    o.doc[nxt.head].dep_ in ("xcomp", "obj", "iobj", "dep", "ccomp"):
                out.append(o.doc[nxt.head])
            else:
                out.append(o)
        return out

    def _can_act(self, toks: list[Token], prop: str) -> bool:
        """Whether one of ``toks`` names an entity typed to be the subject of ``prop``."""
        allowed = self.ont.properties[prop].domain
        return any((m := self._at.get(t.i)) is not None and m.types and self._fits(m, allowed) for t in toks)

    def _named_members(self, tok: Token, verb: Token) -> list[Mention]:
        """"the synthetic plants at Leuna and Pölitz": the plants known by the names after "at"
        are members of a plural facility noun (what is done to the group is done to each; the
        "at" phrase may hang on the verb, right after the noun)."""
        m = self._at.get(tok.i)
        if m is None or m.source != "noun" or m.types[:1] != ["Facility"] or tok.tag_ != "NNS":
            return []
        out: list[Mention] = []
        # "struck five synthetic oil plants in central Germany, among them Pölitz, Ruhland and Böhlen"
        heads: list[Token] = []
        doc, k = tok.doc, tok.right_edge.i + 1
        # ("the synthetic plants of the Ruhr, such as Scholven and Gelsenberg,": the examples named)
        heads_such = [o for p, o in prep_objects(tok) if p in ("such as", "like", "including")] + [
            c for c in tok.children if c.dep_.startswith("nmod") and
            any(x.lower_ == "such" and x.dep_ == "case" for x in c.children)]  # ("such/JJ/case as/fixed")
        if doc[k - 2:k].text.lower() == "among them" or k < len(doc) and doc[k].lower_ in ("including", "notably"):
            k += k < len(doc) and doc[k].lower_ in ("including", "notably")
            first = self._at.get(k)
            if first is not None and first.start == k:
                heads.append(doc[first.head])
        heads += [o for p, o in list(prep_objects(tok)) + [(p, o) for p, o in prep_objects(verb)
                                                           if o.left_edge.i == tok.right_edge.i + 1] if p == "at"]
        heads += [o for o in heads_such if o not in heads]
        names: list[Mention] = []
        for x in (x for h in heads for x in conjuncts(h)):
            xm = self._at.get(x.i)
            if xm is not None and xm.source in ("alias", "name") and not any(xm is n for n in names):
                names.append(xm)
        out += [xm for xm in names if xm.types[:1] == ["Facility"]]
        if out:
            # ("the synthetic plants at Zwickau, Leuna, Brüx and Chemnitz": in a list of plants, a
            # name only guessed to be a town is a plant too)
            for xm in names:
                if xm.source == "name" and (not xm.types or xm.weak_type) and xm not in out:
                    xm.types, xm.weak_type = ["Facility"], False
                    out.append(xm)
        return out

    def _with_members(self, toks, verb: Token) -> list[Token]:
        """``toks`` and the plants named as members of any of them (see ``_named_members``)."""
        out = list(toks)
        return out + [self._doc[n.head] for t in toks for n in self._named_members(t, verb) if self._doc[n.head] not in out]

    def _it_subject(self, tok: Token, allowed: set[str]) -> Mention | None:
        """The body an acting subject "it" continues: the subject of the sentences before, back
        through other subjects "it" (at most three sentences), if it is a single thing of a
        class the verb takes."""
        sent = tok.sent
        clause = tok.head
        if clause.dep_ in ("parataxis", "conj") and clause.head.i < tok.i:
            # ("... did Bomber Command return to the plants; that night it attacked ...": the clause before)
            first = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ != "it"]
            m = self._at.get(first[0].i) if first else None
            if m is not None and m.types and "Person" not in m.types[:1] and self._fits(m, allowed):
                return m
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = self._doc[sent.start - 1].sent
            subs = [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            if not subs and sent.root.pos_ in ("NOUN", "PROPN"):
                subs = [sent.root]  # (a sentence the parser left without a verb: its noun is the topic)
            if not subs:
                return None
            if subs[0].lower_ == "it":
                continue
            m = self._at.get(subs[0].i)
            owner = possessor(subs[0]) if m is None and subs[0].tag_ == "NN" else None
            if owner is not None and owner.i != subs[0].i:
                m = self._at.get(owner.i)  # ("Bomber Command's contribution grew. In October it dropped ...")
            # (a document is kept even where the verb wants a writer: what it says, its writer says)
            if m is None or not m.types or "Person" in m.types[:1] or subs[0].tag_ in ("NNS", "NNPS") or \
                    not (self._fits(m, allowed) or m.types[:1] == ["Document"]):
                return None
            return m
        return None

    def _it_antecedent(self, tok: Token, allowed: set[str]) -> Mention | None:
        """"Bottomley signed it", "Bomber Command attacked it again": an object "it" is the last
        thing of a class the verb takes, named in its sentence or the one before, a subject
        first ("it" as a subject is too often empty: "it was decided")."""
        sent = tok.sent
        lo = self._doc[sent.start - 1].sent.start if sent.start > 0 else sent.start  # (the sentence before)
        own = {c.i for c in tok.head.children if c.dep_ in SUBJ}
        cands = [(h, m) for h, m in self._heads.items() if lo <= h < tok.i and h not in own and m.types
                 and "Person" not in m.types[:1] and self._doc[h].tag_ not in ("NNS", "NNPS") and self._fits(m, allowed)]
        if not cands:
            return None
        # (the word in the text is the subject, also when it stands for a name: "The plant at Blechhammer ...")
        # (a noun the parser made the root of a sentence it misread is that sentence's topic)
        subj = [(h, m) for h, m in cands if self._doc[h].dep_ in SUBJ | PASS_SUBJ_DEPS or
                self._doc[h].dep_ == "ROOT" and self._doc[h].pos_ in ("NOUN", "PROPN")]
        h, m = max(subj or cands, key=lambda hm: hm[0])
        return self._at.get(h, m)  # (what the word stands for: "the synthetic plant at Blechhammer" is Blechhammer)

    def _place_in_a_list(self, m: Mention, allowed: set[str]) -> bool:
        """"attacks on Bottrop, Homberg/ORG and Wanne-Eickel": a name only the NER model typed,
        listed among places where places are allowed, is a place."""
        if not (m.weak_type and m.source == "name" and "Place" in allowed) or self.ont.fits(m.types[:1], allowed):
            return False
        others = [self._at.get(c.i) for c in self._doc[m.head].conjuncts]
        return any(o is not None and o is not m and o.types[:1] == ["Place"] for o in others)

    def _person_by_role(self, m: Mention, allowed: set[str]) -> bool:
        """A one-word name the NER model called a place, in a role only people and bodies
        play ("Galbraith disagreed with ..."), is a person: a surname, not an organisation's name."""
        return m.weak_type and "Person" in allowed and not self.ont.fits(m.types[:1], allowed) and \
            m.end - m.start == 1 and m.source == "name" and self._doc[m.head].tag_ == "NNP" and \
            not m.text.isupper() and m.types[:1] == ["Place"]

    def _args(self, tok: Token, allowed: set[str], depth: int = 0) -> list[tuple[Mention, str | None]]:
        """Mentions that ``tok`` stands for, seeing through partitives and possessors."""
        if depth > 3:
            return []
        out: list[tuple[Mention, str | None]] = []
        lemma = tok.lemma_.lower()
        if tok.tag_ == "WP$":  # "Zuckerman, whose paper ...": the noun the relative clause hangs on
            cur = tok.head
            while cur.head.i != cur.i and cur.dep_ not in ("acl:relcl", "relcl", "advcl:relcl"):
                cur = cur.head
            if cur.head.i != cur.i:
                return self._args(relative_antecedent(tok, cur.head), allowed, depth + 1)
            # ("General Doolittle, whose Eighth Air Force carried ..., visited" with the relative
            # clause read as the main one: the name set off right before "whose")
            k = tok.i - 1
            while k >= 0 and tok.doc[k].is_punct:
                k -= 1
            prev = tok.doc[k] if k >= 0 and tok.doc[k + 1].text == "," else None
            return self._args(prev, allowed, depth + 1) if prev is not None and prev.pos_ == "PROPN" else []
        if tok.lower_ == "what" and tok.head.lemma_.lower() in NAMING_VERBS:
            # "his contempt for what he called the panacea mongers": what he named
            return [a for o in direct_objects(tok.head) if o.i != tok.i for a in self._args(o, allowed, depth + 1)]
        if lemma in ACTION_NOUNS or lemma in PATIENT_NOUNS:
            # "favoured attacks on railways": the stance is towards the target;
            # "the raids of the Eighth Air Force": the actor; "the destruction of Böhlen": the target
            actor = bool(allowed) and self.ont.fits(["Organization"], allowed)
            if lemma in PATIENT_NOUNS:  # (its actor is only ever "by": not an argument here)
                preps = ("of", "on", "against")
            else:
                preps = ("of", "by") if actor else ("on", "against")
            for prep, o in prep_objects(tok):
                if prep in preps:
                    out += self._args(o, allowed, depth + 1)
            if out:
                return out
        if lemma in self.role_nouns and self._at.get(tok.i) is None and tok.dep_ in SUBJ and \
                tok.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in tok.head.children) and \
                not is_negated(tok.head):
            # "The targets assigned to the Fifteenth were the refineries of Ploesti and the plants in
            # Silesia": the role noun stands for what it is
            preds = conjuncts(tok.head)
            return [a for o in preds + self._stray_conjuncts(preds) for a in self._args(o, allowed, depth + 1)]
        if allowed and self.ont.fits(["Place"], allowed) and (place := self._landscape_place(tok)).i != tok.i:
            # ("hidden in the forests of Thuringia", "of Bavaria and Austria")
            return [a for x in conjuncts(place) for a in self._args(x, allowed, depth + 1)]
        m = self._at.get(tok.i)
        if m is not None and m.types[:1] and self.ont.fits(m.types[:1], {"Organization"}):
            # "No. 205 Group RAF": a unit named before its service is the unit
            unit = next((um for c in tok.children if c.dep_ == "compound" and c.i < m.start and
                         (um := self._at.get(c.i)) is not None and um.end == m.start and um is not m and
                         um.types[:1] == ["MilitaryUnit"]), None)
            m = unit or m
        if m is None and tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and \
                not is_passive(tok.head) and tok.head.lemma_.lower() not in EXPLETIVE_IT_VERBS:
            m = self._it_subject(tok, allowed)  # "The committee met weekly. ... In September it told the Chiefs"
            if m is None and allowed == {"Document"}:  # "Directive to X, 25 September. Signed by Y, it ..."
                m = self._it_antecedent(tok, allowed)
        if m is None and tok.lower_ == "it" and (tok.dep_ in OBJ or tok.dep_ in PASS_SUBJ_DEPS and (any(
                p == "by" for p, _ in prep_objects(tok.head)) or allowed == {"Document"}) or
                case_of(tok) == "of" and tok.head.lemma_.lower() in PARTITIVES and tok.head.dep_ in OBJ):
            # (also "wrote most of it": the object's part)
            # ("It was attacked by ...", "It was circulated to the Chiefs": never empty)
            m = self._it_antecedent(tok, allowed)
            if m is None and "Person" in allowed and "Document" not in allowed:
                m = self._it_antecedent(tok, {"Document"})  # "Harris answered it": the letter, its writer below
        if (m is None or m.source in ("noun", "position")) and (tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and (
                tok.dep_ in SUBJ or tok.dep_ in OBJ)):  # ("Its chief/JJ, Colonel Hughes, drafted")
            # "Its members, among them Bufton and Maxwell, ranked oil first": the body acts (but
            # "Its American member, Colonel Maxwell, pressed for ...": the one named)
            if tok.tag_ == "NNS" and self._group_owner(tok)[1] is not None:
                return self._args(self._group_owner(tok)[1], allowed, depth + 1)
            # "Its commander, General Twining, reported ...": the apposition names it
            for a in tok.children:
                am = self._at.get(a.i)
                # (not a name of another kind: "Minute, Anderson to Spaatz" names the minute's writer)
                if a.dep_ == "appos" and a.i > tok.i and am is not None and am.source in ("alias", "name") and \
                        (not am.types or not allowed or self.ont.fits(am.types[:1], allowed)):
                    out += [x for c in conjuncts(a) for x in self._args(c, allowed, depth + 1)]
            # (the first comma after the noun's own words; the parser may hang the name on a word of its phrase)
            k = next((t.i for t in tok.doc[tok.i + 1:tok.right_edge.i + 2] if t.text == ","), len(tok.doc))
            if not out and m is not None and m.types[:1] == ["Person"] and k + 1 < len(tok.doc) and \
                    tok.doc[k].text == "," and (named := self._at.get(k + 1)) is not None and \
                    all(self._at.get(j) is named for j in range(k + 1, named.start)) and \
                    named.source in ("alias", "name") and named.end < len(tok.doc) and \
                    tok.doc[named.end].text in (",", ".") and (not named.types or named.weak_type or
                                                                named.types[:1] == ["Person"]):
                return [(named, None)]  # "the Japanese ambassador in Berlin, Oshima, reported": the name set off after it
            if out:
                return out
        if m is None and tok.pos_ == "NOUN":
            # "the Enemy Objectives Unit, a group led by Kindleberger": the apposition stands
            # for the name it describes (also when the parser split them: "Unit/nsubj, group/nsubj")
            named = tok.head if tok.dep_ == "appos" else named_by_comma(tok)
            if named is not None and named.i in self._heads:
                return self._args(named, allowed, depth + 1)
        if m is not None and tok.lower_ == "its" and m.types and allowed and not self._fits(m, allowed) and \
                (tok.head.lemma_.lower() in self.position_heads or tok.head.lemma_.lower() in PARTITIVES):
            # ("Ploesti was the most important. Twining, ..., as its commander": "its" is what a
            # commander commands, the nearest body, not the nearest place; "Its output supplied
            # ...": the plant's; but not "ordered its dispersal")
            alt = self._it_antecedent(tok, allowed)
            if alt is not None and not alt.weak_type and self.ont.fits(alt.types[:1], allowed):
                m = alt
        if m is not None and self._fits(m, allowed):
            if tok.lower_ in GROUP_PRONOUNS and "Person" in m.types[:1]:
                # "Tedder and Zuckerman opposed it. They favoured ...": coreference gives the
                # group's first member, its conjuncts are the others
                return [(m, None)] + [(self._heads[c.i], None) for c in conjuncts(self._doc[m.head])[1:]
                                      if c.i in self._heads and self._fits(self._heads[c.i], allowed)]
            return [(m, None)]
        if m is not None and "Document" in m.types[:1] and allowed and not self.ont.fits(["Document"], allowed):
            # "Note by Bufton criticizing Bomber Command": what a document says, its author says
            # (also when named before: "Report by the JIC, ... The report concluded that ...")
            named_at = self._doc[m.head]  # (the document's own words, also through "it": "Portal's reply ... It")
            for prep, o in list(prep_objects(tok)) + (list(prep_objects(named_at)) if m.head != tok.i else []):
                if prep in ("by", "from"):
                    out += self._args(o, allowed, depth + 1)
            owner = possessor(tok) or possessor(named_at)
            # "His paper argued that ...": its writer
            if not out and owner is not None and owner.i not in (tok.i, m.head):
                out += self._args(owner, allowed, depth + 1)
            if not out and tok.dep_ in OBJ and any(p in self.document_props for p, _, _, _ in
                                                   self.verbs.get(tok.head.lemma_.lower(), [])):
                # "Tedder circulated a paper to the Chiefs proposing that ...": who sent or wrote it
                out += [a for s in subjects(tok.head) for a in self._args(s, allowed, depth + 1)]
            if not out and tok.dep_.startswith("obl") and _covering(tok):
                # "Harris returned it with a note saying that ...": the one who sends it with a note wrote it
                out += [a for s in subjects(tok.head) for a in self._args(s, allowed, depth + 1)]
            if not out:  # a catalogue entry, "Letter, Harris to Portal, ..., replying to ...": the name after the comma
                for c in tok.children:
                    if c.dep_ in ("conj", "appos", "list") and c.i > tok.i and comma_before(c):
                        out += [(a, q) for a, q in self._args(c, allowed, depth + 1) if a.types[:1] != ["Document"]]
                        break
            if out:
                return out
        if tok.lemma_.lower() in PARTITIVES or tok.lower_ in PARTITIVES:
            qty = _quantity(tok)
            for prep, o in prep_objects(tok):
                if prep == "of":
                    out += [(a, a_q or qty) for a, a_q in self._args(o, allowed, depth + 1)]
        if not out and (m is None or not self._fits(m, allowed)) and lemma not in PATIENT_NOUNS:
            # (but the possessor of a deed done to it is its patient: "ordered its dispersal")
            p = possessor(tok)
            if p is not None and p.i != tok.i:
                out += self._args(p, allowed, depth + 1)
            elif lemma in OPINION_NOUNS:  # ("refused to accept the view of the Ministry": the Ministry's)
                out += [a for q, o in prep_objects(tok) if q == "of" for a in self._args(o, allowed, depth + 1)]
        if not out and (m is None or not m.types or m.weak_type or lemma in ACTION_NOUNS) and \
                tok.pos_ in ("NOUN", "PROPN"):
            # "R.A.F. Lancasters attacked ...", "Eighth Air Force bombers": the unit acts (so in
            # "knocked out by repeated RAF attacks")
            mods = [c for c in tok.children if c.dep_ == "compound"]
            k = (m.start if m else tok.i) - 1
            while k > 0 and tok.doc[k].pos_ == "ADJ" and tok.doc[k].is_lower and k not in self._at:
                k -= 1  # ("R.A.F./RB heavy bombers": past the plain adjectives)
            if k >= 0 and k in self._at and self._at[k].end == k + 1:
                mods.append(tok.doc[k])  # adjacent even when the parser lost the compound
            for c in mods:
                cm = self._at.get(c.i)
                if cm is not None and cm is not m and cm.source != "pronoun" and \
                        self.ont.fits(cm.types[:1], {"Organization"}) and self._fits(cm, allowed):
                    out.append((cm, None))
                    break
            if out:
                return out
        if not out and (m is None or not m.types) and tok.pos_ in ("NOUN", "PROPN") and \
                (tok.tag_ in ("NNS", "NNPS") or any(c.like_num for c in tok.children) or
                 tok.lower_.endswith("s") and tok.lower_ in COMMON_CAPITALISED):  # ("1,200 aircraft of", "Lancasters/NNP")
            # "Fortresses and Liberators of the Eighth Air Force bombed ...": the unit acts
            for prep, o in prep_objects(tok):
                om = self._at.get(o.i)
                if prep == "of" and om is not None and self._fits(om, allowed) and \
                        self.ont.fits(om.types[:1], {"Organization"}):
                    out.append((om, None))
                elif prep == "of" and om is None and o.tag_ == "NNS" and tok.tag_ == "NNS":
                    # "Strong forces of R.A.F. heavy bombers attacked ...": the bombers' unit
                    out += [(a, q) for a, q in self._args(o, allowed, depth + 1)
                            if self.ont.fits(a.types[:1], {"Organization"})]
            verb = tok.head
            if not out and tok.dep_ in SUBJ and any(c.like_num for c in tok.children) and \
                    verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i and verb.head.pos_ == "VERB":
                # "The Eighth Air Force flew its first mission ..., when 935 bombers attacked Zwickau":
                # counted aircraft in a clause of a unit's action are that unit's
                out += [(a, q) for s in subjects(verb.head) for a, q in self._args(s, allowed, depth + 1)
                        if self.ont.fits(a.types[:1], {"Organization"})]
        return out

    # ------------------------------------------------------------------ main
    def extract(self, doc: Doc, mentions: list[Mention], coref: dict[int, Mention],
                quotes: list[Quote] | None = None) -> Extraction:
        self._index(doc, mentions, coref)
        ex = Extraction()
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in self.verbs and tok.pos_ in ("VERB", "AUX"):
                self._verb(tok, ex)
                if any(prop in self.locative_props for prop, _, _, _ in self.verbs[lemma]) and not is_negated(tok):
                    for c in tok.children:  # "The plant, which lay north of Stettin, ...": a compass word
                        for sub in subjects(tok):
                            self._compass_place(ex, sub, c)
            elif tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") and tok.pos_ not in ("VERB", "AUX"):
                # the tag backs up the part of speech: "smashed" tagged VBD but ADJ (so not lemmatized)
                base = _verb_base(tok.lower_, self.verbs)
                if base:
                    self._verb(tok, ex, base)
            if lemma == "return" and tok.pos_ == "VERB" and "attacked" in self.ont.properties:
                self._aircraft_return(tok, ex)
            if tok.pos_ in ("VERB", "AUX") and self.inverse_preps:
                self._fronted_inverse(tok, ex)
            if tok.pos_ == "VERB" and lemma in COVERING_VERBS and "authored" in self.ont.properties:
                self._covering_documents(tok, ex)
            if lemma == "receive" and tok.pos_ == "VERB" and "addressedTo" in self.ont.properties:
                self._received(tok, ex)
            if lemma in self.negated_verbs and tok.pos_ == "VERB" and _denied(tok):
                self._verb(tok, ex, negated=True)
            if lemma in self.nouns or tok.lower_ in self.nouns:
                self._noun(tok, ex)
            if lemma in ("have", "must") or tok.pos_ == "VERB":
                self._obligation(tok, ex)
            if tok.lower_ in self.adjectives and tok.pos_ in ("ADJ", "VERB", "NOUN"):  # (tagged either way)
                self._adjective(tok, ex)
            if lemma in self.placing_verbs and tok.pos_ == "VERB" and not is_negated(tok):
                # "Underground refineries were begun in the Harz": what is built somewhere is there
                self._object_place(tok, passive_subjects(tok) if is_passive(tok) else direct_objects(tok), ex,
                                   anywhere=True)
            if lemma in self.group_verbs and tok.pos_ in ("VERB", "AUX") or tok.pos_ in ("PROPN", "NOUN") and (
                    any(c.dep_ == "cop" for c in tok.children) or tok.lower_ in self.group_nouns):
                self._group_members(tok, ex)
            if tok.pos_ == "VERB" and (lemma in self.speech_verbs or lemma in GIVING_VERBS) and \
                    "addressedTo" in self.ont.properties:
                self._document_hearers(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.amount_verbs and "quantity" in self.ont.properties:
                self._production(tok, ex)
            if tok.pos_ == "VERB" and self.role_nouns:
                self._taken_as(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.agent_nouns:
                self._agent_noun(tok, ex)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.role_nouns:
                self._role_owner(tok, ex)
            if tok.pos_ == "NOUN" and self._verdict_key(tok) is not None:
                self._verdict(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.making_verbs:
                self._made_priority(tok, ex)
            if tok.pos_ == "VERB" and lemma in self.proposal_verbs:
                self._proposal(tok, ex, lemma)
            elif tok.tag_ == "NN" and (base := _verb_base(tok.lower_, self.proposal_verbs)) and \
                    tok.lower_.endswith("ing"):
                self._proposal(tok, ex, base)  # "wrote to Eisenhower on 5 March urging/NN that ..."
        for m in mentions:
            if m.source == "pronoun":
                continue
            self._appos(doc[m.head], m, ex)
            if m.source in ("alias", "name") and (not m.types or m.weak_type or m.types[:1] == ["Person"]):
                self._possessed_post(doc[m.head], ex)  # (a name the text has not typed yet may be a person)
            if m.types[:1] == ["Person"]:
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
        self._compass(doc, ex)
        if "addressedTo" in self.ont.properties:
            self._told_next(doc, ex)
        self._reply_to_previous(doc, ex)
        self._attribute(doc, ex)
        if quotes:
            self._quotes(doc, quotes, ex)
        self._reported(doc, quotes or [], ex)
        self._claims(doc, ex)
        return _dedupe(ex)

    def _emit(self, ex: Extraction, subs, objs, prop: str, tok: Token, rule: str, family: str):
        p = self.ont.properties[prop]
        if prop not in self.locative_props:  # (the plants are "at" their own names)
            # (as subjects too: "The Bergius plants at Leuna, Pölitz and Gelsenkirchen produced ...": each did)
            objs, subs = self._with_members(objs, tok), self._with_members(subs, tok)
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
                            elif not mm.types and mm.source == "name" and allowed == {"Person"} and \
                                    mm.end - mm.start == 1:
                                # ("Cochrane, who commanded the group, pressed Harris ...": a bare name
                                # only a person fits is one, for the facts after too)
                                mm.types, mm.weak_type = ["Person"], True
                        ex.facts.append(RawFact(sm, prop, om, tok.i, rule, CONFIDENCE[family], quantity=qty))

    def _verb(self, tok: Token, ex: Extraction, lemma: str | None = None, negated: bool = False) -> None:
        """The facts of a trigger verb (with ``negated``: of a denied kg:negatedTrigger verb)."""
        lemma = lemma or tok.lemma_.lower()
        if self._task_gerund(tok):
            return  # "was tasked with attacking the plants": a task, not an attack (see _task_content)
        for prop, particles, prep, inverse in (self.negated_verbs if negated else self.verbs)[lemma]:
            gapped: list[tuple[Token, Token]] = []  # (agent, patient) of a gapped passive clause
            if prep and any(c.lower_ == prep and (c.dep_ in ("compound:prt", "prt") or c.dep_ == "advmod" and
                                                  c.tag_ in ("RB", "RP")) for c in tok.children):
                particles, prep = particles + (prep,), None  # "knocked out the plant": a particle, no preposition
            if particles and not _has_particles(tok, particles):
                continue
            if not negated and (is_negated(tok) or is_hypothetical(tok) or _denied_particle(tok, particles)):
                ex.negated += 1
                if prep is None and not is_passive(tok):
                    # the place is still the object's: "could not attack the plants at Pölitz"
                    self._object_place(tok, direct_objects(tok), ex)
                continue
            if prep and tok.dep_ in ("case", "mark") and tok.head.pos_ in ("NOUN", "PROPN") and \
                    tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == prep:
                # "The directive was based on Bufton's draft" parsed with "based on" as the
                # preposition of "draft": the clause's subject is the verb's
                subs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
                self._emit(ex, subs, [tok.head], prop, tok, f"verb:{lemma}+{prep}:copula", "verb")
                continue
            passive = is_passive(tok)
            rule = f"{'negated' if negated else 'verb'}:{lemma}{'_' + '_'.join(particles) if particles else ''}" \
                f"{'+' + prep if prep else ''}"
            if prep is None:
                if passive:
                    # ("by the Fifteenth Air Force and by night by No. 205 Group": one agent on the verb,
                    # one hung on the time phrase)
                    subs = [o for p, o in prep_objects(tok) if p == "by"]
                    subs += [a for a in stray_agent(tok) if a not in subs]
                    # ("commanded by Twining, the Eighth by Doolittle": a second agent after a noun of its
                    # own is a gapped clause's, its noun the patient)
                    gapped = [(a, tok.doc[by.i - 1]) for a in subs[1:]
                              for by in a.children if by.dep_ == "case" and by.lower_ == "by" and
                              tok.doc[by.i - 1].pos_ in ("PROPN", "NOUN") and by.i - 1 > subs[0].i]
                    subs = [a for a in subs if a not in [g for g, _ in gapped]]
                    # ("signed by Bottomley for the Air Staff and by Spaatz/conj>Staff for USSTAF": an agent
                    # coordinated with "and by")
                    subs += _coordinated_agents(tok, subs)
                    objs = passive_subjects(tok)
                    rule += ":passive"
                else:
                    subs, objs = subjects(tok), direct_objects(tok) or _approximate_amounts(tok)
                    if not objs and particles:  # "placed oil/obl:unmarked first/advmod": hung on the particle
                        objs = [c for p in tok.children if p.lower_ in particles for c in p.children
                                if c.i < p.i and c.pos_ in ("NOUN", "PROPN") and not case_of(c)]
            else:
                pobjs = [o for p, o in prep_objects(tok) if p == prep]
                if not pobjs and particles:  # "took part in the offensive": the phrase hangs on "part"
                    pobjs = [o for c in _particle_tokens(tok, particles)
                             for p, o in prep_objects(c) if p == prep]
                if not pobjs and particles and prep == "to" and not passive:
                    # "gave oil the highest priority": the double-object form of "give priority to"
                    words = _particle_tokens(tok, particles)
                    pobjs = [c for c in tok.children if c.dep_ in ("iobj", "dative") and c.i < min(t.i for t in words)]
                # (a prepositional object misread as xcomp is not also a direct object)
                dobjs = [o for o in direct_objects(tok) if o.lower_ not in particles and o not in pobjs]
                # ("dropped 6,000 tons on the plants; the Americans, 3,500": a conjunct after a
                # semicolon opens a clause of its own, whose verb is left out)
                dobjs = [o for o in dobjs if not (o.dep_ == "conj" and any(t.text == ";" for t in tok.doc[tok.i:o.i]))]
                if not pobjs:  # "dropped 200,000 tons of bombs on oil targets": the phrase hangs on the load
                    # (an untyped name is a load too: "sent 371 Lancasters against Brux")
                    loads = [d for d in dobjs if self._at.get(d.i) is None or not self._at[d.i].types]
                    # ("dropped 13,000 tons/obl:unmarked of bombs on Ploesti": an amount the parser made adverbial)
                    loads += [c for c in tok.children if c.dep_ in ("obl:unmarked", "obl:npmod", "npadvmod", "obl")
                              and c.i > tok.i and any(x.dep_ == "nummod" for x in c.children)
                              and not case_of(c) and self._at.get(c.i) is None and c not in loads]
                    loads += [n for d in loads for p, n in prep_objects(d) if p == "of" and self._at.get(n.i) is None]
                    pobjs = [o for d in loads for p, o in prep_objects(d) if p == prep]
                if prop in self.task_props and prep == "to" and not pobjs and not passive:
                    # "assigned the benzol plants to the Eighth Air Force" with the phrase hung on the plants
                    pobjs = [o for d in dobjs for t in d.subtree for p, o in prep_objects(t) if p == "to"]
                if passive and prep == "to" and dobjs and not pobjs:
                    # "The Eighth Air Force was assigned the benzol plants": the passive subject
                    # is the recipient and the object what it was given
                    subs, objs = passive_subjects(tok), dobjs
                    rule += ":passive"
                elif passive:
                    subs, objs = passive_subjects(tok), pobjs
                    if prop in self.task_props and prep == "to" and self._can_act(objs, prop) and \
                            not self._can_act(subs, prop):
                        subs, objs = objs, subs  # "The plants were assigned to the Eighth Air Force"
                    rule += ":passive"
                elif prop in self.task_props and prep == "to" and dobjs and pobjs:
                    # "entrusted the repair of the plants to Geilenberg", "assigned the plants to
                    # the Eighth": the one given the task is the phrase's, unless only the object
                    # can take one ("assigned the Eighth to the plants")
                    if self._can_act(pobjs, prop) or not self._can_act(dobjs, prop):
                        subs, objs = pobjs, [d for d in dobjs if d not in pobjs]
                    else:
                        subs, objs = dobjs, pobjs
                elif dobjs and pobjs and not particles and self._can_act(dobjs, prop) and \
                        any(self._at.get(o.i) is not None and self._at[o.i].types for o in dobjs):
                    # "tasked Bomber Command with the plants" (but "sent 886 bombers against the
                    # plants": the direct object names no entity, the subject acts; nor
                    # "succeeded Eaker in command of the Eighth": a trigger of several words)
                    subs, objs = dobjs, pobjs
                elif particles and prop in self.task_props and (
                        receivers := [c for c in tok.children if c.dep_ in ("iobj", "obj", "dobj") and
                                      c.lower_ not in particles and (self._can_act([c], prop) or c.pos_ == "PROPN")]):
                    subs, objs = receivers, pobjs  # ("Speer gave Dorsch charge of the plants": Dorsch is tasked)
                else:
                    subs, objs = subjects(tok), pobjs
                if inverse:  # "Leuna came under attack from the Eighth Air Force"
                    subs, objs = objs, subs
                    rule += ":inverse"
                elif prop in self.task_props:
                    objs = self._task_content(tok, prep, prop, objs)
                    if not passive and objs and subs is not dobjs and prep != "to" and \
                            any(self._at.get(o.i) is not None and self._at[o.i].types for o in dobjs):
                        subs = dobjs  # "tasked Bomber Command with attacking the plants": the one tasked
            if prep is None and not passive and objs:
                # "hit Ruhland on 12 September and Brüx the next day": a plant or place coordinated
                # with the verb's date is another object
                objs = objs + [c for t in tok.children if t.dep_.startswith("obl") and is_date_word(t)
                               for c in t.conjuncts if c.i > t.i and (cm := self._at.get(c.i)) is not None and
                               cm.types[:1] in (["Facility"], ["Place"]) and c not in objs]
            objs = self._split_phrases(objs) + self._stray_conjuncts(objs) + self._consumers(objs, prop)
            if subs and not rule.endswith(":inverse"):
                subs = list(subs) + [a for a in _co_agents(tok) if a not in subs and a not in objs]
            self._emit(ex, subs, objs, prop, tok, rule, "verb")
            for agent, patient in gapped:
                self._emit(ex, [agent], [patient], prop, tok, f"{rule}:gapped", "verb")
            # ("In Budapest the Shell refinery was destroyed": with no actor, the place is the object's)
            self._object_place(tok, objs, ex, anywhere=passive and not subs)
            if prop in self.recipient_props:
                # "Portal sent a letter to Harris", "Bufton sent Portal a paper": the
                # document is addressed to the recipient
                recipients = [c for c in tok.children if c.dep_ in ("iobj", "dative")] + [
                    o for p, o in prep_objects(tok) if p == "to"]
                for o in objs:  # ('submitted his "Plan for ... Offensive" to Eisenhower' hung inside the title)
                    om = self._at.get(o.i)
                    if om is not None:
                        recipients += [x for k in range(om.start, om.end) for p, x in prep_objects(tok.doc[k])
                                       if p == "to" and x.i >= om.end and x not in recipients]
                if recipients:
                    # ("to the Eighth and Fifteenth Air Forces": both)
                    recipients = list(dict.fromkeys(c for r in recipients for c in conjuncts(r)))
                    # ("sent the letter on to Harris with a covering note": the note goes with it)
                    enclosed = [o for p, o in prep_objects(tok) if p == "with" and
                                (om := self._at.get(o.i)) is not None and om.types[:1] == ["Document"]]
                    self._emit(ex, objs + enclosed, recipients, "addressedTo", tok, f"{rule}+recipient", "verb")
            if prop == "repliesTo" and "addressedTo" in self.ont.properties:
                # "Harris answered Portal's letter": the letter was addressed to Harris
                letters = [o for o in objs if (om := self._at.get(o.i)) is not None and "Document" in om.types[:1]]
                self._emit(ex, letters, subs, "addressedTo", tok, f"{rule}:answered-document", "verb")

    def _task_content(self, tok: Token, prep: str, prop: str, objs: list[Token]) -> list[Token]:
        """What a task or a proposal is about when it names a doing: "tasked with the attack on
        the plants", "tasked with attacking the plants", "pressed for the bombing of Leuna".
        A noun trigger counts when its property's range lies within the task's."""
        out = self._doing_targets(objs, prop)
        for g in self._gerunds_after(tok, prep):
            out += direct_objects(g) or [x for p, x in prep_objects(g) if p in ("on", "against")]
        return out

    def _doing_targets(self, objs: list[Token], prop: str, depth: int = 0) -> list[Token]:
        """"the attack on the plants" -> the plants, for a property about something to be done
        (a noun trigger counts when its property's range lies within ``prop``'s; so does one of
        ``prop``'s own content nouns: "the repair of the works")."""
        rng = self.ont.properties[prop].range
        own = self.ont.properties[prop].content_nouns  # ("tasked with the repair of the works")
        out = []
        for o in objs:
            preps = [pr for p2, pr in self.nouns.get(o.lemma_.lower(), []) if self.ont.properties[p2].range <= rng]
            preps += [pr for noun, pr in own if noun == o.lemma_.lower()]
            inner = [x for p, x in prep_objects(o) if p in preps]
            # (and through a second one: "take charge of the repair of the plants")
            out += (self._doing_targets(inner, prop, depth + 1) if depth < 2 else inner) if inner else [o]
        return out

    @staticmethod
    def _gerunds_after(tok: Token, prep: str) -> list[Token]:
        return [c for c in tok.children if c.tag_ == "VBG" and c.i > tok.i and
                c.dep_ in ("advcl", "pcomp", "xcomp", "acl", "obl") and
                any(m.lower_ == prep and m.dep_ in ("mark", "case") for m in c.children)]

    def _task_gerund(self, tok: Token) -> bool:
        """Whether ``tok`` is the doing a task verb names ("attacking" in "tasked with attacking"),
        or a role noun ("destroying" in "gave Bomber Command the task of destroying the plants")."""
        head = tok.head
        if tok.tag_ == "VBG" and head.pos_ == "NOUN" and head.lemma_.lower() in self.role_nouns and \
                tok in self._gerunds_after(head, "of"):
            return True
        if tok.tag_ != "VBG" or head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
            return False
        return any(prop in self.task_props and prep and tok in self._gerunds_after(head, prep)
                   for prop, _, prep, _ in self.verbs.get(head.lemma_.lower(), []))

    def _consumers(self, objs: list[Token], prop: str) -> list[Token]:
        """"supplied much of the aviation gasoline used by the Luftwaffe": a thing that cannot
        be the object itself (a commodity) stands for whoever uses it."""
        rng, out = self.ont.properties[prop].range, []
        for o in objs:
            cur = o
            for _ in range(2):  # through a partitive ("much of", "70 percent of")
                if cur.lemma_.lower() in PARTITIVES or cur.lower_ in PARTITIVES:
                    cur = next((x for p, x in prep_objects(cur) if p == "of"), cur)
            m = self._at.get(cur.i)
            if m is not None and self._fits(m, rng):
                continue
            for v in cur.children:
                if v.dep_ in ("acl", "amod") and v.tag_ == "VBN" and v.lemma_.lower() in CONSUMING_VERBS:
                    out += [a for p, a in prep_objects(v) if p == "by"]
        return out

    def _stray_conjuncts(self, objs: list[Token]) -> list[Token]:
        """"struck the refineries at Vienna and the Blechhammer plants" parsed with the plants
        coordinated with Vienna: a facility coordinated with the place of a facility object is
        an object too."""
        out = []
        for o in objs:
            om = self._at.get(o.i)
            if om is None or om.types[:1] != ["Facility"]:
                continue
            for prep, place in prep_objects(o):
                pm = self._at.get(place.i)
                # (or a plant known by its town's name: "the plant at Castrop-Rauxel and on railway yards")
                if pm is None or pm.types[:1] not in (["Place"], ["Facility"]):
                    continue
                for c in place.conjuncts:
                    cm = self._at.get(c.i)
                    # (a bare name after a place is more likely a place: "plants at Merseburg and Zeitz")
                    if c.i > place.i and cm is not None and (cm.source == "noun" or c.pos_ == "NOUN") and cm.types[:1] == ["Facility"] \
                            and c not in objs:
                        out.append(c)
        return out

    def _compass(self, doc: Doc, ex: Extraction) -> None:
        """"the Böhlen refinery south of Leipzig" whatever the compass word hangs on: the
        name right before it lies that way from the place."""
        for c in doc:
            if c.lower_ not in COMPASS:
                continue
            k = c.i - 1 - (c.i > 0 and doc[c.i - 1].text == ",")
            m = self._at.get(k)
            if m is None or m.end != k + 1 or not set(m.types[:1]) & {"Facility", "Place"}:
                continue
            thing = doc[m.head]
            if case_of(thing) == "on":
                # "which lay on the Oder north of Stettin": what lies on the river lies that way
                gov = thing.head
                thing = (subjects(gov)[:1] or [None])[0] if gov.pos_ in ("VERB", "AUX") else gov
                if thing is None or self._at.get(thing.i) is None:
                    continue
            self._compass_place(ex, thing, c)

    def _compass_place(self, ex: Extraction, thing: Token, c: Token) -> None:
        """``thing`` lies towards compass word ``c`` of its "of" place ("south of Leipzig")."""
        if c.lower_ not in COMPASS:
            return
        tm = self._at.get(thing.i)
        if tm is not None and tm.types[:1] == ["Place"] and \
                self.ont.name_word_index.get(tm.label.split()[-1].lower()) == "Place":
            return  # "the Baltic coast north of Stettin": a region beside a town is not in it
        # ("The plants at Böhlen, Zeitz and Rositz, all in the district south of Leipzig": the named plants too)
        members = [self._doc[x.head] for x in self._named_members(thing, thing.head)]
        for prep, o in prep_objects(c):
            if prep == "of":
                for prop, _ in self.locative:
                    self._emit(ex, [thing] + members, [o], prop, c, f"prep:{c.lower_}+of", "prep")

    def _landscape_place(self, tok: Token) -> Token:
        """The named place that "the forests of Thuringia" stands for (else ``tok`` itself)."""
        if tok.lemma_.lower() in LANDSCAPE_NOUNS and self._at.get(tok.i) is None:
            return next((o for p, o in prep_objects(tok) if p == "of" and (om := self._at.get(o.i)) is not None
                         and om.types[:1] == ["Place"]), tok)
        return tok

    def _emit_in(self, ex: Extraction, towns: list[Token], regions: list[Token], verb: Token) -> None:
        """The towns (or plants) lie in the regions named right after them."""
        for prop, preps in self.locative:
            if "in" in preps:
                self._emit(ex, towns, regions, prop, verb, "prep:in+verb:town", "prep")

    def _object_place(self, verb: Token, objs: list[Token], ex: Extraction, anywhere: bool = False) -> None:
        """"bombed the refineries at Hamburg" with "at Hamburg" on the verb: a facility acted on
        at a place lies there (only "at"/"near", which place the object, not the time or manner;
        "in" a named place only right after the object: "attack the plants in Silesia", where the
        parser may hang the phrase on either word, but not "in Italy, attacked Ploesti")."""
        places = [(p, o) for p, o in prep_objects(verb) if p in ("at", "near", "in")]
        if anywhere and verb.dep_ in ("acl:relcl", "relcl") and \
                any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
            places.append(("in", verb.head))  # "Auschwitz, where I.G. Farben was building a Buna works"
        if not places:
            return
        for o in objs:
            m = self._at.get(o.i)
            if m is None or m.types[:1] != ["Facility"]:
                continue
            own = [x for p, x in prep_objects(o) if p in ("at", "in", "near") and
                   (xm := self._at.get(x.i)) is not None and xm.types[:1] == ["Place"]]
            def region_after(k: int) -> list[Token]:  # a named place "in" which, right after token k
                return [pl for p, pl in places if p == "in" and pl.left_edge.i == k + 1 and
                        (pm := self._at.get(pl.i)) is not None and pm.types[:1] == ["Place"]]

            if not own:  # "attacked the refinery/obj at/obl Blechhammer/obl, in German Silesia/obl"
                named = [x for p, x in places if p == "at" and x.left_edge.i == o.right_edge.i + 1 and
                         (xm := self._at.get(x.i)) is not None and xm.types[:1] == ["Facility"]]
                wider = region_after(named[0].right_edge.i) if named else []
                if wider:
                    self._emit_in(ex, named, wider, verb)
                    continue
            if own:
                # "the synthetic plant at Homberg and the refinery at Harburg, near Hamburg": placed
                # already; but "in" a region right after it places the town: "the plants at
                # Gelsenkirchen in the Ruhr"
                self._emit_in(ex, own[-1:], region_after(o.right_edge.i), verb)
                continue
            for prep, phrase in places:
                place = self._landscape_place(phrase)  # ("in the forests of Thuringia")
                if prep == "in" and not ((anywhere or phrase.left_edge.i == o.right_edge.i + 1) and
                                         (pm := self._at.get(place.i)) is not None and pm.types[:1] == ["Place"]):
                    continue
                for prop, preps in self.locative:
                    if prep in preps:  # ("in the forests of Bavaria and Austria": both)
                        self._emit(ex, [o], conjuncts(place) if place.i != phrase.i else [place], prop, verb,
                                   f"prep:{prep}+verb", "prep")

    def _noun(self, tok: Token, ex: Extraction) -> None:
        for prop, prep in self.nouns.get(tok.lemma_.lower(), []) or self.nouns.get(tok.lower_, []):
            objs = [o for p, o in prep_objects(tok) if p == prep]
            # "an attack on Wesseling, near Cologne, and on Scholven" with Scholven coordinated
            # with the place: a conjunct with the trigger's own preposition is an object
            objs += [c for p, o in prep_objects(tok) if p != prep for c in o.conjuncts
                     if c.i > o.i and case_of(c) == prep and c not in objs]
            if not objs and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == prep:
                # the surface backs up the parse: "his reply to Spaatz" with "Spaatz" made the head
                j = tok.i + 2
                while j < len(tok.doc) - 1 and tok.doc[j].pos_ == "DET":
                    j += 1
                nxt = self._at.get(j)
                if nxt is not None and nxt.start == j:
                    objs = [tok.doc[nxt.head]]
                elif nxt is not None and tok.doc[j].pos_ == "PRON" or tok.doc[j].lower_ == "what":
                    objs = [tok.doc[j]]  # ("flew twenty missions against them": what "them" stands for)
            if not objs and prep != "of":
                # "the raids of the Fifteenth Air Force on Ploesti" with "on Ploesti" hung on the
                # actor's name (a name takes no such phrase): the raids were on Ploesti
                objs = [x for pr, o in prep_objects(tok) if pr == "of" and o.i in self._heads
                        for p2, x in prep_objects(o) if p2 == prep]
            if not objs:
                continue
            subs = []
            p = possessor(tok)
            own = self._heads.get(tok.i)
            if p is not None:
                subs = [p]
                if tok.dep_ in OBJ and tok.head.lemma_.lower() == "share" and not is_negated(tok.head):
                    subs += subjects(tok.head)  # ("shared Spaatz's faith in the oil plan": both hold it)
            elif own is not None and own.owner is not None:
                subs = [tok.doc[own.owner]]
            else:
                subs = [o for pr, o in prep_objects(tok) if pr == "by"]
                if not subs:  # "The raid on Pölitz on 20 June by the Eighth Air Force" with "by" hung on the target
                    subs = [x for o in objs for y in [o] + [d for p2, d in prep_objects(o) if p2 == "on"]
                            for p2, x in prep_objects(y) if p2 == "by" and x.i > o.i]
            if not subs and prep != "of":
                # "the raids of the Fifteenth Air Force on the Ploesti refineries": "of" the actor
                subs = [o for pr, o in prep_objects(tok) if pr == "of" and o not in objs]
            carrier = tok
            if not subs and tok.head.lemma_.lower() in LIGHT_VERBS and tok.dep_ in OBJ | {"xcomp", "obl"}:
                carrier = tok.head
                subs = subjects(tok.head)
            if not subs and tok.head.lemma_.lower() == "responsible" and case_of(tok) == "for":
                carrier = tok.head  # "The 1st Bombardment Division was responsible for the attacks on Merseburg"
                subs = [c for c in tok.head.children if c.dep_ in SUBJ]
            if not subs and tok.head.lemma_.lower() in LIGHT_VERBS and tok.dep_ in PASS_SUBJ_DEPS:
                # "The attack on Pölitz was carried out by Bomber Command"
                carrier = tok.head
                subs = [o for p, o in prep_objects(tok.head) if p == "by"]
                subs += _coordinated_agents(tok.head, subs)  # ("... and by the Fifteenth from Italy")
            if not subs:  # "the Ninth Air Force had joined the attacks on fuel depots": it attacked them
                carrier, subs = self._participation(tok)
            for c in tok.children if not subs else []:
                # "Attacks on Ploesti, which were made by the Fifteenth Air Force, ..."
                if c.dep_ in ("acl:relcl", "relcl") and c.lemma_.lower() in LIGHT_VERBS and is_passive(c):
                    carrier, subs = c, [o for p, o in prep_objects(c) if p == "by"]
                    break
            # ("made no attack on Leuna": the noun itself is denied; "ordered X to resume the attacks": not yet)
            if not subs or is_negated(carrier) or is_negated(tok) or (carrier is not tok and is_hypothetical(carrier)):
                continue
            if tok.dep_ in OBJ and tok.head.pos_ == "VERB" and is_hypothetical(tok.head):
                continue  # ("asks whether the Eighth can increase its attacks on the plants": not done yet)
            self._emit(ex, subs, objs, prop, tok, f"noun:{tok.lemma_.lower()}+{prep}", "noun")

    def _participation(self, tok: Token) -> tuple[Token, list[Token]]:
        """The verb of taking part ("joined", "took part in" -- an ontology trigger of a
        participation property) whose object ``tok`` is, and that verb's subjects."""
        v = tok.head
        if tok.dep_.split(":")[0] in ("nmod", "obl") and v.pos_ == "NOUN" and v.head.pos_ == "VERB":
            v = v.head  # ("took part in the raids": the phrase hangs on "part")
        entries = [e for e in self.verbs.get(v.lemma_.lower(), []) if e[0] in self.participation_props]
        if tok.dep_ not in OBJ and tok.dep_.split(":")[0] not in ("obl", "nmod") or v.pos_ != "VERB" or \
                not entries or any(_denied_particle(v, particles) for _, particles, _, _ in entries):
            return tok, []  # (nor "took no part in the offensive against oil")
        return v, subjects(v)

    def _adjective(self, tok: Token, ex: Extraction) -> None:
        """"Portal was disappointed with Harris", "Harris, sceptical of the oil plan, ..."."""
        if is_negated(tok) or is_hypothetical(tok):
            ex.negated += 1
            return
        subs = [s2 for c in tok.children if c.dep_ in SUBJ | PASS_SUBJ_DEPS for s2 in coordinated(c)]
        if not subs and tok.dep_ in ("acomp", "xcomp", "amod", "acl", "appos") and tok.head.i != tok.i:
            # "Harris remained critical of ...", "Harris, sceptical of ..."
            subs = subjects(tok.head) if tok.head.pos_ in ("VERB", "AUX") else [tok.head]
        for prop, prep in self.adjectives[tok.lower_]:
            objs = [o for p, o in prep_objects(tok) if p == prep]
            self._emit(ex, subs, objs, prop, tok, f"adjective:{tok.lower_}+{prep}", "verb")

    def _obligation(self, tok: Token, ex: Extraction) -> None:
        lemma = tok.lemma_.lower()
        for prop, pattern in self.obligations:
            if pattern == ("be", "to"):
                # "The Eighth Air Force was to concentrate on the plants": a plan given to the subject
                if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in tok.children) and \
                        any(c.dep_ in ("cop", "aux") and c.lower_ in ("was", "were", "is", "are") and c.i < tok.i
                            for c in tok.children) and not is_negated(tok):
                    # ("to concentrate on the plants ..., Austria/obj": the preposition's object first)
                    objs = [o for p, o in prep_objects(tok) if p in ("on", "against")] or direct_objects(tok)
                    subs = subjects(tok) or [c for c in tok.children if c.dep_.startswith("nsubj")]
                    # ("His task was to restore the bombed plants": the one whose task it is)
                    subs = [o for s in subs for o in ([possessor(s)] if s.lemma_.lower() in self.role_nouns and
                                                      possessor(s) is not None else [s])]
                    self._emit(ex, subs, self._doing_targets(objs, prop), prop, tok, "obligation:be_to",
                               "obligation")
                continue
            if pattern[0] == "be":  # "be order to": passive verb with an infinitive complement
                if lemma != pattern[1]:
                    continue
                # "Harris was ordered to attack Leuna"; active: "Portal ordered Harris to attack Leuna"
                subs = passive_subjects(tok) if is_passive(tok) else direct_objects(tok)
            elif pattern[0] == lemma:
                subs = subjects(tok)
            else:
                continue
            # (an order that "could have" been given was not: "the only man who could have ordered Harris to ...")
            if is_negated(tok) or pattern[0] == "be" and is_hypothetical(tok):
                ex.negated += 1
                continue
            xs = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB" and
                  any(m.lower_ == "to" for m in c.children)]
            if not xs and pattern[0] == lemma:
                # "asked for permission to attack oil", "sought leave to bomb Pölitz": the infinitive
                # on the permission asked for
                # ("sought leave/VB/xcomp to bomb": the noun read as a verb)
                xs = [c for n in tok.children if n.lower_ in PERMISSION_NOUNS and (
                          n.dep_ in OBJ | {"xcomp"} or n.dep_ == "obl" and case_of(n) == "for")
                      for c in n.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and
                      any(m.lower_ == "to" for m in c.children)]
            # "ordered the Eighth Air Force to keep attacking the plants": the task is the inner verb's
            xs = [next((g for g in x.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"), x)
                  if x.lemma_.lower() in ASPECT_VERBS else x for x in xs]
            for x in xs:
                if is_passive(x) or any(c.tag_ in ("WRB", "WP", "WDT") and c.i < x.i for c in x.children):
                    continue  # ("was told how to run his command": no order to run it)
                if prop in self.task_props and any(
                        self.ont.properties[p2].domain == {"Person"} and self.ont.properties[p2].range == {"Organization"}
                        and not parts and prep is None for p2, parts, prep, _ in self.verbs.get(x.lemma_.lower(), [])):
                    continue  # ("was appointed to command the Air Forces": a post, which the verb gives)
                if prop == "advocated" and not any(_has_particles(x, parts) for _, parts, _, _ in
                                                   self.verbs.get(x.lemma_.lower(), [])) and \
                        x.lemma_.lower() not in ADOPTING_VERBS:
                    continue  # "urged Arnold to give the Fifteenth more bombers" is no stance on the Fifteenth
                # "to destroy the plants"; "to concentrate on the plants", "to operate against them"
                objs = direct_objects(x) or [o for p, o in prep_objects(x) if p in ("on", "against")]
                if x.lemma_.lower() in ("give", "accord", "grant") and \
                        any(o.lemma_.lower() in self.ont.properties[prop].priority_nouns for o in objs):
                    # ("urging him to give the oil plants priority": what is given priority)
                    objs = [c for c in x.children if c.dep_ in ("iobj", "dative")] or \
                        [o for p, o in prep_objects(x) if p == "to"] or objs
                # ("to send the Eighth against Berlin": a trigger with its preposition names the target)
                # (a deed's trigger, not a stance's: "would have to fight for its fuel" is no task on fuel)
                aimed = [o for p2, parts, prep, inverse in self.verbs.get(x.lemma_.lower(), []) if prep and not parts
                         and not inverse and self.ont.properties[p2].range <= {"Facility", "Place", "TargetSystem"}
                         for p, o in prep_objects(x) if p == prep and self._at.get(o.i) is not None]
                objs = aimed or objs
                if not any(self._at.get(o.i) is not None for o in objs):
                    # "to send every available bomber against Leuna": the phrase on the load
                    objs = [t for o in objs + [x] for p, t in prep_objects(o) if p in ("on", "against")] or objs
                if not any(self._at.get(o.i) is not None for o in objs) and x.lemma_.lower() in SENDING_VERBS and \
                        any(o.lemma_.lower() in AIRCRAFT_NOUNS | CREW_NOUNS for o in direct_objects(x)):
                    # ("to send his crews back to Pölitz": where bombers are sent is their target)
                    objs = [t for w in [x] + [c for c in x.children if c.lower_ == "back"]
                            for p, t in prep_objects(w) if p == "to"] or objs
                if not any(self._at.get(o.i) is not None for o in objs):
                    # ("to withdraw fighters from the front to defend the oil plants": what it is for)
                    objs = [o for c in x.children if c.dep_ == "advcl" and c.pos_ == "VERB" and
                            any(m.lower_ == "to" for m in c.children) for o in direct_objects(c)] or objs
                # ("ordered the Eighth to resume the attacks on the synthetic plants": the plants)
                objs = self._doing_targets(objs, prop)
                self._emit(ex, subs, objs, prop, tok, f"obligation:{'_'.join(pattern)}", "obligation")

    def _group_owner(self, tok: Token) -> tuple[str | None, Token | None]:
        """The property and the body of a group noun: "Its members" -> (memberOf, its body)."""
        prop = self.group_nouns.get(tok.lower_) or self.group_nouns.get(tok.lemma_.lower())
        owner = possessor(tok)
        if owner is None or owner.i == tok.i:
            owner = next((o for p, o in prep_objects(tok) if p == "of"), None)
        return (prop, owner) if prop is not None and owner is not None else (None, None)

    def _group_members(self, tok: Token, ex: Extraction) -> None:
        """"Its members included Bufton for the Air Ministry and Colonel Maxwell", "The
        committee's members were Bufton and Maxwell", "Its members, among them Bufton and
        Colonel Maxwell, ...": who a group noun (kg:groupNoun) of a body includes has the
        property (kg:memberOf) to the body."""
        groups = [(s, tok) for s in subjects(tok)] if tok.pos_ in ("VERB", "AUX") or \
            any(c.dep_ == "cop" for c in tok.children) else [(tok, None)]
        for s, pred in groups:
            prop, owner = self._group_owner(s)
            if prop is None or pred is not None and is_negated(pred):
                continue
            if pred is None:  # (also "Its members, including Bufton and Maxwell, ...")
                # ("including/VBG" is the case there: not in prep_objects)
                named = [a for a in appositions(s) if a.i > s.i] + [
                    c for c in s.children if c.dep_.startswith("nmod") and c.i > s.i and
                    any(x.dep_ == "case" and x.lower_ == "including" for x in c.children)]
                members = [a for n in named for a in conjuncts(n)]
            else:
                members = conjuncts(pred) if pred.pos_ in ("PROPN", "NOUN") else direct_objects(pred)
            # (a person the parser hung inside the one before: "Bufton for the Air Ministry and
            # Colonel Maxwell", with Maxwell coordinated with the Ministry)
            members += [c for m in members for p, o in prep_objects(m) for c in o.conjuncts
                        if c.i > o.i and (cm := self._at.get(c.i)) is not None and cm.types[:1] == ["Person"]]
            self._emit(ex, members, [owner], prop, s, f"group:{s.lower_}", "verb")

    def _proposal(self, tok: Token, ex: Extraction, lemma: str) -> None:
        """"Spaatz urged that the bombers be turned against oil", "proposing that the bombing of
        communications take precedence": a proposal verb whose that-clause calls for something
        to be done (subjunctive, or "should"/"must") gives its speaker the property (kg:advocated)
        to the target of the action called for, or to what the clause gives priority."""
        verb = tok if tok.pos_ == "VERB" else tok.head  # (the -ing form read as a noun: its clause is the verb's)
        if is_negated(verb) or is_hypothetical(verb):
            return
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i and \
                any(c.dep_ in SUBJ for c in tok.children):
            clauses.append(tok.head)  # "the oil plants, he insisted, must come first": the clause of the aside
        if verb is not tok:
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1]
        for prop, verbs, phrases in self.proposals:
            if lemma not in verbs:
                continue
            rng = self.ont.properties[prop].range
            if not any(c.pos_ in ("VERB", "AUX") for c in clauses) and tok.i + 1 < len(tok.doc) and \
                    tok.doc[tok.i + 1].lower_ == "that":
                # the clause the parser lost ("recommending that the next directive name/NN oil as
                # the first priority"): the noun made the priority, read off the words
                made = _noun_made_priority(tok.doc[tok.i + 2:tok.sent.end])
                if made is not None:
                    self._emit(ex, self._proposers(verb), self._doing_targets([made], prop), prop,
                               tok, f"proposal:{lemma}:as-priority", "verb")
            for c in clauses:
                if is_negated(c) or not is_mandative(c):
                    continue
                words = tok.doc[c.i:c.right_edge.i + 1]
                auxes = [a for a in c.children if a.dep_.startswith("aux") and a.i < c.i]
                if auxes and auxes[-1].lower_ in ("be", "remain"):
                    words = tok.doc[auxes[-1].i:c.right_edge.i + 1]  # ("be given priority")
                # "that the Air Staff treat oil as the first priority": what is made the priority
                made = _noun_made_priority(words)
                as_priority = [made] if made is not None else []
                made_objs = [o for o in direct_objects(c) + [x for x in c.children if x.dep_ in ("xcomp", "oprd")]
                             if o.pos_ in ("NOUN", "PROPN")] if c.lemma_.lower() in self.making_verbs and \
                    not is_passive(c) else []
                if not as_priority and any(o.lemma_.lower() in self.ont.properties[prop].priority_nouns for o in made_objs):
                    # ("that the next directive should make oil the sole first priority")
                    as_priority = [o for o in made_objs if o.lemma_.lower() not in self.ont.properties[prop].priority_nouns]
                if as_priority:
                    targets = self._doing_targets(as_priority, prop)
                elif any(_starts_with(words, ph) for ph in phrases) or c.lemma_.lower() in ("priority", "precedence") \
                        and any(_starts_with(tok.doc[x.i:c.i + 1], ph) for x in c.children if x.dep_ == "cop"
                                for ph in phrases) or \
                        c.lemma_.lower() in self.ont.properties[prop].priority_nouns and \
                        any(x.dep_ == "cop" for x in c.children) or \
                        c.lemma_.lower() in self.making_verbs and is_passive(c) and any(
                            o.lemma_.lower() in self.ont.properties[prop].priority_nouns for o in direct_objects(c)):
                    # ("that communications should be the common target"; "that oil be made the first priority")
                    subs = [x for x in c.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS]
                    first = min([x.left_edge.i for x in tok.children if x.dep_ in SUBJ] or [0])
                    if not subs and c.i == tok.head.i and first >= 2 and tok.doc[first - 1].text == ",":
                        # (an aside's clause whose subject the parser hung elsewhere: the noun
                        # right before the aside)
                        before = tok.doc[first - 2]
                        subs = [before] if before.pos_ in ("NOUN", "PROPN") else []
                    targets = self._doing_targets(subs, prop)
                else:
                    # ("that the heavy bombers be concentrated on communications")
                    targets = [o for v, prep in self.ont.properties[prop].proposal_triggers if v == c.lemma_.lower()
                               for p, o in prep_objects(c) if p == prep]
                    if c.lemma_.lower() in ASPECT_VERBS | {"intensify", "renew", "increase"}:
                        # ("that the attacks on the Ruhr plants be continued": what the attacks are on)
                        doings = passive_subjects(c) if is_passive(c) else direct_objects(c)
                        targets += [t for t in self._doing_targets(doings, prop) if t not in doings]
                    # ("that Harris be ordered to attack the oil plants at Pölitz and Leuna": the
                    # infinitive of an order called for is the deed)
                    acts = [c] + [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and
                                  c.lemma_.lower() in ORDERING_VERBS and any(m.lower_ == "to" for m in x.children)]
                    for act in acts:
                        for p2, _, prep, inverse in self.verbs.get(act.lemma_.lower(), []):
                            if inverse or not self.ont.properties[p2].range or not self.ont.properties[p2].range <= rng:
                                continue
                            if prep:
                                targets += [o for p, o in prep_objects(act) if p == prep]
                            else:
                                done = passive_subjects(act) if is_passive(act) else direct_objects(act)
                                # (the plants known by the names after "at": those plants)
                                targets += done + [self._doc[n.head] for o in done for n in self._named_members(o, act)]
                    targets = self._doing_targets(targets, prop)
                if targets:
                    self._emit(ex, self._proposers(verb), targets, prop, tok, f"proposal:{lemma}", "verb")

    def _document_hearers(self, tok: Token, ex: Extraction) -> None:
        """"Portal's reply ... It warned Harris that ...", "The directive told Harris to ...",
        "Spaatz's order gave the Eighth a single aim": a document that tells, warns or gives
        someone something is addressed to them."""
        if is_negated(tok):
            return
        docs = [s for s in subjects(tok) if any(m.types[:1] == ["Document"] for m, _ in self._args(s, {"Document"}))]
        # (a document that names its addressee says so itself: "Portal's reply to Harris ... assured him")
        docs = [s for s in docs if not any(p == "to" for m, _ in self._args(s, {"Document"})
                                           for p, _ in prep_objects(self._doc[m.head]))]
        hearers = self._hearers(tok)
        if docs and hearers:
            self._emit(ex, docs, hearers, "addressedTo", tok, f"speech:{tok.lemma_.lower()}+hearer", "verb")

    def _told_next(self, doc: Doc, ex: Extraction) -> None:
        """"Harris's reply of 1 November was blunt. He told Portal that ...": a document of its
        writer's that one sentence is about, addressed to no one, is addressed to whom the writer
        tells (or writes to) in the next sentence: that telling is what the document said."""
        writers: dict[int, set[str]] = {}
        for f in ex.facts:
            if f.prop in self.document_props and f.obj is not None:
                writers.setdefault(f.obj.head, set()).add(f.subject.label)
        addressed = {f.subject.label for f in ex.facts if f.prop == "addressedTo"}
        sents = list(doc.sents)
        for prev, sent in zip(sents, sents[1:]):
            verb = sent.root
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.speech_verbs or is_negated(verb):
                continue
            docs = [s for s in subjects(prev.root) if s.i in writers and (m := self._at.get(s.i)) is not None and
                    m.types[:1] == ["Document"] and m.label not in addressed and
                    not any(p == "to" for p, _ in prep_objects(s))]
            if not docs or not {m.label for m in self._speakers(verb)} & set().union(*(writers[s.i] for s in docs)):
                continue
            self._emit(ex, docs, self._hearers(verb), "addressedTo", verb,
                       f"speech:{verb.lemma_.lower()}+hearer:next-sentence", "verb")

    @staticmethod
    def _hearers(verb: Token) -> list[Token]:
        """Whom a verb of telling or giving addresses: its indirect object, the direct object of
        "tell"/"warn"/"inform" ..., or its "to" phrase (with their conjuncts: "gave the Eighth and
        Fifteenth Air Forces ...")."""
        hearers = [c for c in verb.children if c.dep_ in ("iobj", "dative") or
                   c.dep_ in OBJ and verb.lemma_.lower() in TOLD_VERBS]
        hearers += [o for p, o in prep_objects(verb) if p == "to"]
        return [c for h in hearers for c in conjuncts(h)]

    def _production(self, tok: Token, ex: Extraction) -> None:
        """"the synthetic plants were producing about 316,000 tons of fuel a month": the amount a
        plant or place produces is its kg:quantity (with the period, when the text gives one)."""
        if is_negated(tok) or is_hypothetical(tok):
            return
        for o in direct_objects(tok):
            if o.lemma_.lower() not in self.amount_units or not any(c.like_num for c in o.children):
                continue
            start = min(c.left_edge.i for c in o.children if c.like_num)
            end = o.i + 1
            for c in o.children:  # "of fuel", "a month", "per month"
                if c.i > o.i and (case_of(c) == "of" or c.lemma_.lower() in PERIODS):
                    end = max(end, c.right_edge.i + 1)
            text = tok.doc[start:end].text
            subs = subjects(tok)
            # ("the plants at Leuna, Pölitz and Brüx had produced 1,200,000 tons": the group's
            # amount, not each plant's)
            members = {id(m) for s in subs[:1] for m in self._named_members(s, tok)}
            for s in subs:
                for sm, _ in self._args(s, {"Facility", "Place"}):
                    if id(sm) in members or s is not subs[0] and members:
                        continue
                    ex.facts.append(RawFact(sm, "quantity", None, tok.i, f"verb:{tok.lemma_.lower()}:amount",
                                            CONFIDENCE["verb"], literal=text, datatype="string"))

    def _made_priority(self, tok: Token, ex: Extraction) -> None:
        """"a directive that made oil the primary aim", "named the oil plants the first target":
        who makes a thing a priority noun (kg:priorityNoun) has the property to the thing."""
        if is_negated(tok) or is_hypothetical(tok):
            return
        nouns = [c for c in tok.children if c.dep_ in OBJ | {"xcomp", "oprd", "iobj"} and c.pos_ in ("NOUN", "PROPN")]
        for prop, p in self.ont.properties.items():
            if not p.priority_nouns or tok.lemma_.lower() not in p.making_verbs:
                continue
            made = [c for c in nouns if c.lemma_.lower() in p.priority_nouns]
            things = [c for c in nouns if c.i < made[0].i and c.lemma_.lower() not in p.priority_nouns] if made else []
            # "reaffirmed oil as the first priority" (the "as" phrase on the verb or on the object)
            as_made = [c for x in [tok] + nouns for c in x.children if case_of(c) == "as" and c.i > x.i and
                       c.lemma_.lower() in p.priority_nouns and c.dep_ not in ("conj", "appos")]
            if not things and as_made:
                made = as_made
                things = [c for c in nouns if c.i < as_made[0].i and c.lemma_.lower() not in p.priority_nouns]
            if not things and made:  # "confirmed the priority of oil"
                things = [o for c in made for q, o in prep_objects(c) if q == "of"]
            if things:
                document = self._document_relative(tok)
                self._emit(ex, subjects(tok) if document is None else [], self._doing_targets(things, prop), prop,
                           tok, f"verb:{tok.lemma_.lower()}+{made[0].lemma_.lower()}", "verb")
                self._made_task(tok, made[0], things, document, ex)

    def _received(self, verb: Token, ex: Extraction) -> None:
        """"the directive he had received from Bottomley": a document received was addressed to its
        receiver, and whoever it came from sent it (kg:issued)."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        objs = passive_subjects(verb) if is_passive(verb) else direct_objects(verb)
        if not objs and verb.dep_ in ("acl:relcl", "relcl"):
            objs = [verb.head]  # ("the directive he had received": the noun the clause is on)
        docs = [o for o in objs if (om := self._at.get(o.i)) is not None and om.types[:1] == ["Document"]]
        if not docs:
            return
        senders = [o for p, o in prep_objects(verb) if p == "from"]
        receivers = [o for p, o in prep_objects(verb) if p == "by"] if is_passive(verb) else subjects(verb)
        if any(a.lemma_.lower() in self.speech_verbs and a.pos_ == "VERB" for a in verb.ancestors):
            # ("Portal reminded Harris that the directive he had received ...": inside what someone
            # tells someone, "he" may be either of them)
            receivers = [r for r in receivers if r.pos_ != "PRON"]
        self._emit(ex, docs, receivers, "addressedTo", verb, "verb:receive", "verb")
        if "issued" in self.ont.properties:
            self._emit(ex, senders, docs, "issued", verb, "verb:receive+from", "verb")

    def _aircraft_return(self, verb: Token, ex: Extraction) -> None:
        """"Twining's bombers returned to Blechhammer on 7 July": bombers that go back to a plant or
        town attack it again (but "Spaatz returned to London" is a journey)."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        subs = [s for s in subjects(verb) if s.lower_ in AIRCRAFT_NOUNS or s.lemma_.lower() in AIRCRAFT_NOUNS]
        targets = [o for p, o in prep_objects(verb) if p == "to" and (om := self._at.get(o.i)) is not None and
                   om.types[:1] in (["Facility"], ["Place"])]
        if subs and targets:
            self._emit(ex, subs, [c for t in targets for c in conjuncts(t)], "attacked", verb, "verb:return+to:aircraft",
                       "verb")

    def _document_relative(self, tok: Token) -> Mention | None:
        """The document a relative clause on its "to" phrase is about: in "a directive to the air
        forces which made oil their aim", the directive made it (not the air forces)."""
        if tok.dep_ in ("acl:relcl", "relcl") and case_of(tok.head) == "to" and any(
                c.lower_ == "which" and c.dep_ in SUBJ for c in tok.children) and \
                (doc := self._at.get(tok.head.head.i)) is not None and "Document" in doc.types[:1]:
            return doc
        return None

    def _made_task(self, tok: Token, made: Token, things: list[Token], document: Mention | None,
                   ex: Extraction) -> None:
        """"a directive which made the enemy's oil supply their primary aim": whose aim it was
        made (a possessor other than the maker) is tasked with the thing."""
        owner = possessor(made)
        if owner is None or owner.i == made.i or "taskedWith" not in self.ont.properties:
            return
        own = self._at.get(owner.i)
        makers = [document] if document is not None else [self._at.get(s.i) for s in subjects(tok)]
        if own is None or any(m is not None and m.label == own.label for m in makers):
            return  # ("Spaatz made oil his first priority": his own stance)
        # ("their" for "the Eighth and Fifteenth Air Forces": each of them)
        owners = conjuncts(self._doc[own.head]) if owner.tag_ == "PRP$" else [owner]
        self._emit(ex, owners, self._doing_targets(things, "taskedWith"), "taskedWith", tok,
                   f"verb:{tok.lemma_.lower()}+{made.lemma_.lower()}:owner", "verb")

    def _proposers(self, verb: Token) -> list[Token]:
        """Who makes a proposal (the words that name them): its speakers, or for "wrote to
        Portal ... proposing/obl that ..." the writer."""
        who = self._speakers(verb) or (self._speakers(verb.head) if verb.tag_ == "VBG" else [])
        if not who and not subjects(verb) and verb.dep_ in ("appos", "parataxis", "dep", "conj", "acl", "list") and \
                (dm := self._at.get(verb.head.i)) is not None and "Document" in dm.types[:1]:
            # a catalogue entry: "Minute, Bufton to Bottomley, 2 November 1944: proposes that ...": its writer
            return [verb.head]
        return [self._doc[sp.head] for sp in who]

    def _appos(self, head: Token, m: Mention, ex: Extraction) -> None:
        # appositions, and loosely attached noun phrases the parser did not call appos:
        # "Portal's reply to Harris, again essentially a copy of Bufton's draft, ..."
        cands = self._own_appositions(head, m) + _appointed_posts(head) + [
            c for c in head.children if c.dep_ in ("obl", "nmod", "dep", "parataxis") and c.pos_ == "NOUN"
            and not any(x.dep_ == "case" for x in c.children) and any(x.dep_ == "det" for x in c.children)]
        # copula: "The reply was a copy of the draft" (the noun is the predicate)
        # (a noun with a subject is a predicate nominal, with or without the copula)
        if head.dep_ in ("nsubj",) and (any(c.dep_ == "cop" for c in head.head.children) or
                                        head.head.pos_ in ("NOUN", "PROPN")):
            cands.append(head.head)
        for a in cands:
            noun, entries = self._appos_triggers(a)
            for prop, prep in entries:
                # (not a part of a body the text leaves unnamed: "the chief of the Luftwaffe's fuel
                # section" heads the section, not the Luftwaffe; the post gives the membership)
                objs = [o for p, o in prep_objects(a) if p == prep and
                        not (o.lemma_.lower() in SUBUNIT_WORDS and self._at.get(o.i) is None)]
                if objs and not is_negated(a):
                    self._emit(ex, [head], objs, prop, a, f"appos:{noun}+{prep}", "appos")

    def _own_appositions(self, head: Token, m: Mention) -> list[Token]:
        """The appositions of a name. In "Tedder and Zuckerman, the scientific adviser to X" the
        parser hangs the apposition on the first name; it describes the last (a plural, all)."""
        doc = head.doc
        posts = [a for t in doc[m.start:m.end] for a in appositions(t)]
        # ("Speer's deputy/nmod:desc Karl Saur ran ...": a post with its owner right before the name)
        # (or "his deputy/compound Saundby", with "his" hung on the name)
        posts += [c for c in head.children if c.dep_ in ("nmod:desc", "compound", "amod") and c.right_edge.i == m.start - 1
                  and c.lemma_.lower() in self.position_heads and
                  (((o := possessor(c)) is not None and o.i != c.i) or
                   any(x.dep_ in ("nmod:poss", "poss") and x.i < c.i for x in head.children))]
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i != head.i:
            posts += [a for a in appositions(first) if a.i > head.i]
        # the surface backs up the parse: "General Henry H. Arnold, Commanding General of the Army
        # Air Forces, visited ..." parsed with "Commanding" a verb whose object is the post
        pm = self._set_off(m, 0, (",", ";", "."))
        if pm is not None and pm.source == "position" and doc[pm.head] not in posts:
            posts.append(doc[pm.head])
        # "from the Deputy Chief of the Air Staff, Air Marshal Sir Norman Bottomley, to ...": the
        # name is the apposition of the post before it
        # (or a post noun: "His deputy for operations, Major General Frederick Anderson, chose ...")
        # (also read as a conjunct without a conjunction: "Harris's deputy, Air Marshal Sir Robert
        # Saundby/conj, shared ...")
        loose = head.dep_ == "appos" or head.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children)
        described = head.head
        # ("The chief of the Luftwaffe's fuel section, General Köhler," with the name hung on "section")
        while described.dep_ in ("nmod", "nmod:poss") and described.head.i < described.i and \
                described.lemma_.lower() not in self.position_heads:
            described = described.head
        hm = self._at.get(described.i) if loose and described.i < m.start else None
        post_noun = hm is not None and hm.source == "noun" and hm.types[:1] == ["Person"] and \
            described.lemma_.lower() in self.position_heads
        if hm is not None and (hm.source == "position" and hm.end < m.start and doc[hm.end].text == "," or
                               post_noun and any(doc[k].text == "," for k in range(hm.end, m.start))) and \
                described not in posts:
            posts.append(described)
        # (a plural describes them all: "Kindleberger and Rostow, two young economists in the EOU")
        return [a for a in posts if a.tag_ in ("NNS", "NNPS") or not any(head.i < c.i < a.i for c in conjuncts(head))]

    def _set_off(self, m: Mention, words: int, closers: tuple[str, ...]) -> Mention | None:
        """The mention set off by a comma right after ``m``, after ``words`` words (a preposition:
        "Leuna, near Merseburg,"; "The Eighth, under Doolittle,"), "the" and capitalised words that
        are no mention (titles, "Commanding"), and closed by one of ``closers`` or the text's end."""
        doc = self._doc
        if m.end + words + 1 >= len(doc) or doc[m.end].text != ",":
            return None
        j = m.end + 1 + words
        while j < len(doc) and (j not in self._at or self._at[j].start != j) and \
                (doc[j].lower_ == "the" or doc[j].is_alpha and doc[j].text[:1].isupper()):
            j += 1
        other = self._at.get(j)
        if other is None or other.start != j or other is m or \
                (other.end < len(doc) and doc[other.end].text not in closers):
            return None
        return other

    def _appos_triggers(self, a: Token) -> tuple[str, list[tuple[str, str]]]:
        """The apposition triggers of a post noun: "commander of", or with the word before it
        the ontology's two-word nouns ("commanding general of")."""
        if a.i > 0:
            two = f"{a.doc[a.i - 1].lower_} {a.lemma_.lower()}"
            if two in self.appos:
                return two, self.appos[two]
        return a.lemma_.lower(), self.appos.get(a.lemma_.lower(), [])

    def _position(self, head: Token, m: Mention, ex: Extraction) -> None:
        """'Sir Norman Bottomley, Deputy Chief of Air Staff' → holdsPosition; a post held
        'at' or 'of' a body also makes the person a member of it."""
        if "holdsPosition" not in self.ont.properties:
            return
        # ("Eisenhower, as Supreme Commander, controlled ...": the post one acts as)
        acting_as = [c for c in head.children if c.i > head.i and case_of(c) == "as" and
                     (cm := self._at.get(c.i)) is not None and cm.source == "position"]
        for a in self._own_appositions(head, m) + _appointed_posts(head) + acting_as:
            if a.lower_ not in self.position_heads and a.lemma_.lower() not in self.position_heads or \
                    a.tag_ == "NNS" and a.i < head.i:
                continue  # (nor is a group one's post: "Several officers ..., Tedder and Zuckerman among them")
            am = self._at.get(a.i)
            owned = a.i < m.start and any(x.dep_ in ("nmod:poss", "poss") and x.i < a.i for x in head.children)
            if am is not None and am.source not in ("position", "pronoun") and not (
                    am.source == "noun" and am.types[:1] == ["Person"]) and not (am is m and owned):
                continue  # ("the German armaments minister"; but "his deputy Saundby": read into the name)
            cut = [c for c in a.children if c.dep_ in ("nmod", "obl", "prep", "acl", "acl:relcl") and
                   c.i > a.i and (case_of(c) in ("at", "in", "with") or c.dep_ in ("acl", "acl:relcl"))]
            cut += [c for c in a.children if c.dep_ == "appos" and c.i > a.i]  # (the name after the post)
            # (and before a time or place further down: "Commissioner-General for Emergency Measures in May 1944")
            cut += [t for t in a.subtree if t.i > a.i and t.dep_ == "case" and t.lower_ in ("in", "on", "at", "during")
                    and a.doc[t.i - 1].text != "-"]
            end = min([c.left_edge.i for c in cut] + [a.right_edge.i + 1])
            if a.i < m.start < end:  # (the name hung inside the post's phrase: "The chief of the section, General Köhler")
                end = min(end, max((k for k in range(a.i, m.start) if a.doc[k].text == ","), default=end))
            if am is not None and am.source == "position" and am.end <= m.start:
                end = min(end, am.end)  # (a post before the name: it ends where the name is set off)
            words = [t for t in a.doc[a.left_edge.i:end] if not t.is_punct and t.dep_ not in ("det", "case", "cc")
                     and t.tag_ != "PRP$" and not m.start <= t.i < m.end]  # (nor the name read into it)
            while words and words[0].pos_ == "ADV":
                words = words[1:]  # "Tedder, then Deputy Supreme Commander": the post is without "then"
            if not words:
                continue
            last = words[-1].i + 1
            if am is not None and am.source == "position" and am.start <= words[0].i and am.end > last:
                last = am.end  # ("General Anderson, Deputy Commanding General for Operations," with "for" on the name)
            title = a.doc[words[0].i:last].text
            if a.lemma_.lower() not in NOT_POSTS and a.tag_ not in ("NNS", "NNPS"):  # (a plural is a group, no post)
                ex.facts.append(RawFact(m, "holdsPosition", None, a.i, "appos:position", CONFIDENCE["appos"],
                                        literal=title, datatype="string"))
            triggered = {prep for _, prep in self._appos_triggers(a)[1]}
            owner = possessor(a)
            if owner is not None and owner.i != a.i and a in _appointed_posts(head):
                # ("succeeded Eaker as its commander": commander of what "its" is)
                for prop, prep in self._appos_triggers(a)[1]:
                    if prep == "of":
                        self._emit(ex, [head], [owner], prop, a, f"appos:{a.lemma_.lower()}:possessor", "appos")
            if any(p in triggered and self._at.get(o.i) is not None for p, o in prep_objects(a)):
                continue  # "commander of X" is kg:commands (apposition trigger, in _appos), not membership
            # ("Director of Plans at USSTAF": the body hangs on the post's own "of" phrase)
            # (or "plenipotentiary for chemical production at I.G. Farben": on the post's "for" phrase)
            for prep, o in list(prep_objects(a)) + [(p2, o2) for p, x in prep_objects(a) if p in ("of", "for")
                                                     for p2, o2 in prep_objects(x) if p2 == "at"]:
                if prep in ("at", "of", "in"):
                    self._emit(ex, [head], [o], "memberOf", a, f"appos:position+{prep}", "appos")

    def _prep(self, head: Token, m: Mention, ex: Extraction) -> None:
        # "the war in Europe": too vague to locate (but "a conference at Bushy Park" is there)
        vague = m.types[:1] and m.types[0] in ("Event", "Campaign") and m.source == "noun"
        if vague and (m.types[0] == "Campaign" or not any(p == "at" for p, _ in prep_objects(head))):
            return
        doc = head.doc
        for tok in doc[m.start:m.end]:  # "the Leuna works near Merseburg": any word of the name
            for prep, o in prep_objects(tok):
                if m.start <= o.i < m.end or vague and prep != "at":
                    continue
                if prep == "on" and (m.weak_type or (om := self._at.get(o.i)) is None or om.weak_type):
                    continue  # ("Harburg, on the Elbe", but not a title: "Notes on Air Policy")
                subject = head
                outer = self._at.get(head.head.i)
                if prep == "near" and case_of(head) == "in" and m.types[:1] == ["Place"] and outer is not None and \
                        outer is not m and outer.types[:1] in (["Facility"], ["Place"]):
                    subject = head.head  # "Blechhammer, in Upper Silesia near the Oder": Blechhammer is near it
                # ("The plants at Wesseling and Scholven, both in the Ruhr,": the plants it names
                # are there too)
                members = [doc[x.head] for x in self._named_members(subject, subject.head)
                           if prep in ("in", "near") and x.head != o.i] if subject.i == head.i else []
                # ("Kindleberger and Rostow of the Enemy Objectives Unit": both are of it)
                people = self._coordinated_names(head, m) if prep == "of" and subject.i == head.i else []
                for prop, preps in self.preps:
                    # (a document's own phrase makes no one a member: "Bufton, for the Air Ministry,"
                    # but not "drafted the orders for the Eighth", whose writer _args would give)
                    if prop not in self.locative_props and m.types[:1] == ["Document"]:
                        continue
                    if prep in preps and tok.pos_ in ("NOUN", "PROPN", "VERB"):
                        subs = [subject] + members if prop in self.locative_props else [subject] + people
                        self._emit(ex, subs, [o], prop, tok, f"prep:{prep}", "prep")
                for prop, preps in self.inverse_preps:  # "Bomber Command under Harris"
                    if prep in preps and tok.pos_ in ("NOUN", "PROPN"):
                        self._emit(ex, [o], [head], prop, tok, f"prep:{prep}:inverse", "prep")
            # "the Böhlen refinery south of Leipzig", "Zeitz, southwest of Leipzig": a compass
            # word carries the place (for the properties that take "near")
            for c in tok.children:
                if not m.start <= c.i < m.end:
                    self._compass_place(ex, head, c)
        self._act_place(head, m, ex)
        self._set_off_place(head, m, ex)
        self._set_off_inverse(head, m, ex)
        self._place_modifier(head, m, ex)

    def _covering_documents(self, verb: Token, ex: Extraction) -> None:
        """"Harris returned it with a note saying ...", "Portal forwarded the report with a covering
        minute": a document one sends something with, whose writer is not named, is the sender's."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        docs = [o for p, o in prep_objects(verb) if p == "with" and _covering(o) and
                not any(p2 in ("by", "from") for p2, _ in prep_objects(o)) and
                (om := self._at.get(o.i)) is not None and om.types[:1] == ["Document"] and om.source == "noun"]
        if docs:
            self._emit(ex, subjects(verb), docs, "authored", verb, f"covering:{verb.lemma_.lower()}", "verb")

    def _fronted_inverse(self, verb: Token, ex: Extraction) -> None:
        """"Under Eaker, the Mediterranean Allied Air Forces included ...": a phrase of a
        kg:inversePrepTrigger set off before the clause relates its object to the clause's subject."""
        subs = [s for s in subjects(verb) if s.i < verb.i]
        for c in verb.children:
            p = case_of(c)
            if not c.dep_.startswith("obl") or c.i > verb.i or not subs or c.i > subs[0].i or not comma_after(c):
                continue
            for prop, preps in self.inverse_preps:
                if p in preps:
                    self._emit(ex, [c], subs, prop, c, f"prep:{p}:fronted", "prep")

    def _coordinated_names(self, head: Token, m: Mention) -> list[Token]:
        """The people named before a last conjunct that a phrase hangs on, when they are bare
        names like it: "Kindleberger and Rostow of the Enemy Objectives Unit" (the phrase is both's)."""
        def person(x: Mention | None) -> bool:  # (a name still weakly typed may be a person's)
            # (a bare name: not "Bufton and Colonel Maxwell of USSTAF", where the title sets one apart)
            return x is not None and x.source in ("alias", "name") and (x.types[:1] == ["Person"] or x.weak_type) \
                and x.start == min(t.i for t in self._doc[x.head].subtree if t.dep_ not in ("cc", "punct"))

        if head.dep_ != "conj" or not person(m) or any(c.dep_ == "conj" and c.i > head.i for c in head.head.children):
            return []
        before = [c for c in conjuncts(head.head) if c.i < head.i]
        if any(not person(self._at.get(c.i)) or any(x.dep_ in ("nmod", "appos", "acl", "acl:relcl") for x in c.children)
               for c in before):
            return []
        return before

    def _taken_as(self, verb: Token, ex: Extraction) -> None:
        """"No. 3 Group was given the Ruhr oil plants as its special task", "Harris gave No. 5 Group
        the Pölitz plant as its target": what is given as a kg:roleNoun ("task", "target") is the
        property's object, the one given it (the passive subject, the indirect object or the
        "to" phrase) its subject. Nothing without a receiver: "regarded oil as the decisive
        target" is a stance (kg:makingVerb), not a task."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        given = [c for x in verb.children if x.dep_ in ("iobj", "dative") for c in conjuncts(x)] \
            if not is_passive(verb) else []
        # (the role noun may be read as the receiver's apposition: "gave Bomber Command/iobj the task/appos of")
        for c in (direct_objects(verb) + [a for g in given for a in g.children if a.dep_ == "appos" and a.i > g.i]
                  if given else []):
            # "gave the Eighth and Fifteenth Air Forces a single primary aim: the denial of oil",
            # "gave Bomber Command the task of destroying the plants": what the role noun names
            prop = self.role_nouns.get(c.lemma_.lower()) or (self.role_nouns.get("task") if c.lemma_.lower() == "aim"
                                                             else None)
            content = [x for x in c.children if x.dep_ == "appos" and x.i > c.i] + \
                [o for p, o in prep_objects(c) if p == "of"] + \
                [o for g in self._gerunds_after(c, "of") for o in direct_objects(g)]
            if prop is not None and content:
                self._emit(ex, given, self._doing_targets(content, prop), prop, c, f"given:{c.lemma_.lower()}", "verb")
        for c in verb.children:
            prop = self.role_nouns.get(c.lemma_.lower())
            if prop is None or not c.dep_.startswith(("obl", "advcl", "xcomp")) or case_of(c) != "as":
                continue
            if is_passive(verb):  # "No. 3 Group was given the plants as its task"
                subs = passive_subjects(verb)
                objs = direct_objects(verb) or [o for p, o in prep_objects(verb) if p == "to"]
            else:
                given = [x for x in verb.children if x.dep_ in ("iobj", "dative")]
                objs = [o for o in direct_objects(verb) if o not in given]
                to = [o for p, o in prep_objects(verb) if p == "to"]
                nested = [x for o in objs for x in o.children if x.dep_ in OBJ]  # ("gave No. 3 Group/obj the plants/obj")
                if to:
                    subs, objs = to, objs + given
                elif nested:
                    subs, objs = given or objs, nested
                elif given:
                    # ("gave No. 5 Group/iobj the Pölitz plant/nmod": the second object hung on the first)
                    subs = given
                    objs = objs or [x for g in given for x in g.children if x.i > g.i and
                                    x.dep_ in ("nmod", "appos", "obj") and not case_of(x)]
                else:
                    continue  # ("regarded oil as the decisive target", "recommended Leuna as a target": a stance)
            if not self._can_act(subs, prop) and self._can_act(objs, prop):
                subs, objs = objs, subs
            self._emit(ex, subs, objs, prop, c, f"as:{c.lemma_.lower()}", "verb")

    def _agent_noun(self, noun: Token, ex: Extraction) -> None:
        """"Bufton was the oil plan's most persistent advocate", "Harris was an opponent of the
        plan": the subject of a predicate kg:agentNoun has its property to the noun's possessor
        or "of" phrase."""
        if is_negated(noun):
            return
        if any(c.dep_ == "cop" for c in noun.children):
            subs = [c for c in noun.children if c.dep_ in SUBJ]
        elif (noun.dep_ in ("obl:unmarked", "npadvmod", "obl:npmod", "dep", "nmod:unmarked") or
              noun.dep_ == "obl" and not case_of(noun)) and noun.i < noun.head.i \
                and noun.left_edge.i == noun.sent.start and comma_after(noun):
            subs = subjects(noun.head)  # "An early convert to the oil plan, he persuaded Eisenhower ..."
        else:
            return
        word = noun.lemma_.lower()
        prop = self.agent_nouns[word]
        owner = possessor(noun)
        objs = [owner] if owner is not None and owner.i != noun.i else []
        objs += [o for p, o in prep_objects(noun) if p == self.agent_preps[word]]
        self._emit(ex, subs, objs, prop, noun, f"agent:{noun.lemma_.lower()}", "noun")

    def _role_owner(self, noun: Token, ex: Extraction) -> None:
        """"The Fifteenth Air Force's targets were the refineries of Ploesti", "Its task was the
        defence of the plants": whose kg:roleNoun it is has the noun's property to what it is
        (``_args`` sees through the noun to the predicate)."""
        owner = possessor(noun)
        if owner is None or owner.i == noun.i or noun.dep_ not in SUBJ or noun.head.pos_ not in ("NOUN", "PROPN") \
                or not any(c.dep_ == "cop" for c in noun.head.children):
            return
        prop = self.role_nouns[noun.lemma_.lower()]
        self._emit(ex, [owner], [noun], prop, noun, f"role:{noun.lemma_.lower()}:possessor", "noun")

    def _verdict_key(self, noun: Token) -> str | None:
        """The kg:verdictNoun entry a noun is: itself ("panacea") or with one of its adjectives
        ("right target")."""
        keys = [f"{w} {noun.lemma_.lower()}" for a in noun.children if a.dep_ in ("amod", "nummod")
                for w in (a.lower_, a.lemma_.lower())]  # ("better": its lemma is "well")
        # ("the decisive target system": the adjective and the compound, "decisive target")
        keys += [f"{w} {c.lemma_.lower()}" for a in noun.children if a.dep_ in ("amod", "nummod")
                 for c in noun.children if c.dep_ == "compound" and a.i < c.i < noun.i
                 for w in (a.lower_, a.lemma_.lower())]
        return next((k for k in keys + [noun.lemma_.lower()] if k in self.verdict_nouns), None)

    def _verdict(self, noun: Token, ex: Extraction) -> None:
        """"He told Portal that the oil plan was a panacea", "Harris dismissed the plan as a
        diversion", "thought it one of the panaceas", "came away convinced that oil was the right
        target", "In Tedder's view, the railways were the one target ...": who says or thinks a
        thing is a kg:verdictNoun has the noun's property to the thing."""
        key = self._verdict_key(noun)
        prop = self.verdict_nouns[key]
        pred = noun
        while pred.dep_ == "nmod" and case_of(pred) == "of" and pred.head.lower_ in ("one", "more", "another"):
            pred = pred.head  # ("one of the panaceas", "one/obl more/ccomp of the panaceas")
        if any(c.dep_ == "neg" or c.lower_ in ("no", "not", "never") for t in (noun, pred) for c in t.children):
            return  # ("the oil plan was no panacea")
        # the copula's subject, on the predicate or on a word the parser hung on it ("was one/obl more")
        clause = [pred] + [c for c in pred.children if c.dep_ in ("obl:unmarked", "nummod", "obl:npmod")]
        things = [c for t in clause if any(x.dep_ == "cop" for x in t.children) for c in t.children if c.dep_ in SUBJ]
        if not things and pred.dep_ in OBJ | {"xcomp"} and pred.head.lemma_.lower() in ("remain", "become", "stay") \
                and not is_negated(pred.head):
            # ("that oil was to remain/ccomp the first priority/obj": a copular verb read as transitive)
            things = [c for c in pred.head.children if c.dep_ in SUBJ]
            pred = pred.head if things else pred
        if things:
            verb = self._speaker_of(pred)
            if verb is None and pred.dep_ == "ccomp" and pred.head.lemma_.lower() in BELIEF_WORDS:
                verb = pred.head  # ("came away convinced/xcomp that ...": the one convinced)
            if verb is not None and not is_negated(verb):
                holders = subjects(verb) or (subjects(verb.head) if verb.dep_ in ("xcomp", "acomp") else [])
            elif verb is None and (view := self._view_holder(pred) or self._view_inside(pred)) is not None:
                holders = [view]
            else:
                return
        elif pred.dep_ in ("xcomp", "obl", "advcl") and pred.head.pos_ == "VERB" and \
                pred.head.lemma_.lower() in JUDGING_VERBS and not is_negated(pred.head) and \
                not is_hypothetical(pred.head):  # ("denied that he had ever regarded oil as a panacea")
            # "called/thought the plan a folly", "dismissed/regarded transport as a diversion"
            if pred.dep_ != "xcomp" and case_of(pred) != "as":
                return
            things, holders = direct_objects(pred.head), subjects(pred.head)
        elif pred.dep_ in OBJ and pred.head.pos_ == "VERB" and pred.head.lemma_.lower() in JUDGING_VERBS and \
                any(c.dep_ in OBJ and c.i < pred.i for c in pred.head.children) and \
                not is_negated(pred.head) and not is_hypothetical(pred.head):
            # "who thought the Air Staff's new directive/obj a mistake/obj": both read as the verb's objects
            things = [c for c in pred.head.children if c.dep_ in OBJ and c.i < pred.i]
            holders = subjects(pred.head)
        elif pred.dep_ in OBJ and pred.head.dep_ in OBJ | {"iobj"} and pred.head.i < pred.i and \
                pred.head.head.pos_ == "VERB" and pred.head.head.lemma_.lower() in JUDGING_VERBS and \
                not is_negated(pred.head.head) and not is_hypothetical(pred.head.head):
            # "called the oil plan a panacea" with the second object read as the first one's
            things, holders = [pred.head], subjects(pred.head.head)
        else:
            return
        self._emit(ex, holders, things, prop, noun, f"verdict:{key.replace(' ', '_')}", "noun")

    @staticmethod
    def _view_inside(pred: Token) -> Token | None:
        """"the railways were in his view the key": a view phrase on the predicate (or its copula)
        names whose judgement it is."""
        return next((o for t in [pred] + [x for x in pred.children if x.dep_ == "cop"] for c in t.children
                     if c.lemma_.lower() in VIEW_NOUNS and case_of(c) == "in" and
                     (o := possessor(c)) is not None and o.i != c.i), None)

    @staticmethod
    def _view_holder(clause: Token) -> Token | None:
        """"In Tedder's view, the railways were ...": whose view opens the sentence (the parser
        may hang the phrase anywhere)."""
        return next((view[0] for c in clause.sent if c.i < clause.i and (view := view_owner(c)) is not None), None)

    def _under_command(self, person: Token, ex: Extraction) -> None:
        """"The committee, set up in October under the chairmanship of Bufton, met weekly",
        "The Eighth Air Force attacked Leuna under the command of Doolittle": "under the command
        of X" on a verb is X's command of the body that acts (or that the participle describes)."""
        noun = person.head
        # (or "under Lord Cherwell's supervision": the possessor)
        if case_of(person) != "of" and person.dep_ not in ("nmod:poss", "poss") or person.dep_ == "conj" or \
                noun.lower_ not in COMMAND_NOUNS or case_of(noun) != "under" or noun.head.i == noun.i:
            return
        verb = noun.head
        if is_date_word(verb) and verb.dep_.startswith("obl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # ("set up in July/obl under/nmod ...": the phrase hung on the date)
        if verb.pos_ not in ("VERB", "AUX"):
            return
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            bodies = [verb.head]
        else:
            bodies = passive_subjects(verb) if is_passive(verb) else subjects(verb)
        self._emit(ex, conjuncts(person), bodies, "commands", noun, "prep:under:command", "prep")

    def _act_place(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"directed the building of small refineries in the Harz mountains" with the place hung
        on "building": where a facility is built, repaired or destroyed, it is."""
        act = head.head
        if m.types[:1] not in (["Facility"], ["Place"]) or case_of(head) != "of" or act.i == head.i or \
                act.lemma_.lower() not in PATIENT_NOUNS or act.pos_ != "NOUN":
            return
        for prep, o in prep_objects(act):
            if o.i != head.i and o.i > head.i:
                for prop, preps in self.locative:
                    if prep in preps and prep != "of":
                        self._emit(ex, [head], [o], prop, act, f"prep:{prep}:act", "prep")

    def _set_off_inverse(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"The Eighth, under Doolittle, attacked ...": an inverse preposition set off by commas
        right after a name belongs to that name, whatever the parser hung it on."""
        other = self._set_off(m, 1, (",", ";", ")")) if m.source in ("alias", "name") else None
        doc = head.doc
        if other is None and m.source in ("alias", "name") and m.end + 4 < len(doc) and \
                doc[m.end + 2].lower_ == "the" and doc[m.end + 3].lower_ in COMMAND_NOUNS and doc[m.end + 4].lower_ == "of":
            other = self._set_off(m, 4, (",", ";", ")"))  # "No. 617 Squadron, under the command of Wing Commander Tait,"
        if other is None:
            return
        prep = head.doc[m.end + 1]
        # ("The Oil Division of the Ministry of Economic Warfare, under Lawrence,": the whole phrase's head)
        # (but not "The Ministry of Economic Warfare's Oil Section, under Lawrence,": the possessed is the head)
        possessed = m.start > 0 and doc[m.start - 1].tag_ == "POS"
        outer = self._at.get(head.head.i) if case_of(head) == "of" and head.dep_.startswith("nmod") and \
            not possessed else None
        target = head.head if outer is not None and outer is not m and outer.types[:1] and \
            self.ont.fits(outer.types[:1], {"Organization"}) else head
        for prop, preps in self.inverse_preps:
            if prep.lower_ in preps:
                self._emit(ex, [head.doc[other.head]], [target], prop, prep, f"prep:{prep.lower_}:set-off", "prep")

    def _place_modifier(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"hit the Ploesti refineries" (the parser left "Ploesti" out of the noun phrase): a
        common-noun facility right after a known place lies there (a named plant in that slot,
        "the Leuna works", is the plant)."""
        if m.source != "noun" or m.types[:1] != ["Facility"]:
            return
        doc = head.doc
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
        # (the surface backs up the parse: "hit the Ploesti/iobj refineries")
        if m.start > 0 and not mods and (pm := self._at.get(m.start - 1)) is not None and pm.end == m.start and \
                (pm.start == 0 or doc[pm.start - 1].pos_ in ("DET", "PRON") or doc[pm.start - 1].tag_ == "PRP$"):
            mods = [doc[pm.head]]
        for c in mods:
            pm = self._at.get(c.i)
            # (a place inside the name, "the Ploesti oil fields", is part of it: nothing to add;
            # a place known from the alias data only: "the Romana Americana refinery" names a firm)
            if pm is not None and pm.end <= m.start and pm.source == "alias" and pm.types[:1] == ["Place"] and \
                    pm.text not in m.label:
                for prop, preps in self.locative:
                    if "in" in preps:
                        self._emit(ex, [head], [c], prop, head, "compound:place", "prep")

    def _set_off_place(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"Leuna, near Merseburg, was the largest ...", "Brux, in Czechoslovakia, and ...": a
        place phrase set off by commas right after a named place or plant places it, whatever
        the parser made of the name (a sentence-initial name is often misread)."""
        if m.source not in ("alias", "name") or m.types[:1] not in (["Facility"], ["Place"]):
            return
        place = self._set_off(m, 1, (",", ";", ".", ")"))
        if place is None or place.types[:1] != ["Place"]:
            return
        prep = head.doc[m.end + 1]
        for prop, preps in self.locative:
            if prep.lower_ in preps:
                self._emit(ex, [head], [head.doc[place.head]], prop, prep, f"prep:{prep.lower_}:set-off", "prep")

    def _document(self, head: Token, m: Mention, ex: Extraction) -> None:
        if head.dep_ in ("nsubj", "nsubj:pass") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                and is_hypothetical(head.head):
            return  # ("only a direct order from the Chief of the Air Staff would change that": no such order)
        # "..., issued by Bottomley": a by-phrase right after a verb belongs to the verb
        # "the directive of 25 September bound/JJ Bomber Command": a phrase that opens with a
        # number is a date or a count, never the writer (whatever the parser hung on it)
        pairs = [(p, o) for p, o in prep_objects(head)
                 if not m.start <= o.i < m.end  # (words of its own title: "Plan for the Completion of ...")
                 and not (p == "by" and o.left_edge.i > 0 and head.doc[o.left_edge.i - 1].pos_ == "VERB")
                 and not (o.left_edge.i + 1 < len(head.doc) and o.left_edge.lower_ == p
                          and head.doc[o.left_edge.i + 1].like_num)
                 # ("a rebuttal for the CAS's signature": a thing of someone's is not someone)
                 and not (self._at.get(o.i) is None and o.pos_ == "NOUN" and
                          (owner := possessor(o)) is not None and owner.i != o.i)]
        # the surface order backs up the parse: "Memorandum from Lord Cherwell to the Prime
        # Minister, 30 March 1942" (catalogue entries are often parsed badly)
        doc, i, seen = head.doc, m.end, {p for p, _ in pairs}
        # "Letter, Tedder to Portal, 25 October 1944": sender and recipient after a comma
        if i + 3 < len(doc) and doc[i].text == "," and "from" in self.doc_preps and "to" in self.doc_preps:
            sender = self._at.get(i + 1)
            if sender is not None and sender.start == i + 1 and sender.end < len(doc) and \
                    doc[sender.end].lower_ == "to":
                r = sender.end + 1 + (sender.end + 1 < len(doc) and doc[sender.end + 1].lower_ == "the")
                recipient = self._at.get(r)  # (also "to the Deputy Chief of the Air Staff")
                if recipient is not None and recipient.start == r:
                    pairs += [("from", doc[sender.head]), ("to", doc[recipient.head])]
                    seen |= {"from", "to"}
                    i = recipient.end
                    # "Letter, Portal to Harris, 12 November 1944, in reply": the writer replies
                    rest = [t.lower_ for t in doc[i:head.sent.end]]
                    if "repliesTo" in self.ont.properties and (head.lemma_.lower() in self.reply_nouns or any(
                            a == "in" and b in self.reply_nouns for a, b in zip(rest, rest[1:]))):
                        self._emit(ex, [doc[sender.head]], [doc[recipient.head]], "repliesTo", head,
                                   "docprep:entry+reply", "docprep")
        if "from" not in seen and "to" not in seen and "from" in self.doc_preps and "to" in self.doc_preps:
            # "PRO AIR 8/1019: Portal to Harris, 12 Dec. 1944 (letter on ...)": a catalogue
            # line (no verb) that opens with sender and recipient, its one document later
            pairs += self._entry_opening(head, m)
        for _ in range(3):
            if i >= len(doc) or doc[i].lower_ not in self.doc_preps:
                break
            prep, j = doc[i].lower_, i + 1
            # skip determiners and titles ("the", "Lord", "General") up to the next name
            while j < min(len(doc), i + 5) and (j not in self._at or self._at[j].start != j) and \
                    (doc[j].pos_ == "DET" or doc[j].text[:1].isupper()) and not doc[j].is_punct:
                j += 1
            nxt = self._at.get(j)
            if nxt is None or nxt.start != j or any(doc[k].tag_ == "POS" for k in (nxt.end - 1, nxt.end)
                                                      if k < len(doc)):
                break  # ("a rebuttal for the CAS's signature": the name is a possessor, not the phrase's object)
            if prep not in seen:
                pairs.append((prep, doc[nxt.head]))
            i = nxt.end
        for prep, o in pairs:
            for prop in self.doc_preps.get(prep, []):
                p = self.ont.properties[prop]
                if "Document" in p.domain:
                    self._emit(ex, [head], [o], prop, head, f"docprep:{prep}", "docprep")
                else:
                    self._emit(ex, [o], [head], prop, head, f"docprep:{prep}", "docprep")
        speech = None
        owned = m.owner is not None or possessor(head) is not None  # ("In Bufton's paper, Portal found ...")
        if owned and head.dep_.startswith("obl") and case_of(head) == "in" and head.head.pos_ == "VERB":
            # (but "In his reply of 18 January he told Portal ...": the speaker's own document)
            owner = possessor(head)
            om = self._at.get(owner.i) if owner is not None and owner.i != head.i else None
            owned = om is None or not any(sp.label == om.label for sp in self._speakers(head.head))
        if head.dep_.startswith("obl") and case_of(head) == "in" and not owned and not is_passive(head.head) and \
                (head.head.lemma_.lower() in self.speech_verbs or head.head.lemma_.lower() in self.verbs):
            # "In a memorandum to Eisenhower, Tedder complained that ...": the speaker wrote it;
            # so did who "rejected his argument in a letter of 12 November" (a verb of the ontology)
            speech = head.head
        elif head.dep_.startswith("obl") and case_of(head) == "in" and not owned and head.head.pos_ == "VERB" \
                and head.left_edge.i == head.sent.start and head.i < head.head.i and not is_passive(head.head):
            speech = head.head  # "In a long letter of 6 November he set out the case for oil" (opening the sentence)
        elif head.dep_.startswith("nmod") and case_of(head) == "in" and head.head.dep_ in SUBJ and \
                head.head.head.lemma_.lower() in self.speech_verbs:
            speech = head.head.head  # "Spaatz, in a letter to Arnold, reported that ..." (hung on the subject)
        writers = subjects(speech) if speech is not None else []
        if speech is None and head.dep_.startswith("obl") and case_of(head) == "in" and not owned and \
                is_passive(head.head):
            # "The Air Staff's view, set out by Bufton in a minute to Bottomley, ...": the agent wrote it
            writers = [o for p, o in prep_objects(head.head) if p == "by"]
            speech = head.head if writers else None
        if speech is not None:
            for prop, classes in self.possessed:
                if self.ont.fits(m.types[:1], classes):
                    self._emit(ex, writers, [head], prop, head, "docprep:in+speech", "docprep")
            # "In a minute of 3 November, Bufton told Bottomley that ...": whom the writer told
            # (or wrote or complained to) is the document's addressee, unless it names its own
            if "addressedTo" in self.ont.properties and not any(p == "to" for p, _ in prep_objects(head)):
                hearers = [o for p, o in prep_objects(speech) if p == "to"]
                # ("Harris answered Portal on 18 January in a long letter": whom he answered;
                # "pressed him in a minute of 28 November to do more": whom he urged)
                # ("rebuked Harris in a letter of 22 December": whom one criticizes, persuades or
                # orders in a letter is whom it is to)
                if speech.lemma_.lower() in TOLD_VERBS or self._replies(speech) or head.lemma_.lower() in LETTERS and any(
                        prop in ADDRESSING_PROPS for prop, _, prep, _ in self.verbs.get(speech.lemma_.lower(), [])
                        if prep is None) or any(
                        c.dep_ in ("xcomp", "advcl") and c.i > head.i and any(x.lower_ == "to" and x.dep_ == "mark"
                                                                             for x in c.children)
                        for c in speech.children):
                    hearers += direct_objects(speech)
                self._emit(ex, [head], hearers, "addressedTo", head, "docprep:in+speech+hearer", "docprep")

    def _entry_opening(self, head: Token, m: Mention) -> list[tuple[str, Token]]:
        doc, sent = head.doc, head.sent
        if has_finite_verb(sent):
            return []
        docs = {id(d) for k, d in self._at.items() if sent.start <= k < sent.end and d.types[:1] == ["Document"]}
        if len(docs) != 1:
            return []
        k = next((t.i + 1 for t in sent if t.text == ":" and t.i < m.start), sent.start)  # after a reference
        while k < m.start and doc[k].is_space:
            k += 1
        sender = self._at.get(k)
        if sender is None or sender.start != k or sender.end >= m.start or doc[sender.end].lower_ != "to":
            return []
        recipient = self._at.get(sender.end + 1)
        if recipient is None or recipient.start != sender.end + 1 or recipient.end > m.start:
            return []
        return [("from", doc[sender.head]), ("to", doc[recipient.head])]

    def _possessed_post(self, person: Token, ex: Extraction) -> None:
        """"Its commander, General Twining, ...", "General Twining, its commander, ...", "Its
        chairman was Lawrence": a post noun of an
        "X of" trigger ("commander of") whose possessor is a body, named by a person in apposition
        or as the copula's predicate, gives the person that property to the body."""
        posts = [person.head] if person.dep_ == "appos" and person.head.i < person.i else []
        # "General Twining, its commander, reported ..."
        posts += [a for a in appositions(person) if a.i > person.i and a.pos_ == "NOUN"]
        if any(c.dep_ == "cop" for c in person.children):
            posts += [c for c in person.children if c.dep_ in SUBJ and c.i < person.i]
        for post in posts:
            owner = possessor(post)
            if owner is None or owner.i == post.i or is_negated(post):
                continue
            _, entries = self._appos_triggers(post)
            pm = self._at.get(person.i)
            if entries and pm is not None and (not pm.types or pm.weak_type) and pm.source == "name" and \
                    post.lemma_.lower() in self.position_heads:
                pm.types, pm.weak_type = ["Person"], False  # "Its chairman was Lawrence": who holds a post is a person
            for prop, prep in entries:
                if prep == "of":
                    self._emit(ex, [person], [owner], prop, post, f"appos:{post.lemma_.lower()}:possessor", "appos")

    def _possessive(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"Bufton's draft" -> authored, "Harris's Bomber Command" -> commands: the possessor of a
        member of a kg:possessedClass has that property to it."""
        owner = m.owner if m.owner is not None else (possessor(head).i if possessor(head) is not None else None)
        doc = head.doc
        if m.source in ("alias", "name") and m.start >= 2 and doc[m.start - 1].tag_ == "POS" and \
                doc[m.start - 2].i in self._heads:
            # the surface over the parse: in "Doolittle's Eighth Air Force and Twining's Fifteenth
            # Air Force" the parser may give either unit to either man
            owner = m.start - 2
        if owner is None and m.source in ("alias", "name") and m.types:
            # "The Ninth Air Force, Brereton's tactical force, ...": the possessor of a word for
            # its class in apposition
            heads = {w.split()[-1] for w, c in self.ont.head_noun_index.items() if c == m.types[0]}
            owner = next((o.i for a in appositions(head) if a.lemma_.lower() in heads and a.i > head.i and
                          (o := possessor(a)) is not None and o.i != a.i), None)
            word = head.head
            if owner is None and head.dep_ == "appos" and word.i < head.i and \
                    (word.lemma_.lower() in heads or word.lower_ in heads) and \
                    (o := possessor(word)) is not None and o.i != word.i:
                owner = o.i  # ("Eisenhower's headquarters, SHAEF, ...": the name after the word for its class)
        if owner is None or (m.source not in ("alias", "name") and m.types[:1] != ["Document"]):
            return  # ("his command", "his squadrons": no unit named)
        own = head.doc[owner]
        if own.tag_ == "PRP$" and (verb := self._speaker_of(head)) is not None:
            # "Portal answered that Harris had not followed his instructions": inside reported
            # speech "his" may be the speaker's as well as the one it resolves to; say nothing
            who = self._at.get(own.i)
            if who is not None and any(sp.label != who.label for sp in self._speakers(verb)):
                return
        for prop, classes in self.possessed:
            if self.ont.fits(m.types[:1], classes):
                self._emit(ex, [head.doc[owner]], [head], prop, head, "possessive", "possessive")

def _appointed_posts(person: Token) -> list[Token]:
    """"Speer appointed Geilenberg as Commissioner-General ...", "Tedder was named Deputy Supreme
    Commander": the post a person is given by a verb of appointing (checked as a post by the caller);
    "Twining, who succeeded Eaker as its commander": the post the successor takes."""
    for v in [person.head] + [c for c in person.children if c.dep_ in ("acl:relcl", "relcl")]:
        subj = [c for c in v.children if c.dep_ in SUBJ]
        if v.lemma_.lower() in SUCCEEDING_VERBS and not is_negated(v) and subj and (
                subj[0].i == person.i or subj[0].tag_ in ("WP", "WDT") and v.head.i == person.i):
            return [o for x in [v] + direct_objects(v) for p, o in prep_objects(x) if p == "as"]
    verb = person.head
    if person.dep_ == "compound" and verb.i > person.i and verb.dep_ in OBJ and \
            verb.head.lemma_.lower() in APPOINT_VERBS and not is_negated(verb.head):
        return [verb]  # "appointed Geilenberg/compound General Commissioner/obj for ...": the name read into the post
    if person.dep_ not in OBJ | PASS_SUBJ_DEPS or verb.lemma_.lower() not in APPOINT_VERBS or is_negated(verb):
        return []
    posts = [o for p, o in list(prep_objects(person)) + list(prep_objects(verb)) if p == "as"]
    return posts + [c for c in verb.children if c.dep_ in ("xcomp", "oprd", "obj") and c.i > person.i and
                    c.pos_ in ("NOUN", "PROPN")]


def _covering(o: Token) -> bool:
    """A phrase "with X" on a verb of sending (COVERING_VERBS), X with no owner named: "returned it
    with a note", "forwarded the report with a covering minute" (the sender's note)."""
    return case_of(o) == "with" and o.head.lemma_.lower() in COVERING_VERBS and possessor(o) is None


def _coordinated_agents(verb: Token, agents: list[Token]) -> list[Token]:
    """Further agents of a passive verb coordinated with "and by" to one of its phrases ("signed by
    Bottomley for the Air Staff and by Spaatz/conj>Staff for USSTAF", "carried out by the Eighth
    from England and by the Fifteenth/conj>England from Italy")."""
    phrases = list(agents) + [x for x in verb.children if x.dep_.startswith("obl") and x not in agents]
    return [c for o in phrases for t in o.subtree for c in t.conjuncts
            if c.i > o.i and case_of(c) == "by" and c not in agents and
            any(x.dep_ == "cc" and x.i == c.left_edge.i for x in c.children)]


def _co_agents(verb: Token) -> list[Token]:
    """Who does a deed with its subject: "signed the directive together with Spaatz", "jointly with
    Arnold" (a bare "with" is the means: "attacked Leuna with 200 Lancasters")."""
    jointly = any(c.lower_ in ("together", "jointly", "along") and c.dep_ == "advmod" for c in verb.children)
    return [x for p, o in prep_objects(verb) if p in ("with", "together with", "along with", "jointly with") and
            (jointly or p != "with") for x in conjuncts(o)]


def _denied(tok: Token) -> bool:
    """A verb its clause denies as a fact ("did not accept", "refused to accept"), not one merely
    supposed ("would not have accepted", "if he did not accept")."""
    if not is_negated(tok):
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEG_GOVERNORS:
        return not is_hypothetical(tok.head)
    return not is_hypothetical(tok)


def _noun_made_priority(words) -> Token | None:
    """The noun before "as (the) first/top priority" in ``words``."""
    toks = list(words)
    for k, t in enumerate(toks[1:], 1):
        if t.lower_ != "as":
            continue
        rest = [x for x in toks[k + 1:k + 5]]
        j = next((n for n, x in enumerate(rest) if x.lemma_.lower() in ("priority", "precedence")), None)
        if j is not None and all(x.pos_ in ("DET", "ADJ") or x.lower_ in ("first", "top") for x in rest[:j]) and \
                toks[k - 1].pos_ in ("NOUN", "PROPN"):
            return toks[k - 1]
    return None


def _starts_with(words, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens ``words`` open with ``phrase`` (each word matched by form or lemma)."""
    toks = [t for t in words if not t.is_punct]
    return len(toks) >= len(phrase) and all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(toks, phrase))


def _particle_tokens(verb: Token, particles: tuple[str, ...]) -> list[Token]:
    """The trigger's other words where they hang: on the verb ("took part in"), on one another
    ("decided in favour of": "in" hangs on "favour"), or on the verb's object right before them
    ("succeeded Eaker in command of", with "in command" read as Eaker's)."""
    near = [c for c in verb.children if c.lower_ in particles and not c.dep_.startswith(("nsubj", "csubj"))]
    near += [c for o in verb.children if o.dep_ in OBJ and o.i > verb.i for c in o.children
             if c.lower_ in particles and c.i > o.i]
    # (or on the last of the objects: "put Pölitz, Merseburg and Böhlen/conj first/advmod>Böhlen")
    near += [c for o in verb.children if o.dep_ in OBJ and o.i > verb.i for x in conjuncts(o)[1:]
             for c in x.children if c.lower_ in particles and c.i > x.i and c.pos_ == "ADV"]
    near += [g for c in near for g in c.children if g.lower_ in particles]
    return near


def _has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    """Whether all the trigger's other words are found by ``_particle_tokens``."""
    near = _particle_tokens(verb, particles)
    return all(any(c.lower_ == w for c in near) for w in particles)


def _denied_particle(verb: Token, particles: tuple[str, ...]) -> bool:
    """"took no part in": the trigger's noun is denied by its determiner."""
    return any(c.lower_ in particles and is_negated(c) for c in verb.children)


def _verb_base(word: str, verbs: dict) -> str | None:
    """The verb a past, present or -ing form comes from, if it is a trigger ("smashed" → "smash")."""
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix):
            base = word[:-len(suffix)] + add
            if base in verbs:
                return base
            if add == "" and suffix in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2] and base[:-1] in verbs:
                return base[:-1]  # "planned" → "plan"
    return None


def _approximate_amounts(verb: Token) -> list[Token]:
    """"supplied about a third of Germany's oil": the parser reads "about" as a preposition and
    the amount as an oblique; an amount after the verb with an approximating word is its object."""
    return [c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i and
            (c.lemma_.lower() in PARTITIVES or c.lower_ in PARTITIVES) and
            any(k.dep_ == "case" and k.lower_ in APPROXIMATORS for k in c.children)]


def _quantity(tok: Token) -> str | None:
    nums = [c for c in tok.children if c.like_num]
    if nums:
        return f"{nums[0].text} {tok.text}" if tok.lower_ in ("percent", "per cent", "%") else nums[0].text
    return None


def _dedupe(ex: Extraction) -> Extraction:
    seen: dict = {}
    facts = []
    for f in ex.facts:
        obj = f.literal if f.obj is None else (id(f.obj) if f.obj.source == "quote" else f.obj.label)
        key = (f.subject.label, f.prop, obj)
        if key in seen:
            i = seen[key]
            if f.confidence > facts[i].confidence:  # keep the most trusted pattern's evidence
                facts[i] = f
            continue
        seen[key] = len(facts)
        facts.append(f)
    ex.facts = facts
    return ex
