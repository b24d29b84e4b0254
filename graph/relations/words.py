"""Word lists the relation patterns share."""
from __future__ import annotations

from ..coref import ANSWERING_LEMMAS
from ..syntax import AIRCRAFT_NOUNS, APPOINT_VERBS, BECOMING_VERBS, COMPASS, WISHING_VERBS  # noqa: F401 (re-exported)
from ..speech import HEARER_VERBS, VIEW_NOUNS

# Nouns that pass their "of" object through: "70 percent of Germany's fuel" → Germany.
PARTITIVES = {"percent", "%", "per cent", "half", "part", "share", "proportion", "most", "bulk", "majority",
              "quarter", "third", "number", "rest", "much", "some", "all", "many", "portion", "fraction",
              "output", "production", "capacity", "supply", "supplies", "requirements", "needs", "fuel",
              "copy", "copies", "several", "each", "dozens", "scores", "text", "wording",
              "first", "second", "last", "latest",  # ("sent Hitler the first of his memoranda")
              "thirds", "quarters", "fifth", "fifths", "sixth", "tenth", "tenths", "series", "succession", "wave",
              "waves", "string", "days", "nights", "weeks", "months", "groups", "formations"}
# Nouns for what someone holds true: "the view of the Ministry" stands for the Ministry when
# the property wants a body or person
OPINION_NOUNS = VIEW_NOUNS | {"estimate", "assessment", "advice", "argument", "contention", "belief", "theory",
                              "thesis", "conclusion", "conclusions", "estimates", "claims", "claim"}
# verbs of putting up with something, which denied refuse it ("would not tolerate any diversion")
TOLERATING_VERBS = {"tolerate", "accept", "countenance", "allow", "permit", "sanction", "approve", "agree"}
# nouns for turning a force away from something ("any further diversion of the bombers from the oil targets")
DIVERSION_NOUNS = {"diversion", "withdrawal", "transfer", "switch", "shift", "removal"}
# agent nouns whose person is criticized, not opposed ("Harris's critics"; a plan's critics oppose it)
CRITIC_NOUNS = {"critic"}
# verbs of having orders ("had orders to strike the plants", "received instructions to attack")
HOLDING_VERBS = {"have", "receive", "get", "hold"}
# verbs of joining others in a deed ("to join the Americans in the attack on oil")
JOINING_VERBS = {"join", "assist", "help", "support", "accompany"}
# adjectives that make a target's owner the one exposed by it ("oil was the Germans' most vulnerable
# target": theirs to lose, no task of theirs)
VULNERABILITY_WORDS = {"vulnerable", "weak", "exposed", "sensitive", "fragile", "susceptible", "soft"}
# verbs of putting means to a purpose ("to use the first good weather to strike the plants")
USING_VERBS = {"use", "employ", "exploit", "seize"}
# Nouns for a number someone gave: "Cherwell disputed the figure" (given by whoever estimated it)
FIGURE_NOUNS = {"figure", "figures", "estimate", "estimates", "calculation", "calculations", "forecast", "total"}
# Participles that name who uses a commodity ("the gasoline used by the Luftwaffe")
CONSUMING_VERBS = {"use", "consume", "need", "require", "burn"}
# Words before an amount that the parser takes for prepositions ("about a third")
APPROXIMATORS = {"about", "around", "over", "some", "nearly", "almost", "roughly", "approximately"}
# parts of a landscape or town that stand for the place their "of" phrase names ("hidden in the
# forests of Thuringia", "the outskirts of Vienna")
LANDSCAPE_NOUNS = {"forest", "wood", "mountain", "hill", "valley", "coast", "shore", "bank", "outskirts", "suburb",
                   "region", "area", "district", "plain", "marsh", "foothill", "heart", "estuary", "mouth", "delta",
                   "basin", "lagoon", "edge", "fringe", "fringes", "environs"}
# Nouns for acts aimed at something: "advocated attacks on oil" is a stance towards oil.
ACTION_NOUNS = {"attack", "raid", "strike", "bombing", "offensive", "campaign", "assault", "operation", "attempt", "bid"}
# units of a distance given before a compass word ("eighteen miles west of Leipzig")
DISTANCE_UNITS = {"mile", "kilometre", "kilometer", "km", "yard"}
# Nouns for acts done to something, whose "of" names the target: "charged with the destruction of Böhlen".
# verbs of a decisive effect: a saying that the destruction of X "would cripple the German army"
# calls for the destruction of X
EFFECT_VERBS = {"cripple", "paralyse", "paralyze", "shorten", "win", "decide", "ground", "halt", "break", "doom",
                "hasten", "starve", "immobilize", "immobilise", "strangle"}
PATIENT_NOUNS = {"destruction", "bombing", "bombardment", "elimination", "neutralization", "neutralisation",
                 "capture", "demolition", "obliteration", "repair", "reconstruction", "rebuilding", "restoration",
                 "protection", "defence", "defense", "construction", "building", "erection", "dispersal",
                 "evacuation", "closure", "abandonment", "removal"}
# Verbs that carry a noun trigger: "expressed disappointment with", "voiced opposition to".
LIGHT_VERBS = {"express", "voice", "make", "give", "show", "feel", "have", "register", "convey", "state",
               "air", "repeat", "reiterate", "send", "write", "deliver", "issue", "carry", "launch", "mount",
               "conduct", "fly", "execute", "follow", "continue", "resume", "open", "begin", "share", "lead",
               "present", "put", "draft"}
PASS_SUBJ_DEPS = {"nsubj:pass", "nsubjpass"}
# prepositions that set a deed in time, not name it ("After the second raid on Pölitz, Speer wrote to
# Hitler": the raid is not the writer's)
TIME_PREPOSITIONS = {"after", "before", "since", "until", "till", "following", "prior"}
# Verbs of going on with something: the task or stance is the verb they govern
ASPECT_VERBS = {"keep", "continue", "begin", "start", "resume", "go"}
# what one lets someone do is the deed: "pressed Portal to let the Americans bomb Berlin"
LETTING_VERBS = {"let", "allow", "permit", "enable"}
CREW_NOUNS = {"crew", "crews", "squadron", "squadrons", "force", "forces"}
# what a force spends on a target ("diverted part of its strength to ...", "sent the whole weight of its effort")
EFFORT_NOUNS = {"strength", "effort", "weight", "tonnage"}
FORWARDING_VERBS = {"forward", "pass", "enclose", "send"}
SENDING_VERBS = {"send", "dispatch", "despatch", "return", "direct", "divert"}
# verbs of setting off "for" somewhere ("set out for the synthetic plants", "headed for Pölitz")
DEPARTING_VERBS = {"set", "head", "make", "leave", "start", "take"}  # ("took off for Zwickau")
# verbs of answering ("answered with a long letter defending ...": the answerer's letter)
ANSWERING_VERBS = ANSWERING_LEMMAS
COVERING_VERBS = SENDING_VERBS | FORWARDING_VERBS  # (what one sends something with, a covering note, is one's own)
# verbs that order someone to do something ("that Harris be ordered to attack ...")
ORDERING_VERBS = {"order", "direct", "instruct", "tell", "ask", "allow", "permit", "authorize", "authorise",
                  "require", "compel", "force"}
# verbs whose subject "it" is usually empty ("it seemed that", "it took a week to")
EXPLETIVE_IT_VERBS = {"seem", "appear", "happen", "become", "remain", "take", "rain", "matter", "follow", "mean",
                      "turn", "come", "cost", "need", "require", "look", "prove"}
# the periods an amount may be given for ("316,000 tons of fuel a month")
PERIODS = {"month", "year", "day", "week"}
# words for a time, never a target: "on the first clear day", "on the night of 21 December"
TIME_WORDS = PERIODS | {"night", "morning", "afternoon", "evening", "occasion", "date", "weekend"}
# verbs that name something ("what he called the panacea mongers")
NAMING_VERBS = {"call", "term", "dub", "label", "style", "see", "regard", "view", "consider", "describe"}
# verbs by which a thing is what a verdict noun says ("the railways offered the quickest route to victory")
OFFERING_VERBS = {"offer", "provide", "represent", "constitute", "hold", "afford"}
# people a possessor names without being them: "Kammhuber's successor complained" is not Kammhuber
OTHER_PERSON_NOUNS = {"successor", "predecessor", "rival", "critic", "opponent", "adversary", "colleague", "wife",
                      "son", "daughter", "father", "brother", "biographer", "friend", "interrogator", "visitor",
                      "ally", "supporter"}
# such people set off after a name, whose body the name belongs to ("Milch, Speer's ally in the Air Ministry")
PEER_NOUNS = OTHER_PERSON_NOUNS - {"visitor"}
# what a call to protect something is for ("... to protect the synthetic plants": a stance for the plants)
PROTECTING_VERBS = {"protect", "defend", "guard", "shield", "save", "cover"}
# nouns whose infinitive is their owner's obligation trigger ("the Air Staff's decision to give oil first
# priority" as "decided to give"): noun -> the verb
INTENT_NOUNS = {"decision": "decide", "determination": "determine", "resolve": "resolve", "request": "request",
                "proposal": "propose", "plea": "plead", "wish": "want", "desire": "want", "refusal": "refuse"}
# (made its subject's by a light verb: "took the decision to ...")
INTENT_LIGHT_VERBS = {"make", "take", "reach", "announce", "express", "voice", "repeat", "renew"}
# nouns of a proposal and the proposal verb they name ("Speer's request that fighters be withdrawn")
PROPOSAL_NOUNS = {"proposal": "propose", "request": "request", "demand": "demand", "plea": "plead",
                  "recommendation": "recommend", "suggestion": "suggest", "insistence": "insist",
                  # (a view that something should be done calls for it as arguing so does)
                  "view": "argue", "argument": "argue", "contention": "contend", "opinion": "argue"}
# verbs that judge their object something ("dismissed transport as a diversion", "thought it a folly")
JUDGING_VERBS = NAMING_VERBS | {"consider", "think", "deem", "regard", "dismiss", "describe", "brand", "see",
                                "view", "judge", "count", "denounce", "condemn", "identify"}
# words of being sure of a clause ("came away convinced that oil was the right target")
# verbs of intending a deed ("he intended to attack the oil industry"), which a report of calls for it
INTENDING_VERBS = {"intend", "plan", "mean", "propose", "resolve", "determine"}
# verbs of taking part in a raid without striking its targets ("Mustangs escorted the raid on Leuna")
ESCORTING_VERBS = {"escort", "accompany", "cover", "shepherd"}
# verbs whose object "it" is a claim, not a thing named before ("Portal doubted it")
DOUBTING_VERBS = {"doubt", "believe", "disbelieve", "deny", "dispute", "question"}
BELIEF_WORDS = {"convinced", "convince", "persuaded", "sure", "certain", "confident", "think", "believe", "feel"}
# properties whose verbs, used in a letter, address it to their object ("rebuked Harris in a letter";
# not "criticized the MEW in his memoirs")
ADDRESSING_PROPS = {"criticized", "persuaded", "ordered"}
LETTERS = {"letter", "minute", "telegram", "cable", "note", "reply", "answer", "response", "memorandum", "memo",
           "signal", "dispatch", "despatch"}
# verbs whose direct object is the one told ("warned Harris", "told Portal")
TOLD_VERBS = HEARER_VERBS | {"warn"}
# verbs of handing something over: a document that gives someone a task is addressed to them
GIVING_VERBS = {"give", "assign", "allot", "allocate"}
# Verbs of taking up a plan or target: "urged Tedder to accept it" is a stance on it
ADOPTING_VERBS = {"accept", "adopt", "implement", "carry", "execute", "pursue", "concentrate", "focus"}
# Person nouns that say what someone is or belongs to, not a post held ("an economist in the EOU")
NOT_POSTS = {"member", "economist", "analyst", "scientist", "man", "woman",
             # (stances, not posts: "had become a firm supporter of the attack on oil")
             "supporter", "advocate", "champion", "proponent", "opponent", "critic", "sceptic", "skeptic", "convert"}
# what "under the ... of X" may name: X leads ("under the command of Wing Commander Tait")
COMMAND_NOUNS = {"command", "leadership", "direction", "control", "orders", "chairmanship", "presidency",
                 "supervision"}
# verbs of what a plan rests on ("a plan built around communications", "based on the oil plants")
PLAN_BASIS_VERBS = {"build", "base", "centre", "center", "focus", "found", "concentrate"}
APPOINTMENT_NOUNS = {"appointment", "nomination", "promotion", "election", "installation"}
# words before a post that make it a second's ("Deputy Supreme Commander": no command of the body)
DEPUTY_WORDS = {"deputy", "assistant", "vice", "under", "sub"}
# campaigns by their head noun that may be the paper setting them out ("prepared the American plan")
PAPER_PLANS = {"plan", "programme", "program", "scheme"}
# what a kg:planVerbTrigger takes a stance on ("defended the area offensive"; not "defended the plants")
PLAN_CLASSES = {"Campaign", "Document", "Statement"}
# words that take one of a plural verdict noun ("one of the panaceas", "the latest of the panaceas")
PARTITIVE_HEADS = {"one", "more", "another", "latest", "last", "newest", "first", "chief", "greatest", "worst"}
# verbs of stopping: what "must not be allowed to slacken" is to go on
STOPPING_VERBS = {"slacken", "stop", "lapse", "flag", "cease", "end", "falter", "halt", "lag", "slip", "decline", "fail",
                  "relax", "reduce", "abandon", "interrupt", "suspend", "curtail", "ease", "diminish", "weaken",
                  "neglect", "ignore", "overlook", "forget", "drop"}
# verbs of undoing or changing a thing: a stance on doing so is none on the thing ("refused to change it")
UNDOING_VERBS = STOPPING_VERBS | {"change", "alter", "modify", "amend", "revise", "withdraw", "cancel", "rescind",
                                  "reverse", "scrap", "postpone", "delay", "rewrite", "soften"}
# verbs of hoping: what one hopes "would" go on, one calls for
HOPING_VERBS = {"hope", "wish", "want", "trust"}

# words that judge someone's conduct badly ("that Harris's attitude was most unsatisfactory")
DISAPPROVING_WORDS = {"unsatisfactory", "disappointing", "deplorable", "inadequate", "lamentable", "regrettable",
                      "unacceptable", "disgraceful", "obstructive", "half-hearted", "intolerable", "wrong"}
# verbs of someone's failing to do something ("said that Harris had failed to carry out the directive")
FAILING_VERBS = {"fail", "neglect"}
# nouns for how someone did, standing for whom they are "of" when blame is laid ("blamed the losses
# on the incompetence of his fighter commanders", "criticized the failure of the Luftwaffe")
CONDUCT_NOUNS = {"incompetence", "failure", "failing", "weakness", "inefficiency", "ineptitude", "cowardice",
                 "conduct", "handling", "mistake", "error", "negligence", "shortcoming", "timidity", "obstinacy",
                 "slowness", "caution", "complacency"}

# nouns of an activity a body carries on: running it is not running the body ("ran the Luftwaffe's
# aircraft production" commands no Luftwaffe)
ACTIVITY_NOUNS = {"production", "output", "programme", "program", "training", "repair", "repairs", "construction",
                  "dispersal", "supply", "procurement", "planning", "development", "economy", "industry"}

# verbs of settling what will be done: "agreed that the Eighth would go for Leuna" calls for it
DECIDING_VERBS = {"agree", "decide", "resolve", "determine", "settle", "arrange"}
