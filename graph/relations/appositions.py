"""Apposition patterns: A, commander of B / A, (essentially) a copy of B / posts held and by whom."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..mentions import SUBUNIT_WORDS
from ..records import CONFIDENCE, Extraction, Mention, RawFact
from ..syntax import (SUBJ, appositions, case_of, conjuncts, has_finite_verb, is_date_word, is_negated, is_passive,
                      passive_subjects, possessor, prep_objects, subjects)
from .words import COMMAND_NOUNS, DEPUTY_WORDS, NOT_POSTS, PEER_NOUNS
from .phrases import appointed_posts


class AppositionPatterns:
    """Apposition patterns: A, commander of B / A, (essentially) a copy of B / posts held and by whom. Mixed
    into :class:`RelationExtractor`."""

    def _appos(self, head: Token, m: Mention, ex: Extraction, predicate_only: bool = False) -> None:
        """Facts of a name's appositions and predicate nouns (``predicate_only``: of its predicate noun
        alone, for a pronoun: "He was a member of the committee")."""
        # appositions, and loosely attached noun phrases the parser did not call appos:
        # "Portal's reply to Harris, again essentially a copy of Bufton's draft, ..."
        cands = [] if predicate_only else self._own_appositions(head, m) + appointed_posts(head) + [
            c for c in head.children if c.dep_ in ("obl", "nmod", "dep", "parataxis") and c.pos_ == "NOUN"
            and not any(x.dep_ == "case" for x in c.children) and any(x.dep_ == "det" for x in c.children)] + [
            # ("Eaker, now in command of the Mediterranean Allied Air Forces,": a post held "in")
            c for c in head.children if c.dep_ in ("nmod", "obl", "appos") and c.i > head.i and
            case_of(c) == "in" and f"in {c.lemma_.lower()}" in self.appos]
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
                # (nor the post's own words: "Chief of Staff" is no command of a staff)
                objs = [o for p, o in prep_objects(a) if p == prep and
                        not (o.lemma_.lower() in SUBUNIT_WORDS and self._at.get(o.i) is None) and
                        not (self._at.get(o.i) is not None and self._at.get(o.i) is self._at.get(a.i) and
                             self._at[o.i].source == "position")]
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
        top = head
        while top.dep_ in ("flat", "flat:name") and top.head.i < top.i and self._title_word(doc, top.head.i):
            top = top.head  # ("Harris's deputy, Air Marshal/appos Saundby/flat": the title bears the relation)
        loose = top.dep_ == "appos" or top.dep_ == "conj" and not any(c.dep_ == "cc" for c in top.children)
        described = top.head
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
        # "As chairman of the committee, Bufton pressed ...": a post the subject's verb opens with
        if head.dep_ == "nsubj":
            # (or read as a second subject: "As/mark C-in-C/nsubj of Bomber Command, Harris refused")
            posts += [c for c in head.head.children if c.i < head.i and c not in posts and (
                c.dep_.startswith("obl") and case_of(c) == "as" or c.dep_ == "nsubj" and c.left_edge.i > 0 and
                doc[c.left_edge.i - 1].lower_ == "as" and doc[c.left_edge.i - 1].head == head.head) and
                self._appos_triggers(c)[1]]
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
        # (also in a relative clause on the person: "Milch, who as State Secretary in the Air Ministry was ...")
        relatives = [r for r in head.children if r.dep_ in ("acl:relcl", "relcl") and
                     any(x.dep_ in SUBJ and x.tag_ == "WP" for x in r.children)]
        # (or hung on the verb, set off right after the subject: "Bufton, as Director of Bomber Operations, was ...")
        verb_as = [c for c in head.head.children if head.dep_ in SUBJ and head.i < c.i < head.head.i and
                   c.left_edge.i == m.end + 1 and head.doc[m.end].text == ","] if head.head.i != head.i else []
        acting_as = [c for h in [head] + relatives for c in h.children if c.i > head.i and case_of(c) == "as" and
                     (cm := self._at.get(c.i)) is not None and cm.source == "position"]
        acting_as += [c for c in verb_as if case_of(c) == "as" and (cm := self._at.get(c.i)) is not None and
                      cm.source == "position" and c not in acting_as]
        for a in self._own_appositions(head, m) + appointed_posts(head) + acting_as:
            if a.lemma_.lower() in PEER_NOUNS and a.tag_ == "NN" and a.i > head.i and \
                    a.lower_ not in self.position_heads:
                # "Milch, Speer's ally in the Air Ministry": no post, but one of the body's people
                for prep, o in prep_objects(a):
                    if prep in ("in", "at"):
                        self._emit(ex, [head], [o], "memberOf", a, f"appos:peer+{prep}", "appos")
                continue
            if a.lower_ not in self.position_heads and a.lemma_.lower() not in self.position_heads or \
                    a.tag_ == "NNS" and a.i < head.i:
                continue  # (nor is a group one's post: "Several officers ..., Tedder and Zuckerman among them")
            am = self._at.get(a.i)
            # (the owner on the name or on the post itself: "sent his/poss>deputy deputy Saur")
            owned = a.i < m.start and (any(x.dep_ in ("nmod:poss", "poss") and x.i < a.i for x in head.children) or
                                       any(x.dep_ in ("nmod:poss", "poss") for x in a.children))
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
            start = a.left_edge.i
            while a.i < m.start and a.head == head and start - 1 > head.sent.start and \
                    a.doc[start - 1].head == head and a.doc[start - 1].dep_ in ("compound", "amod") and \
                    a.doc[start - 1].is_lower:
                start -= 1  # ("Speer's repair/compound>Geilenberg chief/amod>Geilenberg Geilenberg": one post)
            words = [t for t in a.doc[start:end] if not t.is_punct and t.dep_ not in ("det", "case", "cc")
                     and not (t.dep_ == "mark" and t.i < a.i)  # ("as/mark commissioner for ...")
                     and t.tag_ not in ("PRP$", "WP$") and not m.start <= t.i < m.end]  # (nor the name read into it)
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
            if owner is not None and owner.i != a.i and a in appointed_posts(head):
                # ("succeeded Eaker as its commander": commander of what "its" is)
                for prop, prep in self._appos_triggers(a)[1]:
                    if prep == "of":
                        self._emit(ex, [head], [owner], prop, a, f"appos:{a.lemma_.lower()}:possessor", "appos")
            body = next((bm for c in a.children if c.dep_ == "compound" and c.i < a.i and
                         (bm := self._at.get(c.i)) is not None and bm is not am and bm.types[:1] and
                         self.ont.fits(bm.types[:1], {"Organization"})), None)
            if body is not None:
                # "Kreipe, the Luftwaffe Chief of Staff": the body named before the post; a post with
                # an "of" phrase of its own, or a deputy's, is held in it, else its trigger says how
                props = [prop for prop, prep in self._appos_triggers(a)[1] if prep == "of"]
                if not props or any(p == "of" for p, _ in prep_objects(a)) or \
                        deputys_post(a):
                    props = ["memberOf"]
                for prop in props:
                    self._emit(ex, [head], [a.doc[body.head]], prop, a, "appos:position+compound", "appos")
            if any(p in triggered and self._at.get(o.i) is not None for p, o in prep_objects(a)):
                continue  # "commander of X" is kg:commands (apposition trigger, in _appos), not membership
            # ("Director of Plans at USSTAF": the body hangs on the post's own "of" phrase)
            # (or "plenipotentiary for chemical production at I.G. Farben": on the post's "for" phrase)
            for prep, o in list(prep_objects(a)) + [(p2, o2) for p, x in prep_objects(a) if p in ("of", "for")
                                                     for p2, o2 in prep_objects(x) if p2 == "at"]:
                # ("the senior officer on the committee", "an economist from the Board of Trade", "an
                # economist with the Enemy Objectives Unit", "adviser to the Allied Expeditionary Air Force")
                if prep in ("at", "of", "in", "on", "from", "with", "to"):
                    self._emit(ex, [head], [o], "memberOf", a, f"appos:position+{prep}", "appos")

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
        chairman was Lawrence", "with Lawrence as its secretary": a post noun of an
        "X of" trigger ("commander of") whose possessor is a body, named by a person in apposition
        or as the copula's predicate, gives the person that property to the body."""
        posts = [person.head] if person.dep_ == "appos" and person.head.i < person.i else []
        # "The Air Staff's chief target planner/nmod:desc, Group Captain Bufton, ...", and the same read as a
        # conjunct with no "and" ("The Air Ministry's Director, Air Commodore Bufton/conj, agreed")
        posts += [c for c in person.children if c.dep_ == "nmod:desc" and c.i < person.i and c.pos_ == "NOUN"]
        if person.dep_ == "conj" and person.head.i < person.i and person.head.lemma_.lower() in self.position_heads \
                and person.doc[next(t.i for t in person.subtree if not t.is_punct) - 1].text == "," and \
                not any(c.dep_ == "cc" for c in person.children):
            posts.append(person.head)
        # "General Twining, its commander, reported ..."
        posts += [a for a in appositions(person) if a.i > person.i and (
            a.pos_ == "NOUN" or a.lower_ in self.position_heads)]  # (a capitalised post: "its Commanding General/PROPN")
        if any(c.dep_ == "cop" for c in person.children):
            posts += [c for c in person.children if c.dep_ in SUBJ and c.i < person.i]
        # "with Wing Commander Lawrence as its secretary": the post the person is named to
        posts += [c for c in person.children if c.i > person.i and c.pos_ == "NOUN" and case_of(c) == "as"]
        # ("Milch, Göring's deputy and the Luftwaffe's director of aircraft production": each post)
        posts += [c for p in posts for c in conjuncts(p)[1:] if c.pos_ == "NOUN" and c not in posts]
        for post in posts:
            owner = possessor(post)
            if owner is None or owner.i == post.i or is_negated(post):
                continue
            _, entries = self._appos_triggers(post)
            pm = self._at.get(person.i)
            if entries and pm is not None and (not pm.types or pm.weak_type) and pm.source == "name" and \
                    post.lemma_.lower() in self.position_heads:
                pm.types, pm.weak_type = ["Person"], False  # "Its chairman was Lawrence": who holds a post is a person
            # ("the Luftwaffe's chief of staff": a post with an "of" phrase of its own is held in the owner's
            # body, not over it)
            own_of = any(p == "of" and (self._at.get(o.i) is None or self._at.get(o.i) is self._at.get(post.i))
                         for p, o in prep_objects(post))
            # (a post of no trigger of its own, or a deputy's, is held in the owner's body: "Anderson,
            # its Deputy Commanding General for Operations")
            if not entries and post.lemma_.lower() in self.position_heads or deputys_post(post):
                own_of = True
            for prop, prep in entries if not own_of else [("memberOf", "of")]:
                if prep == "of" and prop in self.ont.properties:
                    self._emit(ex, [person], [owner], prop, post, f"appos:{post.lemma_.lower()}:possessor", "appos")

    def _biography_entries(self, doc: Doc, ex: Extraction) -> None:
        """A list of people's entries: "TEDDER, Arthur William (1890–1967). Deputy Supreme Commander,
        SHAEF, 1944–45; Chief of the Air Staff, 1946–49." An entry opens with a person's name, surname
        first in capitals or before a comma, on a line with no verb; each post after it (up to the
        next entry or the next sentence with a verb, one post per ";"-item) is the person's
        (kg:holdsPosition), a body set off after the post is one the person served in (kg:memberOf),
        and a body in the post's own "of" phrase gets the post's apposition trigger ("Chief of")."""
        if "holdsPosition" not in self.ont.properties:
            return
        person = None
        for sent in doc.sents:
            if has_finite_verb(sent):
                person = None
                continue
            first = next((t for t in sent if not t.is_space), None)
            m = self._at.get(first.i) if first is not None else None
            if m is not None and m.start == first.i and m.types[:1] == ["Person"] and \
                    m.source in ("alias", "name") and \
                    (first.is_upper and len(first) > 1 or m.end - m.start > 1 and doc[m.start + 1].text == ","):
                person = m
                start = m.end
            elif person is not None:
                start = sent.start
            else:
                continue
            item: list[Token] = []
            for t in list(doc[start:sent.end]) + [None]:
                if t is None or t.text == ";":
                    self._biography_post(person, item, ex)
                    item = []
                else:
                    item.append(t)

    def _biography_post(self, person: Mention, item: list[Token], ex: Extraction) -> None:
        """One ";"-item of a biography entry: a post, then bodies and years set off by commas."""
        parts: list[list[Token]] = [[]]
        for t in item:
            if t.text == ",":
                parts.append([])
            elif not t.is_space and not (t.is_punct and t.text not in "-–"):
                parts[-1].append(t)
        post = parts[0]
        # ("Deputy/NN Supreme Commander": the post's name may begin before the word read as one)
        if not post or not post[0].is_title or any(t.like_num for t in post) or \
                not any((pm := self._at.get(t.i)) is not None and pm.source == "position" or
                        t.lemma_.lower() in self.position_heads or t.lower_ in self.position_heads for t in post):
            return  # (a line of dates or a birthplace is no post)
        title = post[0].doc[post[0].i:post[-1].i + 1].text
        who = post[0].doc[person.head]
        ex.facts.append(RawFact(person, "holdsPosition", None, post[0].i, "entry:position", CONFIDENCE["appos"],
                                literal=title, datatype="string"))
        for a in post:
            _, entries = self._appos_triggers(a)
            for prop, prep in entries:
                self._emit(ex, [who], [o for p, o in prep_objects(a) if p == prep], prop, a,
                           f"entry:{a.lemma_.lower()}+{prep}", "appos")
        # a body set off after the post: the post's own trigger ("Commanding General, USSTAF" commands
        # it), but a deputy's post is membership ("Deputy Supreme Commander, SHAEF")
        head = next((t.doc[t.i - 1] for t in post if t.lower_ in ("of", "for") and t.i > post[0].i), post[-1])
        props = [prop for prop, prep in self._appos_triggers(head)[1] if prep == "of"]
        if not props or post[0].lower_ in DEPUTY_WORDS:
            props = ["memberOf"]
        for part in parts[1:]:
            bm = self._at.get(part[0].i) if part else None
            if bm is not None and bm.start == part[0].i and bm.end == part[-1].i + 1:
                for prop in props:
                    self._emit(ex, [who], [part[0].doc[bm.head]], prop, part[0], "entry:body", "appos")


def deputys_post(post: Token) -> bool:
    """Whether a post is a deputy's ("Deputy Commanding General", "Assistant Chief of Staff"): held
    in a body, commanding nothing."""
    return any(t.lower_ in DEPUTY_WORDS for t in post.doc[post.left_edge.i:post.i])
