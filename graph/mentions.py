"""Find entity mentions in a parsed document and give each candidate types.

Sources, in order of trust: alias data (known names), proper-name spans (PROPN runs,
titles, name words such as "Command" or "Ministry"), the NER component, noun phrases
whose head noun the ontology lists for a class ("synthetic plants" → Facility,
"Bufton's draft" → Document), lexical entries ("oil" → TargetSystem), and pronouns
(resolved later by :mod:`graph.coref`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .aliases import AliasIndex
from .dates import MONTH_NAMES, MONTHS, DateMatch, find_dates, years_in
from .ontology import Ontology, fold
from .records import Mention
from .syntax import (APPOINT_VERBS, FORMATION_WORDS, NUMBER_WORDS, NUMBERED_ORDINAL, ORDER_NOUNS, POSS, appositions, case_of, colon_between, conjuncts, has_finite_verb, is_passive, passive_subjects,
                     examples_of, is_date_word, possessor, prep_objects)

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
# words that give a document its title ('entitled "Notes on Air Policy ..."')
TITLING_WORDS = {"entitled", "titled", "headed", "called"}
NEUTER_PRONOUNS = {"its"}  # ("it" is too often empty: "it was decided")
DIRECTIONS = {"central", "northern", "southern", "eastern", "western", "upper", "lower", "north", "south",
              "east", "west", "northeast", "northwest", "southeast", "southwest", "greater"}
# Modifiers that do not change what a noun phrase names ("additional distant plants").
WEAK_MODIFIERS = {"additional", "other", "several", "many", "few", "such", "certain", "various", "same",
                  "further", "more", "most", "some", "any", "all", "each", "every", "own", "whole",
                  "entire", "much", "remaining", "respective", "particular", "main", "chief", "total",
                  "first", "second", "third", "last", "next", "previous", "earlier", "later", "final",
                  "new", "recent", "current", "continuing", "real", "whose", "this", "that", "these",
                  "those", "its", "greatest", "great", "little", "large", "small", "only", "major",
                  "principal", "key", "vital", "big", "biggest", "larger", "largest", "smaller", "smallest",
                  # evaluative words that describe a document or an act, not name it
                  "long", "short", "brief", "lengthy", "detailed", "important", "famous", "personal",
                  "private", "secret", "confidential", "official", "angry", "sharp", "strong", "stern",
                  "terse", "carefully", "worded", "so-called"}
# Bare common nouns of these classes name something specific enough to keep ("the refineries").
BARE_OK = {"Facility", "Document", "Event", "Campaign", "TargetSystem"}
# verbs that take a thing as something ("took it as an order", "regarded the directive as a betrayal")
TAKEN_AS_VERBS = {"take", "treat", "regard", "see", "view", "read", "interpret", "consider", "understand", "accept"}
NAME_CONNECTORS = {"of", "of the", "for", "and"}
# capitalised common nouns, not names: people by their nation ("an Englishman by birth") and
# aircraft by their type ("Lancasters of Bomber Command had attacked ...": the unit acts)
COMMON_CAPITALISED = {"englishman", "englishmen", "englishwoman", "frenchman", "frenchmen", "dutchman", "dutchmen",
                      "irishman", "irishmen", "scotsman", "scotsmen", "welshman", "welshmen", "countryman",
                      "countrymen", "lancasters", "halifaxes", "fortresses", "liberators", "mustangs", "wellingtons",
                      "mosquitoes", "thunderbolts", "lightnings", "marauders", "spitfires", "typhoons", "stirlings"}
# verbs whose "mines" are explosives, not pits ("laid mines in the Danube", "the mines were swept")
# (with their past forms, for a verb the tagger took for an adjective: "laid/JJ mines")
MINE_LAYING_VERBS = {"lay", "sow", "drop", "plant", "sweep", "clear", "laid", "sown", "sowed", "dropped", "planted",
                     "swept", "cleared"}
# the parts of a body, which keep their own name before "of" a known body ("the Oil Division of
# the Enemy Objectives Unit")
SUBUNIT_WORDS = {"division", "branch", "section", "directorate", "department", "office", "subcommittee"}
# unit words a bare number before makes a name ("the 205 Group", "the 49th Wing" has its ordinal already)
NUMBERED_UNIT_WORDS = {"Group", "Wing", "Squadron", "Division", "Flight"}
# verbs of serving, whose "under" names the one in command ("served under Trenchard")
SERVING_VERBS = {"serve", "work", "fly", "fight"}


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?\.?$|[A-Z]{2,6}$")


NUMBERING = {"no.", "nos.", "nr.", "no", "vol.", "ref."}


POST_PREFIXES = {"vice", "deputy", "assistant", "acting"}
# verbs of making something a priority, which the tagger may read as nouns inside a noun phrase
MAKING_FORMS = {"name", "make", "designate", "declare"}


def _is_name_token(t: Token, sent_start: int) -> bool:
    """A capitalised word that can be part of a proper name."""
    if t.text == "I" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ in ("NNP", "NNPS") and \
            t.doc[t.i + 1].text[:1].isupper():
        return True  # "I Jagdkorps": the numeral one before a name, not the pronoun
    if not t.text[:1].isupper() or t.text == "I" or t.lower_ in NUMBERING:
        return False
    if _ACRONYM.match(t.text):
        return True
    if t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS"):
        return True
    # ("the Vice Chief/NN of Air Staff": a weak word after a capitalised post prefix runs on)
    after_prefix = t.i > 0 and t.doc[t.i - 1].lower_ in POST_PREFIXES and t.doc[t.i - 1].text[:1].isupper()
    if t.i == sent_start or not t.is_alpha or t.is_stop or t.lemma_.lower() in WEAK_MODIFIERS and not after_prefix:
        return False
    if t.pos_ in ("NOUN", "X"):
        return True
    if t.pos_ == "ADJ" and t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.head.text[:1].isupper() \
            and t.head.i < t.i:
        return True  # "Blechhammer and Odertal/ADJ": an adjective is not coordinated with a name
    if t.pos_ == "ADJ" and t.i + 1 < len(t.doc):
        # ("Foreign Economic Administration": capitalised adjectives in a row before a name)
        return t.nbor(1).pos_ == "PROPN" or t.nbor(1).pos_ in ("ADJ", "NOUN") and _is_name_token(t.nbor(1), sent_start)
    if t.pos_ in ("VERB", "ADV") and t.i > 0 and not t.doc[t.i - 1].is_punct:
        # "replied to Saundby": English verbs are not capitalised mid-sentence, names are
        # (unless the whole line is in title case, as headlines are)
        words = [w for w in t.sent if w.is_alpha]
        return sum(w.text[:1].isupper() for w in words) * 2 < len(words)
    return False


class MentionFinder:
    """Finds mentions in a spaCy ``Doc``; reusable across documents."""

    def __init__(self, ont: Ontology, aliases: AliasIndex):
        self.ont = ont
        # the nouns of a reply ("reply to", "answer to"): "In reply, ..." still names one
        self._reply_nouns = {n for p in ont.properties.values() if p.name == "repliesTo" for n, _ in p.noun_triggers}
        self._reply_verbs = {v.split()[0] for p in ont.properties.values() if p.name == "repliesTo"
                             for v, _ in p.verb_triggers}
        self.document_verbs = ont.document_verbs  # ("issued the directive on 8 June" dates the directive)
        self.aliases = aliases
        self.titles = sorted((tuple(t.split()) for t in ont.titles), key=len, reverse=True)
        self.head_nouns = ont.head_noun_index
        # nouns of answering (kg:repliesTo's noun triggers: "reply to", "answer to"), papers only when written
        self.answer_nouns = {n for n, _ in ont.properties["repliesTo"].noun_triggers} \
            if "repliesTo" in ont.properties else set()
        # (noun, preposition) of the nouns whose object is a target: "attack on", "raid against"
        self.target_nouns = {(n, p) for prop in ont.properties.values() if prop.range and
                             prop.range <= {"Facility", "Place", "TargetSystem"} for n, p in prop.noun_triggers}
        self.target_verbs = {v for prop in ont.properties.values() if prop.range and
                             prop.range <= {"Facility", "Place", "TargetSystem"} for v, p in prop.verb_triggers
                             if p is None and " " not in v}
        # (verbs that may also be said of people: "attacked" a plan's author is criticism)
        self.person_verbs = {v for prop in ont.properties.values() if prop.range & {"Person", "Organization"}
                             for v, p in prop.verb_triggers if p is None}
        self.addressed = ont.addressed_head_noun_index
        self.name_words = ont.name_word_index
        self.name_suffixes = ont.name_suffix_index
        self.ner = ont.ner_index
        self.lexical = ont.lexical_index
        self.given_names = ont.given_names
        person_heads = {w for w, c in self.head_nouns.items() if c == "Person"}
        # words after which "of" continues a name: "Ministry of ...", "Chief of Air Staff"
        # (not document words: "the Report of the Committee" is two names)
        self.bridge_words = {w for w, c in self.name_words.items() if c != "Document"} | person_heads
        self.position_heads = person_heads | {t.split()[-1] for t in ont.titles}
        self.position_words = person_heads | {w for t in ont.titles for w in t.split()} | {
            "deputy", "supreme", "assistant", "vice", "acting", "senior", "chief", "staff", "air", "naval",
            "allied", "joint", "executive", "principal", "permanent", "commanding"}

    def _appositive_post(self, span: Span) -> bool:
        """Is a post in apposition to a person ("Bufton, the Director of Bomber Operations")
        rather than naming its holder ("a minute to the Director of Bomber Operations")?"""
        doc = span.doc
        start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
        prev = [m for m in self._found if m.end == start - 1 and "Person" in m.types[:1]]
        if start > 0 and doc[start - 1].lower_ == "as" or any(
                c.dep_ == "case" and c.lower_ == "as" for c in span.root.children):
            # "appointed Geilenberg as Commissioner-General for ...", "served as Director of ...",
            # "serving as chief target planner"
            return True
        # ("The Director of Bomber Operations, Air Commodore Bufton, ...": a person's name, with or
        # without a title, set off by commas right after the post, whatever the parser made of it)
        after = min((m for m in self._found if m.start > span.end and "Person" in m.types[:1]),
                    key=lambda m: m.start, default=None)
        named_after = span.end < len(doc) and doc[span.end].text == "," and after is not None and \
            after.end < len(doc) and doc[after.end].text == "," and \
            tuple(t.lower_ for t in doc[span.end + 1:after.start]) in set(self.titles) | {()}
        return span.root.dep_ in ("appos", "list") or any(
            c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for c in span.root.children) or (
            start > 0 and doc[start - 1].text == "," and bool(prev)) or named_after

    # ------------------------------------------------------------------ public
    def find(self, doc: Doc) -> list[Mention]:
        taken = [False] * len(doc)
        mentions: list[Mention] = []
        self._found = mentions  # noun phrases look back at names found before them
        years = years_in(doc.text)
        # quoted titles first: a date inside one ('"... After April 1, 1944"') is the title's words
        titles = [m for sent in doc.sents for m in self._quoted_titles(sent, taken)]
        for d in self.dates(doc, years):
            for t in doc.char_span(d.start, d.end, alignment_mode="expand") or []:
                taken[t.i] = True
        for sent in doc.sents:
            mentions += [m for m in titles if sent.start <= m.start < sent.end]
            mentions += self._alias_spans(sent, taken)  # names below look back at these
            mentions += self._name_spans(sent, taken)
            for m in self._noun_phrases(sent, taken):
                mentions.append(m)
            for t in sent:
                if t.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS and not taken[t.i]:
                    mentions.append(Mention(t.i, t.i + 1, t.text, t.lower_, [], "pronoun", t.i))
                elif t.lower_ in ("former", "latter") and t.i > 0 and doc[t.i - 1].lower_ == "the" and \
                        not taken[t.i] and not (t.dep_ in ("amod", "compound") and t.head.i > t.i):
                    # "The former argued for the railways": one of the two just named (see coref)
                    mentions.append(Mention(t.i, t.i + 1, t.text, t.lower_, [], "pronoun", t.i))
        # dates: a missing year comes from the last year written before it
        self._attach_dates(doc, mentions, years, {k for m in titles for k in range(m.start, m.end)})
        mentions.sort(key=lambda m: m.start)
        _share_coordinated_types(doc, mentions)
        _short_ordinal_names(doc, mentions, self.aliases)
        _subunit_types(doc, mentions)
        mentions = _owned_subunits(doc, mentions)
        _numbered_names(doc, mentions)
        mentions = _document_titles(doc, mentions)
        mentions = _inverted_names(doc, mentions)
        mentions = _named_facilities(doc, mentions)
        mentions = self._definite_titles(doc, mentions)
        _commander_in_chief(doc, mentions)
        self._speaking_names(doc, mentions)
        _names_with_posts(doc, mentions, self.position_heads)
        _places_of_where(doc, mentions)
        _owners_of_plants(doc, mentions)
        _names_given(doc, mentions, self.head_nouns)
        self._targets_guessed_as_bodies(doc, mentions)
        return mentions

    def _targets_guessed_as_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """"the attacks on Bottrop and Homberg/ORG": a name only the NER model took for a body, as
        what an attack noun is on, is a place (weakly: a relation may retype it); so is one an attack
        verb takes as its object ("Bomber Command attacked Homberg/ORG on 20 July")."""
        attack = self.target_nouns
        for m in mentions:
            h = doc[m.head]
            first = h.head if h.dep_ == "conj" else h
            verb = first.head
            # (a verb said of people too counts only with a force as its subject: "Harris attacked ...,
            # and Homberg" may be a quarrel)
            struck = first.dep_ in ("obj", "dobj") and verb.pos_ == "VERB" and \
                verb.lemma_.lower() in self.target_verbs and not is_passive(verb) and (
                    verb.lemma_.lower() not in self.person_verbs or
                    any(x.start <= c.i < x.end and x.types[:1] == ["MilitaryUnit"] for c in verb.children
                        if c.dep_ == "nsubj" for x in mentions))
            if m.source != "name" or m.types[:1] != ["Organization"] or not m.weak_type or \
                    (first.head.lemma_.lower(), case_of(first)) not in attack and not struck:
                continue
            m.types, m.weak_type = ["Place"], True

    def _definite_titles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Major General Frederick Anderson kept watch ... The general sent the reports": "the"
        and a rank word (the last word of a title: general, marshal, admiral, colonel ...) is the
        last person named with that rank in the three sentences before; nobody if there is none."""
        ranks = {t[-1].rstrip(".") for t in self.titles if t[-1].isalpha() and len(t[-1]) > 3}
        taken = {k for m in mentions for k in range(m.start, m.end)}
        sent_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
        people = [m for m in mentions if m.types[:1] == ["Person"] and m.source in ("alias", "name")]
        out = list(mentions)
        for t in doc:
            if t.lower_ not in ranks or not t.is_lower or t.i in taken or t.dep_ in ("amod", "compound") or \
                    not any(c.dep_ == "det" and c.lower_ == "the" and c.i == t.i - 1 for c in t.children):
                continue
            best = None
            for m in people:
                if m.end > t.i or sent_of[t.i] - sent_of[m.start] > 3:
                    continue
                # the title words right before the name ("Major General Frederick Anderson")
                k = m.start - 1
                while k >= doc[m.start].sent.start and doc[k].text[:1].isupper() and k not in taken:
                    if doc[k].lower_.rstrip(".") == t.lower_:
                        best = m
                        break
                    k -= 1
            if best is not None:
                out.append(Mention(t.i, t.i + 1, t.text, best.label, list(best.types), best.source, t.i,
                                   alias_iri=best.alias_iri))
        return sorted(out, key=lambda m: m.start)

    def _speaking_names(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Fischer stated that ...": an untyped short name (no "the") that speaks is a person, so
        that "He also said ..." can refer to it (the relation extractor does the same later); so is
        one served under."""
        verbs = {v.split()[0] for v in self.ont.speech_verbs}
        for m in mentions:
            h = doc[m.head]
            if m.source == "name" and not m.types and m.end - m.start <= 2 and h.dep_ == "nsubj" and \
                    h.head.pos_ == "VERB" and h.head.lemma_.lower() in verbs and \
                    not (m.start > 0 and doc[m.start - 1].lower_ == "the"):
                m.types = ["Person"]
            # ("Portal had served under Trenchard": one serves under a person; a body has its "the")
            elif m.source == "name" and not m.types and m.end - m.start <= 2 and h.dep_ == "obl" and \
                    case_of(h) == "under" and h.head.lemma_.lower() in SERVING_VERBS and \
                    not (m.start > 0 and doc[m.start - 1].lower_ == "the"):
                m.types = ["Person"]

    # ------------------------------------------------------------------ quoted titles
    def _quoted_titles(self, sent: Span, taken: list[bool]) -> list[Mention]:
        """A title in quotation marks ("his 'Plan for the Completion of the Combined Bomber
        Offensive'") is one name, typed by its first or last word (a document if neither
        says), not a string of names that relate to one another. A title that opens with a
        document noun is left to the document rules."""
        doc, out = sent.doc, []
        i = sent.start
        while i < sent.end:
            if doc[i].text not in _OPEN_QUOTES or taken[i]:
                i += 1
                continue
            close = next((k for k in range(i + 1, min(sent.end, i + 24)) if doc[k].text in _CLOSE_QUOTES), None)
            span = doc[i + 1:close] if close is not None else None
            while span is not None and len(span) > 1 and span[-1].text in (",", "."):
                span = span[:-1]  # ('"The Use of ... After April 1, 1944,"': the comma is the sentence's)
            # (after a word of naming, any quotation is a title, capitalised or not: 'entitled "Notes on
            # Air Policy to be adopted with a view to rapid defeat of Germany"')
            named = i > 0 and doc[i - 1].lower_ in TITLING_WORDS
            if span is None or not (_is_title(span) or named and span[0].is_title) or any(taken[span.start:span.end]):
                i += 1
                continue
            first = span[1] if span[0].lower_ in ("the", "a", "an") else span[0]
            if self.head_nouns.get(first.lower_) == "Document":
                # (a document's title says what it is: "The Report of the Joint Intelligence
                # Committee on ..." is read like the same words unquoted)
                i += 1
                continue
            cls = self.head_nouns.get(first.lower_) or self.name_words.get(span[-1].lower_) or "Document"
            if len(span) >= 4 and cls != "Event":
                cls = "Document"  # a long title is a paper's ("Plan for the Completion of ..."), not a campaign's
            out.append(Mention(span.start, span.end, span.text, span.text, [cls], "name", span.root.i))
            for k in range(span.start, span.end):
                taken[k] = True
            i = close + 1
        return out

    # ------------------------------------------------------------------ alias data
    def _alias_spans(self, sent: Span, taken: list[bool]) -> list[Mention]:
        out = []
        i = sent.start
        n = self.aliases.max_tokens
        while i < sent.end:
            hit = None
            if not self.aliases.may_start(sent.doc[i].text):
                i += 1
                continue
            for j in range(min(sent.end, i + n + 1), i, -1):
                span = sent.doc[i:j]
                if span[0].is_punct or span[-1].is_punct or span[-1].is_space or span[0].pos_ == "DET" or taken[i]:
                    continue
                if len(span) == 1 and not span[0].text[:1].isupper():
                    continue  # lower-case single words ("reich") are too ambiguous
                alias = self.aliases.exact(span.text)
                if alias and len(span) == 1 and span[0].tag_ == "JJ" and span[0].dep_ == "amod" and \
                        span[0].head.i > span[0].i and "Organization" in alias.types:
                    continue  # "the Japanese ambassador", "the French railways": a modifier, not the people
                if alias:
                    hit = (j, alias)
                    break
            if hit and i - 2 >= sent.start and sent.doc[i - 1].lower_ in ("of", "the") and any(
                    sent.doc[k].lower_ in self.bridge_words and sent.doc[k].text[:1].isupper()
                    for k in range(max(sent.start, i - 3), i - 1)):
                hit = None  # "Deputy Chief of Air Staff": the alias is part of a longer name
            if hit and hit[1].types[:1] in (["Facility"], ["Place"]) and hit[0] + 1 < sent.end and \
                    sent.doc[hit[0]].text in ("-", "\u2013") and not sent.doc[hit[0] - 1].whitespace_ and \
                    not sent.doc[hit[0]].whitespace_ and not taken[hit[0] + 1] and \
                    _is_name_token(sent.doc[hit[0] + 1], sent.start):
                # "Scholven-Buer": the plant's name with its district (and "Gelsenkirchen-Nordstern": a
                # town before a known plant names the plant)
                after = self.aliases.exact(sent.doc[hit[0] + 1].text)
                plant = after if after is not None and after.types[:1] == ["Facility"] and \
                    hit[1].types[:1] == ["Place"] else hit[1]
                hit = (hit[0] + 2, plant)
            if hit and hit[1].types[:1] in (["Facility"], ["Place"]) and i - 2 >= sent.start and \
                    sent.doc[i - 1].text in ("-", "\u2013") and not sent.doc[i - 1].whitespace_ and \
                    not sent.doc[i - 2].whitespace_ and not taken[i - 2] and not taken[i - 1] and \
                    _is_name_token(sent.doc[i - 2], sent.start) and not self.aliases.exact(sent.doc[i - 2].text):
                i -= 2  # "Sterkrade-Holten": the district before the plant's name is part of it
            if hit and "Place" in hit[1].types and hit[0] < sent.end and \
                    sent.doc[hit[0]].lower_ in self.position_heads and sent.doc[hit[0]].text[:1].isupper():
                hit = None  # "the Reich Minister for Armaments": a place word inside a post
            if hit and "Place" in hit[1].types and hit[0] < sent.end and _is_name_token(sent.doc[hit[0]], sent.start):
                # "United States Strategic Air Forces": a place name opening a longer name
                k = hit[0]
                while k < sent.end and _is_name_token(sent.doc[k], sent.start):
                    k += 1
                if sent.doc[k - 1].lower_ in self.name_words and \
                        self.name_words[sent.doc[k - 1].lower_] not in ("Place", "Facility"):
                    hit = None
            if hit and not any(taken[i:hit[0]]):
                j, alias = hit
                span = sent.doc[i:j]
                prev = sent.doc[i - 1] if i > sent.start else None
                if prev is not None and _is_roman_numeral(prev) and not taken[i - 1] and \
                        self.ont.fits(alias.types[:1], {"Organization"}):
                    # "VIII Fighter Command", "IX Bomber Command": a numbered American command, not
                    # the RAF's command of that name
                    i -= 1
                    span = sent.doc[i:j]
                    out.append(Mention(i, j, span.text, span.text, list(alias.types), "name", span.root.i))
                elif prev is not None and prev.lower_ in DIRECTIONS and "Place" in alias.types and not taken[i - 1]:
                    # "central Germany" is a region of its own, not Germany
                    i -= 1
                    span = sent.doc[i:j]
                    label = f"{prev.text.capitalize()} {alias.pref_label}"
                    out.append(Mention(i, j, span.text, label, ["Place"], "name", span.root.i))
                else:
                    if "Person" in alias.types:  # "Ira C. Eaker": first names and initials join
                        # (but not into a post's "of" phrase: "Secretary of War Henry L. Stimson")
                        while i - 1 >= sent.start and not taken[i - 1] and _is_name_token(sent.doc[i - 1], -1) \
                                and sent.doc[i - 1].lower_ not in self.position_words and \
                                not _is_month_of_date(sent.doc[i - 1:i]) and \
                                not _phrase_then_subject(sent.doc[i - 1], sent.doc[i]) and \
                                not (i - 2 >= sent.start and sent.doc[i - 2].lower_ in ("of", "for")):
                            i -= 1  # (not a place ending an opening phrase: "At Nuremberg Speer testified")
                        span = sent.doc[i:j]
                    post = self._post_before(sent, i, taken) if "Person" in alias.types else None
                    position = sent.doc[post:i].text if post is not None else None
                    if post is not None:  # "Secretary of War Henry L. Stimson": the post is his
                        i = post
                        span = sent.doc[i:j]
                    out.append(Mention(i, j, span.text, alias.pref_label, list(alias.types), "alias",
                                       span.root.i, alias_iri=alias.iri, position=position))
                for k in range(i, j):
                    taken[k] = True
                i = j
            else:
                i += 1
        return out

    def _post_before(self, sent: Span, i: int, taken: list[bool]) -> int | None:
        """Where a post "X of Y" ends right before token ``i`` ("Secretary of War Henry L.
        Stimson", "Chief of the Air Staff Sir Charles Portal"): its first token, or None."""
        doc, k = sent.doc, i
        while k - 1 > sent.start and i - k < 3 and not taken[k - 1] and doc[k - 1].is_alpha and \
                doc[k - 1].text[:1].isupper():
            k -= 1  # the body the post is of: "War", "Air Staff"
        if k == i:
            return None
        k -= doc[k - 1].lower_ == "the"
        if k - 2 < sent.start or taken[k - 1] or doc[k - 1].lower_ not in ("of", "for") or \
                doc[k - 2].lower_ not in self.position_heads:
            return None
        h = k - 1
        while h - 1 >= sent.start and not taken[h - 1] and doc[h - 1].text[:1].isupper() and \
                doc[h - 1].lower_ in self.position_words:
            h -= 1
        return h if h < k - 1 else None

    # ------------------------------------------------------------------ proper names
    def _known_body_at(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the alias data names a body (an organization) starting at token ``start``."""
        for n in range(min(self.aliases.max_tokens, end - start), 0, -1):
            a = self.aliases.exact(doc[start:start + n].text)
            if a is not None and self.ont.fits(a.types[:1], {"Organization"}):
                return True
        return False

    def _name_spans(self, sent: Span, taken: list[bool]) -> list[Mention]:
        doc = sent.doc
        out = []
        i = sent.start
        while i < sent.end:
            nxt_name = i + 1 < sent.end and _is_name_token(doc[i + 1], sent.start)
            # "Operation Gomorrah ..." opening a sentence: an event noun before a name is part of it
            event_head = i == sent.start and doc[i].text[:1].isupper() and nxt_name and \
                self.ont.fits([self.head_nouns.get(doc[i].lower_, "Entity")], {"Event"})
            # "the Thuringian/JJ forest", "the Baltic coast": a capitalised adjective before a place word
            adj_place = doc[i].pos_ == "ADJ" and doc[i].text[:1].isupper() and i + 1 < sent.end and \
                doc[i + 1].is_lower and self.name_words.get(doc[i + 1].lower_) == "Place" and \
                doc[i].head.i == i + 1 and not taken[i + 1]
            if not taken[i] and nxt_name and _is_month_of_date(doc[i:i + 1]):
                i += 1  # "Late in October Tedder circulated ...": the month is no part of the name
                continue
            if taken[i] or not (_is_name_token(doc[i], sent.start) or event_head or adj_place) or (
                    _opens(doc[i]) and doc[i].lower_ in self.head_nouns and not nxt_name) or (
                    doc[i].lower_ in COMMON_CAPITALISED and not nxt_name):  # ("was an Englishman by birth")
                if not taken[i] and i > sent.start and _opens(doc[i]) and doc[i].pos_ == "PROPN" and \
                        self.head_nouns.get(doc[i].lower_) == "Document" and not nxt_name:
                    # "Eisenhower Library: Memorandum by Tedder, ...": a document word opening an
                    # entry after a reference, tagged as a name, is the entry's document
                    out.append(Mention(i, i + 1, doc[i].text, doc[i].lower_, ["Document"], "noun", i))
                    taken[i] = True
                i += 1
                continue
            j = i + 1
            # a sentence break between two capitalised words with no punctuation is a parser
            # slip ("Secretary of War | Henry L. Stimson said"): names run on across it
            while (j < sent.end or j < len(doc) and not doc[j - 1].is_punct and not doc[j - 1].is_space) \
                    and not taken[j]:
                if _is_name_token(doc[j], sent.start) and not _phrase_then_subject(doc[j - 1], doc[j]):
                    j += 1
                    continue
                if doc[j].text in ("-", "\u2013") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and \
                        j + 1 < sent.end and _is_name_token(doc[j + 1], sent.start) and not taken[j + 1]:
                    j += 2  # "Merseburg-Leuna", "Castrop-Rauxel": one name
                    continue
                # "Ministry of Economic Warfare": bridge 'of' / 'of the' after a name word
                bridged = False
                for conn in ("of the", "of", "for"):
                    k = len(conn.split())
                    # (or a post's second phrase: "Secretary of State for Air")
                    if (doc[i:j][-1].lower_ in self.bridge_words or doc[i].lower_ in self.name_words or
                            conn == "for" and doc[i].lower_ in self.bridge_words and
                            any(t.lower_ == "of" for t in doc[i:j])) and \
                            " ".join(t.lower_ for t in doc[j:j + k]) == conn and j + k < len(doc) and \
                            _is_name_token(doc[j + k], sent.start) and not taken[j + k] and \
                            not (doc[j - 1].lower_ in SUBUNIT_WORDS | FORMATION_WORDS and
                                 self._known_body_at(doc, j + k, sent.end)):
                        # (but "the Oil Division of the Enemy Objectives Unit" is a part of a known body, and
                        # "No. 205 Group of the RAF" a formation of one)
                        j += k
                        bridged = True
                        break
                if not bridged and doc[j].lower_ == "and" and j + 1 < sent.end and \
                        any(t.lower_ in ("of", "for") for t in doc[i:j]):
                    # "Minister for Armaments and War Production": a second noun in the post's
                    # phrase (not a second body: "Ministry of Economic Warfare and Bomber Command")
                    k = j + 1
                    # (a capitalised word there is the post's, whatever its tag: "Fuel and Power/NN")
                    while k < sent.end and (_is_name_token(doc[k], sent.start) or doc[k].is_title and
                                            doc[k].is_alpha) and not taken[k]:
                        k += 1
                    if k > j + 1 and doc[k - 1].lower_ not in self.name_words and \
                            doc[i:j][-1].lower_ not in self.name_words:
                        j, bridged = k, True
                if not bridged:
                    break
            if j + 1 < sent.end and doc[j].text in ("-", "\u2013") and not doc[j - 1].whitespace_ and \
                    not doc[j].whitespace_ and (doc[j + 1].pos_ == "ADJ" or doc[j + 1].is_lower):
                # "a joint Anglo-American body", "German-held": a modifier, not a name (nor an
                # NER span below)
                for k in range(i, j + 2):
                    taken[k] = True
                i = j + 2
                continue
            if j < sent.end and j > i and doc[j].is_lower and doc[j].pos_ == "NOUN" and not taken[j] and \
                    self.name_words.get(doc[j].lower_) == "Place" and (doc[j - 1].head.i == j or doc[i:j].root.head.i == j):
                j += 1  # "the Harz mountains", "the Ruhr valley": a lower-case place word ends the name
            if j + 1 < sent.end and doc[j].lower_ in NUMBERING and doc[j + 1].like_num and \
                    self.name_words.get(doc[j - 1].lower_) == "Document":
                j += 2  # "Strategic Directive No. 1": the number is part of the name
            # ("I" before a verb is the pronoun, "when he joined Jagdkorps I was ...", unless the unit
            # is in a phrase of its own or the verb cannot be the pronoun's: "the fighters of Jagdkorps I be used")
            if j < sent.end and j > i and _is_roman_numeral_text(doc[j].text) and not taken[j] and \
                    self._military_word(doc[j - 1].lower_) and not (
                        doc[j].text == "I" and j + 1 < len(doc) and doc[j + 1].pos_ in ("VERB", "AUX") and
                        doc[j + 1].lower_ not in ("be", "is", "has") and doc[j + 1].tag_ != "VBZ" and
                        not (i >= 1 and doc[i - 1].lower_ in ("of", "the", "by", "to", "from", "with"))):
                j += 1  # "Jagdkorps I", "Luftflotte III": a German unit numbered after its name
            elif j < sent.end and j > i and doc[j].text.isdigit() and len(doc[j].text) <= 3 and not taken[j] and \
                    self._military_word(doc[j - 1].lower_) and not (
                        j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN", "NUM")):
                j += 1  # "Jagdgeschwader 300", "Luftflotte 3" (not "sent Bomber Command 500/nummod Lancasters")
            # a lower-case direction word before a place name: "central Germany"
            start = i
            if i - 1 >= sent.start and doc[i - 1].lower_ in DIRECTIONS and not taken[i - 1]:
                start = i - 1
            elif i - 1 >= sent.start and not taken[i - 1] and doc[i - 1].text[:1].isupper() and \
                    (doc[i - 1].lower_, doc[i].lower_) in self.titles:
                start = i - 1  # "Under Secretary of War ...": a title whose first word is no name word
            elif i - 1 >= sent.start and not taken[i - 1] and (
                    NUMBERED_ORDINAL.match(doc[i - 1].text) or _is_roman_numeral(doc[i - 1])) and \
                    self.name_words.get(doc[j - 1].lower_) not in (None, "Place", "Document"):
                i = start = i - 1  # "the 1st Bombardment Division", "the 8th Air Force": the number is the name's
            m = self._name_mention(doc[start:j], doc[i:j])
            if m is not None:
                out.append(m)
                for k in range(m.start, m.end):
                    taken[k] = True
                self._shared_tail(doc, m, out)
            # (a post may end before its "of" phrase, which names a body: scan on from there)
            i = m.end if m is not None and i < m.end < j else j
        # NER spans the name scan missed (lower-case names, odd tagging)
        for ent in sent.ents:
            if ent.label_ in self.ner and not any(taken[ent.start:ent.end]):
                span = ent
                while len(span) and (span[-1].is_punct or span[-1].tag_ == "POS"):
                    span = span[:-1]
                while len(span) and (span[0].is_punct or span[0].pos_ == "DET"):
                    span = span[1:]
                cut = next((k for k in range(1, len(span)) if _phrase_then_subject(span[k - 1], span[k])), None)
                if cut is not None:
                    span = span[:cut]  # ("At Nuremberg Speer/nsubj testified": the place's name alone)
                if len(span) == 1 and span[0].lower_ in self.head_nouns and all(
                        t.is_space for t in doc[sent.start:span.start]):
                    continue  # "Telegram from Spaatz ...": a common noun capitalised by position
                if len(span) == 1 and span[0].lower_ in COMMON_CAPITALISED:
                    continue  # ("Bomber Command's Lancasters, escorted by ...": aircraft, no name)
                if len(span) and any(t.text[:1].isupper() for t in span):
                    m = self._name_mention(span, span)
                    if m:
                        out.append(m)
                        for k in range(m.start, m.end):
                            taken[k] = True
        return out

    def _shared_tail(self, doc: Doc, m: Mention, out: list[Mention]) -> None:
        """"the Eighth and Fifteenth Air Forces": two names sharing a plural tail. The second
        gets the singular ("Fifteenth Air Force"); the first, if it stands alone and is not
        known under its own name, gets the tail too ("Ninth" → "Ninth Air Force")."""
        words = m.label.split()
        last = doc[m.end - 1]
        k = m.start
        if len(words) == 1 and k >= 5 and [t.lower_ for t in (doc[k - 5], doc[k - 3], doc[k - 2])] == ["no.", "and", "no."] \
                and doc[k - 4].like_num and doc[k - 1].like_num and last.lower_.endswith("s") and \
                last.lower_[:-1] in self.name_words and not any(f.start <= k - 4 < f.end for f in self._found + out):
            # "No. 1 and No. 5 Groups": two numbered units sharing the plural
            unit = last.text[:-1]
            m.label = f"No. {doc[k - 1].text} {unit}"
            out.append(Mention(k - 5, k - 3, doc[k - 5:k - 3].text, f"No. {doc[k - 4].text} {unit}", list(m.types),
                               "name", k - 5))
            return
        # ("the Eighth and the Fifteenth Air Forces": "the" again before the second)
        j = m.start - 1 - (m.start > 2 and doc[m.start - 1].lower_ == "the")
        if len(words) < 2 or m.start < 2 or doc[j].lower_ != "and" or last.tag_ not in ("NNPS", "NNS") or \
                not last.lower_.endswith("s") or last.lower_[:-1] not in self.name_words:
            return
        first = next((f for f in self._found + out if f.end == j and f.end - f.start == 1), None)
        k = j - 1
        if first is None and k >= 0 and _is_ordinal(doc[k]) and _is_ordinal(doc[m.start]) and \
                not any(f.start <= k < f.end for f in self._found + out):
            # "the 1st/JJ and 3rd Bombardment Divisions": the first ordinal, not read as a name, is one too
            first = Mention(k, k + 1, doc[k].text, doc[k].text, list(m.types), "name", k)
            out.append(first)
        if first is None:
            return
        tail = words[1:-1] + [words[-1][:-1]]
        m.label = " ".join([words[0]] + tail)
        if first.source != "alias":
            first.label = " ".join([first.text] + tail)
            first.types = list(m.types)

    def _name_mention(self, span: Span, core: Span) -> Mention | None:
        doc = span.doc
        if _is_month_of_date(span):
            return None  # "In May the Eighth Air Force ...": a date, whatever the NER says
        if span[-1].lower_ in COMMON_CAPITALISED and all(t.like_num or t.lower_ in NUMBER_WORDS for t in span[:-1]):
            return None  # "Ninety Lancasters of No. 5 Group": aircraft counted at a sentence's start
        types: list[str] = []
        # titles before the name ("Sir Charles Portal", "Air Chief Marshal Harris")
        words = [t.lower_ for t in span]
        title_len = 0
        matched = True
        while matched:  # "Lieutenant General Ira C. Eaker", "Air Marshal Sir Arthur Harris"
            matched = False
            for tt in self.titles:
                if tuple(words[title_len:title_len + len(tt)]) == tt and len(words) > title_len + len(tt):
                    title_len += len(tt)
                    matched = True
                    break
        position = None
        if not title_len and len(words) > 2 and words[0] in self.position_heads and words[1] in ("of", "for") and \
                "-" in words[0] and span.root.dep_ in ("obj", "dobj", "xcomp", "oprd", "appos") and \
                not self._names_body(span[2:]):  # (not "C-in-C of Bomber Command": a body held)
            # ("appointed Geilenberg Commissioner-General/xcomp for Emergency Measures": a hyphened post word
            # no title list has, given or set off, with its "for" phrase, is the post)
            return _position(span, True)
        if title_len and title_len + 2 < len(words) and words[title_len] == "of" and \
                not self._names_body(span[title_len + 1:]):
            # "Secretary of War Henry L. Stimson": the post continues with "of X"
            k = title_len + 1 + (words[title_len + 1] == "the")
            # (not "Minister of Fuel and Power": the post goes on, no name follows)
            if k + 2 <= len(words) and span[k].text[:1].isupper() and words[k + 1] != "and":
                position = span[:k + 1].text
                title_len = k + 1
        if title_len and title_len + 2 < len(words) and position is None and \
                words[title_len] in self.position_heads and words[title_len + 1] in ("of", "for"):
            title_len = 0  # "General Commissioner for Emergency Measures": the title word is the post's
            if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and span.root.i != span.start - 1 and \
                    doc[span.start - 1].head.i in range(span.start, span.end):
                # "appointed Geilenberg/compound General Commissioner for Emergency Measures": his post
                return _position(span, True)
            verb = span.root.head
            if span.root.dep_ in ("obj", "dobj", "xcomp", "oprd") and verb.lemma_.lower() in APPOINT_VERBS and any(
                    c.dep_ in ("obj", "dobj", "obl", "dep") and c.i < span.start and c.tag_ in ("WP", "NNP", "PRP")
                    for c in verb.children):
                # "Geilenberg, whom/obj Hitler had appointed General Commissioner/obj for ...": the post
                # given to the person named as the first object
                return _position(span, True)
        if title_len == 0:  # title just before the span: "General Spaatz" split by tagging
            for tt in self.titles:
                k = len(tt)
                if span.start - k >= 0 and tuple(t.lower_ for t in doc[span.start - k:span.start]) == tt:
                    types.append("Person")
                    break
        else:
            types.append("Person")
            if title_len < len(span) and span[title_len].lower_ in ("of", "for"):
                # "Minister of Armaments", "Minister for Armaments": a post, not a titled name
                after_comma = span.start > 0 and doc[span.start - 1].text == ","
                appositive = span.root.dep_ == "appos" or after_comma
                if appositive and self._names_body(span[title_len + 1:]):
                    # "Harris, Commander of Bomber Command": the post, and the body a name of its own
                    return _position(span[:title_len], True)
                return _position(span, appositive)
            span = doc[span.start + title_len:span.end]
        if not len(span):
            return None
        nxt = doc[span.end] if span.end < len(doc) else None
        if any("/" in t.text for t in span) or (span[0].text.isupper() and (
                any(t.like_num for t in span) or nxt is not None and (nxt.like_num or "/" in nxt.text))):
            return None  # an archive reference such as "AIR 14/1234", not a name
        if all(t.lower_ in self.position_words or t.lower_ in ("of", "the") for t in span) and \
                any(t.lower_ in self.position_heads for t in span) and not self.aliases.exact(span.text):
            # a title or post: "Air Marshal" before a name is dropped; "Deputy Supreme
            # Commander" in apposition to a person becomes kg:holdsPosition (relations);
            # standing alone ("a minute to the Deputy Chief of Air Staff") it names a person
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and _is_name_token(nxt, -1):
                return None
            prev = doc[span.start - 1] if span.start > 0 else None
            if len(span) == 1 and (span[0].lower_,) in self.titles and not self._appositive_post(span) and \
                    (prev is None or prev.lower_ not in ("the", "a", "an") and prev.dep_ not in POSS):
                return None  # a bare rank with no name and no "the" ("Commanding General, USSTAF") is no one
            return _position(span, self._appositive_post(span))
        text = span.text
        label = text
        if len(span) > 1 and span[-1].text.endswith(".") and _is_roman_numeral_text(span[-1].text[:-1]):
            label = text = text[:-1]  # ("commanded Jagdkorps I.": the sentence's full stop read into the numeral)
        if span[0].lower_ in DIRECTIONS:
            label = span[0].text.capitalize() + text[len(span[0].text):]
        alias = self.aliases.lookup(text, person="Person" in types)
        if alias is None and len(span) > 1 and "Person" in types:
            alias = self.aliases.lookup(span[-1].text, person=True)
        if alias is not None:
            return Mention(span.start, span.end, text, alias.pref_label, list(alias.types) + types, "alias",
                           span.root.i, alias_iri=alias.iri, position=position)
        if span.start == span.sent.start and span.text.isupper() and nxt_is_comma(span):
            types.insert(0, "Place")  # a dateline: "WASHINGTON, Oct. 14 (AP) -"
        first_class = self.head_nouns.get(span[0].lower_) if len(span) > 1 else None
        if first_class and self.ont.fits([first_class], {"Event"}):
            types.append(first_class)  # "Operation Gomorrah", "Battle of the Ruhr": an event
        for t in reversed(span):  # the last name word decides: "Bomber Command", "Leuna Works"
            c = self.name_words.get(t.lower_)
            if c:
                types.append(c)
                break
        else:  # or the end of a one-word compound: "the Nibelungenwerk at St. Valentin"
            # (before a unit's number: "Jagdgeschwader 300")
            end = span[-2] if len(span) > 1 and (span[-1].text.isdigit() or
                                                 _is_roman_numeral_text(span[-1].text)) else span[-1]
            last = end.lower_
            c = next((c for suffix, c in self.name_suffixes.items()
                      if last.endswith(suffix) and len(last) >= len(suffix) + 3), None)
            if c and end.text[:1].isupper():
                types.append(c)
        # "Director of Bomber Operations", "Assistant Secretary of War for Air", "Deputy
        # Commanding General for Operations": a post of a body or for a task
        k = next((i for i, t in enumerate(span) if t.lower_ in ("of", "for")), 0)
        if k and len(span) >= k + 2 and span[k - 1].lower_ in self.position_heads and "Person" not in types and \
                all(t.text[:1].isupper() for t in span[:k]):
            if self._appositive_post(span):  # "Bufton, the Director of Bomber Operations, ...": his post
                # (a body after "of" is a name of its own; what a post is "for" belongs to the post)
                return _position(span[:k] if span[k].lower_ == "of" and self._names_body(span[k + 1:]) else span,
                                 True)
            types.insert(0, "Person")  # "Director of Bomber Operations": the holder of a post
        if not types and len(span) >= 2 and span[0].lower_ in self.given_names and \
                span[-1].text[:1].isupper() and span[-1].is_alpha:
            types.append(self.given_names[span[0].lower_])  # "Carl Spaatz"
        ent_label = next((e.label_ for e in doc.ents if e.start <= core.root.i < e.end), None)
        if ent_label in self.ner:
            cls = self.ner[ent_label]
            # a plural name is not one person ("Fortresses and Liberators")
            # (nor one named only by a place phrase on a noun: "the one at/near Szőny", which the
            # NER model took for a person)
            placed = cls == "Person" and len(span) == 1 and case_of(span.root) in ("at", "near") and \
                span.root.dep_.startswith("nmod") and span.root.head.pos_ == "NOUN"
            if placed and "Place" not in types:
                types.append("Place")
            elif not (cls == "Person" and span.root.tag_ in ("NNS", "NNPS") and "Person" not in types):
                types.append(cls)
        if span[0].lower_ in DIRECTIONS and "Place" not in types:
            types.append("Place")
        lex = self.lexical.get(fold(text))
        if lex:
            types.insert(0, lex)
        if all(t.is_upper and len(t) <= 1 for t in span):
            return None  # stray initials
        if span.text.isupper() and len(span.text) > 12:
            return None  # shouted headings, not names
        if not types and len(span) == 1 and span.start == span.sent.start and span.end + 2 < len(doc) and \
                doc[span.end].lower_ in ("of", "for", "on", "over") and (
                    doc[span.end + 1].is_lower and doc[span.end + 1].is_alpha or
                    doc[span.end + 1].lower_ in ("the", "a", "an") and doc[span.end + 2].is_lower):
            return None  # "Control of the strategic air forces passed to ...": a common noun capitalised
            # by its place (a name with an "of" phrase has a name after it: "Krauch of I.G. Farben")
        if len(span) == 1 and _ACRONYM.match(span.text) and span.start != span.sent.start and (
                not types or types == ["Person"] and ent_label in self.ner):
            types = ["Organization"]  # "the JOTC": acronyms in these texts name bodies, not people
            ent_label = None
            acronym = True
        else:
            acronym = False
        weak = acronym or (bool(types) and ent_label in self.ner and types == [self.ner[ent_label]])
        return Mention(span.start, span.end, text, label, _dedupe(types), "name", span.root.i, weak_type=weak,
                       position=position)

    # ------------------------------------------------------------------ noun phrases
    def _works(self, sent: Span, taken: list[bool]) -> list[Mention]:
        """'the synthetic oil works at Bottrop': "works" after nouns and before a preposition
        or punctuation is a plant, however the tagger read it."""
        doc, out = sent.doc, []
        for t in sent:
            if t.lower_ != "works" or taken[t.i] or t.i == sent.start:
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ") or nxt.is_space):
                continue
            k = t.i
            # ("the damaged/VBN works": a participle before it is a modifier too)
            while k - 1 >= sent.start and t.i - k < 3 and (
                    doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k - 1].dep_ == "amod") and \
                    not taken[k - 1] and doc[k - 1].lower_ not in WEAK_MODIFIERS:
                k -= 1
            if k == t.i:
                # "the I.G. Farben works": a firm's works, named after it (the firm stays a mention)
                # (or by a name nothing else types: "a Buna works")
                firm = next((m for m in self._found if m.end == t.i and (not m.types and m.source == "name" or
                             self.ont.fits(m.types[:1], {"Organization"}) and
                             not self.ont.fits(m.types[:1], {"MilitaryUnit", "GovernmentBody"}))), None)
                if firm is not None and t.i > 1 and doc[firm.start - 1].lower_ in ("the", "a", "an"):
                    out.append(Mention(t.i, t.i + 1, t.text, f"{firm.text} works", ["Facility"], "noun", t.i))
                    taken[t.i] = True
                continue
            label = " ".join(w.text if w.pos_ == "PROPN" else w.lower_ for w in doc[k:t.i + 1])
            out.append(Mention(k, t.i + 1, doc[k:t.i + 1].text, label, ["Facility"], "noun", t.i))
            for j in range(k, t.i + 1):
                taken[j] = True
        return out

    def _noun_phrases(self, sent: Span, taken: list[bool]) -> list[Mention]:
        doc = sent.doc
        out = self._works(sent, taken)
        for t in sent:
            if taken[t.i] or t.dep_ in ("compound", "fixed") and not _entry_head(t) or (  # ("in order/fixed to")
                    t.pos_ not in ("NOUN", "PROPN") and not (t.pos_ == "VERB" and _after_possessive(t))
                    and not _entry_head(t) and not _noun_tagged_verb(t, self.head_nouns)):
                continue
            cls, _ = self._head_class(t)
            if cls is None:
                continue
            if cls == "Document" and t.tag_ == "NN" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].lower_ == "in" and \
                    doc[t.i + 1].lower_ == "to" and not any(c.i < t.i and c.dep_ != "case" for c in t.children):
                continue  # "In response to Tedder's paper, the Air Staff ...": an idiom, no document
                # (but "said so in letters to Portal": plural documents)
            if cls == "Document" and t.tag_ == "NN" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].lower_ == "in" and \
                    doc[t.i + 1].text == "," and not any(c.dep_ != "case" for c in t.children if c.i < t.i) and \
                    t.lemma_.lower() not in self._reply_nouns:
                continue  # "In summary, the attacks failed": an idiom, no document (but "In reply, Portal wrote")
            if cls == "Document" and t.lemma_.lower() in ORDER_NOUNS and \
                    case_of(t) in ("on", "upon", "at") and possessor(t) not in (None, t):
                continue  # "replied on Portal's instructions": the order acted on, no paper of its own
            if cls == "Document" and case_of(t) == "as" and t.head.pos_ == "VERB" and \
                    t.head.lemma_.lower() in TAKEN_AS_VERBS and ((o := possessor(t)) is None or o.i == t.i):
                continue  # "Harris took it as an order from Portal": what a thing is taken for, no paper of its own
            if cls == "Person" and t.lemma_.lower() == "head" and any(c.lower_ == "at" for c in t.children) and \
                    not any(c.dep_ in ("nmod", "prep") for c in t.children):
                continue  # "a list with Pölitz at its head": a place in an order, no one who heads it
            if cls == "Person" and t.lemma_.lower() == "head" and case_of(t) in ("over", "above", "behind") and \
                    possessor(t) not in (None, t):
                continue  # "went over Tedder's head to Eisenhower": an idiom, no one who heads anything
            mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nummod", "det", "nmod:poss", "poss",
                                                        "nmod:npmod", "nmod:tmod", "obl:npmod", "npadvmod")]
            start = min([t.i] + [c.left_edge.i for c in mods])
            name_mod = None
            if any(taken[start:t.i]):
                start = max(k for k in range(start, t.i) if taken[k]) + 1
                # "the Ploesti refineries", "the Leuna plant": a name compound names the facility
                k = start - 1
                if cls in ("Facility", "Place", "Document", "Organization", "GovernmentBody") and k >= 0 and \
                        doc[k].dep_ in ("compound", "amod", "flat") and _is_name_token(doc[k], sent.start) and \
                        (doc[k].head.i == t.i or doc[k].dep_ == "flat" and doc[k].head.head.i == t.i or
                         # (or through a common noun between: "A Luftwaffe/compound>fuel fuel report")
                         doc[k].head.i == k + 1 and doc[k + 1].dep_ == "compound" and doc[k + 1].pos_ == "NOUN" and
                         doc[k + 1].head.i == t.i == k + 2):
                    # (the last word of a hyphenated name hangs on its first: "the Braunkohle-Benzin company")
                    name_mod = k
            words, quantity, owner = [], None, possessor(t)
            if t.pos_ == "VERB" or not any(c.dep_ in POSS for c in t.children):
                k = t.i - 1
                while k >= 0 and (doc[k].like_num or doc[k].lower_ in _MONTH_NAMES or doc[k].pos_ == "ADJ"):
                    k -= 1
                if k - 1 >= 0 and doc[k].tag_ == "POS" and doc[k - 1].pos_ in ("PROPN", "NOUN", "PRON"):
                    owner = doc[k - 1]
                    start = min(start, k - 1)
            for k in range(start, t.i + 1):
                w = doc[k]
                if (w.dep_ in POSS and w.head == t) or w is owner:
                    owner = w
                    continue
                # the possessor phrase ("Portal 's"; a possessive pronoun has no "'s")
                if owner is not None and k < owner.i + (1 if owner.tag_ in ("PRP$", "WP$") else 2):
                    continue
                if (w.like_num or w.lower_ in NUMBER_WORDS) and w.head == t:
                    if _is_ordinal(w) or (w.lower_ == "one" and w.i > 0 and doc[w.i - 1].lower_ == "the"):
                        continue  # "their first directive", "the one target system": not a count
                    if _is_year_modifier(w):
                        continue  # "the 1944 attacks": a year
                    if w.dep_ in ("nummod", "amod", "det", "compound"):
                        quantity = str(NUMBER_WORDS.get(w.lower_, w.text))
                    continue
                if k != t.i and not (w.dep_ in ("compound", "amod", "flat") and
                                     (w.head == t or w.head.dep_ in ("compound", "amod"))):
                    continue  # determiners, prepositions, the possessor phrase
                # (a verb form that makes one of the ontology's head nouns with the head stays: "marshalling yards")
                term = w.pos_ == "VERB" and k == t.i - 1 and \
                    {f"{w.lower_} {t.lower_}", f"{w.lower_} {t.lemma_.lower()}"} & set(self.head_nouns)
                if w.tag_ == "POS" or w.pos_ in ("DET", "PUNCT", "PRON", "AUX") or w.pos_ == "VERB" and not term or \
                        w.lower_ in WEAK_MODIFIERS and not (k == t.i and self._named_after(t)):
                    # (but a post named after: "The chief of the fuel section, General Köhler,")
                    continue
                if find_dates(w.text) or (w.text[:1].isupper() and w.lemma_.lower() in _MONTH_NAMES):
                    continue
                if k != t.i and w.lower_ in MAKING_FORMS and k > 0 and doc[k - 1].pos_ == "NOUN":
                    # "that the next directive name/NN oil as the first priority": a verb read into
                    # the noun phrase; the words before it are its subject
                    words, start = [], k + 1
                    continue
                words.append(w)
            if not words:
                continue
            # (a word capitalised only because it opens the sentence or a catalogue entry after
            # a colon is written in lower case: "Memorandum, Anderson to Spaatz" -> "memorandum")
            label = " ".join(w.text if (w.text[:1].isupper() and not _opens(w)) else w.lower_ for w in words)
            if name_mod is not None:
                name = next((m for m in self._found if m.start <= name_mod < m.end), None)
                if name is not None and not name.types and name.source == "name" and cls == "Facility" and \
                        name.end == t.i and len(words) == 1 and t.tag_ == "NN" and \
                        not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("at", "in")):
                    # "the Meerbeck plant": a name nothing else types names the plant (but "the
                    # Wintershall plant at Lützkendorf" is a firm's plant known by its town)
                    name.types = ["Facility"]
                if name is not None and cls == "Organization" and name.source == "name" and \
                        (not name.types or name.weak_type) and name.end == t.i and len(words) == 1:
                    name.types, name.weak_type = ["Organization"], False  # ("the Braunkohle-Benzin company")
                if name is not None and (name.types[:1] in (["Facility"], ["Organization"]) or name.types[:1] == ["Place"]
                                         and t.lemma_.lower() in ("area", "district", "region")) and \
                        name.end == t.i and len(words) == 1 and (cls == name.types[0]):
                    # "the Leuna works" is Leuna (a plant named by its town): the name grows to
                    # cover its head noun, so relations on "works" reach it (so does "the Merseburg area")
                    name.end, name.head, name.text = t.i + 1, t.i, doc[name.start:t.i + 1].text
                    taken[t.i] = True
                    continue
                if name is not None and cls == "Document" and name.types[:1] and not name.weak_type and \
                        self.ont.fits(name.types[:1], {"Person", "Organization"}):
                    # "the Bufton draft" is Bufton's (a writer, not part of the name; "the
                    # Casablanca directive" is a name)
                    owner, name = doc[name.end - 1], None
                if name is not None:
                    label = f"{name.text} {label}"
            types = [cls]
            if cls != "TargetSystem":
                lex = self.lexical.get(fold(label))
                if lex:
                    types.insert(0, lex)
            owner_i = None
            if cls == "Person" and t.tag_ == "NNS":
                self._people_named_as_examples(t)
            if owner is not None and cls == "Document":
                owner_i = owner.i
                if owner.pos_ != "PRON":
                    label = f"{_possessor_text(owner)} {label}"
            elif cls == "Person" and t.tag_ == "NNS" and self._names_set_off_after(t):
                continue  # "The official historians, Webster and Frankland, judged ...": the names stand for it
            elif len(words) == 1 and cls not in BARE_OK and owner is None and name_mod is None and \
                    not self._names_before(t, out) and not (cls == "Person" and self._named_after(t)) and \
                    not (self.ont.fits([cls], {"Organization"}) and self._body_made_definite(t)) and \
                    not (cls == "Place" and t.tag_ == "NNS" and any(  # ("the cities of the Ruhr": some of a place's)
                        case_of(c) == "of" and c.pos_ == "PROPN" for c in t.children if c.dep_.startswith("nmod"))) and \
                    not (cls == "Person" and (quantity is not None or (
                        # a group of people the text acts on: "Göring blamed the pilots", "ordered the workers"
                        # (but "the economists of the Ministry" stand for the Ministry)
                        t.tag_ == "NNS" and t.lemma_.lower() not in ("man", "woman") and
                        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and
                        not any(case_of(c) == "of" for c in t.children if c.dep_.startswith("nmod"))))):
                continue
            end = t.i + 1
            if end + 1 < len(doc) and doc[end].lower_ in NUMBERING and doc[end + 1].like_num and not taken[end + 1]:
                end += 2  # "Directive No. 2": the number is part of the document's name
                label = f"{label} {doc[end - 2].text} {doc[end - 1].text}"
            m = Mention(min(w.i for w in words), end, doc[min(w.i for w in words):end].text, label,
                        types, "noun", t.i, quantity=quantity, owner=owner_i)
            # the name this noun phrase is in apposition to
            named = next((f for f in self._found + out if f.start <= t.head.i < f.end), None) \
                if t.dep_ == "appos" else None
            described = None
            if types[:1] == ["Person"]:  # (also an apposition the parser hung elsewhere)
                described = named or next((f for f in self._found + out if f.end < t.i and
                                           t in appositions(doc[f.head])), None)
            if described is not None and described.source == "name" and not described.types:
                described.types = ["Person"]  # "Funk, the economics minister": a post makes a person
            if types[:1] != ["Person"] and named is not None and owner is None:
                # "Homberg, a small refinery in the Ruhr": the apposition says what the name is
                # (whatever the NER model guessed); a town's name is its plant's in "Magdeburg, a
                # synthetic plant", and in "Zeitz, Böhlen and Magdeburg, the three synthetic plants"
                listed = [named] + ([f for c in conjuncts(t.head)[1:] for f in self._found + out
                                     if f.start <= c.i < f.end] if t.tag_ in ("NNS", "NNPS") else [])
                for n in listed:
                    if n.source == "name" and (not n.types or n.weak_type) or \
                            n.source in ("name", "alias") and types[:1] == ["Facility"] and n.types == ["Place"]:
                        n.types, n.weak_type = [types[0]], False
            if described is not None and "Person" in described.types[:1] or types[:1] == ["Person"] and \
                    case_of(t) == "as" and t.head.lemma_.lower() in SERVING_VERBS | APPOINT_VERBS:
                # "Speer, the German armaments minister": his post, not a second person (nor is the
                # post one serves or is appointed as: "serving as chief target planner")
                m.types, m.source = [], "position"
            out.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
        return out

    def _names_body(self, rest: Span) -> bool:
        """Does the "of" phrase of a post name an organization ("C-in-C of Bomber Command")?"""
        if len(rest) and rest[0].lower_ == "the":
            rest = rest[1:]
        if not len(rest):
            return False
        alias = self.aliases.exact(rest.text)
        cls = alias.types[0] if alias is not None and alias.types else self.name_words.get(rest[-1].lower_)
        return cls is not None and self.ont.fits([cls], {"Organization"})

    def _names_before(self, t: Token, out: list[Mention]) -> bool:
        """Whether "the committee" (a bare body word with "the") follows a name ending in that
        word ("the Enemy Oil Committee"), which it then stands for (see coref)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return False
        # (or a numbered one: "No. 5 Group", whose number joins the name later)
        doc = t.doc
        return any(m.end <= t.i and m.label.lower().split()[-1] == t.lower_ and
                   (len(m.label.split()) > 1 or m.start > 0 and doc[m.start - 1].like_num)
                   for m in self._found + out)

    def _body_made_definite(self, t: Token) -> bool:
        """Whether "the committee", named by no name before it, is made one body by what follows:
        a clause that picks it out ("the committee that allocated the bombers") or a document it
        owns ("the committee's weekly bulletin")."""
        doc = t.doc
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return False
        if any(c.dep_ in ("acl:relcl", "relcl") and doc[c.left_edge.i - 1].text != "," and
               any(x.lower_ in ("that", "which", "who") and x.i < c.i for x in c.children) for c in t.children):
            return True
        return t.dep_ in POSS and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS" and \
            self.head_nouns.get(t.head.lemma_.lower()) == "Document"

    def _military_word(self, word: str) -> bool:
        """A word that ends a unit's name ("Corps", "Jagdkorps", "Luftflotte")."""
        return self.name_words.get(word) == "MilitaryUnit" or any(
            word.endswith(suffix) and c == "MilitaryUnit" for suffix, c in self.name_suffixes.items())

    def _people_named_as_examples(self, t: Token) -> None:
        """"American economists such as Rostow and Kindleberger": the names given as examples of
        people are people, whatever the NER model guessed."""
        for x in examples_of(t):
            for m in self._found:
                if m.start <= x.i < m.end and m.source == "name" and (not m.types or m.weak_type):
                    m.types, m.weak_type = ["Person"], False

    def _names_set_off_after(self, t: Token) -> list[Mention]:
        """The names set off after a plural noun of people ("The official historians, Webster and
        Frankland, ..."), typed as people whatever the NER model guessed."""
        # (not "Harris's critics at the Air Ministry, Bufton and Bottomley among them,": examples of the group)
        names = [m for a in appositions(t) if a.i > t.i and not any(w.lower_ == "among" for w in a.subtree)
                 for x in conjuncts(a)
                 for m in self._found if m.start <= x.i < m.end and m.source in ("alias", "name")]
        if not names or any(m.types and not m.weak_type and m.types[:1] != ["Person"] for m in names):
            return []
        for m in names:
            m.types, m.weak_type = ["Person"], False
        return names

    def _named_after(self, t: Token) -> bool:
        """Whether a post of one word is followed by the name of who holds it, set off by a comma
        after its own phrase: "The chief of the Luftwaffe's fuel section, General Köhler, told ..."."""
        doc = t.doc
        k = next((x.i for x in doc[t.i + 1:t.right_edge.i + 2] if x.text == ","), None)
        if k is None or t.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "ROOT"):
            return False
        j = k + 1
        while j < len(doc) and doc[j].text[:1].isupper() and not any(m.start == j for m in self._found):
            j += 1  # (the title before the name: "General")
        return any(m.start == j and m.source in ("alias", "name") and m.types[:1] in ([], ["Person"])
                   for m in self._found)

    def _sent_to_someone(self, t: Token) -> bool:
        """Whether a noun is what a document verb sends to someone: "sent Spaatz a copy of the
        report", "forwarded a copy to Harris"."""
        verb = t.head
        # (but "a copy of the report" is the report's, which it stands for)
        return t.dep_ in ("obj", "dobj") and verb.lemma_.lower() in self.document_verbs and \
            not any(case_of(c) == "of" for c in t.children) and any(
            c.dep_ in ("iobj", "dative") or c.dep_ == "obl" and case_of(c) == "to" for c in verb.children)

    def _head_class(self, t: Token) -> tuple[str | None, str]:
        lemma = t.lemma_.lower()
        text = t.lower_
        prev = t.doc[t.i - 1] if t.i > 0 else None
        hyphen = prev is not None and prev.text in ("-", "\u2011") and t.i > 1 and not t.doc[t.i - 2].whitespace_
        if hyphen:
            prev = t.doc[t.i - 2]  # ("ball-bearings", split by the tokenizer: "ball - bearings")
        if prev is not None and prev.dep_ in ("compound", "amod") and prev.head == t:  # ("tactical/amod targets")
            two = f"{prev.lower_} {lemma}"
            keys = (f"{prev.lower_}-{text}",) if hyphen else ()
            for key in keys + (f"{prev.lower_} {text}", two):
                if key in self.lexical:
                    return self.lexical[key], key
                if key in self.head_nouns:
                    return self.head_nouns[key], key
        if t.pos_ == "VERB" and (_after_possessive(t) or _noun_tagged_verb(t, self.head_nouns)):
            lemma = text.rstrip("s") if text.endswith("s") and text[:-1] in self.head_nouns else text
            if lemma in self.head_nouns:
                return self.head_nouns[lemma], lemma
        for key in (text, lemma):
            if key in self.lexical and (t.pos_ == "NOUN" or t.i == t.sent.start):
                return self.lexical[key], key
        pred = t.head
        if lemma in self.answer_nouns and t.dep_ in ("nsubj", "nsubj:outer", "csubj") and pred.i > t.i and (
                pred.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in pred.children) and
                any(c.dep_ == "det" for c in pred.children) and self.head_nouns.get(pred.lemma_.lower()) != "Document" or
                pred.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "mark" for c in pred.children)):
            # ("The Americans' answer to the German fighters was the P-51 Mustang", "Harris's answer was to
            # send 1,000 bombers": an answer that is a thing or a deed is no paper)
            return None, ""
        if lemma == "mine" and (t.head.lemma_.lower() in MINE_LAYING_VERBS or t.head.lower_ in MINE_LAYING_VERBS):
            return None, ""  # ("laid mines in the Danube": sea mines, no pit)
        if lemma in self.addressed and not any(case_of(c) in ("to", "from") or is_date_word(c) for c in t.children
                                               if c.i > t.i) and not self._sent_to_someone(t):
            return None, ""  # ("Portal then tried to soften his message": no document sent)
        if lemma in self.head_nouns and t.pos_ == "NOUN":
            return self.head_nouns[lemma], lemma
        if text in self.head_nouns and t.pos_ == "NOUN" and text.endswith("s"):  # ("headquarters", lemma "headquarter")
            return self.head_nouns[text], text
        if (t.pos_ == "PROPN" and t.i == t.sent.start or _entry_head(t)) and text in self.head_nouns:
            return self.head_nouns[text], text  # "Letter from ...", capitalised by position only
        return None, ""

    # ------------------------------------------------------------------ dates
    def _attach_dates(self, doc: Doc, mentions: list[Mention], years, title_tokens: set[int]) -> None:
        by_head = {m.head: m for m in mentions if m.types and m.types[0] in ("Document", "Event", "Campaign")}
        at = {k: m for m in mentions for k in range(m.start, m.end)}
        for d in self.dates(doc, years):
            toks = [t for t in doc if d.start <= t.idx < d.end]
            if any(t.i in title_tokens for t in toks):
                continue  # (words of a quoted title, not the date of anything)
            if not toks:
                continue
            target = None
            anchor = toks[0]
            # the surface first: "Speer's reply to Hitler's order of 1 August" (the parser may hang
            # the date on the reply): a document or event right before "of" is dated by it
            before = doc[anchor.i - 2] if anchor.i >= 2 and doc[anchor.i - 1].lower_ == "of" else None
            if before is not None and before.i in by_head and by_head[before.i].end == before.i + 1:
                target = by_head[before.i]
            # inside the phrase: "Portal's 22 December reply"
            for t in toks if target is None else []:
                h = t
                for _ in range(5):
                    if colon_between(t, h):
                        break  # "Papers, Box 17: Memorandum, Spaatz to Arnold, 5 Sept. 1944"
                    if h.i in by_head:
                        target = by_head[h.i]
                        break
                    # ("The final text of the directive, issued on 25 September": a word for the
                    # document's own form stands for the document its "of" phrase names)
                    of_doc = [by_head[c.i] for c in h.children if c.dep_ == "nmod" and c.i in by_head and
                              by_head[c.i].types[:1] == ["Document"] and
                              any(x.dep_ == "case" and x.lower_ == "of" for x in c.children)]
                    if h.pos_ == "NOUN" and h.i not in at and h.lemma_.lower() in DOCUMENT_FORM_NOUNS and of_doc:
                        target = of_doc[0]
                        break
                    h = h.head
                if target:
                    break
            if target is None and anchor.i > 0 and doc[anchor.i - 1].lower_ in ("of", "dated", ","):
                # "a paper by Bufton of 18 August" with "by Bufton" hung on the verb: the
                # date belongs to the document just before the writer's name (so does a
                # catalogue's "Memorandum, Anderson to Spaatz, 2 Jan. 1945")
                # ("A report by the Ministry of Economic Warfare, dated 15 June, put ...": set off)
                target = _document_before(doc, anchor.i - 1, by_head, at, commas=doc[anchor.i - 1].text == "," or
                                          doc[anchor.i - 1].lower_ == "dated" and doc[anchor.i - 2].text == ",")
            if target is None:
                # "X was launched on May 12, 1944": the date modifies the verb of an event subject
                h = anchor
                while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
                    h = h.head
                for c in h.children:
                    if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i in by_head:
                        target = by_head[c.i]
                        break
                # ("The exchange began on 5 November, when Portal sent Harris a letter": the day of
                # the clause the "when" clause names)
                # ("issued a joint directive on 25 September placing/advcl oil first": a date before
                # a participle that the parser hung on it is the verb's before)
                before_participle = [h.head] if h.tag_ == "VBG" and h.dep_ == "advcl" and anchor.i < h.i and \
                    h.head.i < anchor.i else []
                for v in [h] + before_participle + [c for c in h.children if c.dep_ == "advcl" and c.i > anchor.i and
                                                    any(x.lower_ == "when" and x.dep_ == "advmod" for x in c.children)]:
                    if target is not None or v.lemma_.lower() not in self.document_verbs:
                        continue
                    # "On 8 June Spaatz issued his first directive": the day a document was issued is its date
                    # (or was issued: "The directive was drafted by Bufton and issued by Bottomley on 25 September")
                    objs = passive_subjects(v) if is_passive(v) else [c for c in v.children if c.dep_ in ("obj", "dobj")]
                    docs = [by_head[c.i] for c in objs if c.i in by_head and by_head[c.i].types[:1] == ["Document"]]
                    if len(docs) == 1:
                        target = docs[0]
                if target is None and h.pos_ == "VERB":
                    # "Harris answered Portal on 18 January in a long letter": the day of the act is the letter's
                    docs = [by_head[c.i] for c in h.children if c.dep_.startswith("obl") and c.i in by_head and
                            by_head[c.i].types[:1] == ["Document"] and
                            any(x.dep_ == "case" and (x.lower_ == "in" or x.lower_ == "with" and
                                                      h.lemma_.lower() in self._reply_verbs)
                                for x in c.children)]
                    if len(docs) == 1:  # (or "replied on 6 November with a letter")
                        target = docs[0]
                if target is None and h.pos_ == "VERB":
                    # "after hearing both sides at a meeting on 25 March": what is done at an event
                    # on a day dates the event
                    # (so does telling or attending one: "told a conference ... on 23 June")
                    events = [by_head[c.i] for c in h.children if c.i in by_head and by_head[c.i].types[:1] == ["Event"]
                              and (c.dep_.startswith("obl") and
                                   any(x.dep_ == "case" and (x.lower_ in ("at", "during") or x.lower_ in ("in", "over")
                                                             and h.lemma_.lower() in PARTAKING_VERBS)
                                       for x in c.children) or
                                   c.dep_ in ("obj", "dobj", "iobj") and h.lemma_.lower() in MEETING_VERBS)]
                    if len(events) == 1:
                        target = events[0]
            if target is None:
                # a catalogue entry: the date belongs to the document the entry opens with,
                # or, standing alone before it, to the document the next sentence opens with
                # ("24 Oct. 1944. Directive No. 2 for the Strategic Air Forces, ...")
                sent = anchor.sent
                entry_starts = {sent.start}
                if all(d.start <= t.idx < d.end or t.is_punct or t.is_space for t in sent):
                    k = sent.end
                    while k < len(doc) and doc[k].is_space:
                        k += 1
                    entry_starts.add(k)
                target = next((m for m in mentions if m.start in entry_starts and m.date is None
                               and m.types[:1] == ["Document"]), None)
                if target is None and not has_finite_verb(sent):
                    # a line with no verb is a catalogue entry: its one document takes the date
                    # ("Portal to Harris, 12 Dec. 1944 (letter on the oil offensive)")
                    docs = [m for m in mentions if sent.start <= m.start < sent.end and m.date is None
                            and m.types[:1] == ["Document"]]
                    target = docs[0] if len(docs) == 1 else None
            if target is not None and target.date is None:
                target.date = d.value
                target.date_type = d.datatype
                # "Memorandum by the EOU, 'The Use of Strategic Air Power ...', 28 February 1944":
                # a quoted title right after a document (and its writer) names that document
                named = _document_before(doc, target.start - 1, by_head, at, commas=True) \
                    if target.start > 1 and doc[target.start - 1].is_quote else None
                if named is not None and named.date is None:
                    named.date, named.date_type = d.value, d.datatype

    @staticmethod
    def dates(doc: Doc, years) -> list[DateMatch]:
        """Dates in the whole text (sentence splits may cut "22 | December"); a date
        without a year takes the last year written before it."""
        out = []
        for d in find_dates(doc.text):
            if d.datatype in ("gMonthDay", "gMonth"):
                before = [y for off, y in years if off < d.start]
                if before:
                    again = find_dates(d.text, default_year=before[-1])[0]
                    d = DateMatch(d.start, d.end, d.text, again.value, again.datatype)
            out.append(d)
        return out


_MONTH_NAMES = set(MONTH_NAMES)


ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "fifteenth", "twentieth", "last", "next"}


def _is_year_modifier(t: Token) -> bool:
    """A year before a noun after a determiner: "the 1944 attacks", "its 1943 programme"."""
    return bool(re.fullmatch(r"1[89]\d\d|20[0-4]\d", t.text)) and t.i > 0 and \
        (t.doc[t.i - 1].pos_ in ("DET", "PRON") or t.doc[t.i - 1].tag_ == "POS")


def _subunit_types(doc: Doc, mentions: list[Mention]) -> None:
    """"The Oil Division of the Ministry of Economic Warfare": a name (or a common noun) ending in a word
    for a part of a body (division, section, branch ...) is of the class of the known body it is a part
    of (not a military division)."""
    for m in mentions:
        # (so a common noun for one with its body: "the oil division of the Ministry of Economic Warfare")
        if m.source not in ("name", "noun") or doc[m.end - 1].lower_ not in SUBUNIT_WORDS:
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in ("its", "their") and m.source == "name":
            # ("The Strategic Bombing Survey ... Its Oil Division was headed by ...": the body named last)
            before = [b for b in mentions if b.end <= m.start - 1 and b.source in ("alias", "name") and b.types and
                      b.types[0] in ("GovernmentBody", "Organization", "MilitaryUnit") and
                      doc[b.start].sent.start >= doc[max(0, doc[m.start].sent.start - 1)].sent.start]
            body = before[-1] if before else None
        elif m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
            k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
            body = next((b for b in mentions if b.start == k and b.source == "alias" and b.types), None)
        else:
            continue
        if body is not None and body.types[0] in ("GovernmentBody", "Organization"):
            m.types, m.weak_type = list(body.types[:1]), False


def _owned_subunits(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Ministry of Economic Warfare's oil section": a common noun for a part of a body (section,
    branch, division ...) owned by a named body is a body of that body's class."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    by_token = {k: m for m in mentions if m.source in ("alias", "name") for k in range(m.start, m.end)}
    out = list(mentions)
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in SUBUNIT_WORDS:
            continue
        body = next((by_token[c.i] for c in t.children if c.dep_ in POSS and c.i in by_token), None)
        if body is None or body.types[:1] not in (["GovernmentBody"], ["Organization"]):
            continue
        if t.i in covered:
            # ("The Survey's oil division", "the Ministry of Economic Warfare's Oil Division": a phrase or
            # name read already, typed by its head as a military division, is the body's part)
            for m in mentions:
                if m.head == t.i and m.source in ("noun", "name") and m.types[:1] == ["MilitaryUnit"]:
                    m.types, m.weak_type = list(body.types[:1]), False
            continue
        if t.pos_ != "NOUN":
            continue
        start = t.i
        while start - 1 > body.end - 1 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and \
                doc[start - 1].pos_ == "NOUN":
            start -= 1
        span = doc[start:t.i + 1]
        out.append(Mention(start, t.i + 1, span.text, span.text.lower(), list(body.types[:1]), "noun", t.i,
                           owner=body.head))
    return sorted(out, key=lambda m: m.start)


# how a text names a commander-in-chief without his name ("replied to the C.-in-C.")
C_IN_C = {"c.-in-c.", "c-in-c", "c.-in-c", "c-in-c.", "commander-in-chief"}


def _commander_in_chief(doc: Doc, mentions: list[Mention]) -> None:
    """"Portal, who had once been Harris's superior, ... replied to the C.-in-C.": "the C.-in-C." with
    no body named after it is the last person named before it in its sentence or the two before,
    other than its own clause's subject (a writer uses the title not to repeat the name)."""
    sent_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    people = [m for m in mentions if m.types[:1] == ["Person"] and m.source in ("alias", "name")]
    for m in mentions:
        if m.types or m.source != "name" or m.text.replace(" ", "").lower() not in C_IN_C or m.start == 0 or \
                doc[m.start - 1].lower_ != "the" or (m.end < len(doc) and doc[m.end].lower_ == "of"):
            continue
        verb = doc[m.head].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # ("lost patience with the C.-in-C.": the clause's verb)
        own = {s.i for s in verb.children if s.dep_ in ("nsubj", "nsubj:pass")}
        own_labels = {p.label for p in people if p.head in own}
        before = [p for p in people if p.end <= m.start and sent_of[m.start] - sent_of[p.start] <= 2 and
                  p.head not in own and p.label not in own_labels]
        if before:
            b = before[-1]
            m.label, m.types, m.alias_iri, m.source = b.label, list(b.types), b.alias_iri, b.source


ROMAN_NUMERAL = re.compile(r"^(?=[IVX]{2,}$|[VX]$)X{0,3}(IX|IV|V?I{0,3})$")


def _is_roman_numeral_text(text: str) -> bool:
    return text == "I" or bool(ROMAN_NUMERAL.match(text))


def _is_roman_numeral(t: Token) -> bool:
    """"VIII", "IX", "XV" (not "I", the pronoun): the number of a command or corps."""
    return bool(ROMAN_NUMERAL.match(t.text))


def _is_ordinal(t: Token) -> bool:
    return t.lower_ in ORDINAL_WORDS or bool(NUMBERED_ORDINAL.match(t.lower_))


# words for a document's own form, which stand for the document named after them ("the text of the directive")
DOCUMENT_FORM_NOUNS = {"text", "wording", "version", "copy", "draft"}


# verbs whose object event is where the act happened, so the act's day is the event's ("told a
# conference on 23 June", "attended the meeting of 25 March")
# verbs of taking part "in" an event ("took part in the meeting at Bushy Park on 25 March")
PARTAKING_VERBS = {"take", "participate", "join", "speak", "sit", "preside"}  # ("presided over the meeting")
# (and those of making or leading a raid: "led the attack on Ruhland on 12 September")
MEETING_VERBS = {"tell", "address", "attend", "hold", "open", "chair", "convene", "call", "brief", "join", "lead", "launch",
                 "mount", "fly", "make", "carry", "conduct", "escort"}


# prepositions of where something is or happens ("in the Ardennes", "near Merseburg")
WHERE_PREPOSITIONS = {"in", "near", "across", "around", "outside", "beyond", "throughout"}


def _places_of_where(doc: Doc, mentions: list[Mention]) -> None:
    """"sent his bombers back to Wanne-Eickel, where the Krupp plant had escaped ...": a name that
    a "where" clause describes is a place, whatever the NER model guessed (and, weakly, a name
    nothing else types, in a phrase of where: "the operations of the army in the Ardennes")."""
    for m in mentions:
        if m.source != "name" or (m.types and not m.weak_type):
            continue
        h = doc[m.head]
        if not m.types and h.pos_ == "PROPN" and case_of(h) in WHERE_PREPOSITIONS and \
                h.dep_.split(":")[0] in ("obl", "nmod"):
            m.types, m.weak_type = ["Place"], True
        if any(c.dep_ in ("acl:relcl", "relcl") and c.i > h.i and
               any(w.lower_ == "where" and w.dep_ == "advmod" and w.i < c.i for w in c.children) for c in h.children):
            m.types, m.weak_type = ["Place"], False


# verbs by which a firm holds a plant ("a small synthetic plant owned by Wintershall")
OWNING_VERBS = {"own", "operate", "run", "build", "control"}


def _names_given(doc: Doc, mentions: list[Mention], head_nouns: dict[str, str]) -> None:
    """"The refinery at Ploesti known as Astra Romana", "a plant called Odertal": the name a common
    noun is known by is of the noun's class, whatever the NER model guessed (see coref, which makes
    the noun the name)."""
    for m in mentions:
        h = doc[m.head]
        if m.source != "name" or (m.types and not m.weak_type) and m.types[:1] != ["Place"]:
            continue
        noun = known_as(h)
        cls = head_nouns.get(noun.lemma_.lower()) if noun is not None else None
        if cls is not None and cls != "Person" and (not m.types or m.weak_type or cls == "Facility"):
            m.types, m.weak_type = [cls], False


def known_as(name: Token) -> Token | None:
    """The common noun a name is given to by "known as", "called" or "named" ("the refinery/NOUN known
    as Astra Romana"), or None."""
    v = name.head
    if v.lemma_.lower() not in ("know", "call", "name", "dub", "christen") or v.tag_ != "VBN" or \
            not v.dep_.startswith("acl") or v.head.pos_ != "NOUN" or v.head.i > v.i or \
            name.dep_ not in ("obl", "xcomp", "oprd", "obj", "dobj") or name.i < v.i or \
            (v.lemma_.lower() == "know" and case_of(name) != "as"):
        return None
    return v.head


def _owners_of_plants(doc: Doc, mentions: list[Mention]) -> None:
    """"Lützkendorf, a small synthetic plant owned by Wintershall": a name that owns a plant is a firm,
    whatever the NER model guessed (a name typed by the text or the alias data stays)."""
    plants = {k for m in mentions if m.types[:1] == ["Facility"] for k in range(m.start, m.end)}
    for m in mentions:
        h = doc[m.head]
        if m.source != "name" or (m.types and not m.weak_type) or h.dep_ != "obl:agent" or \
                h.head.lemma_.lower() not in OWNING_VERBS or h.head.head.i not in plants or \
                not h.head.dep_.startswith("acl"):
            continue
        m.types, m.weak_type = ["Organization"], False


def _is_month_of_date(span: Span) -> bool:
    """A month name used as a date: after a preposition or a day number, or before a number
    ("in May", "12 May", "May 1944"), not a name that happens to be spelled like one."""
    if len(span) != 1 or span[0].lower_ not in MONTHS or len(span[0]) < 3:
        return False
    doc, i = span.doc, span.start
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.text == "-" and i >= 2 and doc[i - 2].lower_ in ("early", "late", "mid"):
        prev = doc[i - 2]  # ("mid-September")
    if prev is not None and prev.lower_ in ("and", "or", "to", ",") and i >= 2 and \
            doc[i - 2].lower_.rstrip(".") in MONTHS and doc[i - 2].is_title:
        return True  # ("in July and August")
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (prev is not None and (prev.like_num or prev.pos_ == "ADP" or prev.lower_ in ("early", "late", "mid"))) or (
        nxt is not None and nxt.like_num)


_OPEN_QUOTES = {'"', "\u201c", "\u2018", "'"}
_CLOSE_QUOTES = {'"', "\u201d", "\u2019", "'"}
_TITLE_FUNCTION_WORDS = {"of", "the", "for", "and", "on", "in", "to", "a", "an", "with", "against", "by", "at",
                         "be", "from", "after", "before", "upon", "towards", "toward", "or"}


def _is_title(span: Span) -> bool:
    """Capitalised words (and small function words) with no finite verb: "Plan for the
    Completion of the Combined Bomber Offensive", not a quotation ("the one target system")."""
    if not 2 <= len(span) <= 20 or not span[0].text[:1].isupper() or not span[0].is_alpha:
        return False
    capitalised = 0
    # (a capitalised word is a title's, whatever its tag: "... to be Adopted/VBD with a View ...")
    if has_finite_verb(span) and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not t.text[:1].isupper() for t in span):
        return False
    for t in span:
        if t.text[:1].isupper():
            capitalised += 1
        elif t.lower_ not in _TITLE_FUNCTION_WORDS and t.text not in ("-", ":", ",") and not t.like_num:
            return False  # (a date may close it: "... After April 1, 1944")
    return capitalised >= 2


# verbs by which one takes another's post ("succeeded Eaker as its commander")
SUCCEEDING_VERBS = {"succeed", "replace", "relieve"}


# nouns for who stands to a person in a personal way: "Kesselring's staff", "Eaker's deputy"
PERSONAL_RELATIONS = {"deputy", "aide", "adviser", "advisor", "biographer", "secretary", "staff", "successor",
                      "predecessor", "wife", "son", "daughter", "diary", "memoirs"}
PAPERS_AND_STAFFS = {"diary", "memoirs", "staff"}  # (of those, the ones no single person is)


def _names_with_posts(doc: Doc, mentions: list[Mention], person_words: set[str]) -> None:
    """"Kreipe, the Luftwaffe Chief of Staff, told Göring", "sent his deputy Saur": a name the text
    has not typed (or only the NER model has) with a post in apposition, or a word for a person
    right before it, is a person's; so is one who held a post another took ("Speer, who had replaced
    Todt as Minister of Armaments")."""
    posts = [m for m in mentions if m.source == "position" and not m.types]
    for m in mentions:
        if m.source != "name" or (m.types and not m.weak_type):
            continue
        h = doc[m.head]
        if any(doc[p.head] in appositions(h) or doc[p.head].head.i == m.head and
               doc[p.head].dep_ == "appos" for p in posts) or \
                m.start > 0 and doc[m.start - 1].lower_ in person_words and doc[m.start - 1].head.i == m.head and \
                doc[m.start - 1].dep_ in ("compound", "nmod:desc") or \
                h.dep_ in ("obj", "dobj", "xcomp", "nsubj") and h.head.lemma_.lower() in SUCCEEDING_VERBS and any(
                    case_of(c) == "as" and c.lower_ in person_words for c in list(h.head.children) + list(h.children)) or \
                h.dep_ == "appos" and h.head.i < h.i and (h.head.lemma_.lower() in PERSONAL_RELATIONS - PAPERS_AND_STAFFS or
                                                         h.head.lower_ in person_words) or \
                h.dep_ == "nmod:poss" and (h.head.lemma_.lower() in PERSONAL_RELATIONS or h.head.lower_ == "chief" and
                                           any(p == "of" and o.lower_ == "staff" for p, o in prep_objects(h.head))) and \
                any(c.tag_ == "POS" for c in h.children):
            # (also the owner of a deputy, a staff, a chief of staff or a biographer: "Kesselring's staff complained";
            # and one set off as a successor or deputy: "his successor, Schmid,")
            m.types, m.weak_type = ["Person"], False


def _position(span: Span, appositive: bool) -> Mention:
    """A post ("Deputy Chief of Air Staff"). In apposition to a person it is untyped and
    becomes kg:holdsPosition; standing alone it names the person who holds it."""
    return Mention(span.start, span.end, span.text, span.text, [] if appositive else ["Person"], "position",
                   span.root.i)


def _named_facilities(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Rhenania refinery", "the Krupp synthetic plant": a name the text and the alias data leave
    untyped (or only the NER model types, not as a place), right before the facility noun it
    modifies, names that facility with it (the plant is known by its owner's name)."""
    drop: set[int] = set()
    for k, m in enumerate(mentions[:-1]):
        f = mentions[k + 1]
        # (one plant, not a kind named after a process or region: "the Bergius plants", "the Silesian
        # plants"; nor a town the NER model knows as a place: "the Homberg plant" is placed there; nor
        # one named after the plant it stands for: "the Wintershall refinery at Lützkendorf")
        # (a name only the NER model took for a person's counts too: "the Lobau/PER oil storage depot")
        if m.source != "name" or (m.types and not m.weak_type) or m.types[:1] not in ([], ["Organization"], ["Person"]) or \
                f.source != "noun" or f.types[:1] != ["Facility"] or f.start != m.end or f.owner is not None or \
                doc[f.head].tag_ != "NN" or \
                not f.start <= doc[m.head].head.i < f.end or doc[m.head].dep_ not in ("compound", "nmod", "amod") or \
                any(p in ("at", "of") for p, _ in prep_objects(doc[f.head])) or \
                f.end < len(doc) and doc[f.end].lower_ in ("at", "of"):  # (the parser may hang it on the verb)
            continue
        mentions[k] = Mention(m.start, f.end, doc[m.start:f.end].text, doc[m.start:f.end].text, ["Facility"],
                              "name", f.head, quantity=f.quantity, date=f.date, date_type=f.date_type)
        drop.add(k + 1)
    return [m for k, m in enumerate(mentions) if k not in drop]


def _inverted_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"SPAATZ, Carl Andrew (1891–1974)." (the head of an entry in a list of people): the given
    names after the capitalised surname are his, not a second person."""
    drop: set[int] = set()
    for k, m in enumerate(mentions[:-1]):
        given = mentions[k + 1]
        if m.types[:1] != ["Person"] or m.source not in ("alias", "name") or m.start != doc[m.start].sent.start or \
                not doc[m.start:m.end].text.isupper() or given.start != m.end + 1 or doc[m.end].text != "," or \
                given.source not in ("alias", "name") or given.types[:1] not in ([], ["Person"]):
            continue
        after = doc[given.end] if given.end < len(doc) else None
        if after is None or after.text in ("(", ".", ",") or after.is_space:
            m.end, m.text = given.end, doc[m.start:given.end].text
            drop.add(k + 1)
    return [m for k, m in enumerate(mentions) if k not in drop]


def _share_coordinated_types(doc: Doc, mentions: list[Mention]) -> None:
    """An untyped name coordinated with typed ones takes their class: "bombed Blechhammer and
    Odertal" makes Odertal a facility like Blechhammer (weakly: a relation may retype it). A
    name coordinated with people is a person whatever the NER model guessed ("Doolittle and
    Anderson")."""
    at = {k: m for m in mentions if m.source != "pronoun" for k in range(m.start, m.end)}
    for m in mentions:
        if (m.types and not m.weak_type) or m.source != "name":
            continue
        # (an NER guess yields too: "Doolittle and Anderson" are two people whatever it says)
        # (names only: "on Düsseldorf and on the synthetic oil plant" does not make the town a plant)
        classes = {at[c.i].types[0] for c in doc[m.head].conjuncts
                   if c.i in at and at[c.i].types and not at[c.i].weak_type and at[c.i] is not m and
                   at[c.i].source in ("alias", "name")}
        # (but a town the NER model found is kept a place among plants; a guessed firm is not:
        # "struck Castrop-Rauxel, Sterkrade and Homberg/ORG", "the attacks on Bottrop and Homberg/ORG")
        if m.types and classes != {"Person"} and \
                not (m.types[:1] == ["Organization"] and classes in ({"Facility"}, {"Place"})):
            continue
        if len(classes) == 1:
            m.types, m.weak_type = [classes.pop()], True


def _document_before(doc: Doc, i: int, by_head: dict[int, Mention], at: dict[int, Mention],
                     commas: bool = False) -> Mention | None:
    """The document mention that ends just before token ``i`` with only names and the
    prepositions of letters between ("a paper by Bufton | of 18 August"; with ``commas``, the
    commas of a catalogue entry too: "Memorandum, Anderson to Spaatz | , 2 Jan. 1945"). ``at``:
    token index -> mention."""
    k = i - 1
    while k >= max(0, i - 10):
        t = doc[k]
        if t.i in at and at[t.i].head in by_head and at[t.i].types[:1] == ["Document"]:
            return at[t.i]
        if not (t.i in at or t.lower_ in ("by", "from", "to", "the") or t.text[:1].isupper() or
                commas and t.text == ","):
            return None
        k -= 1
    return None


def _numbered_names(doc: Doc, mentions: list[Mention]) -> None:
    """"No. 5 Group", "No. 617 Squadron": the number before a unit's name is part of it (so is a bare
    number before a lone unit word: "the 205 Group of the RAF")."""
    for m in mentions:
        k = m.start
        free = k >= 1 and not any(f is not m and f.start <= k - 1 < f.end for f in mentions)
        if m.source == "name" and k >= 2 and doc[k - 2].lower_ in ("no.", "nos.") and doc[k - 1].like_num and free:
            if m.label == m.text:
                m.label = doc[k - 2:m.end].text
            m.start, m.text = k - 2, doc[k - 2:m.end].text
        elif m.source == "name" and free and doc[k - 1].text.isdigit() and m.end - m.start == 1 and \
                doc[k].text in NUMBERED_UNIT_WORDS and m.types[:1] == ["MilitaryUnit"]:
            if m.label == m.text:
                m.label = doc[k - 1:m.end].text
            m.start, m.text = k - 1, doc[k - 1:m.end].text


TITLE_LINKS = {"of", "the", "and", "in", "for", "on", "against", "&"}


def _document_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Directive No. 3 for the Control of the Strategic Bomber Forces in Europe, issued by ...",
    "his Plan for the Completion of the Combined Bomber Offensive": a document followed by
    "for"/"on" and a run of capitalised words up to the punctuation is one title; the names
    inside it (Control, Strategic Bomber Forces, Europe) are words of the title, not entities."""
    drop: set[int] = set()
    for m in mentions:
        if m.types[:1] not in (["Document"], ["Campaign"]) or m.end + 2 >= len(doc) or \
                doc[m.end].lower_ not in ("for", "on"):
            continue
        j, content = m.end + 1, 0
        first = j + (doc[j].lower_ == "the")
        named = next((f for f in mentions if f.start == first and f.source != "pronoun"), None)
        if named is not None and (named.source == "alias" or named.types and not named.weak_type):
            continue  # "Directive No. 2 for the Strategic Air Forces in Europe": whom it is for
        while j < len(doc) and (doc[j].lower_ in TITLE_LINKS or doc[j].is_alpha and doc[j].text[:1].isupper()):
            content += doc[j].lower_ not in TITLE_LINKS
            j += 1
        while j > m.end + 1 and doc[j - 1].lower_ in TITLE_LINKS:
            j -= 1
        if content < 2 or (j < len(doc) and not doc[j].is_punct and not doc[j].is_space and
                           doc[j].lower_ not in ("to", "by", "from", "with", "at")):
            continue
        drop |= {id(f) for f in mentions if f is not m and m.end <= f.start and f.end <= j and f.source != "pronoun"}
        if m.label == m.text:
            m.label = doc[m.start:j].text
        m.end, m.text = j, doc[m.start:j].text
    return [f for f in mentions if id(f) not in drop]


def _short_ordinal_names(doc: Doc, mentions: list[Mention], aliases: AliasIndex | None = None) -> None:
    """"the Fifteenth" after "the Fifteenth Air Force" is that air force: a bare ordinal name
    takes the name it shortens, when the text named exactly one such before it (or, naming
    none, when the alias data knows exactly one unit by that ordinal: "released the Fifteenth",
    "Twining's Fifteenth")."""
    for m in mentions:
        if m.source != "name" or m.end - m.start != 1 or not _is_ordinal(doc[m.start]) or m.alias_iri:
            continue
        word = doc[m.start].lower_
        longer = {(f.label, f.alias_iri): f for f in mentions if f.end <= m.start and f.source in ("alias", "name")
                  and len(f.label.split()) > 1 and f.label.split()[0].lower() == word}
        if len(longer) == 1:
            f = next(iter(longer.values()))
            m.label, m.types, m.alias_iri, m.weak_type = f.label, list(f.types), f.alias_iri, f.weak_type
            if f.alias_iri:
                m.source = "alias"
        # (or an owner's: "Twining's Fifteenth", "his Fifteenth")
        elif not longer and aliases is not None and doc[m.start].i > 0 and (
                doc[m.start - 1].lower_ == "the" or doc[m.start - 1].tag_ in ("POS", "PRP$")) and \
                (known := aliases.unit_by_ordinal(word)) is not None:
            m.label, m.types, m.alias_iri, m.weak_type = known.pref_label, list(known.types), known.iri, False
            m.source = "alias"


def _phrase_then_subject(prev: Token, t: Token) -> bool:
    """"At Nuremberg/obl Speer/nsubj testified": a name right after the preposition opening the sentence
    and the subject's name after it are two names, not one."""
    return any(c.dep_ == "case" and c.i == prev.sent.start == prev.i - 1 for c in prev.children) and \
        prev.dep_.startswith(("obl", "nmod")) and t.dep_.startswith("nsubj") and t.head.i != prev.i and \
        prev.head.i != t.i


def nxt_is_comma(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].text == ","


def _opens(t: Token) -> bool:
    """Whether ``t`` opens its sentence or, after an archive reference and a colon, a catalogue
    entry ("AIR 2/8011: Memorandum, ..."): capitalised by position, not as a name."""
    return t.i == t.sent.start or (t.i > 0 and t.doc[t.i - 1].text == ":")


def _entry_head(t: Token) -> bool:
    """'Directive from the Combined Chiefs ...': a catalogue entry opens with its document
    noun and a preposition, whatever tag the tagger gives the capitalised word."""
    first = next((x.i for x in t.sent if not x.is_space), t.sent.start)
    return t.i == first and t.text[:1].isupper() and t.i + 1 < len(t.doc) and \
        t.doc[t.i + 1].lower_ in ("from", "by", "to", "of", "on", "for", "no.", "nr.", "no", "between",
                                  "concerning", "regarding", "about", "with", ",")  # ("Memorandum, Spaatz to ...")


def _noun_tagged_verb(t: Token, head_nouns) -> bool:
    """'the ball-bearing works at Schweinfurt': a head noun the tagger took for a verb, after
    a determiner or modifier and with no subject of its own."""
    if t.pos_ != "VERB" or t.lower_ not in head_nouns or t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return prev.pos_ in ("DET", "NOUN", "ADJ", "PROPN") and not any(
        c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in t.children)


def _after_possessive(t: Token) -> bool:
    """'Portal's 22 December reply': a word after "X's" and dates/adjectives is a noun,
    whatever the tagger says."""
    k = t.i - 1
    while k >= max(0, t.i - 4):
        w = t.doc[k]
        if w.tag_ == "POS" or w.lower_ in ("'s", "'"):
            return True
        if not (w.like_num or w.lower_ in _MONTH_NAMES or w.pos_ == "ADJ"):
            return False
        k -= 1
    return False


def _possessor_text(owner: Token) -> str:
    """The possessor's name with its mark: the token and the name words before it ("Sir Charles
    Portal's"), with the words after it up to the mark ("the Committee of Operations Analysts'")."""
    k = owner.i
    while k - 1 >= 0 and owner.doc[k - 1].dep_ in ("compound", "flat", "amod") and \
            owner.doc[k - 1].head.i in range(k, owner.i + 1) and owner.doc[k - 1].text[:1].isupper():
        k -= 1
    # (and its "of" phrase up to the mark: "the Committee of Operations Analysts' report")
    subtree = {t.i for t in owner.subtree}
    mark = next((j for j in sorted(subtree) if j > owner.i and owner.doc[j].tag_ == "POS"), None)
    end = mark if mark is not None and all(j in subtree for j in range(owner.i, mark)) else owner.i + 1
    name = owner.doc[k:end].text
    # (the mark as written after a plural: "the Allies' directive"; else "'s")
    plural = mark is not None and owner.doc[mark].text in ("'", "’") and name.endswith("s")
    return f"{name}'" if plural else f"{name}'s"


def _dedupe(xs: list[str]) -> list[str]:
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
