"""Who said what: quotations, indirect speech and replies, as Statements and facts.

Mixed into :class:`graph.relations.RelationExtractor`, whose argument index (``_at``,
``_args``, ``_fits``) it reads:

- ``quote``   X argued, "..."  (a Statement with the quoted words, and ``stated``)
- ``speech``  X warned Y that ...  (indirect speech: a Statement holding the that-clause)
- facts inside reported speech ("He said Harris had attacked Leuna") are attributed to the speaker;
- a reply that names no addressee answers whoever addressed the replier in the sentence before
  (or, failing that, whoever last replied to the replier in the three sentences before).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .records import CONFIDENCE, Extraction, Mention, Quote, RawFact
from .syntax import (LINKING_VERBS, SUBJ, case_of, closing_attribution_subject, comma_before, conjuncts, coordinated, direct_objects,
                     first_word, is_date_word, is_hypothetical, is_negated, is_passive, last_word, passive_subjects, possessor,
                     prep_objects, subjects)


TIME_WORDS_BEFORE_THAT = {"today", "yesterday", "tonight", "now", "later", "again", "also", "last", "night",
                          "then", "recently", "afterwards"}
# A reported clause opening with one of these asks, it does not claim ("asked why ...")
QUESTION_WORDS = {"why", "how", "what", "when", "where", "which", "who", "whom", "whose"}
# Conjunctions that open a clause of time, cause or concession, never what was said ("replied after
# Bufton had told Harris that ...")
ADVERBIAL_MARKS = {"after", "before", "when", "while", "whereas", "although", "though", "because", "since", "until",
                   "till", "once", "unless"}
# Speech verbs that name their hearer ("told Portal that"); without one they were said to the subject
HEARER_VERBS = {"tell", "inform", "assure", "remind"}


# "In Tedder's view, ...": nouns whose owner holds the clause they open
# light verbs that voice a speech noun ("expressed confidence that ...")
EXPRESSING_VERBS = {"express", "voice", "state", "repeat", "reiterate", "give", "convey", "offer", "register"}
VIEW_NOUNS = {"view", "opinion", "judgement", "judgment", "estimation", "mind", "eyes"}


class SpeechMixin:
    """The speech half of the relation extractor (see the module docstring)."""

    def _speaker_of(self, tok: Token) -> Token | None:
        """The speech verb whose complement contains ``tok`` ("He said [Harris had attacked]")."""
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                break  # (the trigger may be the root itself: "X attacked Y, the Ministry announced")
            if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in self.speech_verbs:
                return cur.head
            if cur.dep_ == "parataxis" and cur.lemma_.lower() in self.speech_verbs:
                return cur
            cur = cur.head
        # "Harris's doubts, Portal said, implied ...", "Lancasters attacked Homberg, the Air Ministry
        # announced": the speech verb is a parenthetical set off after the fact (in a sentence that
        # is no one's speech of its own)
        root = tok.sent.root
        # (a predicate with its copula too: "Oil, Harris wrote, was a distraction")
        if root is None or root.lemma_.lower() in self.speech_verbs or \
                root.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in root.children):
            return None
        for c in root.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in self.speech_verbs and \
                    comma_before(c) and \
                    any(x.dep_ in ("nsubj", "nsubj:pass") for x in c.children):
                return c
        return None

    def _reply_to_previous(self, doc: Doc, ex: Extraction) -> None:
        """"Tedder told Portal that ... . Portal replied that ...": a reply that names no
        addressee answers whoever addressed the replier in the sentence before, or else whoever
        last replied to the replier ("Harris answered Portal's letter. ... Portal replied"), or
        else whoever wrote the last document addressed to the replier ("Letter, Tedder to Portal,
        ... Portal answered that ..."). A reply its writer wrote ("Portal, in his reply, rebuked
        him") counts as his replying."""
        if "repliesTo" not in self.ont.properties:
            return
        sents = list(doc.sents)
        # "Portal, in his reply, rebuked him": a reply document of its writer's, addressed to no one
        written = {f.obj.head: f.subject for f in ex.facts if f.prop in self.document_props and f.obj is not None
                   and doc[f.obj.head].lemma_.lower() in self.reply_nouns}
        for k, sent in enumerate(sents):
            for tok in sent:
                if tok.i in written and not any(p == "to" for p, _ in prep_objects(tok)) and not is_negated(tok):
                    repliers = [written[tok.i]]
                elif not self._replies(tok) or tok.pos_ != "VERB" or is_negated(tok) or \
                        is_hypothetical(tok) or direct_objects(tok) or any(p == "to" for p, _ in prep_objects(tok)):
                    continue
                else:
                    repliers = self._speakers(tok)
                if len(repliers) != 1:
                    continue
                if not self._fits(repliers[0], self.ont.properties["repliesTo"].domain):
                    continue
                # the sentence before, or a relative reply in its own ("... to Spaatz, who replied that")
                addressers = self._addressers(sents[k - 1], repliers[0]) if k else []
                if not addressers and k >= 2 and (sents[k - 2][-1].text == ":" or self._went_on(sents[k - 1])):
                    # ('Harris wrote to Portal: | "..." | Portal's answer came ...': the quotation
                    # after a colon is a sentence of its own to the parser; "Portal wrote to Harris.
                    # He pointed out that ... | Harris replied": the letter went on)
                    addressers = self._addressers(sents[k - 2], repliers[0])
                    if sents[k - 2][-1].text != ":":
                        went_on = [m.label for m in self._speakers(sents[k - 1].root)]
                        addressers = [a for a in addressers if a.label in went_on]
                if not addressers and tok.dep_ in ("acl:relcl", "relcl", "conj"):
                    # (a relative reply, "... to Spaatz, who replied that", or a coordinated one:
                    # "Portal wrote to Tedder ..., and Tedder replied")
                    addressers = self._addressers(sent, repliers[0], before=tok.i)
                if not addressers and tok.head.pos_ == "VERB" and tok.head.i < tok.i and (
                        tok.dep_ == "conj" or tok.dep_ == "parataxis" and tok.head.lemma_.lower() in self.speech_verbs):
                    # ("Portal had hoped that the directive would end the argument, but Harris replied": the
                    # one whose move the reply follows in the same sentence; so after a semicolon: "Harris
                    # argued that ...; Bufton replied that ...")
                    addressers = [m for m in self._speakers(tok.head) if m.label != repliers[0].label]
                if not addressers:
                    # ("When Harris protested that ..., Portal replied that ...": who spoke in the clause before it)
                    addressers = [m for c in tok.children if c.dep_ == "advcl" and c.i < tok.i and c.pos_ == "VERB"
                                  and c.lemma_.lower() in self.speech_verbs and not is_negated(c)
                                  for m in self._speakers(c) if m.label != repliers[0].label]
                if not addressers:  # "Harris answered Portal's letter. He wrote ... Portal replied":
                    addressers = self._last_replier_to(ex, repliers[0], sents[max(0, k - 3)].start, tok.i)
                if not addressers:  # "Letter, Tedder to Portal, 25 October ... Portal answered that"
                    addressers = self._last_writer_to(ex, repliers[0], sents[max(0, k - 3)].start, tok.i)
                if not addressers and tok.i in written:  # "Portal's reply ... It warned Harris": its addressee
                    label = self._heads[tok.i].label if tok.i in self._heads else None
                    addressers = [f.obj for f in ex.facts if f.prop == "addressedTo" and f.obj is not None
                                  and f.subject.label == label and f.obj.label != repliers[0].label]
                for addresser in addressers:
                    if not self._fits(addresser, self.ont.properties["repliesTo"].range):
                        continue
                    kind = "noun" if tok.i in written else "verb"
                    ex.facts.append(RawFact(repliers[0], "repliesTo", addresser, tok.i,
                                            f"{kind}:{tok.lemma_.lower()}:previous-sentence", CONFIDENCE["speech"]))

    def _answered_documents(self, doc: Doc, ex: Extraction) -> None:
        """"Portal's letter to Harris of 12 November was answered within a week": a paper answered with
        no one named as answering it was answered by its addressee, who replies to its writer."""
        if "repliesTo" not in self.ont.properties:
            return
        for tok in doc:
            if tok.pos_ != "VERB" or not self._replies(tok) or not is_passive(tok) or is_negated(tok) or \
                    is_hypothetical(tok) or any(p == "by" for p, _ in prep_objects(tok)):
                continue
            for s in passive_subjects(tok):
                dm = self._at.get(s.i)
                if dm is None or dm.types[:1] != ["Document"]:
                    continue
                writers = [f.subject for f in ex.facts if f.prop == "authored" and f.obj is not None and f.obj is dm]
                readers = [f.obj for f in ex.facts if f.prop == "addressedTo" and f.subject is dm and f.obj is not None]
                for reader in readers:
                    for writer in writers:
                        if reader.label != writer.label and \
                                self._fits(reader, self.ont.properties["repliesTo"].domain) and \
                                self._fits(writer, self.ont.properties["repliesTo"].range):
                            ex.facts.append(RawFact(reader, "repliesTo", writer, tok.i,
                                                    f"verb:{tok.lemma_.lower()}:passive-addressee",
                                                    CONFIDENCE["speech"]))

    @staticmethod
    def _last_replier_to(ex: Extraction, replier: Mention, start: int, end: int) -> list[Mention]:
        """Who last replied to ``replier`` between tokens ``start`` and ``end`` (an exchange of
        letters goes back and forth)."""
        earlier = [f for f in ex.facts if f.prop == "repliesTo" and f.obj is not None and start <= f.token < end
                   and f.obj.label == replier.label and f.subject.label != replier.label]
        return [max(earlier, key=lambda f: f.token).subject] if earlier else []

    def _last_writer_to(self, ex: Extraction, replier: Mention, start: int, end: int) -> list[Mention]:
        """Who wrote the last document addressed to ``replier`` between tokens ``start`` and ``end``."""
        letters = [f for f in ex.facts if f.prop == "addressedTo" and f.obj is not None and start <= f.token < end
                   and f.obj.label == replier.label]
        if not letters:
            return []
        letter = max(letters, key=lambda f: f.token).subject
        return list({f.subject.label: f.subject for f in ex.facts if f.prop in self.document_props and
                     f.obj is not None and f.obj.label == letter.label and f.subject.label != replier.label}.values())

    def _went_on(self, sent: Span) -> bool:
        """Whether a sentence only goes on with what someone said ("He pointed out that ..."): its
        main verb speaks and names no one spoken to."""
        root = sent.root
        return root.pos_ == "VERB" and root.lemma_.lower() in self.speech_verbs and not is_negated(root) and \
            not self._hearers(root)

    def _addressers(self, sent: Span, addressee: Mention, before: int | None = None) -> list[Mention]:
        """Who, in ``sent`` (before token ``before``), spoke or wrote to ``addressee`` ("He told Portal that ...")."""
        out = []
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in self.addressing_verbs or \
                    before is not None and v.i >= before:
                continue
            objs = direct_objects(v)
            hearers = objs + [c for c in v.children if c.dep_ in ("iobj", "dative")] + \
                [o for p, o in prep_objects(v) if p == "to"] + \
                [o for d in objs for p, o in prep_objects(d) if p == "to"] + \
                [o for p, d in prep_objects(v) if p == "in" for p2, o in prep_objects(d) if p2 == "to"]
            # ("sent the letter to Harris"; "In a letter to Portal he wrote that ..."; "to the Chiefs and to Spaatz")
            hearers = [c for h in hearers for c in conjuncts(h)]
            if not any((m := self._at.get(h.i)) is not None and m.label == addressee.label for h in hearers):
                continue
            out += [m for m in self._speakers(v) if m.label != addressee.label and m not in out]
        return out

    def _speakers(self, verb: Token, subs: list[Token] | None = None) -> list[Mention]:
        """Who a speech verb's subjects (or ``subs``) name; an untyped one-word name that speaks
        is a person."""
        out = []
        domain = self.ont.properties["stated"].domain
        spokes = self.ont.properties["stated"].spokes_nouns
        for s in subjects(verb) if subs is None else subs:
            m = self._at.get(s.i)
            if m is not None and not m.types and m.source == "name" and m.end - m.start <= 2:
                m.types = ["Person"]
            found = [a for a, _ in self._args(s, domain)]
            if not found and (m is None or m.source == "noun"):
                # "a spokesman for the Eighth Air Force said": the body speaks
                preps = {pr for noun, pr in spokes if noun == s.lemma_.lower()}
                found = [a for p, o in prep_objects(s) if p in preps for a, _ in self._args(o, domain)]
            for a in found:  # (a one-word name the NER model called a place is a person, as in _emit)
                if self._person_by_role(a, domain):
                    a.types, a.weak_type = ["Person"], False
            out += found
        return out

    def _attribute(self, doc: Doc, ex: Extraction) -> None:
        for f in ex.facts:
            verb = self._speaker_of(doc[f.token])
            if verb is not None:
                speakers = self._speakers(verb)
                if speakers:
                    f.attributed_to = speakers[0]
            else:
                f.attributed_to = self._according_to(doc[f.token].sent, f)

    def _according_to(self, sent: Span, f: RawFact) -> Mention | None:
        """"According to Speer, the Eighth Air Force had hit Pölitz": Speer says so."""
        doc = sent.doc
        for t in sent[:-2]:
            if t.lower_ == "according" and doc[t.i + 1].lower_ == "to":
                j = t.i + 2
                while j < sent.end - 1 and doc[j].pos_ == "DET":
                    j += 1
                m = self._at.get(j)
                if m is not None and m is not f.subject and m is not f.obj and \
                        self._fits(m, {"Person", "Organization"}):
                    return m
        return None

    def _quotes(self, doc: Doc, quotes: list[Quote], ex: Extraction) -> None:
        inside = _quoted_tokens(doc, quotes)
        groups: dict[int, list[Quote]] = {}
        for k, q in enumerate(quotes):
            nxt = quotes[k + 1] if k + 1 < len(quotes) else None
            opens_split = q.text.rstrip().endswith(",") and nxt is not None and nxt.start - q.end < 40 and \
                len(nxt.text.split()) >= 4  # '"The oil plan," he wrote, "is not a panacea ..."'
            # ('"We were wrong," he told an interviewer': a short quotation its speaker closes is said)
            after = doc.char_span(q.end, min(len(doc.text), q.end + 40), alignment_mode="expand")
            closed = after is not None and len(q.text.split()) >= 2 and q.text.rstrip().endswith(",") and any(
                t.lemma_.lower() in self.speech_verbs and t.pos_ == "VERB" for t in after[:4])
            if len(q.text.split()) < 4 and not opens_split and not closed:
                continue  # scare quotes: "going it alone"
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            # (the mention itself, not what it refers to: a title may name a document before it)
            title = next((m for m in self._heads.values() if m.start <= span[0].i < m.end), None)
            if title is not None and title.types[:1] == ["Document"] and title.start <= span[0].i and \
                    title.end >= span[-1].i:
                continue  # a quoted title ('submitted his "Plan for the Completion of ..."'), not words said
            sents = {span[0].sent.start, span[-1].sent.start}
            if closed:  # ('"We have hit them where it hurts," | Spaatz cabled Arnold': the splitter ended it)
                sents.update(t.sent.start for t in after[:4])
            first = span[0].sent.start
            before = first - 1  # (the opening mark may end the sentence before: 'to Hitler: \' | If we ...')
            while before > 0 and doc[before].is_quote:
                before -= 1
            if before >= 0 and all(t.is_punct for t in doc[first:span[0].i]) and doc[before].text == ":":
                sents.add(doc[before].sent.start)  # ('Harris wrote to Portal on 6 November: | "The oil ...')
            cands = [t for t in doc if t.sent.start in sents and t.i not in inside
                     and t.lemma_.lower() in self.speech_verbs and t.pos_ == "VERB"]
            if not cands:
                writer = self._entry_writer(doc, span[0].i)
                if writer is not None:  # ("Bottomley to Harris, 3 November 1944: 'The oil plants must ...'")
                    stmt = _new_statement(ex, writer, q.text.strip(), span[0].i, [q])
                    ex.facts.append(RawFact(writer, "stated", stmt, span[0].i, "quote:entry", CONFIDENCE["quote"]))
                    # (what the quotation calls for, as if said: StancePatterns._said_priority)
                    roots = [t for t in span if t.pos_ in ("VERB", "AUX") and (
                        t.head == t or not span[0].i <= t.head.i <= span[-1].i)]
                    for r in roots:
                        self._said_priority(r, ex, [doc[writer.head]])
                continue
            verb = min(cands, key=lambda t: min(abs(t.idx - q.start), abs(t.idx - q.end)))
            # ("noted that the Germans were 'scraping the bottom of the barrel' for fuel": a quotation inside
            # a that-clause whose subject stands before it is part of the clause, which _reported states)
            if any(c.dep_ == "ccomp" and c.left_edge.i < span[0].i and span[-1].i <= c.right_edge.i and
                   any(x.dep_ in SUBJ and x.right_edge.i < span[0].i and x.i > verb.i for x in c.children)
                   for c in verb.children if c.i > verb.i):
                continue
            groups.setdefault(verb.i, []).append(q)
        for vi, qs in groups.items():
            verb = doc[vi]
            speakers = self._speakers(verb)
            if not speakers:
                continue
            stmt = _new_statement(ex, speakers[0], _join_quotes([q.text.strip() for q in qs]), vi, qs)
            ex.facts.append(RawFact(speakers[0], "stated", stmt, vi, f"quote:{verb.lemma_.lower()}",
                                    CONFIDENCE["quote"]))

    def _entry_writer(self, doc: Doc, start: int) -> Mention | None:
        """The writer of a quotation after a catalogue entry, "Bottomley to Harris, 3 November 1944:
        '...'": the person that opens the entry, before "to" and the one written to."""
        k = start - 1
        while k > 0 and doc[k].is_punct and doc[k].text != ":":
            k -= 1
        if k <= 0 or doc[k].text != ":":
            return None
        first = doc[k].sent.start
        writer = self._at.get(first)
        if writer is None or writer.types[:1] != ["Person"] or writer.end >= k or doc[writer.end].lower_ != "to":
            return None
        hearer = self._at.get(writer.end + 1)
        if hearer is None or not self._fits(hearer, {"Person", "Organization"}):
            return None
        # (nothing but a date between the one written to and the colon: no verb, no other name)
        if any(t.pos_ in ("VERB", "AUX") or (t.i in self._at and self._at[t.i] is not hearer)
               for t in doc[hearer.end:k]):
            return None
        return writer

    def _reported(self, doc: Doc, quotes: list[Quote], ex: Extraction) -> None:
        """Indirect speech: "Speer warned Hitler that fuel production would collapse" is a
        Statement with the words of the complement clause, stated by the speaker. (Facts inside
        the clause are extracted as usual and attributed to the speaker by ``_attribute``.)"""
        quoted = {vi for _, _, _, vi in ex.statements}
        inside = _quoted_tokens(doc, quotes)
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in self.speech_verbs or tok.i in quoted or tok.i in inside:
                continue
            # (the clause may come first: "Bombers pounded Homberg today, the Air Ministry announced")
            subj_at = [c.i for c in tok.children if c.dep_ in SUBJ]
            # (a clause before the speaker has a subject of its own: not "In a memorandum
            # dated/ccomp 30 June, Speer warned ...")
            comps = [c for c in tok.children if (c.dep_ == "ccomp" or c.dep_ == "dep" and c.left_edge.lower_ == "that" and
                                                  c.left_edge.i > tok.i) and (
                c.i > tok.i or subj_at and c.right_edge.i < min(subj_at) and
                any(x.dep_.startswith(("nsubj", "csubj")) for x in c.children)) and (
                c.pos_ in ("VERB", "AUX") or any(x.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for x in c.children)
                # ("informed Harris that the Chiefs of Staff expected ...": a clause read as a noun
                # phrase, the clause's "that" still opening it)
                # (or "that the oil plan was one/obl more/ccomp of the panaceas", its copula on a word
                # inside it)
                or c.left_edge.lower_ == "that" and c.left_edge.i > tok.i and
                any(t.pos_ in ("VERB", "AUX") for t in c.subtree if t.i != c.i)) and
                not any(x.dep_ == "mark" and x.lower_ in ADVERBIAL_MARKS for x in c.children)]
            if not comps and _parenthetical(tok) is None:
                # (but not in an aside: "The MEW experts, he wrote, had been wrong so often
                # that he could not ...": the that-clause is the reported predicate's)
                comps = _misattached_that_clause(tok, self.ont.properties["stated"].speech_nouns)
            that_det = (_that_read_as_determiner(tok) or _that_read_as_relative(tok)) if not comps else None
            if that_det is not None:
                comps = [that_det[1]]
            span = _clause_before_attribution(tok) if not comps else None
            cut = _parenthetical(tok) if not (comps or span) else None
            # (with the speech verb misread as a clause of the reported verb, "stopped" does not negate it)
            inverted = that_det is not None and tok.head.i == that_det[1].i
            negated = any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in tok.children) if inverted \
                else is_negated(tok) or is_hypothetical(tok)
            if cut and negated and not is_negated(tok):
                # "If the attacks continued, he predicted, the Luftwaffe would ...": the condition
                # the parser hung on the aside belongs to what was said, not to the saying
                negated = False
            if not (comps or span or cut) or negated:
                continue
            if lemma in HEARER_VERBS and not direct_objects(tok):
                continue  # "Harris, told that the directive had changed, protested": he was told
            skip = (0, 0)
            if comps:
                clause = comps[0]
                that_first = doc[clause.left_edge.i].lower_ == "that"  # ("warned him that if the attacks continued, ...")
                if not that_first and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) or \
                        doc[clause.left_edge.i].lower_ in ("whether", "if") or \
                        doc[clause.left_edge.i].lower_ in QUESTION_WORDS and clause.left_edge.i > tok.i:
                    continue  # a question is not a claim ("asked Portal why Bomber Command was still bombing cities")
                start, end = clause.left_edge.i, clause.right_edge.i + 1
                # "say that the plant near Stettin, bombed ..., has been abandoned" parsed with the
                # subject and its verb as two clauses: one statement from the first to the last
                verbs_after = [c for c in comps[1:] if clause.pos_ in ("NOUN", "PROPN") and c.pos_ in ("VERB", "AUX")
                               and not any(x.dep_ in SUBJ or x.dep_.startswith("nsubj") for x in c.children)]
                if verbs_after:
                    end = verbs_after[0].right_edge.i + 1
                if that_det is not None:  # (the clause's head may govern the speech verb itself)
                    start, end = that_det[0] + 1, max(t.i for t in clause.subtree if t.i > that_det[0]) + 1
                # "... offered a quicker route, and Tedder agreed with him": a clause with its own
                # subject coordinated after the reported one is the writer's, not the speaker's
                for c in clause.children:
                    if c.dep_ == "conj" and c.i > clause.i and c.pos_ in ("VERB", "AUX") and \
                            any(x.dep_ in SUBJ for x in c.children) and \
                            not any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
                        end = min(end, min(x.i for x in c.subtree))
                        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "but")):
                            end -= 1
            elif span:
                start, end = span
            else:
                start, end, skip = tok.sent.start, tok.sent.end, cut
                # ("Tedder's reply ... was blunt: the oil plan, he wrote, was ...": from the colon)
                start = max([start] + [t.i + 1 for t in doc[start:cut[0]] if t.text in (":", ";")])
            k = start  # ("said today that ...": the time word the parser put into the clause is not said)
            while k < end and doc[k].lower_ in TIME_WORDS_BEFORE_THAT:
                k += 1
            if start < k < end and doc[k].lower_ == "that":
                start = k
            k = start  # ("told Hitler bluntly that ...": the manner of telling is not told)
            while k < end and doc[k].pos_ == "ADV":
                k += 1
            if start < k < end and doc[k].lower_ == "that":
                start = k
            while start < end and (doc[start].lower_ == "that" or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _closes_quote(doc, start, end):
                end -= 1
            opens = next((i for i in range(start, end) if not doc[i].is_punct), start)
            if end - start < 3 or sum(i in inside for i in range(start, end)) * 2 > end - start and opens in inside:
                # (a clause that is mostly a quotation, and opens with it, is the quotation's statement; but
                # "that the Germans were 'scraping the bottom of the barrel' for fuel" says who was)
                continue
            # (or right after it: "..., reported General Koller, ...")
            near = ([c for c in tok.children if c.dep_ in SUBJ and c.i < tok.i][-1:] or
                    [c for c in tok.children if c.dep_ in SUBJ and c.left_edge.i == tok.i + 1]) if cut else None
            speakers = self._speakers(tok, near)  # (an aside's speaker is the subject next to it)
            if not speakers:
                continue
            text = doc[start:skip[0]].text + " " + doc[skip[1]:end].text if skip[1] else doc[start:end].text
            if text.count('"') % 2:
                text += '"'  # (the closing mark went with the full stop: 'were "excellent."')
            stmt = _new_statement(ex, speakers[0], text, tok.i)
            # ("Kindleberger and Rostow had argued that ...": each of them stated it; but not
            # "General Twining, its commander, reported ...", a conj without a conjunction)
            subs = subjects(tok)
            joined = coordinated(subs[0]) if len(subs) > 1 else []
            others = [a for t in joined[1:] for a in self._speakers(tok, [t])[:1]]
            # ("The RAF's official historians, Webster and Frankland, concluded that ...": the names set off
            # after the subject, joined by a real conjunction, each said it)
            first = doc[speakers[0].head]
            others += [sp for sp in speakers[1:] if doc[sp.head] in coordinated(first)[1:]]
            for sp in {sp.label: sp for sp in [speakers[0]] + others}.values():
                ex.facts.append(RawFact(sp, "stated", stmt, tok.i, f"speech:{lemma}", CONFIDENCE["speech"]))
            if "authored" in self.ont.properties:
                # "In it he argued that ...", "In a letter to Portal, Harris argued": the document
                # one argues in is one's own
                for c in tok.children:
                    dm = self._it_antecedent(c, {"Document"}) if c.lower_ == "it" else self._at.get(c.i)
                    # (also read as a clause of its own: "In/case his postwar despatch/advcl he wrote that ...")
                    if (c.dep_.startswith("obl") or c.dep_ == "advcl" and c.pos_ == "NOUN") and case_of(c) == "in" and \
                            dm is not None and \
                            dm.types[:1] == ["Document"] and \
                            self.ont.fits(speakers[0].types[:1], self.ont.properties["authored"].domain):
                        ex.facts.append(RawFact(speakers[0], "authored", dm, tok.i, f"speech:{lemma}:in-document",
                                                CONFIDENCE["speech"]))


    def _claims(self, doc: Doc, ex: Extraction) -> None:
        """"Harris's claim that the oil plants could not be hit at night" (a kg:speechNoun with
        its owner and a that-clause), "In Tedder's view, the railways were ...", "According to the
        Ministry, the refineries had supplied ...": statements of their owner or source."""
        nouns = self.ont.properties["stated"].speech_nouns
        domain = self.ont.properties["stated"].domain
        for tok in doc:
            if tok.pos_ == "NOUN" and (view := view_owner(tok)) is not None:
                # "In Tedder's view, the railways were the one target ...": the view's owner states the rest
                owner, comma = view
                self._statement(doc, ex, [a for a, _ in self._args(owner, domain)], comma + 1, tok.sent.end, tok,
                                f"view:{tok.lemma_.lower()}")
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
                owner = possessor(tok)
                owner = owner if owner is not None and owner.i != tok.i else next(
                    (o for p, o in prep_objects(tok) if p == "by"), None)
                if owner is None and tok.dep_ in ("obj", "dobj") and tok.head.lemma_.lower() in EXPRESSING_VERBS:
                    # ("wrote to Harris, expressing confidence that ...": who expresses it)
                    owner = next(iter(subjects(tok.head)), None)
                if owner is None and tok.dep_.startswith("obl") and case_of(tok) == "with" and tok.head.pos_ == "VERB":
                    # ("sent a copy to Doolittle with the comment that ...": who sent it)
                    owner = next(iter(subjects(tok.head)), None)
                # (the clause may hang on the light verb: "expressing/VBG confidence that ... would/ccomp")
                # (or a copula's predicate: "the comment that the position was desperate/ADJ")
                clause = next((c for c in list(tok.children) + list(tok.head.children) if c.i > tok.i and
                               (c.pos_ in ("VERB", "AUX") or any(x.dep_ == "cop" for x in c.children)) and
                               (c.head.i == tok.i or c.dep_ == "ccomp") and
                               any(x.dep_ == "mark" and x.lower_ == "that" and x.i == tok.i + 1 for x in c.children)),
                              None)
                if owner is None or clause is None:
                    continue
                # (a predicate adjective the parser hung on the clause is the writer's: "thought X's claim ... absurd")
                # (but not what a linking verb links: "the warning that the situation had become critical")
                end = max([clause.i] + [t.i for t in clause.subtree if not (
                    t.pos_ == "ADJ" and t.head.i == clause.i and t.dep_ == "xcomp" and
                    clause.lemma_.lower() not in LINKING_VERBS)]) + 1
                speakers = [a for a, _ in self._args(owner, domain)]
                self._statement(doc, ex, speakers, tok.i + 2, end, tok, f"claim:{tok.lemma_.lower()}")
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                source = tok.head  # "According to the Ministry, ...": the sentence after its comma
                sent = tok.sent
                # (a one-word name the NER model called a place is a person here: "According to Schmid, ...")
                speakers = self._speakers(tok, [source])
                comma = next((t.i for t in doc[tok.i + 2:sent.end] if t.text == ","), None) \
                    if tok.i == sent.start else None
                if comma is not None:
                    self._statement(doc, ex, speakers, comma + 1, sent.end, tok, "according-to")
                elif tok.i > sent.start and doc[tok.i - 1].text == ",":  # "..., according to the Air Ministry."
                    self._statement(doc, ex, speakers, sent.start, tok.i - 1, tok, "according-to")

    def _statement(self, doc: Doc, ex: Extraction, speakers: list[Mention], start: int, end: int, tok: Token,
                   rule: str) -> None:
        """A Statement of the words ``doc[start:end]`` (edges trimmed), stated by the first speaker."""
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _closes_quote(doc, start, end):
            end -= 1
        if not speakers or end - start < 3 or any(vi == tok.i for _, _, _, vi in ex.statements):
            return
        stmt = _new_statement(ex, speakers[0], doc[start:end].text, tok.i)
        ex.facts.append(RawFact(speakers[0], "stated", stmt, tok.i, rule, CONFIDENCE["speech"]))


def _new_statement(ex: Extraction, speaker: Mention, text: str, verb_i: int, quotes=()) -> Mention:
    """A Statement mention of ``text`` said at token ``verb_i``, recorded with its speaker
    (the caller adds the kg:stated facts)."""
    stmt = Mention(verb_i, verb_i + 1, text, text, ["Statement"], "quote", verb_i)
    ex.statements.append((speaker, stmt, list(quotes), verb_i))
    return stmt


def view_owner(noun: Token) -> tuple[Token, int] | None:
    """"In Tedder's view, ...": for a view noun (VIEW_NOUNS) opening its sentence and closed by a
    comma, its owner and the comma's index; else None."""
    if noun.lemma_.lower() not in VIEW_NOUNS or case_of(noun) != "in" or noun.left_edge.i != noun.sent.start:
        return None
    owner = possessor(noun)
    comma = last_word(noun) + 1
    if owner is None or owner.i == noun.i or comma >= noun.sent.end or noun.doc[comma].text != ",":
        return None
    return owner, comma


def _closes_quote(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[end - 1]`` closes a quotation opened inside ``doc[start:end]`` ("was one of
    the 'panaceas'": the closing mark stays with the words)."""
    return doc[end - 1].tag_ == "''" and any(doc[k].tag_ == "``" for k in range(start, end - 1))


def _parenthetical(verb: Token) -> tuple[int, int] | None:
    """"Bomber Command, he insisted, had done more damage ...": a speech verb and its subject
    set off by commas inside the sentence they attribute; the token range to leave out."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i]
    # (or after it: "The reserves, reported General Koller on 3 August, would last ...")
    inverted = [c for c in verb.children if c.dep_ in SUBJ and c.left_edge.i == verb.i + 1] if not subj else []
    # (a predicate after the aside that the parser hung on the verb is the attributed clause's:
    # "the oil plan, he wrote, was/cop "a panacea"/ccomp")
    predicates = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and doc[verb.i + 1].text == "," and
                  not any(x.dep_ in SUBJ or x.dep_.startswith("nsubj") for x in c.children) and
                  any(x.dep_ == "cop" for x in c.children)]
    if not (subj or inverted) or any(c.dep_ in ("ccomp", "obj", "dobj", "xcomp") and c not in predicates
                                     for c in verb.children):
        return None
    if subj and subj[-1].tag_ in ("WDT", "WP"):
        return None  # "The Ministry, which had long argued for ..., was not consulted": a relative clause
    # (the subject next to the verb: "If the attacks/nsubj ..., he predicted")
    first = subj[-1].left_edge.i - 1 if subj else verb.i - 1
    # (the attributed clause the parser hung on the speech verb is not part of the aside:
    # "The oil plan, he wrote, had been tried/parataxis before ...")
    last = max([verb.i] + [c.right_edge.i for c in verb.children if not c.is_punct and c.i > verb.i
                           and c.dep_ not in ("parataxis", "conj", "dep") and c not in predicates]) + 1
    if first <= sent.start or last >= sent.end - 2 or doc[first].text != "," or doc[last].text != ",":
        return None
    return first, last + 1


def _clause_before_attribution(verb: Token) -> tuple[int, int] | None:
    """"Bombers struck at the plants today, the Air Forces announced." however the parser read
    the clause: the speech verb and its subject close the sentence after a comma; the words
    before the comma are what was said (token range)."""
    sent = verb.sent
    # (the hearer may close it too: "..., Speer told Hitler.")
    closing = {t.i for c in verb.children if c.dep_ in ("iobj", "obj", "dobj", "dative") and c.i > verb.i and
               verb.lemma_.lower() in HEARER_VERBS for t in c.subtree}
    # (and where or when it was said, a phrase with no verb in it: "..., General Koller noted in his diary.")
    closing |= {t.i for c in verb.children if c.dep_ in ("obl", "obl:tmod") and c.i > verb.i and case_of(c) and
                not any(t.pos_ in ("VERB", "AUX") for t in c.subtree) for t in c.subtree}
    if any(not t.is_punct and t.lower_ not in TIME_WORDS_BEFORE_THAT and t.i not in closing
           for t in verb.doc[verb.i + 1:sent.end]):
        return None  # (", an Air Ministry communique said today.": a time word may close it)
    subj = [c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i]
    if not subj and (closing := closing_attribution_subject(verb)) is not None:
        subj = [closing]  # ("..., the War Department announced." with the department an apposition)
    if not subj:
        return None
    comma = first_word(subj[0]) - 1
    if comma <= sent.start or verb.doc[comma].text != ",":
        return None
    words = verb.doc[sent.start:comma]
    if len(words) < 4 or not any(t.tag_.startswith("VB") for t in words):
        return None
    # (the words before a colon are the writer's own: "Spaatz would not budge: oil first, he said")
    colon = max((t.i for t in words if t.text == ":"), default=None)
    return (colon + 1 if colon is not None and comma - colon > 3 else sent.start), comma


def _join_quotes(parts: list[str]) -> str:
    """One statement from the parts of a quotation broken by its attribution. The comma that
    ends a part goes when the next part goes on in lower case ('"The oil plan," he wrote, "is
    not a panacea"'), and stays before a new clause ('"If we had tried harder," he added, "I ..."')."""
    out = ""
    for part in parts:
        if out and part[:1].islower():
            out = out.rstrip(",")
        out = f"{out} {part}" if out else part
    return out.rstrip(",;: ")


def _misattached_that_clause(verb: Token, speech_nouns=frozenset()) -> list[Token]:
    """"He told Portal on 25 October that the plan ...": the that-clause the parser hung on
    the date (or another phrase of the speech verb) instead of the verb itself (but not the
    words of another's saying: "recorded Speer's warning that ...", one of ``speech_nouns``)."""
    for t in verb.doc[verb.i + 1:verb.sent.end]:
        # (the clause's head may be a predicate noun or adjective: "that the oil plan was a panacea")
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i and (
                t.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.head.children)):
            clause = t.head
            cur = clause.head
            if cur.i == t.i - 1 and cur.lemma_.lower() in speech_nouns and (
                    (p := possessor(cur)) is not None and p.i != cur.i and
                    not any(p.i == s.i or p.lower_ in ("his", "her", "their") for s in subjects(verb))):
                return []
            while cur.i != verb.i and cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
                cur = cur.head
            return [clause] if cur.i == verb.i else []
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:pass", "cop"):
            return []  # another clause comes first
    return []


def _that_read_as_determiner(verb: Token) -> tuple[int, Token] | None:
    """"Saur reported that output at Böhlen had stopped" parsed with "that" the determiner of
    "output" and the speech verb a clause of "stopped" (or "stopped" coordinated with it):
    (index of "that", head of the reported clause), or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < verb.sent.end and doc[k].pos_ == "ADV":
        k += 1
    if k >= verb.sent.end - 2 or doc[k].lower_ != "that" or doc[k].dep_ != "det":
        return None
    noun = doc[k].head
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or clause.i <= noun.i or \
            clause.pos_ not in ("VERB", "AUX"):
        return None
    if (verb.head.i == clause.i and verb.dep_ in ("ccomp", "advcl", "parataxis")) or \
            (clause.head.i == verb.i and clause.dep_ == "conj"):
        return k, clause
    return None


def _that_read_as_relative(verb: Token) -> tuple[int, Token] | None:
    """"it told the Chiefs of Staff that production had fallen" parsed with the clause a
    relative clause on the hearer ("that" a determiner of its subject): (index of "that",
    head of the reported clause), or None."""
    # (or on a date after the hearer: "informed Harris on 13/obl January that/det oil remained")
    hearers = [c for c in verb.children
               if c.dep_ in ("iobj", "obj", "dobj") or c.dep_.startswith("obl") and c.i > verb.i]
    # (or on the date of a paper after the hearer: "told Arnold in a cable of 13/nmod May that/obj ...")
    hearers += [d for h in hearers if h.dep_.startswith("obl") for d in h.children
                if d.dep_.startswith("nmod") and is_date_word(d) and d.i > h.i]
    for h in hearers:
        for clause in h.children:
            if clause.dep_ not in ("acl:relcl", "relcl") or not (
                    clause.pos_ in ("VERB", "AUX") or clause.tag_.startswith("VB") or
                    any(x.dep_ == "cop" for x in clause.children)):
                continue  # (a predicate adjective with its copula is a clause too: "would be immobile")
            that = clause.left_edge
            subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < clause.i
                    and c.i != that.i]  # ("that/nsubj ... the army's tanks/nsubj would be immobile")
            # ("in a letter of 25 October that/obl the air forces were dispersing ...": any label; an object
            # only of a clause that can take none: "promised the workers that/obj the plant would be rebuilt/pass")
            # (or after a date, which no such "that" stands for: "in a cable of 13 May that/obj the attacks had gone")
            as_object = that.dep_ in ("obj", "dobj") and (
                any(c.dep_ in ("aux:pass", "auxpass") for c in clause.children) or is_date_word(h) or
                any(c.dep_ in ("obj", "dobj") and c.i != that.i for c in clause.children))
            if that.lower_ == "that" and (that.dep_ in ("det", "mark", "obl", "nsubj") or as_object) and subj and \
                    (that.i <= subj[0].left_edge.i if that.dep_ in ("det", "mark") else that.i < subj[0].left_edge.i) \
                    and that.i > h.i and not (subj[0].i == that.i):
                return that.i, clause
    return None


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    """Indices of the tokens inside quotation marks."""
    return {t.i for q in quotes for t in (doc.char_span(q.start, q.end, alignment_mode="expand") or [])}


def find_quotes(text: str, original_chars: list[str] | None = None) -> list[Quote]:
    """Quoted passages in ``text``. ``original_chars[i]`` is the original character behind
    cleaned character ``i`` (curly quotes tell opening from closing)."""
    marks = []
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        orig = original_chars[i] if original_chars else ch
        if orig in "\u201c\u201e\u00ab":
            kind = "open"
        elif orig in "\u201d\u00bb":
            kind = "close"
        else:
            before = text[i - 1] if i else " "
            kind = "open" if before.isspace() or before in "([{-" else "close"
        marks.append((i, kind))
    quotes, open_at = [], None
    for i, kind in marks:
        if kind == "open":
            open_at = i  # an opening quote followed by another opening one was a stray
        elif open_at is not None:
            quotes.append(Quote(open_at + 1, i, text[open_at + 1:i]))
            open_at = None
    quotes += [q for q in _single_quoted(text, original_chars)
               if not any(d.start - 1 <= q.start and q.end <= d.end + 1 or q.start - 1 <= d.start and d.end <= q.end + 1
                          for d in quotes)]
    return sorted(quotes, key=lambda q: q.start)


def _single_quoted(text: str, original_chars: list[str] | None) -> list[Quote]:
    """Quotations in single marks, British style: "wrote to Hitler: 'If we do not succeed ...,
    an impossible situation will arise.'". An apostrophe is the same mark, so a quotation opens
    only after a space, a colon or a bracket, before a letter, and closes only right after a
    stop or comma ("the bombers' targets" is no quotation)."""
    quotes, open_at = [], None
    for i, ch in enumerate(text):
        if ch != "'":
            continue
        orig = original_chars[i] if original_chars else ch
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if orig != "\u2019" and (before.isspace() or before in "([:") and after.isalpha():
            open_at = i
        elif open_at is not None and orig != "\u2018" and before in ".,!?;" and not after.isalnum():
            if len(text[open_at + 1:i].split()) >= 2:
                quotes.append(Quote(open_at + 1, i, text[open_at + 1:i]))
            open_at = None
    return quotes
