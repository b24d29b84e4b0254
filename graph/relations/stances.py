"""Stances: what someone proposed or urged, and what they judged something ("dismissed transport as a diversion")."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Extraction
from ..speech import VIEW_NOUNS, view_owner
from ..syntax import (FORCING_VERBS, OBJ, SUBJ, case_of, comma_before, conjuncts, coordinated, direct_objects, is_hypothetical, is_mandative, is_negated,
                      is_passive, passive_subjects, possessor, prep_objects, set_against, subjects)
from .words import (ACTION_NOUNS, ASPECT_VERBS, BELIEF_WORDS, CONDUCT_NOUNS, DISAPPROVING_WORDS, FAILING_VERBS, DECIDING_VERBS, EFFECT_VERBS,
                    INTENDING_VERBS,
                    JUDGING_VERBS,
                    DIVERSION_NOUNS, OFFERING_VERBS, OPINION_NOUNS, ORDERING_VERBS, PATIENT_NOUNS, TOLERATING_VERBS,
                    PARTITIVE_HEADS, PASS_SUBJ_DEPS, PLAN_CLASSES, PROPOSAL_NOUNS, PROTECTING_VERBS, STOPPING_VERBS, WISHING_VERBS,
                    HOPING_VERBS)
from .phrases import noun_made_priority, starts_with


class StancePatterns:
    """Stances: what someone proposed or urged, and what they judged something ("dismissed transport as a
    diversion"). Mixed into :class:`RelationExtractor`."""

    def _proposal(self, tok: Token, ex: Extraction, lemma: str, owners: list[Token] | None = None) -> None:
        """"Spaatz urged that the bombers be turned against oil", "proposing that the bombing of
        communications take precedence": a proposal verb whose that-clause calls for something
        to be done (subjunctive, or "should"/"must") gives its speaker the property (kg:advocated)
        to the target of the action called for, or to what the clause gives priority. With
        ``owners``, ``tok`` is a proposal noun ("Tedder's proposal that ...") and they made it."""
        verb = tok if tok.pos_ == "VERB" or owners is not None else tok.head  # (an -ing form read as a noun)
        urged = owners is None and self._urged_proposal(verb)
        if is_negated(verb) or (is_hypothetical(verb) and owners is None and not urged):
            return
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        # ("cabled Arnold on 5 March that he intended/dep to attack ...": a that-clause the parser left loose)
        clauses += [c for c in tok.children if c.dep_ == "dep" and c.i > tok.i and c.pos_ == "VERB" and
                    any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)]
        if owners is not None:  # ("Speer's request that fighters be withdrawn/acl": the noun's clause)
            clauses += [c for c in tok.children if c.dep_ in ("acl", "acl:relcl", "appos") and c.i > tok.i and
                        any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)]
        # ("insisted that the directive be obeyed/xcomp": a that-clause the parser labelled xcomp)
        clauses += [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and
                    any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)]
        if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i and \
                any(c.dep_ in SUBJ for c in tok.children):
            clauses.append(tok.head)  # "the oil plants, he insisted, must come first": the clause of the aside
        # ("'Oil must come first,' Spaatz said", "'We must hit the oil,' Spaatz told/parataxis his staff":
        # a quotation before the verb of saying is what was said)
        clauses += [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i and _quoted(c)]
        if tok.dep_ == "parataxis" and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX") and \
                _quoted(tok.head) and any(c.dep_ in SUBJ for c in tok.children):
            clauses.append(tok.head)
        if verb is not tok:
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1]
        # ("Tedder urged Eisenhower to insist that ...": the proposal is the urger's, whether or not it was made)
        who = owners if owners is not None else self._proposers(verb.head) if urged else self._proposers(verb)
        for prop, verbs, phrases in self.proposals:
            if lemma not in verbs:
                continue
            rng = self.ont.properties[prop].range
            if not any(c.pos_ in ("VERB", "AUX") for c in clauses) and tok.i + 1 < len(tok.doc) and \
                    tok.doc[tok.i + 1].lower_ == "that":
                # the clause the parser lost ("recommending that the next directive name/NN oil as
                # the first priority"): the noun made the priority, read off the words
                made = noun_made_priority(tok.doc[tok.i + 2:tok.sent.end])
                if made is not None:
                    self._emit(ex, who, self._doing_targets([made], prop), prop,
                               tok, f"proposal:{lemma}:as-priority", "verb")
            for c in clauses:
                deed = next((x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and
                             any(m.lower_ == "to" for m in x.children)), None) if c.lemma_.lower() == "have" else None
                if deed is not None and not is_negated(c):
                    # ("told them that the plants would have to be defended", "that oil and transportation
                    # had to be attacked together": an obligation calls for its deed as "must" does)
                    self._emit(ex, who, self._obliged_targets(c, deed, prop), prop, tok, f"proposal:{lemma}:have-to",
                               "verb")
                    continue
                # ("wanted the heavy bombers kept/VBD on the railways": a wish's small clause calls for it too)
                small = lemma in WISHING_VERBS and c.tag_ in ("VBN", "VBD") and \
                    not any(x.dep_.startswith("aux") or x.dep_ == "mark" for x in c.children) and \
                    any(x.dep_ in SUBJ | PASS_SUBJ_DEPS for x in c.children)
                if is_negated(c) and _stopping(c) and (is_mandative(c) or lemma in HOPING_VERBS and any(
                        a.lower_ in ("would", "will") and a.dep_ == "aux" for a in c.children)):
                    # ("hoped that the offensive against oil would not be relaxed", "that the attacks
                    # must not stop": a call to go on)
                    subs = [x for x in c.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS]
                    self._emit(ex, who, self._doing_targets(subs, prop), prop, tok,
                               f"proposal:{lemma}:not-stopped", "verb")
                    continue
                if is_negated(c) and c.lemma_.lower() in ("divert", "switch", "turn", "withdraw", "move") and \
                        is_mandative(c):
                    # ("argued that the heavy bombers should not be diverted from oil": a call to stay on it)
                    kept = [o for p, o in prep_objects(c) if p == "from"]
                    self._emit(ex, who, self._doing_targets(kept, prop), prop, tok, f"proposal:{lemma}:not-diverted",
                               "verb")
                    continue
                diversions = [o for o in direct_objects(c) if o.lemma_.lower() in DIVERSION_NOUNS]
                if is_negated(c) and c.lemma_.lower() in TOLERATING_VERBS and diversions:
                    # ("warned Spaatz that Washington would not tolerate any further diversion of the
                    # bombers from the oil targets": a call to stay on them)
                    # (the "from" phrase may hang on the verb: "tolerate any diversion ... from/obl the targets")
                    kept = [x for o in diversions + [c] for p, x in prep_objects(o) if p == "from"]
                    self._emit(ex, who, self._doing_targets(kept, prop), prop, tok, f"proposal:{lemma}:not-diverted",
                               "verb")
                    continue
                if is_negated(c) and c.lemma_.lower() in ("allow", "permit") and is_mandative(c):
                    # ("that the offensive against oil must not be allowed to slacken": a call to go on)
                    stop = next((x for x in c.children if x.dep_ == "xcomp" and x.lemma_.lower() in STOPPING_VERBS),
                                None)
                    subs = passive_subjects(c) if is_passive(c) else direct_objects(c)
                    if stop is not None and subs:
                        self._emit(ex, who, self._doing_targets(subs, prop), prop, tok,
                                   f"proposal:{lemma}:not-stopped", "verb")
                    continue
                # ("Spaatz and Doolittle agreed that the Eighth would go for Leuna": a decision of what will
                # be done calls for it as "should" does)
                decided = lemma in DECIDING_VERBS and any(
                    a.lower_ in ("would", "will") and a.dep_ == "aux" for a in c.children)
                # ("Tedder insisted that the bombers return/VBP to the plan": a present after a past
                # verb of proposing is no report, which would be "returned", but a subjunctive)
                # (the form is what counts, whatever the tag: "concentrate/RB")
                backshifted = c.pos_ == "VERB" and c.tag_ not in ("VBD", "VBN", "VBZ", "VBG") and \
                    c.lower_ == c.lemma_.lower() and verb.tag_ in ("VBD", "VBN", "VB", "VBG") and c.dep_ == "ccomp" and \
                    not any(a.dep_.startswith("aux") or a.dep_ == "cop" for a in c.children)
                # ("that he intended to attack the German oil industry": an intention reported is called for too)
                # (one's own intention: not "told Hitler that the Allies intended to destroy the plants")
                intended = c.lemma_.lower() in INTENDING_VERBS and any(
                    x.dep_ == "xcomp" and any(m.lower_ == "to" for m in x.children) for x in c.children) and \
                    self._same_people([x for x in c.children if x.dep_ in SUBJ], who)
                # ("told Spaatz that the bombers were needed against the railways": a need is a call too)
                needed = c.lemma_.lower() in ("need", "require") and is_passive(c)
                if is_negated(c) or not (is_mandative(c) or small or decided or backshifted or intended or needed):
                    continue
                words = called_words(c)
                # "that the Air Staff treat oil as the first priority": what is made the priority
                made = noun_made_priority(words)
                as_priority = [made] if made is not None else []
                made_objs = [o for o in direct_objects(c) + [x for x in c.children if x.dep_ in ("xcomp", "oprd")]
                             if o.pos_ in ("NOUN", "PROPN")] if c.lemma_.lower() in self.making_verbs and \
                    not is_passive(c) else []
                if not as_priority and any(o.lemma_.lower() in self.ont.properties[prop].priority_nouns for o in made_objs):
                    # ("that the next directive should make oil the sole first priority")
                    as_priority = [o for o in made_objs if o.lemma_.lower() not in self.ont.properties[prop].priority_nouns]
                if as_priority:
                    targets = self._doing_targets(as_priority, prop)
                elif any(starts_with(words, ph) for ph in phrases) or c.lemma_.lower() in ("priority", "precedence") \
                        and any(starts_with(tok.doc[x.i:c.i + 1], ph) for x in c.children if x.dep_ == "cop"
                                for ph in phrases) or \
                        c.lemma_.lower() in self.ont.properties[prop].priority_nouns and \
                        any(x.dep_ == "cop" for x in c.children) or \
                        c.lemma_.lower() in ("remain", "become", "stay") and any(
                            x.dep_ in ("xcomp", "obj", "attr") and
                            x.lemma_.lower() in self.ont.properties[prop].priority_nouns for x in c.children) or \
                        c.lemma_.lower() in self.making_verbs and is_passive(c) and any(
                            o.lemma_.lower() in self.ont.properties[prop].priority_nouns for o in direct_objects(c)):
                    # ("that communications should be the common target"; "that oil be made the first priority";
                    # "that the railways should remain a target"; "that oil and communications be made the
                    # twin objectives": each)
                    subs = [y for x in c.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS for y in coordinated(x)]
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
                    if any(v == c.lemma_.lower() and prep is None for v, prep in
                           self.ont.properties[prop].proposal_triggers):
                        # ("insisted that the directive be obeyed": a trigger with no preposition takes what is done)
                        targets += passive_subjects(c) if is_passive(c) else direct_objects(c)
                    # ("that the attacks on the Ruhr plants be continued": what the attacks are on; so "that
                    # the Eighth be allowed to continue the attacks on the plants", "... continue them")
                    for asp in [c] + [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and
                                      any(m.lower_ == "to" for m in x.children)]:
                        if asp.lemma_.lower() in ASPECT_VERBS | {"intensify", "renew", "increase"}:
                            doings = passive_subjects(asp) if is_passive(asp) else direct_objects(asp)
                            targets += [t for t in self._doing_targets(doings, prop) if t not in doings]
                    if c.lemma_.lower() in ("go", "return") and any(self._force(x) for x in subjects(c)):
                        # ("that the bulk of his force must still go to the cities of the Ruhr": where the force goes)
                        targets += [o for p, o in prep_objects(c) if p == "to"]
                    # ("that Harris be ordered to attack the oil plants at Pölitz and Leuna": the
                    # infinitive of an order called for is the deed)
                    acts = [c] + [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and
                                  (c.lemma_.lower() in ORDERING_VERBS | FORCING_VERBS | {"make"} or intended) and
                                  any(m.lower_ == "to" for m in x.children)]
                    for act in acts:
                        for p2, _, prep, inverse in self.verbs.get(act.lemma_.lower(), []):
                            if inverse or not self.ont.properties[p2].range or not self.ont.properties[p2].range <= rng:
                                continue
                            # what the deed is done to (its prepositional object, or its object)
                            done = [o for p, o in prep_objects(act) if p == prep] if prep else \
                                passive_subjects(act) if is_passive(act) else direct_objects(act)
                            # (the plants known by the names after "at": those plants)
                            targets += done + ([] if prep else [self._doc[n.head] for o in done
                                                                for n in self._named_members(o, act)])
                            if lemma in DECIDING_VERBS and p2 not in self.task_props and "taskedWith" in self.ont.properties \
                                    and not is_passive(act):
                                # ("agreed that the Eighth would go for Leuna": the force it was settled would
                                # do it has it as its task)
                                self._emit(ex, [x for x in act.children if x.dep_ in SUBJ], done,
                                           "taskedWith", act, f"decided:{lemma}", "verb")
                    # ("that fighters be withdrawn from the front to protect the synthetic plants": what the
                    # call is for)
                    # (a place, plant or target system: "to protect them" may not find them)
                    # (also hung on an adverb of the verb: "be kept back/advmod to defend/obl>back the plants")
                    purposes = list(c.children) + [y for a in c.children if a.dep_ == "advmod" for y in a.children
                                                   if y.dep_ == "obl"]
                    targets += [o for x in purposes if x.dep_ in ("advcl", "xcomp", "obl") and x.i > c.i and
                                x.pos_ == "VERB" and
                                x.lemma_.lower() in PROTECTING_VERBS and any(m.lower_ == "to" for m in x.children)
                                for o in direct_objects(x) if (om := self._at.get(o.i)) is not None and
                                om.types[:1] in (["Facility"], ["Place"], ["TargetSystem"])]
                    targets = self._doing_targets(targets, prop)
                if targets:
                    self._emit(ex, who, targets, prop, tok, f"proposal:{lemma}", "verb")

    def _said_priority(self, tok: Token, ex: Extraction, speakers: list[Token] | None = None) -> None:
        """"Bottomley wrote that the oil plants must come first", "'Oil must have priority,' he said": a
        clause said (or quoted) that calls for something to come first (kg:priorityPhrase, with "must"
        or "should") gives the speaker the property to it, as a proposal verb would."""
        clauses = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")] \
            if speakers is None else [tok]
        # ("reminded Harris that the directive still stood and that oil came/conj first": a second clause)
        clauses += [x for c in clauses for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB" and
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)] if speakers is None else []
        for c in clauses:
            # ("must come first", or "was to have absolute priority": a "be to" of what is to be done)
            be_to = any(x.lower_ in ("was", "were", "is", "are") and x.dep_ in ("cop", "aux") and x.i < c.i
                        for x in c.children) and any(x.lower_ == "to" and x.i < c.i for x in c.children)
            # (or a plain statement that it does come first, said by one not complaining of it: "reminded
            # Harris that oil came first", not "complained that oil came first")
            stated = speakers is None and c.tag_ in ("VBD", "VBZ", "VBP") and tok.lemma_.lower() not in \
                self.complaint_verbs and not any(a.dep_.startswith("aux") for a in c.children)
            if is_negated(c) or not (is_mandative(c) and any(a.tag_ == "MD" for a in c.children) or be_to or stated):
                continue
            words = called_words(c)
            for prop, _, phrases in self.proposals:
                if any(starts_with(words, ph) for ph in phrases):
                    subs = [x for x in c.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS]
                    who = speakers if speakers is not None else self._proposers(tok)
                    self._emit(ex, who, self._doing_targets(subs, prop), prop, c, "proposal:said-priority", "verb")

    def _said_effect(self, tok: Token, ex: Extraction) -> None:
        """"Zuckerman argued that the destruction of the French railways would cripple the German army": a
        decisive effect (EFFECT_VERBS) foreseen for a deed by one not complaining of it calls for the deed."""
        if tok.lemma_.lower() in self.complaint_verbs or "advocated" not in self.ont.properties or is_negated(tok):
            return
        for c in tok.children:
            deed = [x for x in c.children if x.dep_ in SUBJ and x.lemma_.lower() in ACTION_NOUNS | PATIENT_NOUNS]
            # (a prospect only, "would cripple": "the attacks had grounded the Luftwaffe" judges the past)
            if c.dep_ != "ccomp" or not deed or c.lemma_.lower() not in EFFECT_VERBS or is_negated(c) or \
                    not any(a.lower_ in ("would", "will", "could", "can", "might") for a in c.children):
                continue
            targets = [t for t in self._doing_targets(deed, "advocated") if t not in deed]
            self._emit(ex, self._proposers(tok), targets, "advocated", c, "proposal:said-effect", "verb")

    def _said_fault(self, tok: Token, ex: Extraction) -> None:
        """"Tedder wrote to Portal that Harris's obstinacy was costing the Allies dearly": a saying whose
        clause is about someone's failing (CONDUCT_NOUNS: obstinacy, incompetence ...), or says that someone
        failed (FAILING_VERBS), criticizes them."""
        if "criticized" not in self.ont.properties or is_negated(tok):
            return
        for c in tok.children:
            if c.dep_ != "ccomp" or is_negated(c):
                continue
            # (a neutral word for someone's conduct judged badly: "that Harris's attitude to the oil plan was
            # 'most unsatisfactory'")
            judged = c.lemma_.lower() in DISAPPROVING_WORDS and any(x.dep_ == "cop" for x in c.children)
            faults = [x for x in c.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS and (
                x.lemma_.lower() in CONDUCT_NOUNS and x.lemma_.lower() not in ("conduct", "handling", "caution") or
                judged and x.lemma_.lower() in CONDUCT_NOUNS | {"attitude", "performance", "behaviour", "behavior"})]
            owners = [o for x in faults if (o := possessor(x)) is not None and o.i != x.i]
            # ("considered that Harris had failed to carry out the directive": a named doer's failing; not
            # "he had failed", which may be the speaker's own admission)
            if c.lemma_.lower() in FAILING_VERBS and c.tag_ in ("VBD", "VBN") and not is_hypothetical(c):
                owners += [x for x in c.children if x.dep_ in SUBJ and x.pos_ == "PROPN"]
            self._emit(ex, self._proposers(tok), owners, "criticized", c, "speech:fault", "verb")

    def _proposal_noun(self, tok: Token, ex: Extraction) -> None:
        """"Speer's request that fighters be withdrawn ...", "a proposal by Tedder that ...": a proposal
        noun (PROPOSAL_NOUNS) with its that-clause is its maker's proposal, read as the verb's would be."""
        owner = possessor(tok)
        owners = [owner] if owner is not None and owner.i != tok.i else \
            [o for p, o in prep_objects(tok) if p in ("by", "from")]
        if owners:
            self._proposal(tok, ex, PROPOSAL_NOUNS[tok.lemma_.lower()], owners)

    def _urged_proposal(self, verb: Token) -> bool:
        """"urged Eisenhower to insist that ...": a proposal verb that is the infinitive of another, asserted."""
        head = verb.head
        # (the parser may make the infinitive an adverbial clause: "pressed Bottomley to insist/advcl that ...")
        return verb.dep_ in ("xcomp", "advcl") and any(m.lower_ == "to" and m.dep_ in ("mark", "aux")
                                                       for m in verb.children) and head.i != verb.i and \
            any(head.lemma_.lower() in verbs for _, verbs, _ in self.proposals) and \
            not is_negated(head) and not is_hypothetical(head)

    def _proposers(self, verb: Token) -> list[Token]:
        """Who makes a proposal (the words that name them): its speakers, or for "wrote to
        Portal ... proposing/obl that ..." the writer."""
        who = self._speakers(verb) or (self._speakers(verb.head) if verb.tag_ == "VBG" else [])
        if not who and verb.lemma_.lower() in ("agree", "resolve", "determine") and is_passive(verb) and \
                not any(p == "by" for p, _ in prep_objects(verb)):
            # ("The planners at USSTAF and the EOU were agreed that oil should come first": of one mind)
            who = self._speakers(verb, passive_subjects(verb))
        if not who and is_passive(verb):
            # ("Harris was told by the Air Ministry that the plants must be destroyed": the agent)
            who = self._speakers(verb, [o for p, o in prep_objects(verb) if p == "by"])
        if who and verb.lemma_.lower() in ("agree", "concur"):
            # "Eisenhower agreed with Spaatz that oil should come first": Spaatz called for it too
            who += [a for p, o in prep_objects(verb) if p == "with" for a in self._speakers(verb, [o]) if a not in who]
        if not who and not subjects(verb) and verb.dep_ in ("appos", "parataxis", "dep", "conj", "acl", "list") and \
                (dm := self._at.get(verb.head.i)) is not None and "Document" in dm.types[:1]:
            # a catalogue entry: "Minute, Bufton to Bottomley, 2 November 1944: proposes that ...": its writer
            return [verb.head]
        return [self._doc[sp.head] for sp in who]

    def _taken_as(self, verb: Token, ex: Extraction) -> None:
        """"No. 3 Group was given the Ruhr oil plants as its special task", "Harris gave No. 5 Group
        the Pölitz plant as its target": what is given as a kg:roleNoun ("task", "target") is the
        property's object, the one given it (the passive subject, the indirect object or the
        "to" phrase) its subject. Nothing without a receiver: "regarded oil as the decisive
        target" is a stance (kg:makingVerb), not a task."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        # (or the passive's subject: "The Ninth Air Force was given the task of destroying the bridges")
        given = [c for x in verb.children if x.dep_ in ("iobj", "dative") for c in conjuncts(x)] \
            if not is_passive(verb) else [c for x in passive_subjects(verb) for c in conjuncts(x)]
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

    def _complaint(self, tok: Token, ex: Extraction) -> None:
        """"Harris complained to Portal that the Air Ministry was interfering in operations": the one
        a complaint's clause is about (its subject, a person or body: the property's range decides)
        has the kg:complaintVerb's property from the one who complains."""
        if is_negated(tok) or is_hypothetical(tok):
            return
        prop = self.complaint_verbs[tok.lemma_.lower()]
        about = [s2 for c in tok.children if c.dep_ == "ccomp" and not is_negated(c)
                 for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and
                 not any(x.dep_ == "nmod:poss" and x.pos_ == "PRON" for x in s.children)  # (not "his Fifteenth")
                 for s2 in conjuncts(s)]
        # (a complaint about a paper is not one about whoever signed it: "protested that the directive ignored ...")
        papers = [a for a in about if (am := self._at.get(a.i)) is not None and
                  self.ont.fits(am.types[:1], {"Document"} | PLAN_CLASSES)]
        about = [a for a in about if a not in papers]
        self._emit(ex, subjects(tok), about, prop, tok, f"complaint:{tok.lemma_.lower()}", "verb")
        if "opposed" in self.ont.properties:
            # (but opposes the paper, where the paper does something to someone: "protested that the new
            # directive tied his hands", not "that the directive had arrived late")
            done = [a for a in papers if a.dep_ == "nsubj" and a.head.pos_ == "VERB" and
                    any(c.dep_ in ("obj", "dobj") for c in a.head.children)]
            self._emit(ex, subjects(tok), done, "opposed", tok, f"complaint:{tok.lemma_.lower()}:paper", "verb")
        # ("protested that diverting the heavy bombers to the Crossbow sites would give ...": a complaint
        # about a diversion, a kg:proposalTrigger's doing, opposes where the effort is turned)
        turned = [o for c in tok.children if c.dep_ == "ccomp" and not is_negated(c)
                  for g in c.children if g.dep_.startswith("csubj") and g.tag_ == "VBG"
                  for p2 in self.ont.properties.values() for v, prep in p2.proposal_triggers
                  if prep and v == g.lemma_.lower() for p, o in prep_objects(g) if p == prep]
        if "opposed" in self.ont.properties:
            self._emit(ex, subjects(tok), turned, "opposed", tok, f"complaint:{tok.lemma_.lower()}:diversion", "verb")
        if "advocated" in self.ont.properties and "attacked" in self.ont.properties:
            # ("complained that Bomber Command was still attacking cities instead of oil": what the
            # complaint would have had attacked)
            # (or the deed a clause names: "that the weather had forced him to bomb the yards instead of the plants")
            deeds = [d for c in tok.children if c.dep_ == "ccomp" and not is_negated(c)
                     for d in [c] + [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]]
            wanted = [x for c in deeds
                      if any(p2 == "attacked" and not inverse for p2, _, _, inverse in self.verbs.get(c.lemma_.lower(), []))
                      for x in set_against(c)]
            self._emit(ex, subjects(tok), wanted, "advocated", tok, f"complaint:{tok.lemma_.lower()}:instead", "verb")

    def _first_without_verb(self, tok: Token, ex: Extraction) -> None:
        """"Spaatz would not budge: oil first, he said", "Oil first, Spaatz insisted": a thing named
        with "first" and no verb, in someone's words, has the property of the verdict "first
        priority" (kg:verdictNoun) from the speaker."""
        prop = self.verdict_nouns.get("first priority")
        noun = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if prop is None or noun is None or noun.pos_ not in ("NOUN", "PROPN") or \
                not (noun.head.i == tok.i or tok.head.i == noun.i) or self._at.get(noun.i) is None:
            return
        verb = self._speaker_of(tok)
        root = tok.sent.root
        if verb is None and root.i in (tok.i, noun.i):  # ("Oil/ROOT first, Spaatz insisted/parataxis")
            verb = next((c for c in root.children if c.dep_ == "parataxis" and c.lemma_.lower() in self.speech_verbs
                         and any(x.dep_ == "nsubj" for x in c.children)), None)
        if verb is None or is_negated(verb):
            return
        self._emit(ex, subjects(verb), [noun], prop, tok, "verdict:first", "noun")

    def _verdict_key(self, noun: Token) -> str | None:
        """The kg:verdictNoun entry a noun is: itself ("panacea") or with one of its adjectives
        ("right target"); a superlative adjective "of" the targets is "best target"."""
        if noun.pos_ == "ADJ":
            # "was the most vulnerable of all target systems": a superlative "of" the targets is the best
            # of them ("best target")
            superlative = noun.tag_ == "JJS" or any(c.lower_ == "most" for c in noun.children)
            prop = self.verdict_nouns.get("best target")
            targets = [o for p, o in prep_objects(noun) if p == "of" and prop is not None and (
                o.lemma_.lower() in self.ont.properties[prop].priority_nouns or
                any(c.lower_ == "target" and c.dep_ == "compound" for c in o.children))]
            if superlative and targets:
                return "best target"
            # ("convinced that the oil plan was sound": a plain judging adjective, kg:verdictNoun too; and
            # "was now more important than the defence of Berlin", with its degree word)
            # (or judged in a small clause: "thought the oil plan/nsubj too slow/ccomp>thought")
            if not any(c.dep_ == "cop" for c in noun.children) and not _judged_small_clause(noun):
                return None
            keys = [f"{c.lower_} {noun.lemma_.lower()}" for c in noun.children if c.dep_ == "advmod" and
                    c.lower_ in ("more", "most", "too")] + [noun.lemma_.lower()]
            return next((k for k in keys if k in self.verdict_nouns), None)
        keys = [f"{w} {noun.lemma_.lower()}" for a in noun.children if a.dep_ in ("amod", "nummod")
                for w in (a.lower_, a.lemma_.lower())]  # ("better": its lemma is "well")
        # ("the most important targets", "the most vulnerable target": a superlative of any adjective)
        keys += [f"best {noun.lemma_.lower()}" for a in noun.children if a.dep_ == "amod" and a.pos_ == "ADJ" and
                 any(c.lower_ == "most" and c.dep_ == "advmod" for c in a.children)]
        # ("a more profitable target than the oil plants": a comparative of any adjective)
        keys += [f"better {noun.lemma_.lower()}" for a in noun.children if a.dep_ == "amod" and a.pos_ == "ADJ" and
                 any(c.lower_ == "more" and c.dep_ == "advmod" for c in a.children)]
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
        while pred.dep_ in ("nmod", "obl") and case_of(pred) == "of" and pred.head.lower_ in PARTITIVE_HEADS:
            pred = pred.head  # ("one of the panaceas", "one/obl more/ccomp of the panaceas", "the latest of")
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
        if not things and pred.dep_ in OBJ and pred.head.lemma_.lower() in OFFERING_VERBS and not is_negated(pred.head):
            # ("argued that the railway system offered the quickest route to victory": what offers it is it)
            things = [c for c in pred.head.children if c.dep_ in SUBJ]
        if things:
            things = [x for t in things for x in conjuncts(t)]  # ("that the Ruhr and the Rhineland were the best targets")
            verb = self._speaker_of(pred)
            if verb is None and pred.dep_ == "ccomp" and pred.head.lemma_.lower() in BELIEF_WORDS:
                verb = pred.head  # ("came away convinced/xcomp that ...": the one convinced)
            if verb is None:
                # ("Oil, Harris thought/parataxis, was a distraction": a belief set off as an aside)
                verb = next((c for c in pred.children if c.dep_ == "parataxis" and c.lemma_.lower() in BELIEF_WORDS
                             and comma_before(c) and any(x.dep_ == "nsubj" for x in c.children)), None)
            if verb is not None and not is_negated(verb):
                holders = subjects(verb) or (subjects(verb.head) if verb.dep_ in ("xcomp", "acomp") else
                                             # ("Bufton and Morley, both convinced/acl that ...": the ones set off)
                                             conjuncts(verb.head) if verb.dep_ in ("acl", "amod") and
                                             verb.head.i < verb.i else [])
            elif verb is None and (view := self._view_holder(pred) or self._view_inside(pred)) is not None:
                holders = [view]
            elif verb is None and (owner := _opinion_owner(pred)) is not None:
                holders = [owner]  # ("did not share Harris's view that the oil plan was a panacea": Harris's)
            else:
                return
        elif _judged_small_clause(pred) and not is_negated(pred.head) and not is_hypothetical(pred.head):
            # ("Tedder thought the oil plan too slow": the small clause's subject, or the verb's object)
            things = [c for c in pred.children if c.dep_ in SUBJ] or \
                [c for c in pred.head.children if c.dep_ in OBJ and c.i < pred.i]
            holders = subjects(pred.head)
        elif pred.dep_ in ("xcomp", "obl", "advcl") and pred.head.pos_ == "VERB" and \
                pred.head.lemma_.lower() in JUDGING_VERBS and not is_negated(pred.head) and \
                not is_hypothetical(pred.head):  # ("denied that he had ever regarded oil as a panacea")
            # "called/thought the plan a folly", "dismissed/regarded transport as a diversion"
            if pred.dep_ != "xcomp" and case_of(pred) != "as":
                return
            things, holders = direct_objects(pred.head), subjects(pred.head)
            if not things and pred.head.dep_ in ("acl:relcl", "relcl") and pred.head.head.pos_ in ("NOUN", "PROPN"):
                things = [pred.head.head]  # ("oil, a target he had always regarded as a panacea": the target)
        elif pred.dep_ == "nmod" and case_of(pred) == "as" and pred.head.dep_ in OBJ and \
                pred.head.head.pos_ == "VERB" and pred.head.head.lemma_.lower() in JUDGING_VERBS and \
                not is_negated(pred.head.head) and not is_hypothetical(pred.head.head):
            # "regarded Harris's area attacks as/nmod>attacks a waste": the "as" phrase hung on the object
            things, holders = [pred.head], subjects(pred.head.head)
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

    def _obliged_targets(self, have: Token, deed: Token, prop: str) -> list[Token]:
        """What the deed of "X had to be attacked", "the plants would have to be defended" is done to:
        its object, or the subject of "have" where the deed is passive (kg:proposalTrigger and the
        ontology's verb triggers whose range lies within ``prop``'s)."""
        rng = self.ont.properties[prop].range
        lemma = deed.lemma_.lower()
        subs = [y for x in have.children if x.dep_ in SUBJ | PASS_SUBJ_DEPS for y in coordinated(x)]
        done = subs if is_passive(deed) else direct_objects(deed)
        targets = [o for v, prep in self.ont.properties[prop].proposal_triggers if v == lemma
                   for p, o in prep_objects(deed) if p == prep]
        if any(v == lemma and prep is None for v, prep in self.ont.properties[prop].proposal_triggers):
            targets += done
        for p2, _, prep, inverse in self.verbs.get(lemma, []):
            # (a stance of the deed's own is no target of the call: "would have to fight for its fuel")
            if not inverse and p2 != prop and self.ont.properties[p2].range and self.ont.properties[p2].range <= rng:
                targets += [o for p, o in prep_objects(deed) if p == prep] if prep else done
        return self._doing_targets(list(dict.fromkeys(targets)), prop)

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


def _quoted(clause: Token) -> bool:
    """Whether a clause is a quotation: a quote mark opens it."""
    left = clause.left_edge
    return left.is_quote or left.i > 0 and clause.doc[left.i - 1].is_quote


def _opinion_owner(clause: Token) -> Token | None:
    """Whose view, belief or argument a content clause on the noun is: "Harris's view that ...", "the
    belief of the Air Staff that ..." (whoever else shares or rejects it)."""
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.i >= clause.i or noun.lemma_.lower() not in OPINION_NOUNS or \
            not any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
        return None
    owner = possessor(noun)
    if owner is not None and owner.i != noun.i and owner.tag_ not in ("PRP$", "WP$"):  # (not "his": whose is unsure)
        return owner
    return next((o for p, o in prep_objects(noun) if p == "of" and o.i < clause.i), None)


def called_words(clause: Token):
    """The words of a clause that calls for something, from its last "be", "remain" or "have" auxiliary
    on ("be given priority"; "should have/aux first call/ccomp on"), else from its head."""
    auxes = [a for a in clause.children if a.dep_.startswith("aux") and a.i < clause.i]
    start = auxes[-1].i if auxes and auxes[-1].lower_ in ("be", "remain", "have") else clause.i
    return clause.doc[start:clause.right_edge.i + 1]


def _judged_small_clause(adj: Token) -> bool:
    """An adjective a verb of judging says of a thing, with no copula: "thought the oil plan/nsubj
    futile/ccomp", "considered the plan/obj unsound/xcomp"."""
    head = adj.head
    subject = any(c.dep_ in SUBJ for c in adj.children)
    # (the tagger may make the adjective a noun: "thought the oil plan/nsubj futile/NN/ccomp")
    return (adj.pos_ == "ADJ" or adj.pos_ == "NOUN" and subject) and adj.dep_ in ("ccomp", "xcomp") and \
        head.i < adj.i and head.pos_ == "VERB" and head.lemma_.lower() in JUDGING_VERBS and \
        not any(c.dep_ == "cop" or c.dep_ == "mark" for c in adj.children) and \
        (subject or any(c.dep_ in OBJ and c.i < adj.i for c in head.children))


def _stopping(v: Token) -> bool:
    """A verb of stopping or easing off ("slacken", "be relaxed/JJ", whatever the tag)."""
    form = v.lower_
    return v.lemma_.lower() in STOPPING_VERBS or form.endswith("ed") and (form[:-1] in STOPPING_VERBS or
                                                                          form[:-2] in STOPPING_VERBS)
