"""Noun and adjective patterns: X's reply to Y, his dislike of Y, X was disappointed with Y."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Extraction, Mention
from ..syntax import (OBJ, ORDER_NOUNS, SUBJ, appositions, case_of, comma_after, conjuncts, coordinated, direct_objects,
                      is_date_word, is_hypothetical, is_negated, is_passive, passive_subjects, possessor, prep_objects, subjects)
from .words import (BECOMING_VERBS, CRITIC_NOUNS, GIVING_VERBS, HOLDING_VERBS, ACTION_NOUNS, AIRCRAFT_NOUNS, CREW_NOUNS, ESCORTING_VERBS, JUDGING_VERBS, LIGHT_VERBS, PAPER_PLANS,
                    PASS_SUBJ_DEPS, TIME_PREPOSITIONS, VULNERABILITY_WORDS)
from .phrases import aimed_at, coordinated_agents, denied_particle


class NounPatterns:
    """Noun and adjective patterns: X's reply to Y, his dislike of Y, X was disappointed with Y. Mixed into
    :class:`RelationExtractor`."""

    def _noun(self, tok: Token, ex: Extraction, negated: bool = False) -> None:
        """X's NOUN PREP Y, NOUN by X PREP Y, X had NOUN PREP Y; ``negated``: the kg:negatedNounTrigger
        entries, which give their property only when the noun is denied ("had no faith in Y")."""
        entries = self.negated_nouns.get(tok.lemma_.lower(), []) if negated else \
            self.nouns.get(tok.lemma_.lower(), []) or self.nouns.get(tok.lower_, [])
        for prop, prep in entries:
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
                # ("missions against the Vienna refineries": a place naming the noun after it is not the object)
                while nxt is not None and nxt.start == j and tok.doc[nxt.head].dep_ == "compound" and \
                        (after := self._at.get(tok.doc[nxt.head].head.i)) is not None and after.start == nxt.end:
                    nxt, j = after, after.start
                if nxt is not None and nxt.start == j:
                    objs = [tok.doc[nxt.head]]
                elif nxt is not None and tok.doc[j].pos_ == "PRON" or tok.doc[j].lower_ == "what":
                    objs = [tok.doc[j]]  # ("flew twenty missions against them": what "them" stands for)
            if not objs and tok.dep_ in OBJ and tok.head.lemma_.lower() in LIGHT_VERBS:
                # ("mounted the heaviest attacks yet on the synthetic plants": the phrase hung on the light verb)
                objs = [o for p, o in prep_objects(tok.head) if p == prep]
            if not objs and prep != "of":
                # "the raids of the Fifteenth Air Force on Ploesti" with "on Ploesti" hung on the
                # actor's name (a name takes no such phrase): the raids were on Ploesti
                objs = [x for pr, o in prep_objects(tok) if pr == "of" and o.i in self._heads
                        for p2, x in prep_objects(o) if p2 == prep]
            # ("the case for concentrating on oil", "the case for attacking oil": what the doing is aimed at;
            # the gerund may be read as a clause on the noun, its preposition as the clause's "mark")
            objs += [c for c in tok.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and
                     any(x.dep_ == "mark" and x.lower_ == prep for x in c.children)]
            objs = [t for o in objs for t in (
                (direct_objects(o) or aimed_at(o)) or [o]
                if o.tag_ == "VBG" and self._at.get(o.i) is None else [o])]
            if not objs:
                continue
            subs = []
            p = possessor(tok)
            own = self._heads.get(tok.i)
            if p is not None:
                subs = [p]
                if tok.dep_ in OBJ and tok.head.lemma_.lower() == "share" and not is_negated(tok.head):
                    subs += subjects(tok.head)  # ("shared Spaatz's faith in the oil plan": both hold it)
                if tok.head.lemma_.lower() in LIGHT_VERBS and tok.dep_ in PASS_SUBJ_DEPS and \
                        tok.head.lemma_.lower() not in self.paper_verbs:
                    # ("The Americans' first blow against Leuna was delivered by the 1st Division": its unit too;
                    # but "Portal's reply ... was drafted by Bufton": who drafts another's reply does not reply)
                    subs += [o for p2, o in prep_objects(tok.head) if p2 == "by"]
            elif own is not None and own.owner is not None:
                subs = [tok.doc[own.owner]]
            else:
                subs = [o for pr, o in prep_objects(tok) if pr == "by"]
                if not subs:  # "The raid on Pölitz on 20 June by the Eighth Air Force" with "by" hung on the target
                    subs = [x for o in objs for y in [o] + [d for p2, d in prep_objects(o) if p2 == "on"]
                            for p2, x in prep_objects(y) if p2 == "by" and x.i > o.i]
                if not subs:  # (or on the noun's own date: "The bombing of Böhlen on 7 October/nmod by the Eighth")
                    subs = [x for d in tok.children if d.dep_.startswith("nmod") and is_date_word(d) and d.i > tok.i
                            for p2, x in prep_objects(d) if p2 == "by"]
                if not subs:  # ("the first Fifteenth Air Force raid on the Vienna refineries": the force named in it)
                    subs = self._units_before(tok)
            if not subs and prep != "of":
                # "the raids of the Fifteenth Air Force on the Ploesti refineries": "of" the actor
                # (not its date: "the raid of 21 December on Pölitz")
                subs = [o for pr, o in prep_objects(tok) if pr == "of" and o not in objs and not is_date_word(o)]
            carrier = tok
            if not subs and tok.head.lemma_.lower() in LIGHT_VERBS and tok.dep_ in OBJ | {"xcomp", "obl"} and \
                    case_of(tok) not in TIME_PREPOSITIONS:
                carrier = tok.head
                subs = subjects(tok.head)
            if not subs and tok.head.lemma_.lower() == "responsible" and case_of(tok) == "for":
                carrier = tok.head  # "The 1st Bombardment Division was responsible for the attacks on Merseburg"
                subs = [c for c in tok.head.children if c.dep_ in SUBJ]
            if not subs and tok.head.lemma_.lower() in LIGHT_VERBS and tok.dep_ in PASS_SUBJ_DEPS:
                # "The attack on Pölitz was carried out by Bomber Command"
                carrier = tok.head
                subs = [o for p, o in prep_objects(tok.head) if p == "by"]
                subs += coordinated_agents(tok.head, subs)  # ("... and by the Fifteenth from Italy")
            if not subs and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "cost" and any(
                    o.lemma_.lower() in AIRCRAFT_NOUNS | CREW_NOUNS for o in direct_objects(tok.head)):
                # "The attacks on Ploesti cost the Fifteenth Air Force 350 bombers": who lost aircraft in
                # them flew them (not "cost the Germans 1,200,000 tons of fuel")
                carrier = tok.head
                subs = [c for c in tok.head.children if c.dep_ in ("iobj", "dative")]
            if not subs:  # "the Ninth Air Force had joined the attacks on fuel depots": it attacked them
                carrier, subs = self._participation(tok)
            for c in tok.children if not subs else []:
                # "Attacks on Ploesti, which were made by the Fifteenth Air Force, ..."
                # (or a participle: "The raid on Scholven-Buer, carried out by 133 Lancasters of No. 3 Group, ...")
                if (c.dep_ in ("acl:relcl", "relcl") or c.dep_ == "acl" and c.tag_ == "VBN") and \
                        c.lemma_.lower() in LIGHT_VERBS and is_passive(c):
                    carrier, subs = c, [o for p, o in prep_objects(c) if p == "by"]
                    break
            # ("made no attack on Leuna": the noun itself is denied; "ordered X to resume the attacks": not yet)
            # ("had little patience with the Air Ministry", "little faith in the plan": "little" denies,
            # "a little" does not)
            denied = is_negated(carrier) or is_negated(tok) or (
                any(c.lower_ in ("little", "scant") and c.dep_ == "amod" for c in tok.children) and
                not any(c.lower_ == "a" and c.dep_ == "det" for c in tok.children))
            if not subs or denied != negated or (carrier is not tok and is_hypothetical(carrier)):
                continue
            if tok.dep_ in OBJ and tok.head.pos_ == "VERB" and is_hypothetical(tok.head):
                continue  # ("asks whether the Eighth can increase its attacks on the plants": not done yet)
            # ("the case for oil, which Spaatz presented to Eisenhower": who voices it in a relative clause too)
            subs += [s2 for c in tok.children if c.dep_ in ("acl:relcl", "relcl") and c.lemma_.lower() in LIGHT_VERBS
                     and not is_passive(c) and not is_negated(c) and not is_hypothetical(c) and
                     any(x.tag_ in ("WDT", "WP") and x.i < c.i for x in c.children)  # (its object)
                     for s2 in c.children if s2.dep_ in SUBJ and s2.tag_ not in ("WDT", "WP") and s2 not in subs]
            self._emit(ex, subs, objs, prop, tok, f"noun:{tok.lemma_.lower()}+{prep}", "noun")
            own = self._heads.get(tok.i)
            # (or one a light verb's subject acted with: "opened its campaign ... with/obl a raid on the yards")
            # (or the actor of a passive light verb: "The attack on Pölitz was made by the 3rd Division")
            if (carrier is tok or carrier.i == tok.head.i and tok.dep_.startswith("obl") and case_of(tok) == "with" or
                    carrier.i == tok.head.i and tok.dep_ in PASS_SUBJ_DEPS and carrier.lemma_.lower() in LIGHT_VERBS) and \
                    not negated and own is not None and own.types[:1] == ["Event"] and \
                    "participatedIn" in self.ont.properties and tok.lower_ != "their" and \
                    (p is None or p.lower_ != "their"):
                # ("The attack on Zeitz by 300 Fortresses of the 3rd Air Division": its actor took part in it)
                self._emit(ex, subs, [tok], "participatedIn", tok, f"noun:{tok.lemma_.lower()}:actor", "noun")

    def _units_before(self, tok: Token) -> list[Token]:
        """The armed force named right before a noun of doing, inside its phrase: "the Fifteenth Air
        Force raid", "an RAF attack", "the first Bomber Command raid" (a unit, not any body: "the
        Air Ministry plan" is not the ministry's deed)."""
        for c in tok.children:
            um = self._at.get(c.i)
            if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and um is not None and um.end == tok.i and \
                    um.source != "pronoun" and um.types[:1] == ["MilitaryUnit"] and not um.weak_type:
                return [tok.doc[um.head]]
        return []

    def _participation(self, tok: Token) -> tuple[Token, list[Token]]:
        """The verb of taking part ("joined", "took part in" -- an ontology trigger of a
        participation property) whose object ``tok`` is, and that verb's subjects."""
        v = tok.head
        if tok.dep_.split(":")[0] in ("nmod", "obl") and v.pos_ == "NOUN" and v.head.pos_ == "VERB":
            v = v.head  # ("took part in the raids": the phrase hangs on "part")
        entries = [e for e in self.verbs.get(v.lemma_.lower(), []) if e[0] in self.participation_props]
        if tok.dep_ not in OBJ and tok.dep_.split(":")[0] not in ("obl", "nmod") or v.pos_ != "VERB" or \
                not entries or any(denied_particle(v, particles) for _, particles, _, _ in entries) or \
                v.lemma_.lower() in ESCORTING_VERBS:
            return tok, []  # (nor "took no part in the offensive against oil"; an escort drops no bombs)
        return v, subjects(v)

    def _adjective(self, tok: Token, ex: Extraction) -> None:
        """"Portal was disappointed with Harris", "Harris, sceptical of the oil plan, ..."."""
        if is_negated(tok) or is_hypothetical(tok):
            ex.negated += 1
            return
        judge = tok.head if tok.dep_ in ("xcomp", "ccomp", "oprd") else \
            tok.head.head if tok.dep_ == "amod" and tok.i > tok.head.i and tok.head.dep_ in OBJ else None
        if tok.lower_ in ("responsible", "answerable") and judge is not None and \
                judge.lemma_.lower() in JUDGING_VERBS | {"hold", "find", "blame"}:
            return  # ("held Bomber Command responsible/amod for the destruction": blame, no task)
        subs = [s2 for c in tok.children if c.dep_ in SUBJ | PASS_SUBJ_DEPS for s2 in coordinated(c)]
        if not subs and tok.dep_ in ("acomp", "xcomp", "amod", "acl", "appos") and tok.head.i != tok.i:
            # "Harris remained critical of ...", "Harris, sceptical of ..."
            subs = subjects(tok.head) if tok.head.pos_ in ("VERB", "AUX") else [tok.head]
            if tok.dep_ == "xcomp" and is_passive(tok.head):  # ("No. 3 Group was made responsible for ...")
                subs = passive_subjects(tok.head) or subs
        for prop, prep in self.adjectives[tok.lower_]:
            objs = [o for p, o in prep_objects(tok) if p == prep]
            if prop in self.task_props:  # ("responsible for the attacks on Merseburg": for Merseburg)
                objs = self._doing_targets(objs, prop)
            self._emit(ex, subs, objs, prop, tok, f"adjective:{tok.lower_}+{prep}", "verb")

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
        prop, owner = self._group_owner(tok) if tok.pos_ in ("NOUN", "PROPN") else (None, None)
        if prop is not None and not is_negated(tok):
            # the group noun said of someone: "Bufton was its chairman", "set up with Bufton and
            # Maxwell as its joint chairmen", "appointed Bufton as its chairman"
            verb = tok.head
            if any(c.dep_ == "cop" for c in tok.children):
                named = [c for c in tok.children if c.dep_ in SUBJ]
            elif case_of(tok) == "as" and tok.dep_.startswith(("obl", "nmod", "advcl")) and verb.pos_ == "VERB":
                named = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) == "with"] or \
                    (passive_subjects(verb) if is_passive(verb) else direct_objects(verb))
            else:
                named = []
            named = [x for n in named for x in conjuncts(n)]
            self._emit(ex, named, [owner], prop, tok, f"group:{tok.lower_}:said", "verb")
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

    def _agent_noun(self, noun: Token, ex: Extraction) -> None:
        """"Bufton was the oil plan's most persistent advocate", "Harris was an opponent of the
        plan": the subject of a predicate kg:agentNoun has its property to the noun's possessor
        or "of" phrase; so do the people named after it ("The oil plan's critics, Tedder and
        Zuckerman, argued"), and a person's critics criticize him (CRITIC_NOUNS)."""
        if is_negated(noun):
            return
        if any(c.dep_ == "cop" for c in noun.children):
            subs = [x for c in noun.children if c.dep_ in SUBJ for x in conjuncts(c)]  # ("Tedder and Zuckerman were")
        elif noun.dep_ in ("xcomp", "obj", "attr") and noun.head.lemma_.lower() in BECOMING_VERBS and \
                not is_negated(noun.head):
            subs = subjects(noun.head)  # ("by the autumn he had become a firm supporter of the attack on oil")
        elif (noun.dep_ in ("obl:unmarked", "npadvmod", "obl:npmod", "dep", "nmod:unmarked") or
              noun.dep_ == "obl" and not case_of(noun)) and noun.i < noun.head.i \
                and noun.left_edge.i == noun.sent.start and comma_after(noun):
            subs = subjects(noun.head)  # "An early convert to the oil plan, he persuaded Eisenhower ..."
        elif noun.dep_ in SUBJ and noun.head.lemma_.lower() in self.group_verbs and noun.head.pos_ in ("VERB", "AUX"):
            if is_negated(noun.head) or is_hypothetical(noun.head):
                return
            # ("Harris's critics included Bufton, Bottomley and Portal": the people the noun takes in)
            subs = [x for x in direct_objects(noun.head) if (xm := self._at.get(x.i)) is not None and
                    xm.types[:1] == ["Person"]]
        else:
            # ("The oil plan's critics, Tedder and Zuckerman, argued": the names set off after the noun;
            # "..., Tedder and Zuckerman foremost/conj among them,": the names given as the foremost)
            subs = [x for a in appositions(noun) if a.i > noun.i for x in conjuncts(a)]
            subs += [x for c in noun.children if c.dep_ == "conj" and c.i > noun.i and
                     any(case_of(o) == "among" for o in c.children) for y in c.children if y.dep_ in SUBJ
                     for x in conjuncts(y)]
            subs = [x for x in subs if (xm := self._at.get(x.i)) is not None and xm.types[:1] == ["Person"]]
            if not subs:
                return
        word = noun.lemma_.lower()
        prop = self.agent_nouns[word]
        owner = possessor(noun)
        objs = [owner] if owner is not None and owner.i != noun.i else []
        objs += [o for p, o in prep_objects(noun) if p == self.agent_preps[word]]
        if word in CRITIC_NOUNS and "criticized" in self.ont.properties:
            # ("Harris's critics, Bufton and Bottomley among them": a person's critics criticize him; a plan's oppose it)
            people = [o for o in objs if (om := self._at.get(o.i)) is not None and om.types[:1] == ["Person"]]
            self._emit(ex, subs, people, "criticized", noun, f"agent:{word}", "noun")
            objs = [o for o in objs if o not in people]
        self._emit(ex, subs, objs, prop, noun, f"agent:{noun.lemma_.lower()}", "noun")

    def _on_orders(self, noun: Token, ex: Extraction) -> None:
        """"Bottomley replied to Harris on Portal's instructions": whose order (ORDER_NOUNS) someone acts
        on or at ordered them (kg:ordered)."""
        verb = noun.head
        while verb.pos_ in ("NOUN", "PROPN") and verb.dep_.startswith(("obl", "nmod")) and verb.head.i != verb.i:
            verb = verb.head  # ("replied to Harris/obl on Portal's instructions/nmod>Harris")
        owner = possessor(noun)
        if "ordered" not in self.ont.properties or case_of(noun) not in ("on", "upon", "at") or \
                owner is None or owner.i == noun.i or verb.pos_ != "VERB" or is_passive(verb) or \
                is_negated(verb) or is_hypothetical(verb):
            return
        self._emit(ex, [owner], subjects(verb), "ordered", noun, f"noun:on-{noun.lemma_.lower()}", "noun")

    def _orders_held(self, noun: Token, ex: Extraction) -> None:
        """"Both the Eighth and the Fifteenth had orders to strike the synthetic plants": who has (or
        receives) orders (ORDER_NOUNS) to do a deed is tasked with what it is done to, as "was ordered to";
        so is who is given them or powers (PERMISSION_NOUNS: "Geilenberg was given authority ... to repair
        the plants", "gave Geilenberg powers to rebuild them"; "had authority to" is "have to"'s)."""
        verb = noun.head
        lemma = verb.lemma_.lower()
        held = HOLDING_VERBS if noun.lemma_.lower() in ORDER_NOUNS else set()
        if noun.dep_ not in OBJ or lemma not in held | GIVING_VERBS or is_negated(verb) or \
                is_hypothetical(verb) or "taskedWith" not in self.ont.properties or \
                any(c.lower_ in ("no", "neither") for c in noun.children):  # ("had no orders to ...")
            return
        if lemma in held:
            holders = subjects(verb)
        elif is_passive(verb):
            holders = passive_subjects(verb)
        else:
            holders = [c for c in verb.children if c.dep_ in ("iobj", "dative")]
        for x in noun.children:
            if x.dep_ in ("acl", "xcomp") and x.pos_ == "VERB" and x.tag_ == "VB" and \
                    any(m.lower_ == "to" for m in x.children):
                self._emit(ex, holders, self._deed_targets(x, "taskedWith"), "taskedWith", noun,
                           f"noun:{noun.lemma_.lower()}-to", "noun")

    def _maker_noun(self, noun: Token, ex: Extraction) -> None:
        """"The oil directive was the work of the Directorate of Bomber Operations": the maker named by
        a predicate kg:makerNoun's possessor or "of" phrase has the noun's property to the subject."""
        if is_negated(noun) or not any(c.dep_ == "cop" for c in noun.children):
            return
        owner = possessor(noun)
        makers = [owner] if owner is not None and owner.i != noun.i else [o for p, o in prep_objects(noun) if p == "of"]
        subs = [c for c in noun.children if c.dep_ in SUBJ]
        self._emit(ex, [x for m in makers for x in conjuncts(m)], subs, self.maker_nouns[noun.lemma_.lower()], noun,
                   f"maker:{noun.lemma_.lower()}", "noun")

    def _role_owner(self, noun: Token, ex: Extraction) -> None:
        """"The Fifteenth Air Force's targets were the refineries of Ploesti", "Its task was the
        defence of the plants": whose kg:roleNoun it is has the noun's property to what it is
        (``_args`` sees through the noun to the predicate)."""
        owner = possessor(noun)
        if owner is None or owner.i == noun.i or noun.dep_ not in SUBJ:
            return
        prop = self.role_nouns[noun.lemma_.lower()]
        verb = noun.head
        if verb.lemma_.lower() in self.group_verbs and verb.pos_ in ("VERB", "AUX") and \
                not is_negated(verb) and not is_hypothetical(verb):
            # ("the Fifteenth's targets included the Silesian plants": what the roles take in)
            self._emit(ex, [owner], direct_objects(verb), prop, noun, f"role:{noun.lemma_.lower()}:included", "noun")
            return
        if verb.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "cop" for c in verb.children):
            return
        self._emit(ex, [owner], [noun], prop, noun, f"role:{noun.lemma_.lower()}:possessor", "noun")

    def _overruled(self, tok: Token, ex: Extraction) -> None:
        """"The transportation plan was adopted over the objections of Spaatz", "rejected despite
        Tedder's support": a kg:nounTrigger noun in an "over" or "despite" phrase on a verb, with no
        object of its own, is about what the verb acts on; its owner has the noun's property to that."""
        verb = tok.head
        if case_of(tok) not in ("over", "despite") or not tok.dep_.startswith("obl") or verb.pos_ != "VERB" or \
                is_negated(verb) or is_hypothetical(verb):
            return
        entries = self.nouns.get(tok.lemma_.lower(), [])
        nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
        if any(p in {pr for _, pr in entries} for p, _ in prep_objects(tok)) or \
                nxt is not None and nxt.lower_ in {pr for _, pr in entries}:  # (or hung on the verb)
            return  # ("over Spaatz's objections to the plan": the noun names its own object, _noun reads it)
        owner = possessor(tok)
        owners = [owner] if owner is not None and owner.i != tok.i else [o for p, o in prep_objects(tok) if p == "of"]
        acted = passive_subjects(verb) if is_passive(verb) else direct_objects(verb)
        if not acted:
            # ("decided in favour of the transportation plan ... over the objections of Spaatz": what the
            # verb's own trigger took a stance on)
            acted = [tok.doc[f.obj.head] for f in ex.facts if f.token == verb.i and f.obj is not None and
                     f.prop in self.stance_props]
        for prop in dict.fromkeys(p for p, _ in entries):  # (in the ontology's order, once each)
            self._emit(ex, owners, acted, prop, tok, f"noun:{tok.lemma_.lower()}:overruled", "noun")

    def _role_predicate(self, noun: Token, ex: Extraction) -> None:
        """"The night attacks on the Ruhr plants were largely the responsibility of Bomber Command",
        "The plants were Bomber Command's task": a kg:roleNoun as the predicate gives its owner (its
        possessor or "of" phrase) the noun's property to the subject (through a doing noun: the
        plants the attacks are on)."""
        # (or what something becomes or remains: "the oil plants had become the Eighth's primary target")
        becoming = noun.dep_ in ("xcomp", "obj", "attr") and noun.head.lemma_.lower() in BECOMING_VERBS and \
            noun.head.pos_ in ("VERB", "AUX")
        if not (any(c.dep_ == "cop" for c in noun.children) or becoming) or is_negated(noun) or is_hypothetical(noun):
            return
        owner = possessor(noun)
        owners = [owner] if owner is not None and owner.i != noun.i else \
            [o for p, o in prep_objects(noun) if p == "of"]
        things = [c for c in (noun.head if becoming else noun).children if c.dep_ in SUBJ | PASS_SUBJ_DEPS]
        if not owners or not things or \
                any(c.dep_ == "amod" and c.lemma_.lower() in VULNERABILITY_WORDS for c in noun.children):
            return  # (nor "the Germans' most vulnerable target": the owner is exposed by it)
        prop = self.role_nouns[noun.lemma_.lower()]
        self._emit(ex, owners, self._doing_targets(things, prop), prop, noun,
                   f"role:{noun.lemma_.lower()}:predicate", "noun")

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
            # (a body's: "Eisenhower's headquarters/GovernmentBody, SHAEF/MilitaryUnit")
            kin = {"MilitaryUnit", "GovernmentBody"} if m.types[0] in ("MilitaryUnit", "GovernmentBody") else {m.types[0]}
            heads = {w.split()[-1] for w, c in self.ont.head_noun_index.items() if c in kin}
            owner = next((o.i for a in appositions(head) if a.lemma_.lower() in heads and a.i > head.i and
                          (o := possessor(a)) is not None and o.i != a.i), None)
            word = head.head
            if head.dep_ == "appos" and case_of(word) in ("at", "in") and word.dep_ == "nmod" and \
                    word.head.i < word.i and (word.head.lemma_.lower() in heads or word.head.lower_ in heads):
                word = word.head  # ("Spaatz's headquarters at Bushy Park, USSTAF": the name after the place)
            if owner is None and head.dep_ == "appos" and word.i < head.i and \
                    (word.lemma_.lower() in heads or word.lower_ in heads) and \
                    (o := possessor(word)) is not None and o.i != word.i:
                owner = o.i  # ("Eisenhower's headquarters, SHAEF, ...": the name after the word for its class)
        # (a deed named by a pronoun's "their" is left alone: "the air forces ..., coordinated their operations")
        deed = m.types[:1] == ["Campaign"] and head.lemma_.lower() not in PAPER_PLANS | {"policy"} or \
            m.types[:1] == ["Event"] and head.lemma_.lower() in ACTION_NOUNS | {"mission", "sortie", "bombing"} and \
            owner is not None and head.doc[owner].lower_ != "their"
        if owner is None or (m.source not in ("alias", "name") and m.types[:1] != ["Document"] and not deed):
            # ("his command", "his squadrons": no unit named; but "the Fifteenth's long campaign", not
            # "Tedder's plan", the plan of its maker)
            return
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
        om = self._at.get(owner)
        # (the possessor may hang on the given name: "The EOU's Walt/nmod:desc Rostow")
        if m.types[:1] == ["Person"] and m.source in ("alias", "name") and om is not None and om.types and \
                any((o := possessor(t)) is not None and o.i == owner for t in head.doc[m.start:m.end]) and \
                self.ont.fits(om.types[:1], {"Organization"}) and "memberOf" in self.ont.properties:
            # ("The Enemy Objectives Unit's Kindleberger": a body's person is its member)
            self._emit(ex, [head], [head.doc[owner]], "memberOf", head, "possessive:member", "possessive")
