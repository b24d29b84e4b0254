"""Where things are: "plants in Central Germany", "north of Leipzig", and places of acts."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Extraction, Mention
from ..syntax import OBJ, appositions, case_of, conjuncts, is_negated, possessor, prep_objects, subjects, whose_antecedent
from .appositions import deputys_post
from .words import COMPASS, DISTANCE_UNITS, LANDSCAPE_NOUNS, PATIENT_NOUNS


# where a facility is moved to ("dispersed the plants into the forests", "moved the works to Silesia")
MOVING_PREPS = ("into", "to")


class PlacePatterns:
    """Where things are: "plants in Central Germany", "north of Leipzig", and places of acts. Mixed into
    :class:`RelationExtractor`."""

    def _compass(self, doc: Doc, ex: Extraction) -> None:
        """"the Böhlen refinery south of Leipzig" whatever the compass word hangs on: the
        name right before it lies that way from the place."""
        for c in doc:
            if c.lower_ not in COMPASS:
                continue
            k = c.i - 1
            if k > 0 and doc[k].lemma_.lower() in DISTANCE_UNITS:
                # ("The Leuna works, eighteen miles west of Leipzig,": past the distance)
                k -= 1
                while k > 0 and (doc[k].like_num or doc[k].lower_ in ("some", "about", "around", "nearly", "a")):
                    k -= 1
            k -= k > 0 and doc[k].text == ","
            m = self._at.get(k)
            if m is None or m.end != k + 1 or not set(m.types[:1]) & {"Facility", "Place"}:
                continue
            self._compass_place(ex, doc[m.head], c)

    def _compass_place(self, ex: Extraction, thing: Token, c: Token) -> None:
        """``thing`` lies towards compass word ``c`` of its "of" place ("south of Leipzig")."""
        if c.lower_ not in COMPASS:
            return
        listed: list[Token] = []
        if thing.dep_ == "appos" and thing.head.i < thing.i and self._at.get(thing.head.i) is not None and \
                self._at.get(thing.head.i) is not self._at.get(thing.i):
            # ("Zeitz and Böhlen, two Brabag plants south of Leipzig": a plural names the list)
            listed = conjuncts(thing.head)[1:] if thing.tag_ in ("NNS", "NNPS") else []
            thing = thing.head  # ("Lützkendorf, a small Wintershall plant west of Merseburg": the plant named)
        if case_of(thing) == "on":
            # "which lay on the Oder north of Stettin", "lay on the Danube some twenty miles west of
            # Vienna": what lies on the river lies that way
            gov = thing.head
            thing = (subjects(gov)[:1] or [None])[0] if gov.pos_ in ("VERB", "AUX") else gov
            if thing is None or self._at.get(thing.i) is None:
                return
        tm = self._at.get(thing.i)
        if tm is not None and tm.types[:1] == ["Place"] and \
                self.ont.name_word_index.get(tm.label.split()[-1].lower()) == "Place":
            return  # "the Baltic coast north of Stettin": a region beside a town is not in it
        # ("The plants at Böhlen, Zeitz and Rositz, all in the district south of Leipzig": the named plants too)
        members = [self._doc[x.head] for x in self._named_members(thing, thing.head)] + listed
        for prep, o in prep_objects(c):
            if prep == "of":
                for prop, _ in self.locative:
                    self._emit(ex, [thing] + members, [o], prop, c, f"prep:{c.lower_}+of", "prep")

    def _landscape_set_off(self, m: Mention, head: Token, prep: Token, ex: Extraction) -> Mention | None:
        """"Pölitz, on the Oder estuary near Stettin,", read off the words (the parser makes little of
        a river's name before a landscape noun): the river, and the place the landscape is near or in."""
        doc, j = self._doc, prep.i + 1 + (prep.i + 1 < len(self._doc) and self._doc[prep.i + 1].lower_ == "the")
        river = self._at.get(j)
        if river is None or river.start != j or river.types[:1] != ["Place"] or river.end + 1 >= len(doc) or \
                doc[river.end].lemma_.lower() not in LANDSCAPE_NOUNS:
            return None
        k = river.end + 1
        p2 = doc[k].lower_
        k += k + 1 < len(doc) and doc[k + 1].lower_ == "the"
        near = self._at.get(k + 1) if k + 1 < len(doc) else None
        if near is not None and near.start == k + 1 and near.types[:1] == ["Place"]:
            for prop, preps in self.locative:
                if p2 in preps:
                    self._emit(ex, [head], [doc[near.head]], prop, doc[river.end + 1], f"prep:{p2}:set-off", "prep")
        return river

    def _landscape_place(self, tok: Token) -> Token:
        """The named place that "the forests of Thuringia" stands for (else ``tok`` itself)."""
        if (tok.lemma_.lower() in LANDSCAPE_NOUNS or tok.lower_ in LANDSCAPE_NOUNS) and self._at.get(tok.i) is None:
            # (or the name before it: "the Oder estuary")
            return next((o for p, o in prep_objects(tok) if p == "of" and (om := self._at.get(o.i)) is not None
                         and om.types[:1] == ["Place"]), None) or \
                next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and
                      (cm := self._at.get(c.i)) is not None and cm.types[:1] == ["Place"]), tok)
        return tok

    def _emit_in(self, ex: Extraction, towns: list[Token], regions: list[Token], verb: Token) -> None:
        """The towns (or plants) lie in the regions named right after them."""
        for prop, preps in self.locative:
            if "in" in preps:
                self._emit(ex, towns, regions, prop, verb, "prep:in+verb:town", "prep")

    def _where_place(self, verb: Token, ex: Extraction) -> None:
        """"Merseburg, where the Leuna works had resumed production": a plant that does something
        in a "where" clause on a named place lies there (the property's domain keeps out people
        and forces: "where Harris had his headquarters")."""
        place = verb.head
        if verb.dep_ not in ("acl:relcl", "relcl") or (pm := self._at.get(place.i)) is None or \
                pm.types[:1] != ["Place"]:
            return
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        where = [c for t in [verb] + subs for c in t.children if c.lower_ == "where" and c.dep_ == "advmod"]
        if not where or where[0].i > min([s.i for s in subs] + [verb.i]):
            return
        for prop, preps in self.locative:
            if "in" in preps:
                self._emit(ex, [x for s in subs for x in conjuncts(s)], [place], prop, verb, "where:in", "prep")

    def _moved_place(self, noun: Token, ex: Extraction) -> None:
        """"ordered the dispersal of the plants into the hills of Thuringia": a facility moved
        (kg:placingNoun) lies where it is moved to, the phrase on the noun or, after it, on the verb
        whose object the noun is."""
        if is_negated(noun.head):
            return
        objs = [o for p, o in prep_objects(noun) if p == "of"]
        places = [(p, o) for p, o in prep_objects(noun) if p in MOVING_PREPS]
        if noun.dep_ in OBJ:
            places += [(p, o) for p, o in prep_objects(noun.head) if p in MOVING_PREPS and o.i > noun.i]
        self._object_place(noun, objs, ex, anywhere=True, places=places)

    def _object_place(self, verb: Token, objs: list[Token], ex: Extraction, anywhere: bool = False,
                      places: list[tuple[str, Token]] | None = None) -> None:
        """"bombed the refineries at Hamburg" with "at Hamburg" on the verb: a facility acted on
        at a place lies there (only "at"/"near", which place the object, not the time or manner;
        "in" a named place only right after the object: "attack the plants in Silesia", where the
        parser may hang the phrase on either word, but not "in Italy, attacked Ploesti"). A verb
        that puts a facility somewhere (``anywhere``, kg:placingVerb) places it with "into" and
        "to" too ("moved the plant to Silesia")."""
        if places is None:
            places = [(p, o) for p, o in prep_objects(verb) if p in ("at", "near", "in") or
                      anywhere and p in MOVING_PREPS]
        if anywhere and verb.dep_ in ("acl:relcl", "relcl") and \
                any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
            places.append(("in", verb.head))  # "Auschwitz, where I.G. Farben was building a Buna works"
        if not places and not anywhere:
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
                if wider:  # ("at Blechhammer and Odertal in Silesia": both towns)
                    towns = [x for x in conjuncts(named[0]) if (xm := self._at.get(x.i)) is not None and
                             xm.types[:1] == ["Facility"]]
                    self._emit_in(ex, towns, wider, verb)
                    continue
            if own:
                # "the synthetic plant at Homberg and the refinery at Harburg, near Hamburg": placed
                # already; but "in" a region right after it places the town: "the plants at
                # Gelsenkirchen in the Ruhr"
                self._emit_in(ex, own[-1:], region_after(o.right_edge.i), verb)
                continue
            # ("moved the plant/obj to/case Silesia/nmod": the phrase on the object)
            moved = [(p, x) for p, x in prep_objects(o) if anywhere and p in MOVING_PREPS]
            for prep, phrase in places + moved:
                place = self._landscape_place(phrase)  # ("in the forests of Thuringia")
                prep = "in" if prep in MOVING_PREPS else prep  # (moved "into" a place: in it, if it is a place)
                if prep == "in" and not ((anywhere or phrase.left_edge.i == o.right_edge.i + 1) and
                                         (pm := self._at.get(place.i)) is not None and pm.types[:1] == ["Place"]):
                    continue
                for prop, preps in self.locative:
                    if prep in preps:  # ("in the forests of Bavaria and Austria": both)
                        self._emit(ex, [o], conjuncts(place) if place.i != phrase.i else [place], prop, verb,
                                   f"prep:{prep}+verb", "prep")

    def _prep(self, head: Token, m: Mention, ex: Extraction) -> None:
        # "the war in Europe": too vague to locate (but "a conference at Bushy Park" is there)
        vague = m.types[:1] and m.types[0] in ("Event", "Campaign") and m.source == "noun"
        # (its people are still named: "the meeting between Portal and Harris")
        unplaced = vague and (m.types[0] == "Campaign" or not any(p == "at" for p, _ in prep_objects(head)))
        # (but people meet somewhere: "a meeting in Berlin", kg:gatheringNoun)
        gathering = vague and head.lemma_.lower() in self.gathering_nouns
        vague, unplaced = vague and not gathering, unplaced and not gathering
        doc = head.doc
        for tok in doc[m.start:m.end]:  # "the Leuna works near Merseburg": any word of the name
            for prep, o in prep_objects(tok):
                if m.start <= o.i < m.end:
                    continue
                places = not (unplaced or vague and prep != "at")
                if not places and not any(prep in preps for _, preps in self.inverse_preps):
                    continue
                if prep == "on" and (m.weak_type or (om := self._at.get(self._landscape_place(o).i)) is None or
                                     om.weak_type):
                    continue  # ("Harburg, on the Elbe", "on the outskirts of Vienna", but not "Notes on Air Policy")
                subject = head
                outer = self._at.get(head.head.i)
                if prep == "near" and case_of(head) in ("in", "on") and m.types[:1] == ["Place"] and \
                        outer is not None and outer is not m and outer.types[:1] in (["Facility"], ["Place"]):
                    # "Blechhammer, in Upper Silesia near the Oder", "Pölitz, on the Oder near Stettin":
                    # Blechhammer and Pölitz are near it
                    subject = head.head
                # ("The plants at Wesseling and Scholven, both in the Ruhr,": the plants it names
                # are there too)
                members = [doc[x.head] for x in self._named_members(subject, subject.head)
                           if prep in ("in", "near", "of") and x.head != o.i] if subject.i == head.i else []
                # ("synthetic oil plants and aircraft factories/conj in central Germany": kinds of plant
                # named in one breath lie where the last of them does)
                if prep in ("in", "near") and subject.i == head.i and head.dep_ == "conj" and head.tag_ == "NNS" and \
                        m.source == "noun" and m.types[:1] == ["Facility"]:
                    members += [c for c in conjuncts(head.head) if c.i < head.i and c.tag_ == "NNS" and
                                (cm := self._at.get(c.i)) is not None and cm.source == "noun" and
                                cm.types[:1] == ["Facility"]]
                # ("the Blechhammer South plant and the oil refinery at Odertal, both in Upper Silesia": each is)
                if prep in ("in", "near") and subject.i == head.i and any(
                        x.lower_ in ("both", "all", "each") and x.i < o.i for x in o.children):
                    members += [c for c in conjuncts(head)[1:] if c not in members]
                # ("Kindleberger and Rostow of the Enemy Objectives Unit": both are of it)
                people = self._coordinated_names(head, m) if prep == "of" and subject.i == head.i else []
                for prop, preps in self.preps if places else []:
                    # (a document's own phrase makes no one a member: "Bufton, for the Air Ministry,"
                    # but not "drafted the orders for the Eighth", whose writer _args would give)
                    if prop not in self.locative_props and m.types[:1] == ["Document"]:
                        continue
                    # (nor a "for" phrase naming no body itself: "blamed Göring for the Luftwaffe's failure")
                    if prop not in self.locative_props and prep == "for" and self._at.get(o.i) is None:
                        continue
                    if prop not in self.locative_props and prep == "at" and \
                            any(c.lower_ in ("his", "her") and c.dep_ == "nmod:poss" for c in o.children):
                        continue  # ("visited Spaatz at his headquarters": where he was, not a body he is of)
                    if prep in preps and tok.pos_ in ("NOUN", "PROPN", "VERB"):
                        subs = [subject] + members if prop in self.locative_props else [subject] + people
                        self._emit(ex, subs, [o], prop, tok, f"prep:{prep}", "prep")
                # (not under a deputy: "the staff of USSTAF under General Anderson, its Deputy
                # Commanding General for Operations" is not his command)
                deputy = any(deputys_post(a) for a in appositions(o))
                for prop, preps in self.inverse_preps if not deputy else []:  # "Bomber Command under Harris"
                    if prep in preps and tok.pos_ in ("NOUN", "PROPN"):
                        self._emit(ex, [o], [head], prop, tok, f"prep:{prep}:inverse", "prep")
            # "the Böhlen refinery south of Leipzig", "Zeitz, southwest of Leipzig": a compass
            # word carries the place (for the properties that take "near")
            for c in tok.children if not unplaced else []:
                if not m.start <= c.i < m.end:
                    self._compass_place(ex, head, c)
        if unplaced:
            return
        self._act_place(head, m, ex)
        self._set_off_place(head, m, ex)
        self._there_place(head, m, ex)
        self._set_off_inverse(head, m, ex)
        self._place_modifier(head, m, ex)

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

    def _owned_place(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"bombed Dresden's marshalling yards", "Germany's synthetic plants": a facility owned by a
        place lies there."""
        if m.types[:1] != ["Facility"] or "locatedIn" not in self.ont.properties:
            return
        owner = possessor(head)
        if owner is not None and owner.tag_ == "WP$":
            owner = whose_antecedent(owner)  # ("returned to Ploesti, whose refineries had been repaired")
        pm = self._at.get(owner.i) if owner is not None and owner.i != head.i else None
        if pm is not None and pm is not m and pm.types[:1] == ["Place"] and pm.source != "pronoun":
            self._emit(ex, [head], [owner], "locatedIn", owner, "possessive:place", "possessive")

    def _there_place(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"The Fifteenth returned to Ploesti ..., and by August the refineries there were producing
        ...": a facility noun followed by "there" lies in the place named last before it (in its
        sentence or the one before), whatever the tagger made of "there"."""
        doc = head.doc
        if m.source != "noun" or m.types[:1] != ["Facility"] or m.end >= len(doc) or doc[m.end].lower_ != "there" or \
                head.i != m.end - 1:
            return
        first = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        places = [p for k, p in sorted(self._at.items()) if first <= k < m.start and k == p.head and
                  p.types[:1] == ["Place"] and p.source in ("alias", "name")]
        for prop, preps in self.locative if places else []:
            if "in" in preps:
                self._emit(ex, [head], [doc[places[-1].head]], prop, doc[m.end], "prep:there", "prep")

    def _set_off_place(self, head: Token, m: Mention, ex: Extraction) -> None:
        """"Leuna, near Merseburg, was the largest ...", "Brux, in Czechoslovakia, and ...": a
        place phrase set off by commas right after a named place or plant places it, whatever
        the parser made of the name (a sentence-initial name is often misread); so does a place
        in brackets ("Ploesti (Romania)")."""
        named = m.source in ("alias", "name")
        if m.types[:1] not in (["Facility"], ["Place"]) or not named and (m.source, m.types[:1]) != ("noun", ["Facility"]):
            return
        doc = head.doc
        # ("Leuna, the most heavily defended target in Europe": a description naming no entity of its own;
        # or a superlative standing for one: "the Concordia Vega refinery, the largest at Ploesti", which
        # places a plant known by its kind too)
        for a in head.children:
            if a.dep_ == "appos" and a.i > head.i and (a.pos_ == "NOUN" or a.tag_ == "JJS") and self._at.get(a.i) is None:
                for p2, o in prep_objects(a):
                    om = self._at.get(o.i)
                    for prop, preps in self.locative if om is not None and om.types[:1] == ["Place"] else []:
                        if p2 in preps:
                            self._emit(ex, [head], [o], prop, a, f"prep:{p2}:description", "prep")
        if not named:
            return
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and (place := self._at.get(m.end + 1)) is not None and \
                place.start == m.end + 1 and place.end < len(doc) and doc[place.end].text == ")" and \
                place.types[:1] == ["Place"] and "locatedIn" in self.ont.properties:
            # "Ploesti (Romania) and Brüx (Czechoslovakia)": a place in brackets after a name places it
            self._emit(ex, [head], [doc[place.head]], "locatedIn", doc[m.end], "prep:bracket", "prep")
            return
        # ("Pölitz, on the Oder north of Stettin,": a compass word may follow the place)
        place = self._set_off(m, 1, (",", ";", ".", ")") + tuple(COMPASS))
        prep = head.doc[m.end + 1] if m.end + 1 < len(doc) else None
        if place is None and prep is not None and doc[m.end].text == "," and prep.dep_ == "case":
            # ("Harburg, on the south bank of the Elbe opposite Hamburg, ...": the river the bank is of)
            named = self._landscape_place(prep.head)
            place = self._at.get(named.i) if named.i != prep.head.i else None
            if place is None:
                place = self._landscape_set_off(m, head, prep, ex)
        if place is None or place.types[:1] != ["Place"]:
            return
        if head.dep_ == "nmod" and doc[place.head].head == head.head and doc[place.head].dep_ == "nmod" and \
                (case_of(head) == "of" or m.types[:1] == ["Place"] and prep is not None and prep.lower_ == "at"):
            # ("the refineries of Hungary, at Almásfüzitő, ...", "the oil plants near Vienna, at Schwechat,
            # ...": both phrases are the noun's; a town is not "at" another)
            return
        for prop, preps in self.locative:
            if prep.lower_ in preps:
                self._emit(ex, [head], [head.doc[place.head]], prop, prep, f"prep:{prep.lower_}:set-off", "prep")
