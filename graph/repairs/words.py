"""Word lists the parse repairs share."""
from __future__ import annotations

from ..syntax import PERMISSION_NOUNS


# Nouns that end facility names but read as verbs after a name ("the Meerbeck works near
# Moers" tagged "works/VBZ", "the Ploesti refineries/VBZ"), so the name loses its head noun and its place.
NAME_FINAL_VERB_FORMS = {"works", "plants", "refineries", "factories", "yards", "depots"}

NAME_DETERMINERS = {"the", "its", "their", "a", "an"}  # (before "the Leuna works", "a Buna works")

# nouns for plants and works, which a place phrase right after them places ("against the oil plants at Hamburg")
PLANT_WORDS = {"plant", "works", "refinery", "factory", "yard", "depot", "installation", "facility", "mill", "dump"}

# words for a letter or note one writes in ("warned Göring in a letter of 28 July")
LETTER_WORDS = {"letter", "minute", "telegram", "cable", "note", "memorandum", "memo", "signal", "dispatch",
                "despatch", "message", "paper", "report"}
# papers that a "by" phrase names the maker of ("a study by the Enemy Objectives Unit")
PAPER_WORDS = LETTER_WORDS | {"study", "appreciation", "estimate", "directive", "plan", "analysis", "survey", "draft"}
# verbs of passing a paper on ("a study by the Unit, which Spaatz forwarded to Eisenhower")
PASSING_LEMMAS = {"forward", "send", "circulate", "pass", "submit", "show", "hand", "present", "distribute", "issue"}

# kinds of plant that open "the hydrogenation works", "a synthetic works" (read "works/VBZ" after them)
PLANT_KINDS = {"hydrogenation", "synthetic", "oil", "chemical", "distillation", "benzol", "refining", "gas",
               "coking", "steel", "armaments", "explosives", "aluminium", "rubber", "buna", "petrol", "fuel"}

# words that open a list of a group's members set off after it ("Its members, among them Bufton")
LIST_OPENERS = {("among", "them"), ("among", "whom"), ("including",), ("notably",)}

# time nouns that open an adverbial before the verb ("Lancasters last night bombed ...")
TIME_NOUNS = {"night", "day", "week", "month", "morning", "afternoon", "evening", "year", "weekend"}
# time words that make a compound with the deed after them ("night raid", "daylight attack")
TIME_OF_DAY = {"night", "day", "daylight", "dawn", "dusk", "morning", "evening", "afternoon", "midday", "moonlight"}
# what one is given to do something in ("would give the plants time to recover")
RESPITE_NOUNS = {"time", "chance", "opportunity", "respite", "breathing-space", "leisure"}
SEASONS = {"spring", "summer", "autumn", "winter"}
# words that name a day by itself ("bombers today pounded ...")
DAY_WORDS = {"today", "yesterday", "tonight"}

# words before a month that make it a time ("Late in October", "In March", "early in May")
TIME_OPENERS = {"in", "during", "by", "since", "until", "till", "early", "late", "mid"}
# prepositions that open a sentence with a time phrase ("After the raid of 21 June the plant ...")
OPENING_PREPOSITIONS = TIME_OPENERS | {"on", "after", "before", "following", "from"}
# words that open a noun phrase ("... of 21 June the Scholven plant": a new phrase after the date)
PHRASE_OPENERS = NAME_DETERMINERS | {"his", "her", "this", "these", "both"}

# verbs with two objects, the first the receiver ("had given oil absolute priority")
DITRANSITIVE_VERBS = {"give", "grant", "accord", "allot", "assign", "allocate", "deny", "award"}
# verbs that take a receiver and a counted thing ("cost the Eighth Air Force 46 bombers")
TWO_OBJECT_VERBS = DITRANSITIVE_VERBS | {"cost", "send", "lend", "spare", "allow", "offer", "promise"}

# past tenses that are also nouns ("The Eighth Air Force hit/NN Ruhland on 12 September")
VERB_NOUN_FORMS = {"hit", "raided", "bombed", "attacked", "struck"}
# the base forms of those past tenses and of others of striking the tagger takes for adjectives ("the 3rd
# Air Division damaged/amod Blechhammer/ROOT"); a form so mistagged keeps itself as lemma
STRIKING_PAST_LEMMAS = {"hit": "hit", "raided": "raid", "bombed": "bomb", "attacked": "attack", "struck": "strike",
                        "damaged": "damage", "destroyed": "destroy", "wrecked": "wreck", "pounded": "pound",
                        "blasted": "blast", "smashed": "smash", "battered": "batter", "hammered": "hammer",
                        "crippled": "cripple", "shelled": "shell", "bombarded": "bombard"}

# verbs that tell someone something: with a hearer and no content of their own, a "that"
# clause on a noun of theirs is the content
TELLING_LEMMAS = {"tell", "warn", "inform", "assure", "remind", "advise", "notify", "convince", "persuade"}

# verbs of change or state that take no object ("had fallen", "would collapse", "remained in reserve")
INTRANSITIVE_CHANGES = {"fall", "rise", "drop", "decline", "collapse", "fail", "cease", "stop", "dwindle",
                        "shrink", "grow", "recover", "improve", "worsen", "sink", "slump", "vanish", "end",
                        "remain", "survive", "exist", "last", "persist", "succeed", "happen", "occur"}

# verbs of saying that are set off inside the sentence they report, with the speaker after them
ASIDE_LEMMAS = {"say", "report", "write", "add", "note", "warn", "claim", "argue", "insist", "observe", "remark",
                "recall", "declare", "explain", "complain", "predict", "estimate", "reply", "answer", "conclude"}

# verbs that take what was said or proposed as a that-clause
SAYING_LEMMAS = ASIDE_LEMMAS | TELLING_LEMMAS | {"propose", "suggest", "urge", "recommend", "agree", "decide",
                                                 "announce", "state", "cable", "telegraph", "respond", "calculate",
                                                 "reckon", "compute", "plead", "protest", "minute", "signal", "maintain",
                                                 "contend", "assert"}

# verbs of asking for something to be done ("... and asked that they be continued")
ASKING_LEMMAS = {"ask", "request", "demand", "beg", "urge", "press"}

# verbs of thinking or hoping whose content clause may lose its "that" ("hoped the offensive would go on")
THINKING_LEMMAS = {"hope", "think", "believe", "expect", "fear", "feel", "assume", "suppose", "trust", "doubt",
                   "suspect", "know", "realise", "realize", "judge", "consider", "imagine", "wish"}

# words that open a sentence whose auxiliary then comes before the subject ("Not until July did ...")
FRONTED_NEGATIVES = {"not", "only", "never", "nor", "neither", "seldom", "rarely", "little", "hardly", "scarcely",
                     "nowhere", "no"}

# words of being sure that take a that-clause, set off after a subject ("Harris, convinced that ...,")
BELIEF_ADJECTIVES = {"convinced", "persuaded", "sure", "certain", "confident", "satisfied", "aware", "afraid",
                     "determined", "anxious"}

# conjunctions that open a clause subordinate to the one before ("X struck Y while Z attacked W")
SUBORDINATORS = {"while", "whereas", "as", "when", "after", "before", "although", "though"}

# words that are a plural noun or a verb of saying ("records", "notes", "states")
SAYING_VERB_FORMS = {"records", "notes", "states", "reports", "claims", "shows", "says", "argues", "suggests", "reveals",
                     "confirms", "remarks", "observes", "adds", "insists", "recalls"}
# nouns whose infinitive says what may or must be done ("permission to attack", "orders to bomb")
LEAVE_NOUNS = PERMISSION_NOUNS | {"freedom", "right", "order", "orders", "instruction", "instructions"}

# German words for a post that head "X der Y" ("General der Jagdflieger", "Chef des Stabes")
# nouns of a post someone holds ("Göring's plenipotentiary for chemical production and a director of I.G. Farben")
POST_NOUNS = {"director", "member", "head", "chief", "deputy", "adviser", "advisor", "officer", "commander", "chairman",
              "minister", "secretary", "representative", "plenipotentiary", "commissioner", "manager", "assistant"}
POST_WORDS = {"general", "chef", "inspekteur", "generalinspekteur", "kommandeur", "befehlshaber"}

# verbs whose past tense is their base form, which the tagger may read as the base after a set-off phrase
PAST_AS_BASE = {"hit", "put", "set", "cut", "let", "cast", "shut", "spread", "upset", "beat", "cost", "hurt"}

# words that open a condition or time clause inside a content clause ("agreed that whenever the weather cleared, ...")
CONDITION_OPENERS = {"whenever", "if", "once", "when", "unless", "until", "while", "wherever"}
# verbs that take their object "as" something ("regarded the failure as a breach")
AS_JUDGING_VERBS = {"regard", "see", "view", "treat", "dismiss", "describe", "consider", "condemn", "denounce"}
# prepositions that open a sentence before a place ("Over Pölitz on 20 June the Eighth lost 14 bombers")
FRONTED_PREPOSITIONS = {"over", "above", "at", "near", "around", "against"}
# verbs of wanting, whose object and participle are a small clause ("wanted the oil plants bombed")
WANTING_LEMMAS = {"want", "wish", "need"}
# verbs of supplying or giving, whose "to" phrase is the receiver ("supplied aviation fuel to the Luftwaffe")
SUPPLYING_LEMMAS = {"supply", "provide", "deliver", "furnish", "send", "give", "sell", "ship", "hand"}
# nouns that take a "to" phrase of their own ("access to the plant", "a threat to the Reich")
NOUNS_TAKING_TO = {"access", "approach", "road", "route", "way", "key", "threat", "damage", "answer", "reply",
                   "response", "visit", "return", "contribution", "attention", "priority"}
