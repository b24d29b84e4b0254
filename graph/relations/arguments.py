"""Who or what fills a pattern's slots: a phrase's mentions, through conjuncts, members, "it" and posts."""
from __future__ import annotations

from spacy.tokens import Token

from ..coref import GROUP_PRONOUNS
from ..mentions import COMMON_CAPITALISED
from ..records import Mention
from ..syntax import (OBJ, SUBJ, case_of, claiming_verb_before, comma_before, conjuncts, direct_objects, example_heads, examples_of,
                      is_hypothetical, is_negated, is_passive, named_by_comma, possessor, prep_objects, relative_antecedent, subjects,
                      whose_antecedent)
from .words import (ACTION_NOUNS, ACTIVITY_NOUNS, ANSWERING_VERBS, AIRCRAFT_NOUNS, CONDUCT_NOUNS, CREW_NOUNS, DOUBTING_VERBS, FIGURE_NOUNS,
                    EXPLETIVE_IT_VERBS,
                    NAMING_VERBS, OPINION_NOUNS, OTHER_PERSON_NOUNS, PARTITIVES, PASS_SUBJ_DEPS, PATIENT_NOUNS)
from .phrases import covering, quantity


class ArgumentReading:
    """Who or what fills a pattern's slots: a phrase's mentions, through conjuncts, members, "it" and posts.
    Mixed into :class:`RelationExtractor`."""

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

    def _named_members(self, tok: Token, verb: Token) -> list[Mention]:
        """"the synthetic plants at Leuna and Pölitz": the plants known by the names after "at"
        are members of a plural facility noun (what is done to the group is done to each; the
        "at" phrase may hang on the verb, right after the noun)."""
        m = self._at.get(tok.i)
        # (or plain targets: "sent bombers against oil targets in northern Germany, among them Pölitz")
        if m is None or m.source != "noun" or tok.tag_ != "NNS" or m.types[:1] != ["Facility"] and not (
                m.types[:1] == ["TargetSystem"] and tok.lemma_.lower() == "target"):
            return []
        out: list[Mention] = []
        # "struck five synthetic oil plants in central Germany, among them Pölitz, Ruhland and Böhlen"
        heads: list[Token] = []
        doc, k = tok.doc, tok.right_edge.i + 1
        # ("the synthetic plants of the Ruhr, such as Scholven and Gelsenberg,": the examples named)
        heads_such = example_heads(tok, ("such as", "like", "including"))
        if doc[k - 2:k].text.lower() == "among them" or k < len(doc) and doc[k].lower_ in ("including", "notably"):
            k += k < len(doc) and doc[k].lower_ in ("including", "notably")
            first = self._at.get(k)
            if first is not None and first.start == k:
                heads.append(doc[first.head])
        heads += [o for p, o in list(prep_objects(tok)) + [(p, o) for p, o in prep_objects(verb)
                                                           if o.left_edge.i == tok.right_edge.i + 1] if p == "at"]
        heads += [o for o in heads_such if o not in heads]
        # ("the synthetic plants of Upper Silesia, among them/nmod Blechhammer and Heydebreck": hung on "them")
        them = next((c for c in tok.children if c.lower_ == "them" and
                     any(x.lower_ == "among" and x.dep_ == "case" for x in c.children)), None)
        if them is not None and not heads:
            heads += [x for x in them.children if x.i > them.i and x.dep_ in ("nmod:unmarked", "appos", "conj", "nmod")
                      and (xm := self._at.get(x.i)) is not None and xm.source in ("alias", "name")]
        # ("Zeitz, Böhlen and Magdeburg, the three synthetic plants near Leipzig": the list before it,
        # not what follows, "..., as well as the refinery at Odertal")
        listed = [x for x in conjuncts(tok.head) if x.i < tok.i] if tok.dep_ == "appos" and tok.head.i < tok.i else []
        names: list[Mention] = []
        for x in [x for h in heads for x in conjuncts(h)] + (listed if len(listed) > 1 else []):
            xm = self._at.get(x.i)
            # (or a plant named by its owner: "including the Rhenania/compound works at Harburg")
            owned_plant = xm is not None and xm.types[:1] == ["Facility"] and (x.tag_ != "NNS" or x.lower_ == "works") and \
                any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in x.children)
            if xm is not None and (xm.source in ("alias", "name") or owned_plant) and not any(xm is n for n in names):
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
        """``toks`` and the plants named as members of any of them (see ``_named_members``); and the
        names coordinated before a plural plant noun they share ("the Leuna and Pölitz plants": Leuna
        too, the noun being Pölitz's by the alias data)."""
        out = list(toks)
        out += [self._doc[n.head] for t in toks for n in self._named_members(t, verb) if self._doc[n.head] not in out]
        for t in toks:
            m = self._at.get(t.i)
            if m is None or m.types[:1] != ["Facility"] or t.tag_ not in ("NNS", "NNPS") or \
                    not any(w.dep_ == "cc" and w.i < t.i for w in t.subtree):
                continue
            out += [y for c in t.children if c.dep_ in ("compound", "conj") and c.i < t.i for y in conjuncts(c)
                    if (cm := self._at.get(y.i)) is not None and cm is not m and cm.types[:1] == ["Facility"] and
                    cm.source in ("alias", "name") and y not in out]
        return out

    def _it_subject(self, tok: Token, allowed: set[str]) -> Mention | None:
        """The body an acting subject "it" continues: the subject of the sentences before, back
        through other subjects "it" (at most three sentences), if it is a single thing of a
        class the verb takes."""
        sent = tok.sent
        clause = tok.head
        # (or the clause a "when" clause hangs on: "Bomber Command delivered its heaviest blow ..., when it struck ...")
        if clause.dep_ in ("parataxis", "conj") and clause.head.i < tok.i or \
                clause.dep_ == "advcl" and clause.head.i < clause.i and \
                any(w.lower_ in ("when", "as", "after", "before") for w in clause.children if w.i < tok.i):
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
        first ("it" as a subject is too often empty: "it was decided"). What one doubts or denies is a
        claim ("Portal doubted it"): no thing."""
        if tok.head.lemma_.lower() in DOUBTING_VERBS:
            return None
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

    def _same_people(self, xs: list[Token], ys: list[Token]) -> bool:
        """Whether two sets of words name someone in common ("he" and "Spaatz" after coreference)."""
        return bool({a.label for x in xs for a, _ in self._args(x, set())} &
                    {a.label for y in ys for a, _ in self._args(y, set())})

    def _open_it(self, tok: Token, *allowed: set[str]) -> Mention | None:
        """What an "it" the coreference left open stands for ("he answered it", "returned to it"), trying
        each set of classes in turn (see ``_it_antecedent``); None for any other word."""
        if tok.lower_ != "it" or self._at.get(tok.i) is not None:
            return None
        return next((m for classes in allowed if (m := self._it_antecedent(tok, classes)) is not None), None)

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

    def _force(self, tok: Token) -> bool:
        """Whether ``tok`` names a striking force ("his bombers", "the Eighth", "the bulk of his force")."""
        for _ in range(2):
            if tok.lemma_.lower() not in PARTITIVES:
                break
            tok = next((o for p, o in prep_objects(tok) if p == "of"), tok)
        m = self._at.get(tok.i)
        return tok.lemma_.lower() in AIRCRAFT_NOUNS | CREW_NOUNS or m is not None and m.types[:1] == ["MilitaryUnit"]

    def _args(self, tok: Token, allowed: set[str], depth: int = 0) -> list[tuple[Mention, str | None]]:
        """Mentions that ``tok`` stands for, seeing through partitives and possessors."""
        if depth > 3:
            return []
        out: list[tuple[Mention, str | None]] = []
        lemma = tok.lemma_.lower()
        if tok.tag_ == "WP$":  # "Zuckerman, whose paper ...": the noun the relative clause hangs on
            if (ante := whose_antecedent(tok)) is not None:
                return self._args(ante, allowed, depth + 1)
            # ("General Doolittle, whose Eighth Air Force carried ..., visited" with the relative
            # clause read as the main one: the name set off right before "whose")
            k = tok.i - 1
            while k >= 0 and tok.doc[k].is_punct:
                k -= 1
            prev = tok.doc[k] if k >= 0 and tok.doc[k + 1].text == "," else None
            return self._args(prev, allowed, depth + 1) if prev is not None and prev.pos_ == "PROPN" else []
        clause = tok.head
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head  # ("which Kindleberger had helped to write/xcomp": the relative clause above)
        if tok.tag_ in ("WDT", "WP") and tok.lower_ in ("which", "whom") and \
                clause.dep_ in ("acl:relcl", "relcl") and clause.head.i != clause.i:
            # "the Committee, of which he was a member": the noun the relative clause is on
            ante = relative_antecedent(tok, clause.head)
            out = self._args(ante, allowed, depth + 1)
            if not out and case_of(ante) == "of" and ante.head.i < ante.i:
                # ("The plan of the Unit, which Kindleberger had helped to write": the noun the "of" phrase is on)
                out = self._args(ante.head, allowed, depth + 1)
            return out
        if tok.lower_ == "what" and tok.head.lemma_.lower() in NAMING_VERBS:
            # "his contempt for what he called the panacea mongers": what he named ("what he saw as the
            # Ministry's interference": what he took it for)
            named = [o for o in direct_objects(tok.head) if o.i != tok.i] + \
                [c for c in tok.head.children if c.dep_.startswith("obl") and c.i > tok.i and  # ("as/SCONJ")
                 any(x.lower_ == "as" and x.dep_ in ("case", "mark") and x.i < c.i for x in c.children)]
            return [a for o in named for a in self._args(o, allowed, depth + 1)]
        if lemma in CONDUCT_NOUNS and allowed and self.ont.fits(["Person"], allowed) and \
                not self.ont.fits(["Event"], allowed) and self._at.get(tok.i) is None:
            # "blamed the losses on the incompetence of his fighter commanders": whose conduct it is
            out = [a for p, o in prep_objects(tok) if p == "of" for a in self._args(o, allowed, depth + 1)]
            if out:
                return out
        if (lemma in ACTION_NOUNS or lemma in PATIENT_NOUNS) and allowed != {"Event"}:
            # (but where only an event will do, the act is that event: "the Eighth's attack of 12 May")
            # "favoured attacks on railways": the stance is towards the target;
            # "the raids of the Eighth Air Force": the actor; "the destruction of Böhlen": the target
            actor = bool(allowed) and self.ont.fits(["Organization"], allowed)
            if lemma in PATIENT_NOUNS:  # (its actor is only ever "by": not an argument here)
                preps = ("of", "on", "against")
            elif lemma in ("attempt", "bid"):  # ("resented the attempt by SHAEF to control ...": who tried)
                preps = ("by", "of")
            else:
                preps = ("of", "by") if actor else ("on", "against")
            # ("two days of attacks on/nmod>days the oil plants": the phrase hung on the partitive before it)
            spans = [tok.head] if case_of(tok) == "of" and (tok.head.lemma_.lower() in PARTITIVES or
                                                           tok.head.lower_ in PARTITIVES) and tok.head.i < tok.i else []
            for prep, o in [po for t in [tok] + spans for po in prep_objects(t)]:
                if prep in preps and (prep in ("on", "against") or not spans or o.head is tok):
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
        # ("the Deputy Chiefs of Staff, Bottomley and Spaatz, issued": a plural named by the people set off after it)
        people_named = m is not None and tok.tag_ in ("NNPS", "NNS") and any(
            a.dep_ == "appos" and a.i > tok.i and (am := self._at.get(a.i)) is not None and am.types[:1] == ["Person"]
            for a in tok.children)
        if (m is None or m.source in ("noun", "position") or people_named) and (
                tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and (
                tok.dep_ in SUBJ or tok.dep_ in OBJ)):  # ("Its chief/JJ, Colonel Hughes, drafted")
            # "Its members, among them Bufton and Maxwell, ranked oil first": the body acts (but
            # "Its American member, Colonel Maxwell, pressed for ...": the one named)
            if tok.tag_ == "NNS" and self._group_owner(tok)[1] is not None:
                return self._args(self._group_owner(tok)[1], allowed, depth + 1)
            # "Its commander, General Twining, reported ...": the apposition names it
            for a in tok.children:
                am = self._at.get(a.i)
                # (not a name of another kind: "Minute, Anderson to Spaatz" names the minute's writer)
                # (or, for a noun that names nothing itself, what the apposition's noun names: "against
                # an oil target, a small refinery near Regensburg")
                if a.dep_ == "appos" and a.i > tok.i and am is not None and (
                        am.source in ("alias", "name") or m is None and am.source == "noun" and am.types) and \
                        (not am.types or not allowed or self.ont.fits(am.types[:1], allowed)):
                    out += [x for c in conjuncts(a) for x in self._args(c, allowed, depth + 1)]
            # "economists such as Rostow and Kindleberger": the people named as examples
            if not out and m is not None and m.types[:1] == ["Person"] and tok.tag_ == "NNS":
                out += [(em, None) for c in examples_of(tok) if (em := self._at.get(c.i)) is not None
                        and em.source in ("alias", "name") and em.types[:1] == ["Person"]]
            # (the first comma after the noun's own words; the parser may hang the name on a word of its phrase)
            k = next((t.i for t in tok.doc[tok.i + 1:tok.right_edge.i + 2] if t.text == ","), len(tok.doc))
            j = k + 1  # (past a title before the name: "the chief target planner at USSTAF, Colonel Hughes,")
            while j < len(tok.doc) and j not in self._at and self._title_word(tok.doc, j):
                j += 1
            if not out and m is not None and m.types[:1] == ["Person"] and j < len(tok.doc) and \
                    tok.doc[k].text == "," and (named := self._at.get(j)) is not None and \
                    all(self._at.get(i) is named for i in range(j, named.start)) and \
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
            k = tok.left_edge.i + (tok.left_edge.is_punct and tok.left_edge.i < tok.i)
            if named is None and k >= 2 and tok.doc[k - 1].text == "," and tok.doc[k].lower_ in ("a", "an") and \
                    tok.dep_ not in SUBJ and not any(c.i in self._at for c in tok.children if c.i < tok.i) and \
                    (before := self._at.get(k - 2)) is not None and before.end == k - 1 and before.source != "pronoun":
                # ("obsessed with oil, a target he had always regarded as a panacea", with the parser
                # hanging the description elsewhere: the name right before the comma)
                named = tok.doc[before.head]
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
            # ("The report of the Combined Strategic Targets Committee listed ...": "of" its maker too;
            # "A directive of 25 September, signed by Bottomley and Spaatz, placed ...": who signed it)
            # (but the owner comes first: "Portal's letter, drafted for him by Bufton, accused ...")
            signed = [c for t in {tok.i: tok, named_at.i: named_at}.values() for c in t.children
                      if c.dep_ == "acl" and c.tag_ == "VBN" and not is_negated(c)] \
                if possessor(tok) is None and possessor(named_at) is None else []
            for prep, o in list(prep_objects(tok)) + (list(prep_objects(named_at)) if m.head != tok.i else []) + \
                    [(p, x) for c in signed for p, o in prep_objects(c) if p == "by" for x in conjuncts(o)]:
                if prep in ("by", "from", "of"):
                    out += self._args(o, allowed, depth + 1)
            owner = possessor(tok) or possessor(named_at)
            # "His paper argued that ...": its writer
            if not out and owner is not None and owner.i not in (tok.i, m.head):
                out += self._args(owner, allowed, depth + 1)
            if not out:
                # ("The memorandum that Cherwell sent to Churchill argued that ...": who sent or wrote it,
                # the subject of a relative clause whose object the paper is)
                out += [a for t in {tok.i: tok, named_at.i: named_at}.values() for c in t.children
                        if c.dep_ in ("acl:relcl", "relcl") and not is_negated(c) and not is_hypothetical(c) and
                        not is_passive(c) and any(p in self.document_props for p, _, _, _ in
                                                  self.verbs.get(c.lemma_.lower(), [])) and
                        all(o.tag_ == "WDT" or o.lower_ == "that" or o.i == t.i for o in direct_objects(c))
                        for s in subjects(c) if s.tag_ not in ("WDT", "WP") and s.lower_ != "that"
                        for a in self._args(s, allowed, depth + 1)]
            if not out and tok.dep_ in OBJ and any(p in self.document_props for p, _, _, _ in
                                                   self.verbs.get(tok.head.lemma_.lower(), [])):
                # "Tedder circulated a paper to the Chiefs proposing that ...": who sent or wrote it
                out += [a for s in subjects(tok.head) for a in self._args(s, allowed, depth + 1)]
            if not out and tok.dep_.startswith("obl") and (covering(tok) or case_of(tok) == "with" and
                                                           tok.head.lemma_.lower() in ANSWERING_VERBS and
                                                           possessor(tok) is None):
                # "Harris returned it with a note saying that ...": the one who sends it with a note wrote it
                # (or answers with it: "answered with a long letter defending the area offensive")
                out += [a for s in subjects(tok.head) for a in self._args(s, allowed, depth + 1)]
            if not out:  # a catalogue entry, "Letter, Harris to Portal, ..., replying to ...": the name after the comma
                for c in tok.children:
                    if c.dep_ in ("conj", "appos", "list") and c.i > tok.i and comma_before(c):
                        out += [(a, q) for a, q in self._args(c, allowed, depth + 1) if a.types[:1] != ["Document"]]
                        break
            if out:
                return out
        if tok.lemma_.lower() in PARTITIVES or tok.lower_ in PARTITIVES:
            qty = quantity(tok)
            for prep, o in prep_objects(tok):
                if prep == "of":
                    out += [(a, a_q or qty) for a, a_q in self._args(o, allowed, depth + 1)]
        # (but a body is not its owner where only a person fits: "led by Gibson's old squadron" is not Gibson)
        if not out and (m is None or not self._fits(m, allowed)) and lemma not in PATIENT_NOUNS and \
                lemma not in OTHER_PERSON_NOUNS and not (
                    m is not None and m.types and not m.weak_type and allowed == {"Person"} and
                    self.ont.fits(m.types[:1], {"Organization"})):
            # (but the possessor of a deed done to it is its patient: "ordered its dispersal")
            p = possessor(tok)
            if lemma in ACTIVITY_NOUNS and allowed and not self.ont.fits(["Place"], allowed):
                p = None  # ("ran the Luftwaffe's aircraft production": not the Luftwaffe)
            if p is not None and p.i != tok.i:
                out += self._args(p, allowed, depth + 1)
            elif lemma in OPINION_NOUNS:  # ("refused to accept the view of the Ministry": the Ministry's)
                out += [a for q, o in prep_objects(tok) if q == "of" for a in self._args(o, allowed, depth + 1)]
            if not out and lemma in OPINION_NOUNS | FIGURE_NOUNS and not list(prep_objects(tok)) and \
                    [c.lower_ for c in tok.children if c.dep_ == "det"] in (["the"], ["this"], ["these"]):
                # ("MEW estimated that ... Cherwell disputed the figure": the one who gave it)
                claim = claiming_verb_before(tok)
                if claim is not None:
                    out += [a for x in subjects(claim) for a in self._args(x, allowed, depth + 1)]
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
