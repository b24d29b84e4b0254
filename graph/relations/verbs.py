"""Verb patterns: X criticized Y, Y was attacked by X, X tasked Y with Z, X had to attack Y."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import CONFIDENCE, Extraction, Mention, RawFact
from ..syntax import (OBJ, PERMISSION_NOUNS, SUBJ, case_of, conjuncts, direct_objects, is_date_word, is_hypothetical,
                      is_negated, is_passive, must_is_a_task, passive_subjects, possessor, prep_objects, stray_agent,
                      subjects)
from .words import (ADOPTING_VERBS, AIRCRAFT_NOUNS, ASPECT_VERBS, CONSUMING_VERBS, CREW_NOUNS, DEPARTING_VERBS, EFFORT_NOUNS,
                    INTENDING_VERBS, INTENT_LIGHT_VERBS, INTENT_NOUNS, JOINING_VERBS, LETTING_VERBS, ORDERING_VERBS, PAPER_PLANS, PARTITIVES, PASS_SUBJ_DEPS,
                    PERIODS, PLAN_BASIS_VERBS, PLAN_CLASSES, TIME_WORDS, UNDOING_VERBS, USING_VERBS,
                    SENDING_VERBS, TOLD_VERBS)
from .phrases import aimed_at, approximate_amounts, co_agents, coordinated_agents, denied_particle, has_particles, particle_tokens


class VerbPatterns:
    """Verb patterns: X criticized Y, Y was attacked by X, X tasked Y with Z, X had to attack Y. Mixed into
    :class:`RelationExtractor`."""

    def _verb(self, tok: Token, ex: Extraction, lemma: str | None = None, negated: bool = False) -> None:
        """The facts of a trigger verb (with ``negated``: of a denied kg:negatedTrigger verb)."""
        lemma = lemma or tok.lemma_.lower()
        if self._task_gerund(tok):
            return  # "was tasked with attacking the plants": a task, not an attack (see _task_content)
        for prop, particles, prep, inverse in (self.negated_verbs if negated else self.verbs)[lemma]:
            plan_only = not negated and (prop, lemma, particles, prep) in self.plan_verbs
            gapped: list[tuple[Token, Token]] = []  # (agent, patient) of a gapped passive clause
            if prep and any(c.lower_ == prep and (c.dep_ in ("compound:prt", "prt") or c.dep_ == "advmod" and
                                                  c.tag_ in ("RB", "RP")) for c in tok.children):
                particles, prep = particles + (prep,), None  # "knocked out the plant": a particle, no preposition
            if particles and not has_particles(tok, particles):
                continue
            if prep == "at" and direct_objects(tok) and (prop, particles, None, inverse) in \
                    (self.negated_verbs if negated else self.verbs)[lemma]:
                continue  # ("hit the refineries at Pardubice": the bare verb's object, "at" its place)
            if not negated and (is_negated(tok) or is_hypothetical(tok) or denied_particle(tok, particles)):
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
                    subs += coordinated_agents(tok, subs)
                    objs = passive_subjects(tok)
                    rule += ":passive"
                else:
                    subs, objs = subjects(tok), direct_objects(tok) or approximate_amounts(tok)
                    if not objs and particles:  # "placed oil/obl:unmarked first/advmod": hung on the particle
                        objs = [c for p in tok.children if p.lower_ in particles for c in p.children
                                if c.i < p.i and c.pos_ in ("NOUN", "PROPN") and not case_of(c)]
                    if not objs and prop in self.stance_props:
                        # "Spaatz advocated attacking the synthetic plants": what the doing is done to
                        objs = [o for g in tok.children if g.tag_ == "VBG" and g.i > tok.i and
                                (g.dep_ in ("xcomp", "ccomp", "obj", "dobj") or g.dep_ == "advcl" and
                                 not any(m.dep_ == "mark" for m in g.children))
                                for o in direct_objects(g)]
            else:
                # (never a time: "dropped 1,200 tons of bombs on the plant on the night/obl of 12 June")
                pobjs = [o for p, o in prep_objects(tok) if p == prep and not (
                    self._at.get(o.i) is None and (is_date_word(o) or o.lemma_.lower() in TIME_WORDS))]
                # ("Tedder wanting them for the railways and Spaatz/conj for the plants/orphan": a gapped
                # clause's subject and its phrase)
                gapped = [(c, o) for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                          for o in c.children if o.dep_ == "orphan" and case_of(o) == prep]
                if not pobjs and particles:  # "took part in the offensive": the phrase hangs on "part"
                    pobjs = [o for c in particle_tokens(tok, particles)
                             for p, o in prep_objects(c) if p == prep]
                if not pobjs and particles and prep == "to" and not passive:
                    # "gave oil the highest priority": the double-object form of "give priority to"
                    words = particle_tokens(tok, particles)
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
                    # ("flew Wellingtons by night/nmod>Wellingtons against/nmod>night Ploesti": through the time phrase)
                    loads += [n for d in loads for p, n in prep_objects(d) if p == "by" and
                              n.lower_ in ("night", "day", "daylight", "moonlight")]
                    pobjs = [o for d in loads for p, o in prep_objects(d) if p == prep]
                if not pobjs and prep in ("for", "on"):
                    # ("produced aviation fuel for/nmod>fuel the Luftwaffe": hung on the thing produced;
                    # "blamed the bomber offensive on/nmod>offensive the incompetence of ...")
                    pobjs = [o for d in dobjs if (dm := self._at.get(d.i)) is not None and dm.types and
                             not self.ont.fits(dm.types[:1], self.ont.properties[prop].range)
                             for p, o in prep_objects(d) if p == prep and
                             (self._at.get(o.i) is not None or prep == "on" or
                              self._args(o, self.ont.properties[prop].range))]  # ("the Luftwaffe/compound units")
                if not pobjs and prep == "against":
                    # ("led the 3rd Air Division against/nmod>Division the Ruhland plant": hung on the force led)
                    # (or on a deed of the same kind: "flew their first mission against/nmod>mission Ploesti")
                    pobjs = [o for d in dobjs for p, o in prep_objects(d) if p == prep and (self._can_act([d], prop) or
                             (prop, prep) in self.nouns.get(d.lemma_.lower(), []))]
                if pobjs and not any(self._at.get(o.i) is not None for o in pobjs):
                    # "pressed for a larger share of the bombers for the oil campaign": what the
                    # resource asked for is for (the trigger's preposition again, on it or its "of" phrase)
                    # ("for a greater share of the effort against oil": or what the effort is against)
                    pobjs = [n for o in pobjs for c in [o] + [x for p, x in prep_objects(o) if p == "of"]
                             for p, n in prep_objects(c) if p in (prep, "against") and self._at.get(n.i) is not None
                             ] or pobjs
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
                    # ("That night Misburg was assigned to the Fifteenth": a place the NER model named, however
                    # loosely it may act, is the target beside a force)
                    if prop in self.task_props and prep == "to" and self._can_act(objs, prop) and \
                            (not self._can_act(subs, prop) or self._targets(subs) and not self._targets(objs)):
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
                elif dobjs and pobjs and not particles and prop not in self.urging_props and \
                        self._can_act(dobjs, prop) and \
                        any(self._at.get(o.i) is not None and self._at[o.i].types for o in dobjs):
                    # "tasked Bomber Command with the plants" (but "pressed the Combined Chiefs for more
                    # bombers": the one pressed takes no stance; "sent 886 bombers against the
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
                    if not passive and objs and subs is not dobjs and prep != "to" and prop in self.given_props and \
                            any(self._at.get(o.i) is not None and self._at[o.i].types for o in dobjs):
                        subs = dobjs  # "tasked Bomber Command with attacking the plants": the one tasked
            if prep is None and not passive and objs:
                # "hit Ruhland on 12 September and Brüx the next day": a plant or place coordinated
                # with the verb's date is another object
                objs = objs + [c for t in tok.children if t.dep_.startswith("obl") and is_date_word(t)
                               for c in t.conjuncts if c.i > t.i and (cm := self._at.get(c.i)) is not None and
                               cm.types[:1] in (["Facility"], ["Place"]) and c not in objs]
            if prop == "repliesTo" and not objs and not passive:
                # "Bottomley answered two days later, reminding Harris that ...": the one the reply tells
                # (a clause with a subject of its own is someone else's telling)
                objs = [o for c in tok.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in TOLD_VERBS
                        and not any(x.dep_ in SUBJ | PASS_SUBJ_DEPS for x in c.children)
                        for o in c.children if o.dep_ in OBJ | {"iobj", "dative"} and o.i > c.i][:1]
                rule += ":hearer" if objs else ""
            objs = self._split_phrases(objs) + self._stray_conjuncts(objs) + self._consumers(objs, prop)
            if prop in self.stance_props:
                # ("approved Spaatz's request to bomb oil targets": a stance on a request no entity
                # names is one on its deed)
                objs = [t for o in objs for t in (self._requested_deeds(o, prop) or [o])]
                # ("urging greater effort against the oil targets": a stance on an effort is one on its aim)
                # (its phrase may hang on the verb: "urging greater effort/obj against/obl>urging the oil targets")
                objs = [t for o in objs for t in ([r for x in (o, tok) for p, r in prep_objects(x)
                                                   if p in ("against", "on", "for") and self._at.get(r.i) is not None]
                                                  if o.lemma_.lower() in EFFORT_NOUNS else []) or [o]]
                # ("argued for a single plan built around communications": for what the plan is built on too)
                objs += [o for x in objs for c in x.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                         c.lemma_.lower() in PLAN_BASIS_VERBS for p, o in prep_objects(c)
                         if p in ("around", "on", "upon") and o not in objs]
            if subs and not rule.endswith(":inverse"):
                subs = list(subs) + [a for a in co_agents(tok) if a not in subs and a not in objs]
            if plan_only:  # ("defended the area offensive", not "defended the plants")
                # (also through an "it" the coreference left open: "drafted the transportation plan and
                # defended it": the plan named before)
                plans = []
                for o in objs:
                    om = self._at.get(o.i)
                    if om is None and (om := self._open_it(o, PLAN_CLASSES)) is not None:
                        o = self._doc[om.head]
                    if om is not None and self.ont.fits(om.types[:1], PLAN_CLASSES):
                        plans.append(o)
                objs = plans
            self._emit(ex, subs, objs, prop, tok, rule, "verb")
            for agent, patient in gapped:
                self._emit(ex, [agent], [patient], prop, tok, f"{rule}:gapped", "verb")
            if prop == "advocated" and prep is None and not passive and "opposed" in self.ont.properties:
                # ("backed the transportation plan against the oil plan": what it was backed against is
                # opposed; not what a deed backed is against, "supported the attacks against oil")
                # (nor what an effort is against: "urging greater effort against the oil targets")
                rivals = [r for o in objs if not any(pr == "against" for _, pr in self.nouns.get(o.lemma_.lower(), []))
                          and o.lemma_.lower() not in EFFORT_NOUNS
                          for p, r in prep_objects(o) if p == "against" and self._at.get(r.i) is not None]
                self._emit(ex, subs, rivals, "opposed", tok, f"{rule}:against", "verb")
            # ("In Budapest the Shell refinery was destroyed": with no actor, the place is the object's;
            # with one, a place that opens the sentence before the object still is: "In Budapest the
            # refineries were bombed by the Fifteenth")
            opening = passive and any(p == "in" and o.left_edge.i == tok.sent.start and o.i < min(x.i for x in objs)
                                      for p, o in prep_objects(tok)) if objs else False
            self._object_place(tok, objs, ex, anywhere=passive and (not subs or opening))
            if prop in self.recipient_props:
                # "Portal sent a letter to Harris", "Bufton sent Portal a paper": the
                # document is addressed to the recipient
                recipients = [c for c in tok.children if c.dep_ in ("iobj", "dative")] + [
                    o for p, o in prep_objects(tok) if p == "to"]
                if not recipients and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.head.i < tok.i and \
                        not any(c.dep_ in SUBJ for c in tok.children):
                    # ("wrote to Harris on 1 November enclosing the new directive": the letter's addressee)
                    recipients = [o for p, o in prep_objects(tok.head) if p == "to"]
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
                # ("he answered it patiently": the letter "it" stands for)
                letters += [self._doc[d.head] for o in objs if (d := self._open_it(o, {"Document"})) is not None]
                self._emit(ex, letters, subs, "addressedTo", tok, f"{rule}:answered-document", "verb")

    def _requested_deeds(self, noun: Token, prop: str) -> list[Token]:
        """What the infinitive of a noun of intent that names no entity is done to ("Spaatz's request
        to bomb oil targets": oil targets), for ``prop``; nothing for any other noun."""
        if noun.lemma_.lower() not in INTENT_NOUNS or self._at.get(noun.i) is not None:
            return []
        return [t for x in noun.children if x.dep_ in ("acl", "xcomp") and x.tag_ == "VB" and
                any(m.lower_ == "to" for m in x.children) for t in self._deed_targets(x, prop)]

    def _task_content(self, tok: Token, prep: str, prop: str, objs: list[Token]) -> list[Token]:
        """What a task or a proposal is about when it names a doing: "tasked with the attack on
        the plants", "tasked with attacking the plants", "pressed for the bombing of Leuna".
        A noun trigger counts when its property's range lies within the task's."""
        out = self._doing_targets(objs, prop)
        # (or after the trigger's own noun: "put Geilenberg in charge of/mark repairing/acl>charge the plants")
        own = self.ont.properties[prop].content_nouns
        holders = [tok] + [c for c in tok.children if c.pos_ == "NOUN" and (c.lemma_.lower(), prep) in own]
        for g in (g for h in holders for g in self._gerunds_after(h, prep)):
            out += direct_objects(g) or aimed_at(g)
        return out

    def _doing_targets(self, objs: list[Token], prop: str, depth: int = 0) -> list[Token]:
        """"the attack on the plants" -> the plants, for a property about something to be done
        (a noun trigger counts when its property's range lies within ``prop``'s; so does one of
        ``prop``'s own content nouns: "the repair of the works")."""
        rng = self.ont.properties[prop].range
        own = self.ont.properties[prop].content_nouns  # ("tasked with the repair of the works")
        out = []
        for o in objs:
            if o.pos_ == "PRON" and (am := self._at.get(o.i)) is not None and am.source != "pronoun" and \
                    self._doc[am.head].lemma_.lower() in self.nouns:
                o = self._doc[am.head]  # ("asked that the Eighth be allowed to continue them": the attacks)
            if o.lemma_.lower() in PAPER_PLANS | {"proposal", "blueprint"} and o.i in self._heads:
                out.append(o)  # (a plan named is itself the thing: "argued for the oil plan")
                continue
            preps = [pr for p2, pr in self.nouns.get(o.lemma_.lower(), []) if self.ont.properties[p2].range <= rng]
            preps += [pr for noun, pr in own if noun == o.lemma_.lower()]
            inner = [x for p, x in prep_objects(o) if p in preps]
            owner = possessor(o)
            if not inner and (o.lemma_.lower(), "of") in own and owner is not None and owner.i != o.i and \
                    (owner.lower_ in ("its", "their") or (om := self._at.get(owner.i)) is not None and
                     om.types[:1] in (["Facility"], ["Place"])):
                inner = [owner]  # ("to organize its repair", "the plant's repair": what is repaired)
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
        # (with the trigger's own particles: "turned to blind-bombing" is no "turn over to")
        return any(prop in self.task_props and prep and has_particles(head, parts) and tok in self._gerunds_after(head, prep)
                   for prop, parts, prep, _ in self.verbs.get(head.lemma_.lower(), []))

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
                # (or a relative clause: "most of the crude oil that the German army used")
                elif v.dep_ in ("acl:relcl", "relcl") and v.lemma_.lower() in CONSUMING_VERBS and not is_passive(v) and \
                        not is_negated(v) and not any(c.dep_ in OBJ and c.tag_ not in ("WDT", "WP") for c in v.children):
                    out += [a for a in v.children if a.dep_ in SUBJ and a.tag_ not in ("WDT", "WP")]
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

    def _obligation(self, tok: Token, ex: Extraction) -> None:
        lemma = tok.lemma_.lower()
        for prop, pattern in self.obligations:
            if pattern == ("be", "to"):
                # "The Eighth Air Force was to concentrate on the plants": a plan given to the subject
                if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in tok.children) and \
                        any(c.dep_ in ("cop", "aux") and c.lower_ in ("was", "were", "is", "are") and c.i < tok.i
                            for c in tok.children) and not is_negated(tok):
                    # ("to concentrate on the plants ..., Austria/obj": the preposition's object first)
                    objs = aimed_at(tok) or direct_objects(tok)
                    subs = subjects(tok) or [c for c in tok.children if c.dep_.startswith("nsubj")]
                    # ("His task was to restore the bombed plants": the one whose task it is)
                    subs = [o for s in subs for o in ([possessor(s)] if s.lemma_.lower() in self.role_nouns and
                                                      possessor(s) is not None else [s])]
                    if any(s.lemma_.lower() in self.reply_nouns for s in subs):
                        continue  # ("Harris's answer ... was to send 1,000 bombers against Duisburg": a deed done)
                    self._emit(ex, subs, self._doing_targets(objs, prop), prop, tok, "obligation:be_to",
                               "obligation")
                continue
            if pattern[0] == "be":  # "be order to": passive verb with an infinitive complement
                if lemma != pattern[1]:
                    continue
                # "Harris was ordered to attack Leuna"; active: "Portal ordered Harris to attack Leuna"
                subs = passive_subjects(tok) if is_passive(tok) else direct_objects(tok)
            elif pattern == ("must",) == (tok.lower_,):
                # "the Eighth must hit Harburg": the modal's verb is the task, its subject the one tasked
                if not tok.dep_.startswith("aux") or tok.head.i == tok.i:
                    continue
                verb = tok.head
                if is_negated(verb) or not must_is_a_task(verb):
                    continue  # ("must not attack"; "must have known" guesses at a fact)
                subs = subjects(verb)
            elif pattern[0] == lemma:
                subs = subjects(tok)
                if lemma in INTENDING_VERBS and tok.dep_ == "ccomp" and not self._same_people(subs, subjects(tok.head)):
                    continue  # (an intention reported is its speaker's only: not "told Hitler that the Allies intended to")
                if not subs and is_passive(tok) and prop in self.stance_props:
                    # ("Harris was urged by Portal to attack the plants": the one who urged)
                    subs = [o for p, o in prep_objects(tok) if p == "by"]
            else:
                continue
            # (an order that "could have" been given was not: "the only man who could have ordered Harris to ...")
            if is_negated(tok) or pattern[0] == "be" and is_hypothetical(tok):
                ex.negated += 1
                continue
            xs = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB" and
                  any(m.lower_ == "to" for m in c.children)] if pattern != ("must",) else [tok.head]
            if not xs and pattern[0] == lemma:
                # "asked for permission to attack oil", "sought leave to bomb Pölitz": the infinitive
                # on the permission asked for
                # ("sought leave/VB/xcomp to bomb": the noun read as a verb)
                # ("had no authority to attack": none held)
                xs = [c for n in tok.children if n.lower_ in PERMISSION_NOUNS and (
                          n.dep_ in OBJ | {"xcomp"} or n.dep_ == "obl" and case_of(n) == "for") and
                      not any(d.lower_ in ("no", "neither") for d in n.children)
                      for c in n.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and
                      any(m.lower_ == "to" for m in c.children)]
            # "ordered the Eighth Air Force to keep attacking the plants": the task is the inner verb's
            # (and "to let the Americans bomb Berlin": what they are to be let do)
            xs = [next((g for g in x.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"), x)
                  if x.lemma_.lower() in ASPECT_VERBS | LETTING_VERBS else x for x in xs]
            for x in xs:
                objs = self._deed_targets(x, prop)
                self._emit(ex, subs, objs, prop, tok, f"obligation:{'_'.join(pattern)}", "obligation")

    def _intent_noun(self, tok: Token, ex: Extraction) -> None:
        """"the Air Staff's decision to give oil first priority", "Spaatz made a request to bomb Pölitz":
        a noun of intent (words.INTENT_NOUNS) with an infinitive holds its owner to the deed as its
        verb's obligation trigger would ("decided to give oil first priority")."""
        verb = INTENT_NOUNS[tok.lemma_.lower()]
        owner = possessor(tok)
        owners = [owner] if owner is not None and owner.i != tok.i else \
            subjects(tok.head) if tok.dep_ in OBJ and tok.head.lemma_.lower() in INTENT_LIGHT_VERBS else []
        if not owners or is_negated(tok.head if tok.dep_ in OBJ else tok):
            return
        xs = [c for c in tok.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and c.tag_ == "VB" and
              any(m.lower_ == "to" for m in c.children)]
        for prop, pattern in self.obligations:
            if pattern != (verb, "to"):
                continue
            for x in xs:
                self._emit(ex, owners, self._deed_targets(x, prop), prop, tok, f"obligation:{tok.lemma_.lower()}_to",
                           "obligation")

    def _fell_to(self, tok: Token, ex: Extraction) -> None:
        """"It fell to No. 617 Squadron to attack the plant at Pölitz", "It was left to the Fifteenth
        to attack Ploesti": the one a deed falls to has its target as a task."""
        if tok.lemma_.lower() not in ("fall", "leave") or (tok.lemma_.lower() == "leave") != is_passive(tok) or \
                not any(c.lower_ == "it" and c.dep_ in SUBJ | PASS_SUBJ_DEPS | {"expl"} for c in tok.children) or \
                is_negated(tok) or is_hypothetical(tok):
            return
        to = [o for p, o in prep_objects(tok) if p == "to"]
        deeds = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp", "csubj") and c.i > tok.i and
                 c.tag_ == "VB" and any(m.lower_ == "to" for m in c.children)]
        for prop in self.given_props if to and deeds else []:
            for x in deeds:
                self._emit(ex, to, self._deed_targets(x, prop), prop, tok, "verb:fall_to", "verb")

    def _deed_targets(self, x: Token, prop: str) -> list[Token]:
        """What the deed of an infinitive of ``prop``'s obligation is done to ("ordered Harris to
        attack Leuna": Leuna), or nothing where it names no task or stance."""
        if is_passive(x) or any(c.tag_ in ("WRB", "WP", "WDT") and c.i < x.i for c in x.children):
            return []  # ("was told how to run his command": no order to run it)
        if prop in self.stance_props and x.lemma_.lower() in UNDOING_VERBS:
            return []  # ("Portal refused to change it": a stance for the directive, not against it)
        triggers = self.verbs.get(x.lemma_.lower(), [])
        if triggers and all(p2 in self.document_props for p2, _, _, _ in triggers):
            # ("pressed Eisenhower to release it for oil": a verb of issuing names no target but what
            # the thing released is for)
            return [o for p, o in prep_objects(x) if p == "for" and (om := self._at.get(o.i)) is not None and
                    om.types[:1] in (["TargetSystem"], ["Facility"])]
        if prop in self.stance_props and x.lemma_.lower() in ORDERING_VERBS:
            # ("pressed Portal to order him to bomb oil": a stance on what the order is to be for)
            inner = next((c for c in x.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > x.i and
                          any(m.lower_ == "to" for m in c.children)), None)
            if inner is not None:
                return self._deed_targets(inner, prop)
        # ("intended to use the first good weather to strike/advcl the synthetic plants": what the means
        # are used for, a deed of the purpose)
        if x.lemma_.lower() in USING_VERBS:
            purpose = next((c for c in x.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > x.i and
                            any(m.lower_ == "to" and m.dep_ in ("mark", "aux") for m in c.children)), None)
            if purpose is not None:
                return self._deed_targets(purpose, prop)
        # ("wanted Bomber Command to join the Americans in the attack on oil": what the joined deed is on)
        if x.lemma_.lower() in JOINING_VERBS:
            joined = [o for p, o in prep_objects(x) if p == "in" and o.lemma_.lower() in self.nouns]
            inner = [t for t in self._doing_targets(joined, prop) if t not in joined]
            if inner:
                return inner
        if prop in self.task_props and any(
                self.ont.properties[p2].domain == {"Person"} and self.ont.properties[p2].range == {"Organization"}
                and not parts and prep is None for p2, parts, prep, _ in self.verbs.get(x.lemma_.lower(), [])):
            return []  # ("was appointed to command the Air Forces": a post, which the verb gives)
        # ("pressed Spaatz to use the new radar aids against/nmod>aids the oil plants": what the means are
        # turned against, hung on them)
        turned = [(o, o2) for o in direct_objects(x) for p, o2 in prep_objects(o) if p == "against"]
        if prop == "advocated" and turned and not aimed_at(x):
            return [o2 for _, o2 in turned]
        # ("ordered Doolittle to send the Eighth against/nmod>Eighth Merseburg": a force sent against a target)
        forces = [o2 for o, o2 in turned if self._force(o)]
        if forces and not aimed_at(x) and \
                any(prep == "against" for _, _, prep, _ in self.verbs.get(x.lemma_.lower(), [])):
            return forces
        # ("persuaded his colleagues to rank oil above transportation": a ranking that puts it first)
        ranked = x.lemma_.lower() in self.making_verbs and any(
            c.lower_ in ("above", "first", "ahead", "before", "top") for c in x.subtree if c.i > x.i)
        # ("to put more of his effort into the oil campaign": where an effort is turned, kg:proposalTrigger)
        # (the phrase may hang on what is put: "more of his effort into/nmod>effort the campaign")
        carriers = [x] + [y for o in direct_objects(x) for y in [o] + [z for p, z in prep_objects(o) if p == "of"]]
        turned_to = [o for p2 in self.ont.properties.values() for v, prep in p2.proposal_triggers
                     if prep and v == x.lemma_.lower() for c in carriers for p, o in prep_objects(c)
                     if p == prep and self._at.get(o.i) is not None]
        if prop == "advocated" and not any(has_particles(x, parts) for _, parts, _, _ in
                                           self.verbs.get(x.lemma_.lower(), [])) and \
                x.lemma_.lower() not in ADOPTING_VERBS and not ranked and not turned_to and \
                self._doing_targets(direct_objects(x), prop) == direct_objects(x):
            # "urged Arnold to give the Fifteenth more bombers" is no stance on the Fifteenth
            # (but "urged Spaatz to keep up the pressure on oil" is one on oil)
            return []
        # "to destroy the plants"; "to concentrate on the plants", "to operate against them"
        objs = direct_objects(x) or aimed_at(x)
        # ("to devote its main effort to oil": an effort stands for what it is turned to, never for its owner)
        objs = [y for o in objs for y in ([t for p, t in prep_objects(o) if p in ("to", "on", "against")]
                                          if o.lemma_.lower() in EFFORT_NOUNS else [o])]
        if x.lemma_.lower() in ("give", "accord", "grant") and \
                any(o.lemma_.lower() in self.ont.properties[prop].priority_nouns | {"priority", "precedence"} or
                    # ("to give oil the first call on his squadrons", "the first claim on the bombers")
                    o.lemma_.lower() in ("call", "claim") and any(c.lower_ == "first" for c in o.children)
                    for o in objs):
            # ("urging him to give the oil plants priority": what is given priority; and a task:
            # "instructed Harris to give the Ruhr plants priority")
            objs = [c for c in x.children if c.dep_ in ("iobj", "dative")] or \
                [o for p, o in prep_objects(x) if p == "to"] or objs
        # ("to send the Eighth against Berlin": a trigger with its preposition names the target)
        # (a deed's trigger, not a stance's: "would have to fight for its fuel" is no task on fuel)
        aimed = [o for p2, parts, prep, inverse in self.verbs.get(x.lemma_.lower(), []) if prep and not parts
                 and not inverse and self.ont.properties[p2].range <= {"Facility", "Place", "TargetSystem"}
                 for p, o in prep_objects(x) if p == prep and self._at.get(o.i) is not None]
        # ("was ordered to switch to the tank factories": where an effort is turned, kg:proposalTrigger)
        aimed += [o for o in turned_to if o not in aimed]
        objs = aimed or objs
        if not any(self._at.get(o.i) is not None for o in objs):
            # "to send every available bomber against Leuna": the phrase on the load ("to put every
            # available bomber over the plants": "over" too, for a striking force; never a time, "on the
            # first clear day")
            preps = ("on", "against", "over") if any(self._force(o) for o in objs) else ("on", "against")
            objs = [t for o in objs + [x] for p, t in prep_objects(o) if p in preps and not is_date_word(t) and
                    t.lemma_.lower() not in TIME_WORDS] or objs
        sent = direct_objects(x) if x.lemma_.lower() in SENDING_VERBS else []
        if sent and all(self._force(o) for o in sent) and all(o in sent or self._at.get(o.i) is None for o in objs):
            # ("to send his crews back to Pölitz", "to send the Eighth back to Leuna": where a
            # force is sent is its target; the force itself is no task)
            objs = [t for w in [x] + [c for c in x.children if c.lower_ == "back"]
                    for p, t in prep_objects(w) if p == "to"]
        if not any(self._at.get(o.i) is not None for o in objs):
            # ("to withdraw fighters from the front to defend the oil plants": what it is for)
            objs = [o for c in x.children if c.dep_ == "advcl" and c.pos_ == "VERB" and
                    any(m.lower_ == "to" for m in c.children) for o in direct_objects(c)] or objs
        # ("ordered the Eighth to resume the attacks on the synthetic plants": the plants)
        objs = self._doing_targets(objs, prop)
        # (a document to be issued or written is no target, nor does it stand for its writer
        # here: "directed Portal to issue a new directive")
        objs = [o for o in objs if (om := self._at.get(o.i)) is None or om.types[:1] != ["Document"]]
        return objs

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
        who makes a thing a priority noun (kg:priorityNoun) has the property to the thing; so does
        who orders it made ("ordered his air forces to make oil their primary aim")."""
        orderer = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ORDERING_VERBS and \
            not is_negated(tok.head) and not is_hypothetical(tok.head) else None
        if is_negated(tok) or is_hypothetical(tok) and orderer is None:
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
                makers = subjects(orderer) if orderer is not None else subjects(tok) if document is None else []
                # ("listed Pölitz, Leuna and Brüx as the most important targets": each of them)
                self._emit(ex, makers, self._doing_targets([c for t in things for c in conjuncts(t)], prop), prop,
                           tok, f"verb:{tok.lemma_.lower()}+{made[0].lemma_.lower()}", "verb")
                if orderer is None:  # (the ones ordered are tasked by the order itself: an obligation)
                    self._made_task(tok, made[0], things, document, ex)

    def _received(self, verb: Token, ex: Extraction) -> None:
        """"the directive he had received from Bottomley": a document received was addressed to its
        receiver, and whoever it came from sent it (kg:issued)."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        objs = passive_subjects(verb) if is_passive(verb) else direct_objects(verb)
        if not objs and verb.dep_ in ("acl:relcl", "relcl"):
            objs = [verb.head]  # ("the directive he had received": the noun the clause is on)
        # (or "it", a document named before: "Portal's letter was drafted by Bufton; Harris received it")
        docs = [o for o in objs if (om := self._at.get(o.i) or self._open_it(o, {"Document"})) is not None and
                om.types[:1] == ["Document"]]
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

    def _reached(self, verb: Token, ex: Extraction) -> None:
        """"Harris's reply ... reached Portal the next day": a document that reaches a person or body
        was addressed to them (not a plan: "Spaatz's plan reached Eisenhower" is no paper named)."""
        if is_negated(verb) or is_hypothetical(verb) or is_passive(verb):
            return
        docs = [s for s in subjects(verb) if (sm := self._at.get(s.i)) is not None and sm.types[:1] == ["Document"]]
        hearers = [c for c in verb.children if c.dep_ in OBJ | {"iobj"}]
        self._emit(ex, docs, hearers, "addressedTo", verb, "verb:reach", "verb")

    def _forces_sent(self, verb: Token, ex: Extraction) -> None:
        """"Twining's bombers returned to Blechhammer on 7 July": bombers that go back to a plant or
        town attack it again (but "Spaatz returned to London" is a journey); "No. 5 Group sent 207
        Lancasters to Pölitz": the force that sends bombers to a plant or town attacks it (but "sent
        a letter to Portal" is no raid)."""
        if is_negated(verb) or is_hypothetical(verb):
            return
        units = False
        # ("the 3rd Division went to the refinery at Böhlen": a force going to a plant, not a town, attacks it)
        # (so a force setting out or heading "for" one: "935 bombers set out for the synthetic plants")
        departing = verb.lemma_.lower() in DEPARTING_VERBS and not direct_objects(verb) and \
            any(p == "for" for p, _ in prep_objects(verb))
        going = verb.lemma_.lower() in ("go", "fly") and not going_back(verb) and not direct_objects(verb) or departing
        # (what is sent, and what it is a share of: "diverted part of its strength to ...")
        loads = [x for d in direct_objects(verb) for x in [d] + [y for p, y in prep_objects(d) if p == "of"]]
        if verb.lemma_.lower() == "return" or going_back(verb) or going:
            subs = [s for s in subjects(verb) if s.lower_ in AIRCRAFT_NOUNS or s.lemma_.lower() in AIRCRAFT_NOUNS]
            if not subs:
                # ("the Eighth Air Force returned to Ruhland and Magdeburg": a force going back to a plant;
                # "It returned to Lützkendorf": the force "it" stands for)
                subs = [s for s in subjects(verb) if any(a.types[:1] == ["MilitaryUnit"] and not a.weak_type
                                                         for a, _ in self._args(s, set()))]
                units = True
        elif any(o.lower_ in AIRCRAFT_NOUNS | CREW_NOUNS | EFFORT_NOUNS or
                 o.lemma_.lower() in AIRCRAFT_NOUNS | CREW_NOUNS | EFFORT_NOUNS for o in loads) and not is_passive(verb):
            subs = subjects(verb)
        elif is_passive(verb):
            # ("the Eighth Air Force was diverted to Berlin and Dresden": the force sent goes to attack)
            subs = [s for s in passive_subjects(verb) if (sm := self._at.get(s.i)) is not None and
                    sm.types[:1] == ["MilitaryUnit"]]
        else:
            return
        # (the phrase may hang on "back": "went back to/case>Leuna")
        # (or on the load sent: "diverted part of its strength to/nmod>strength tactical targets")
        targets = [o for t in [verb] + [c for c in verb.children if c.lower_ == "back"] + loads for p, o in prep_objects(t)
                   if (p == ("for" if departing else "to") or p == "against" and not units and not going) and
                   (om := self._at.get(o.i)) is not None and
                   om.types[:1] in (["Facility"], ["Place"], ["TargetSystem"])]
        # ("Bomber Command returned to it two nights later": the plant "it" stands for)
        targets += [self._doc[a.head] for t in [verb] + [c for c in verb.children if c.lower_ == "back"]
                    for p, o in prep_objects(t) if p == "to" and
                    (a := self._open_it(o, {"Facility"}, {"Place", "TargetSystem"})) is not None]
        # ("returned to Merseburg, where the Leuna works had resumed production": a town with a plant)
        planted = any(r.dep_ in ("acl:relcl", "relcl") and any(w.lower_ == "where" for w in r.subtree) and
                      any((xm := self._at.get(w.i)) is not None and xm.types[:1] == ["Facility"] for w in r.subtree)
                      for t in targets for r in t.children)
        # (but a going set beside an attack is one too: "the Americans attacked Misburg while the RAF went to Bottrop")
        beside = [verb.head] if verb.dep_ in ("advcl", "conj", "parataxis") else []
        beside += [c for c in verb.children if c.dep_ in ("advcl", "conj", "parataxis")]
        attacks = [(b, parts, prep) for b in beside if b.pos_ == "VERB" and not is_negated(b)
                   for prop, parts, prep, inverse in self.verbs.get(b.lemma_.lower(), [])
                   if prop == "attacked" and not inverse]
        paralleled = any(not parts and prep is None for _, parts, prep in attacks)
        # ("returned to Misburg and dropped 400 tons on the refinery": a force going back to a town to attack
        # there, after which it attacks; not "bombed Leuna and returned to England")
        attacking_after = any(b.i > verb.i for b, _, _ in attacks)
        if (units and not planted and not attacking_after or going) and not (paralleled and going) and \
                not any(self._at[c.i].types[:1] == ["Facility"] for t in targets for c in conjuncts(t) if c.i in self._at):
            return  # (a force returning to a town alone may be going home: "returned to England")
        # (never a subject across a semicolon: "... struck the plant on 12 May; the 3rd ... went to Brüx"
        # parsed with "went" the first clause's verb)
        subs = [s for s in subs if not any(t.text == ";" for t in verb.doc[min(s.i, verb.i):max(s.i, verb.i)])]
        if subs and targets:
            self._emit(ex, subs, [c for t in targets for c in conjuncts(t)], "attacked", verb,
                       f"verb:{verb.lemma_.lower()}+to:aircraft", "verb")

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

    def _gapped_subjects(self, doc, ex: Extraction) -> None:
        """"Bomber Command dropped 24 per cent of its tonnage on oil targets, the Eighth Air Force 39
        per cent": a clause with its verb left out (a name set off at the end of the sentence, with
        nothing after it but amounts, times and manners) says the same of that name as the main
        verb says of its subject."""
        for sent in doc.sents:
            last = sent.end - 1 if sent[-1].is_punct else sent.end
            comma = max((t.i for t in sent if t.text in (",", ";") and t.i < last), default=None)
            if comma is None:
                continue
            k = comma + 1
            while k < last and (doc[k].pos_ in ("DET", "CCONJ") or doc[k].lower_ in ("while", "whereas")):
                k += 1
            m = self._at.get(k)
            if m is None or m.source not in ("name", "alias") or m.start != k or \
                    not self.ont.fits(m.types[:1], {"Organization", "Person"}):
                continue
            rest = doc[m.end:last]
            if not len(rest) or any(t.pos_ in ("VERB", "AUX") for t in rest) or \
                    any(t.i in self._at and self._at[t.i] is not m for t in rest) or \
                    not any(t.like_num or t.pos_ in ("ADP", "ADV") for t in rest):
                continue
            main = [f for f in ex.facts if f.obj is not None and sent.start <= f.token < comma and
                    f.rule.startswith("verb:") and doc[f.token].pos_ == "VERB" and
                    (doc[f.token].dep_ == "ROOT" or doc[f.token].dep_ == "conj" and doc[f.token].head.dep_ == "ROOT")
                    and f.subject.label != m.label]
            for f in main:
                if self.ont.fits(m.types[:1], self.ont.properties[f.prop].domain) and f.obj.label != m.label:
                    ex.facts.append(RawFact(m, f.prop, f.obj, f.token, f"gapped:{f.rule}", f.confidence,
                                            quantity=f.quantity))

    def _gapped_conjuncts(self, doc, ex: Extraction) -> None:
        """"Spaatz argued for the oil plan and Tedder/conj>plan for the transportation plan": a name
        coordinated with the main verb's prepositional object, with a phrase of that preposition
        after it, is the subject of the clause whose verb is left out, the phrase its object."""
        for f in [f for f in ex.facts if f.obj is not None and f.rule.startswith("verb:") and
                  doc[f.token].pos_ == "VERB" and doc[f.token].dep_ == "ROOT"]:
            ot = doc[f.obj.head]
            prep = case_of(ot)
            if prep is None or ot.head.i != f.token:
                continue
            p = self.ont.properties[f.prop]
            for y in ot.children:
                ym = self._at.get(y.i)
                if y.dep_ != "conj" or ym is None or ym.source not in ("name", "alias") or \
                        not self.ont.fits(ym.types[:1], p.domain) or ym.label == f.subject.label:
                    continue
                for z in [c for c in list(y.children) + list(ot.children) if c.i > y.i and case_of(c) == prep]:
                    zm = self._at.get(z.i)
                    if zm is not None and zm.types and self.ont.fits(zm.types[:1], p.range):
                        ex.facts.append(RawFact(ym, f.prop, zm, f.token, f"gapped:{f.rule}", f.confidence))

    def _handover(self, tok: Token, ex: Extraction) -> None:
        """"Eaker handed over command of the Eighth Air Force to Doolittle", "Spaatz gave Doolittle command
        of the Eighth": the one a kg:handoverTrigger hands the thing to has the property to it (not the
        one who hands it over)."""
        if is_negated(tok) or is_hypothetical(tok):
            return
        for prop, words, prep in self.handovers[tok.lemma_.lower()]:
            if not has_particles(tok, words):
                # "Command of the Eighth passed to Doolittle", "control of the bombers was transferred
                # to Eisenhower": what is handed over may be the subject, the one it goes to "to X"
                held = [s for s in tok.children if s.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and
                        s.lower_ == words[0] and all(any(g.lower_ == w for g in s.children) for w in words[1:])]
                things = [o for s in held for p, o in prep_objects(s) if p == prep]
                if held and not things:  # ("Eisenhower relinquished his direction of the bombers, and
                    # control passed back to Portal": what is held is named earlier in the sentence)
                    family = {w for _, ws, _ in self.handovers[tok.lemma_.lower()] for w in ws[:1]}
                    things = [o for t in tok.sent if t.i < tok.i and t.lower_ in family
                              for p, o in prep_objects(t) if p == prep][-1:]
                # (the "to" phrase may hang on "back": "passed back/advmod to Portal")
                takers = [o for t in [tok] + [c for c in tok.children if c.dep_ == "advmod"]
                          for p, o in prep_objects(t) if p == "to"]
                if things and takers:
                    self._emit(ex, takers, things, prop, tok, f"handover:{tok.lemma_.lower()}:subject", "verb")
                continue
            near = particle_tokens(tok, words)
            things = [o for t in near for p, o in prep_objects(t) if p == prep]
            # (the one it goes to: "to Doolittle", or the indirect object "gave Doolittle command")
            takers = [o for t in [tok] + near for p, o in prep_objects(t) if p == "to"]
            takers += [c for c in tok.children if c.dep_ in ("iobj", "dative", "obj") and c.lower_ not in words and
                       (cm := self._at.get(c.i)) is not None and cm.types[:1] == ["Person"]]
            if is_passive(tok):  # ("Doolittle was given command of the Eighth")
                takers += [s for s in passive_subjects(tok) if s not in takers]
            self._emit(ex, takers, things, prop, tok, f"handover:{tok.lemma_.lower()}", "verb")

    def _fronted_among(self, doc, ex: Extraction) -> None:
        """"Among the targets Harris's crews hit in January were the benzol plants at Bochum", "Among
        the plants attacked by the Eighth were Leuna and Pölitz": a fronted "among" phrase whose noun
        carries a relative clause with a trigger verb, then "were" and what was among them: the verb's
        agent has its property to each of those (the parser reads the inversion many ways, so this
        reads the words)."""
        for sent in doc.sents:
            if sent[0].lower_ != "among" or len(sent) < 6:
                continue
            cop = next((t for t in sent if (t.lemma_.lower() == "be" or t.lower_ in ("was", "were")) and
                        t.i > sent.start + 3), None)
            if cop is None:
                continue
            rel = doc[sent.start + 2:cop.i]
            verb = next((t for t in rel if t.lemma_.lower() in self.verbs and t.tag_ in ("VBD", "VBN")), None)
            if verb is None or any(t.lower_ in ("not", "never") for t in rel):
                continue
            by = next((t for t in rel if t.lower_ == "by" and t.i > verb.i), None)
            if by is not None:  # ("the plants attacked by the Eighth")
                agent = next((self._at[t.i] for t in doc[by.i + 1:cop.i] if t.i in self._at), None)
            else:  # ("the targets Harris's crews hit")
                agent = next((self._at[t.i] for t in reversed(doc[sent.start + 2:verb.i]) if t.i in self._at), None)
            things = []  # (what was among them, not what is in their phrases: "the plants at Bochum")
            for t in doc[cop.i + 1:sent.end]:
                m = self._at.get(t.i)
                first = doc[m.head] if m is not None else t
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head  # ("at Bochum and Gelsenkirchen": the preposition is on the first)
                if m is not None and m not in things and m is not agent and not case_of(first):
                    things.append(m)
            if agent is None or not things:
                continue
            for prop, particles, prep, inverse in self.verbs[verb.lemma_.lower()]:
                if particles or prep or inverse:
                    continue
                self._emit(ex, [doc[agent.head]], [doc[m.head] for m in things], prop, verb,
                           f"among:{verb.lemma_.lower()}", "verb")


def going_back(verb: Token) -> bool:
    """"went/came back to Leuna": a going back, as "returned to"."""
    return verb.lemma_.lower() in ("go", "come", "fly") and any(c.lower_ == "back" and c.dep_ in ("advmod", "compound:prt")
                                                              for c in verb.children)
