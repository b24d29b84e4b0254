"""Documents: a letter from X to Y, who wrote it, whom it was for, and what it covered."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Extraction, Mention
from ..syntax import (OBJ, SUBJ, case_of, comma_after, conjuncts, direct_objects, is_hypothetical, is_negated,
                      is_passive, possessor, prep_objects, subjects)
from .words import ADDRESSING_PROPS, COVERING_VERBS, LETTERS, TOLD_VERBS
from .phrases import covering


class DocumentPatterns:
    """Documents: a letter from X to Y, who wrote it, whom it was for, and what it covered. Mixed into
    :class:`RelationExtractor`."""

    def _addressed_events(self, tok: Token, ex: Extraction) -> None:
        """"Milch told a conference of the Air Ministry on 3 July that ...": who speaks to a meeting
        takes part in it (a property whose range is kg:Event)."""
        if is_negated(tok) or is_hypothetical(tok):
            return
        events = [h for h in self._hearers(tok) if (hm := self._at.get(h.i)) is not None and hm.types[:1] == ["Event"]]
        for prop in self.participation_props if events else []:
            self._emit(ex, subjects(tok), events, prop, tok, f"speech:{tok.lemma_.lower()}+meeting", "verb")

    def _at_gatherings(self, verb: Token, ex: Extraction) -> None:
        """"At a meeting in Berlin on 9 June, Speer told Keitel ...", "told his staff in a conference":
        who does something at, in or during a meeting (a kg:gatheringNoun) takes part in it."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        # (also "in a conference", "during the meeting")
        events = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in ("at", "in", "during") and
                  c.lemma_.lower() in self.gathering_nouns and (cm := self._at.get(c.i)) is not None and
                  cm.types[:1] == ["Event"]]
        for prop in self.participation_props if events else []:
            self._emit(ex, subjects(verb), events, prop, verb, f"prep:at+{verb.lemma_.lower()}", "prep")

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

    def _document_relative(self, tok: Token) -> Mention | None:
        """The document a relative clause on its "to" phrase is about: in "a directive to the air
        forces which made oil their aim", the directive made it (not the air forces)."""
        if tok.dep_ in ("acl:relcl", "relcl") and case_of(tok.head) == "to" and any(
                c.lower_ == "which" and c.dep_ in SUBJ for c in tok.children) and \
                (doc := self._at.get(tok.head.head.i)) is not None and "Document" in doc.types[:1]:
            return doc
        return None

    def _covering_documents(self, verb: Token, ex: Extraction) -> None:
        """"Harris returned it with a note saying ...", "Portal forwarded the report with a covering
        minute": a document one sends something with, whose writer is not named, is the sender's."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        docs = [o for p, o in prep_objects(verb) if p == "with" and covering(o) and
                not any(p2 in ("by", "from") for p2, _ in prep_objects(o)) and
                (om := self._at.get(o.i)) is not None and om.types[:1] == ["Document"] and om.source == "noun"]
        if docs:
            self._emit(ex, subjects(verb), docs, "authored", verb, f"covering:{verb.lemma_.lower()}", "verb")

    def _fronted_inverse(self, verb: Token, ex: Extraction) -> None:
        """"Under Eaker, the Mediterranean Allied Air Forces included ...": a phrase of a
        kg:inversePrepTrigger set off before the clause relates its object to the clause's subject;
        "At SHAEF, Tedder presided over ...": a body one acts at is one's own (kg:memberOf)."""
        subs = [s for s in subjects(verb) if s.i < verb.i]
        for c in verb.children:
            p = case_of(c)
            if not c.dep_.startswith("obl") or c.i > verb.i or not subs or c.i > subs[0].i or not comma_after(c):
                continue
            for prop, preps in self.inverse_preps:
                if p in preps:
                    self._emit(ex, [c], subs, prop, c, f"prep:{p}:fronted", "prep")
            if p == "at" and "memberOf" in self.ont.properties and (cm := self._at.get(c.i)) is not None and \
                    self.ont.fits(cm.types[:1], {"Organization"}):
                self._emit(ex, subs, [c], "memberOf", c, "prep:at:fronted", "prep")

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
                 and not (p == "for" and _before_infinitive(head.doc, o.right_edge.i + 1))
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
            if prep == "for" and _before_infinitive(doc, nxt.end):
                break  # ("a reply for Portal to send": who is to do something with it, not whom it is for)
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
        if head.dep_.startswith("obl") and (case_of(head) == "in" or case_of(head) == "with" and
                                            self._replies(head.head)) and not owned and not is_passive(head.head) and \
                (head.head.lemma_.lower() in self.speech_verbs or head.head.lemma_.lower() in self.verbs):
            # ("Harris replied on 6 November with a letter ...": the reply is the letter)
            # "In a memorandum to Eisenhower, Tedder complained that ...": the speaker wrote it;
            # so did who "rejected his argument in a letter of 12 November" (a verb of the ontology)
            speech = head.head
        elif head.dep_.startswith("obl") and case_of(head) == "in" and not owned and head.head.pos_ == "VERB" \
                and head.left_edge.i == head.sent.start and head.i < head.head.i and not is_passive(head.head):
            speech = head.head  # "In a long letter of 6 November he set out the case for oil" (opening the sentence)
        elif head.dep_.startswith("nmod") and case_of(head) == "in" and head.head.dep_ in SUBJ and \
                head.head.head.lemma_.lower() in self.speech_verbs:
            speech = head.head.head  # "Spaatz, in a letter to Arnold, reported that ..." (hung on the subject)
        elif head.dep_ in ("obj", "dobj") and not owned and head.head.lemma_.lower() in COVERING_VERBS and \
                not is_passive(head.head) and not any(p in ("by", "from", "of") for p, _ in prep_objects(head)) and \
                any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in self.speech_verbs for c in head.children):
            speech = head.head  # "Bufton sent Portal a note arguing that ...": a paper of no one else's, saying his say
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
                # ("asked Spaatz/iobj in a letter of 20 October whether ...": whom the speaking is to)
                hearers += [c for c in speech.children if c.dep_ in ("iobj", "dative") and c not in hearers]
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
                    hearers += [o for o in direct_objects(speech) if o not in hearers]
                self._emit(ex, [head], hearers, "addressedTo", head, "docprep:in+speech+hearer", "docprep")


def _before_infinitive(doc, k: int) -> bool:
    """Whether an infinitive starts at ``k`` ("a reply for Portal | to send": Portal is its doer)."""
    return k + 1 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].tag_ == "VB"
