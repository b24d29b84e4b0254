"""Each pattern family on short sentences written for these tests (not from the seed)."""
import pytest


@pytest.mark.parametrize("text, fact", [
    # verbal, with and without preposition
    ("Tedder criticized Spaatz at the meeting.", ("Tedder", "criticized", "Spaatz")),
    # a sentence-initial name the tagger may take for a common word
    ("Portal criticized Harris in a letter to the Air Ministry.", ("Portal", "criticized", "Harris")),
    ("In March, Eisenhower replied to Montgomery.", ("Eisenhower", "repliesTo", "Montgomery")),
    # "to" tagged as the infinitive marker but labelled as a preposition
    ("Spaatz replied to Tedder in April 1944.", ("Spaatz", "repliesTo", "Tedder")),
    ("Harris replied to Bottomley on 2 October, complaining that the weather made precise attacks impossible.",
     ("Harris", "repliesTo", "Bottomley")),
    ("The Eighth Air Force bombed the refinery at Ploesti.", ("Eighth Air Force", "attacked", "refinery")),
    # passive with agent
    ("The Leuna plant was attacked by Bomber Command.", ("Bomber Command", "attacked", "Leuna")),
    # nominal with possessor
    ("Tedder's reply to Harris arrived late.", ("Tedder", "repliesTo", "Harris")),
    # possessive document → authored
    ("Eisenhower's directive reached London.", ("Eisenhower", "authored", "Eisenhower's directive")),
    # document prepositions (catalogue style)
    ("Letter from Albert Speer to Adolf Hitler, 30 June 1944.", ("Speer", "authored", "letter")),
    ("Directive No. 7, issued by the Air Staff to Bomber Command on 3 May 1944.",
     ("directive No. 7", "addressedTo", "Bomber Command")),
    ("Report of the Joint Intelligence Committee on German oil, 9 January 1945.",
     ("Joint Intelligence Committee", "authored", "report")),
    ("Portal sent a long letter to Harris in January.", ("letter", "addressedTo", "Harris")),
    # apposition
    ("Sir Norman Bottomley, Deputy Chief of Air Staff, signed the order.",
     ("Bottomley", "holdsPosition", "Deputy Chief of Air Staff")),
    # prepositional location
    ("The synthetic plants in Silesia were dispersed.", ("synthetic plants", "locatedIn", "Silesia")),
    # obligation
    ("The Fifteenth Air Force had to destroy the refineries in Rumania.",
     ("Fifteenth Air Force", "taskedWith", "refineries")),
    # active order with an infinitive: the one ordered is tasked with the target
    ("Portal instructed Harris to attack the synthetic plants.", ("Portal", "ordered", "Harris")),
    ("Portal instructed Harris to attack the synthetic plants.", ("Harris", "taskedWith", "synthetic plants")),
    ("Spaatz directed the Fifteenth Air Force to attack the refineries at Ploesti.",
     ("Spaatz", "ordered", "Fifteenth Air Force")),
    # passive of a giving verb: the subject receives the task
    ("Bomber Command was assigned the benzol plants of the Ruhr.", ("Bomber Command", "taskedWith", "benzol plants")),
    # "charged with the destruction of X": the target is X
    ("The RAF was charged with the destruction of the refineries at Bremen.", ("RAF", "taskedWith", "refineries")),
    # a participle between subject and verb ("X, commanded by Y, attacked Z")
    ("The Eighth Air Force, commanded by General Doolittle, attacked the synthetic plant at Ruhland.",
     ("Doolittle", "commands", "Eighth Air Force")),
    # (Ruhland names the plant there: "the synthetic plant at Ruhland" is Ruhland)
    ("The Eighth Air Force, commanded by General Doolittle, attacked the synthetic plant at Ruhland.",
     ("Eighth Air Force", "attacked", "Ruhland")),
    ("The Eighth Air Force bombed the synthetic plant at Ploesti.", ("Eighth Air Force", "attacked", "synthetic plant")),
    # the verb hung on the subject's apposition
    ("Bufton, the Director of Bomber Operations, pressed for more attacks on Leuna.", ("Bufton", "advocated", "Leuna")),
    # a capitalised name ending in a head noun of a class ("... Plan") is typed by it
    ("The Oil Plan was opposed by Harris.", ("Harris", "opposed", "Oil Plan")),
    # a compass word between a place and its reference point
    ("Zeitz, southwest of Leipzig, produced aviation spirit for the Luftwaffe.", ("Zeitz", "locatedIn", "Leipzig")),
    # a noun inside the trigger ("take part in")
    ("The Eighth Air Force took part in the oil offensive from May 1944.",
     ("Eighth Air Force", "participatedIn", "oil offensive")),
    # a present participle's subject is the noun it modifies
    ("General Arnold, commanding the USAAF, opposed the British plan.", ("Arnold", "commands", "USAAF")),
    # "was based on" parsed as a preposition of the object
    ("The directive issued by Bottomley on 1 November 1944 was based on Bufton's draft.",
     ("directive", "basedOn", "Bufton's draft")),
    # "a copy of the report" stands for the report
    ("Portal sent a copy of the report to Harris.", ("Portal", "issued", "report")),
    # a relative clause the parser hung on the verb: "which" is the noun before it
    ("Spaatz ordered the Eighth Air Force to return to Leuna, which lies near Merseburg.",
     ("Leuna", "locatedIn", "Merseburg")),
    # catalogue entries: a capitalised document noun is not a name; the document's author
    # is the one who criticizes
    ("Telegram from General Spaatz to General Arnold, 12 June 1944, reporting the results of the raids.",
     ("telegram", "addressedTo", "Arnold")),
    ("Note by Air Commodore Bufton criticizing Bomber Command's attacks on cities, 2 January 1945.",
     ("Bufton", "criticized", "Bomber Command")),
    # adjective triggers (kg:adjectiveTrigger)
    ("Portal was disappointed with Harris.", ("Portal", "criticized", "Harris")),
    ("Harris remained sceptical of the oil plan.", ("Harris", "opposed", "oil plan")),
    ("Harris, critical of the Ministry of Economic Warfare, refused to listen.", ("Harris", "criticized", "MEW")),
    # an unknown name coordinated with a known facility is one too
    ("The Fifteenth Air Force bombed Blechhammer and Odertal repeatedly that autumn.",
     ("Fifteenth Air Force", "attacked", "Odertal")),
    # catalogue: "Letter, X to Y, date"; a paper "for" a body is addressed to it
    ("Letter, Tedder to Portal, 25 October 1944, on the bombing of communications.", ("Tedder", "authored", "letter")),
    ("Letter, Tedder to Portal, 25 October 1944, on the bombing of communications.", ("letter", "addressedTo", "Portal")),
    ("Bufton wrote a paper for the Air Staff on oil.", ("paper", "addressedTo", "Air Staff")),
    # "produced a third of Germany's crude oil": the share's owner is supplied
    ("The Ploesti refineries produced a third of Germany's crude oil.", ("Ploesti refineries", "supplies", "Germany")),
    # a document owned by a possessive pronoun is still a document (the pronoun's, here the subject's)
    ("Portal, in his letter to Harris of 6 November, argued that oil came first.",
     ("Portal's letter", "addressedTo", "Harris")),
    ("Portal, in his letter to Harris of 6 November, argued that oil came first.",
     ("Portal", "authored", "Portal's letter")),
    # "reply to Spaatz" with "to Spaatz" misparsed as a clause
    ("In his reply to Spaatz on 20 April, Portal argued that the refineries came first.",
     ("Portal", "repliesTo", "Spaatz")),
    # wire-report verbs; a place attached to the verb locates the facility acted on
    ("R.A.F. Lancasters smashed the synthetic oil plant at Homberg last night.",
     ("RAF", "attacked", "synthetic oil plant")),
    ("American Fortresses battered the refineries at Hamburg.", ("refineries", "locatedIn", "Hamburg")),
    # a facility phrase the parser coordinated with the place of the first object
    ("Meanwhile the Fifteenth Air Force struck the refineries at Vienna and the synthetic plants in Silesia.",
     ("Fifteenth Air Force", "attacked", "synthetic plants")),
    # "the directive" is the directive named before it
    ("Bottomley and Spaatz issued Strategic Directive No. 1 on 25 September. The directive was addressed to Harris.",
     ("Strategic Directive No. 1", "addressedTo", "Harris")),
    # an apposition the parser split off its name ("NAME" as vocative, the post as subject)
    ("Twining, commander of the Fifteenth Air Force, sent his Liberators back to Blechhammer.",
     ("Twining", "commands", "Fifteenth Air Force")),
    # a post "of" something in apposition to a person is a post, not a second person
    ("Lovett, the Director of Air Intelligence at the War Department, visited London.",
     ("Lovett", "holdsPosition", "Director of Air Intelligence")),
    ("Lovett, the Director of Air Intelligence at the War Department, visited London.",
     ("Lovett", "memberOf", "War Department")),
    # "sent bombers against X": the sender attacked X (the bombers name no entity)
    ("On 7 July the Fifteenth Air Force sent 500 bombers against the refineries at Blechhammer.",
     ("Fifteenth Air Force", "attacked", "refineries")),
    # the second name of a list read as an apposition of the first
    ("In May the Eighth Air Force hit the refineries at Hamburg, Bremen, Hanover and Kiel.",
     ("refineries", "locatedIn", "Kiel")),
    # an order to concentrate on something tasks with it
    ("Arnold ordered Spaatz to concentrate on the refineries.", ("Spaatz", "taskedWith", "refineries")),
    # advocating attacks on a system is advocating the system as a target
    # "the Leuna works" with "works" read as a verb; a plant named by its town is that plant
    ("The Eighth Air Force attacked the Leuna works near Merseburg.", ("Eighth Air Force", "attacked", "Leuna")),
    ("Bomber Command attacked the Kamen works near Dortmund.", ("Kamen works", "locatedIn", "Dortmund")),
    # "the Committee, which Bufton chaired": the relative object is the committee
    ("The Joint Oil Targets Committee, which Sharp chaired, met weekly.", ("Sharp", "commands", "Joint Oil Targets Committee")),
    # a catalogue entry's participle acts for the writer named after the comma
    ("Letter, Spaatz to Arnold, 4 Aug. 1944, replying to Arnold's cable of 1 August.", ("Spaatz", "repliesTo", "Arnold")),
    # an economic sector is a target system
    ("Memorandum by the Enemy Objectives Unit, 1 March 1944, urging the destruction of the German aircraft industry.",
     ("Enemy Objectives Unit", "advocated", "German aircraft industry")),
    # the load takes the preposition: "dropped 9,000 tons of bombs on X"
    ("In August the RAF dropped 9,000 tons of bombs on the Ruhr oil plants.", ("RAF", "attacked", "Ruhr oil plants")),
    # two names sharing a plural tail
    ("In June the Ninth and Fifteenth Air Forces bombed the refineries at Ploesti.",
     ("Ninth Air Force", "attacked", "refineries")),
    ("In June the Ninth and Fifteenth Air Forces bombed the refineries at Ploesti.",
     ("Fifteenth Air Force", "attacked", "refineries")),
    # a noun of feeling towards someone
    ("Portal's frustration with Harris grew through the autumn.", ("Portal", "criticized", "Harris")),
    # a post that commands what it is "of"
    ("Doolittle, commanding general of the Eighth Air Force, flew to London.", ("Doolittle", "commands", "Eighth Air Force")),
    # a hyphenated name is one name, and a bare name that was attacked is a place
    ("The RAF attacked Datteln-Hamm again on 3 March.", ("RAF", "attacked", "Datteln-Hamm")),
    # "X under Y": Y commands X (kg:inversePrepTrigger)
    ("The Fifteenth Air Force, under Twining, bombed the Ploesti refineries.", ("Twining", "commands", "Fifteenth Air Force")),
    ("Bomber Command under Harris attacked the Ruhr cities.", ("Bomber Command", "attacked", "Ruhr cities")),
    ("Zuckerman continued to advocate raids on the transportation system.",
     ("Zuckerman", "advocated", "transportation system")),
    ("Portal had always been sympathetic to the oil plan.", ("Portal", "advocated", "oil plan")),
    # a people at war acts as a body (alias data)
    ("The Transportation Plan was strongly opposed by the Americans.", ("Americans", "opposed", "Transportation Plan")),
])
def test_pattern(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


@pytest.mark.parametrize("text, prop", [
    ("The Luftwaffe could not attack the Leuna plant.", "attacked"),
    ("Harris was unwilling to attack the synthetic plants.", "attacked"),
    ("Harris never criticized Tedder.", "criticized"),
    ("Portal argued that the Fifteenth Air Force should attack the refineries.", "attacked"),
    ("Tedder preferred to attack the railways.", "attacked"),
    ("Bomber Command planned to bomb Pölitz in October.", "attacked"),
    ("Had Portal insisted, Harris might have attacked the oil plants earlier.", "attacked"),
    ("Nobody criticized Harris openly.", "criticized"),
    ("Tedder was not opposed to the oil plan.", "opposed"),
    ("It was rumoured that the Eighth Air Force had bombed Pölitz.", "attacked"),
    ("The Germans denied that the RAF had destroyed the Leuna works.", "attacked"),
    ("Spaatz hoped to attack Ploesti in May.", "attacked"),
    ("Portal was the only man who could have ordered Harris to concentrate on oil.", "taskedWith"),
    ("Neither the RAF nor the USAAF attacked Ploesti in September.", "attacked"),
    ("Although Portal had the authority to order Harris to concentrate on oil, he never did so.", "taskedWith"),
    ("Spaatz asked for permission to attack the oil plants.", "attacked"),
    ("Neither Harris nor Portal criticized Tedder.", "criticized"),
    ("The Eighth Air Force attacked neither Leuna nor Pölitz.", "attacked"),
    ("Harris did not attack Leuna, nor did he attack Pölitz.", "attacked"),
    # a purpose of what is only intended ("to strike" the plants is not done)
    ("Spaatz intended to use the first good weather after the invasion to strike the synthetic plants.", "attacked"),
    # a stance that is missing ("without" its noun)
    ("Without Eisenhower's approval of the plan, nothing could be done.", "advocated"),
    # a deed put beyond reach ("too ... to")
    ("The Americans thought the night raids too inaccurate to hit a plant.", "attacked"),
    ("The Luftwaffe was too weak to attack the bombers.", "attacked"),
    ("The Ninth Air Force was not given the task of attacking Leuna.", "taskedWith"),
    # a deed only wanted done
    ("Bufton wanted the Ruhr plants attacked at night by Bomber Command.", "attacked"),
    # a deed a plan is for
    ("Zuckerman drew up the plan for attacking the French railways.", "attacked"),
    # a struggle the speaker foresees is no stance of his
    ("Spaatz told his staff that the Luftwaffe would have to fight for its fuel.", "advocated"),
])
def test_negated_or_hypothetical_gives_no_fact(extract_facts, text, prop):
    assert not [f for f in extract_facts(text) if f[1] == prop]


def test_reported_speech_is_attributed(tmp_path):
    from rdflib import RDF, SKOS, URIRef

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Speer said the Eighth Air Force had bombed Leuna.", encoding="utf-8")
    g = extract_graph([p]).graph
    kg = "https://w3id.org/histkg/ontology#"
    st = next(s for s in g.subjects(RDF.predicate, URIRef(kg + "attacked")))
    who = g.value(st, URIRef(kg + "attributedTo"))
    assert who is not None and str(g.value(who, SKOS.prefLabel)) == "Speer"


def test_quotation_becomes_statement(extract_facts):
    facts = extract_facts('Harris wrote, "the oil plan is merely another panacea for the staff."')
    assert any(s == "Harris" and p == "stated" for s, p, o in facts)
    assert any(p == "text" and "another panacea" in o for s, p, o in facts)


def test_pronoun_resolves_to_subject(extract_facts):
    facts = extract_facts("Tedder met Spaatz in London. He criticized Harris for the delay.")
    assert ("Tedder", "criticized", "Harris") in facts


@pytest.mark.parametrize("text, fact", [
    # a possessive fronted before a pronoun subject is that subject ("In his report he")
    ("Galland wrote to Goering on 3 March that the fighters lacked fuel. In his letter he warned that the "
     "Reich could not be defended.", ("Galland", "authored", "Galland's letter")),
    # a subject pronoun is not a name inside its own clause (nor the name of the last object)
    ("Tedder, the Deputy Supreme Commander, disliked the plan. In a note to Eisenhower he criticized Harris.",
     ("Tedder", "criticized", "Harris")),
    # a possessive under a clause whose subject is a pronoun is that pronoun ("He said his ...")
    ("Spaatz answered Arnold's letter in June. He claimed that his bombers had destroyed Ploesti.",
     ("Spaatz", "attacked", "Ploesti")),
])
def test_pronouns_follow_the_topic(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_acronym_defined_in_text_merges_across_documents(tmp_path):
    from rdflib import SKOS

    from graph.build import extract_graph

    (tmp_path / "a.txt").write_text("The Joint Oil Targets Committee (JOTC) met in London.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("General Walter Fenwick wrote to them. Fenwick criticized the J.O.T.C. openly.",
                                    encoding="utf-8")
    g = extract_graph([tmp_path]).graph
    nodes = {s for s, o in g.subject_objects(SKOS.prefLabel) if str(o) == "Joint Oil Targets Committee"}
    assert len(nodes) == 1
    labels = {str(o) for o in g.objects(next(iter(nodes)), SKOS.altLabel)}
    assert {"JOTC", "J.O.T.C."} & labels
    people = {s for s, o in g.subject_objects(SKOS.prefLabel) if "Fenwick" in str(o)}
    assert len(people) == 1  # "Fenwick" joined "Walter Fenwick"


def test_ocr_variant_of_an_unknown_name_merges(tmp_path):
    from rdflib import SKOS

    from graph.build import extract_graph

    (tmp_path / "a.txt").write_text("The Eighth Air Force bombed the plant at Lutzheim. "
                                    "Later the plant at Lutzhelm was bombed again.", encoding="utf-8")
    g = extract_graph([tmp_path]).graph
    nodes = {s for s, o in g.subject_objects(SKOS.prefLabel) if str(o) in ("Lutzheim", "Lutzhelm")}
    assert len(nodes) == 1


def test_a_short_name_one_letter_longer_is_no_ocr_variant(extract_facts):
    # "Kolin" is a Czech town of its own, not "Köln" (Cologne) with a letter added; "hit ... at" is "hit"
    facts = extract_facts("On 24 August the Fifteenth hit the refineries at Pardubice and Kolin in Czechoslovakia.")
    assert ("refineries", "locatedIn", "Kolin") in facts, facts
    assert not [f for f in facts if "Cologne" in f or f[1] == "attacked" and f[2] != "refineries"], facts


@pytest.mark.parametrize("text, fact", [
    ("Harris replied to Saundby two days later.", ("Harris", "repliesTo", "Saundby")),
    ("ROME, Dec. 17 (UP) - Fifteenth Air Force Liberators bombed the Blechhammer refineries today.",
     ("Fifteenth Air Force", "attacked", "Blechhammer")),
    ("Reports said the synthetic oil works at Bottrop was burning.", ("synthetic oil works", "locatedIn", "Bottrop")),
])
def test_tagger_slips_are_repaired(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


@pytest.mark.parametrize("text, speaker, words", [
    ("Speer told Hitler that the synthetic plants could not be repaired before the winter.",
     "Speer", "the synthetic plants could not be repaired before the winter"),
    ("Harris answered that the remaining oil plants were small targets.",
     "Harris", "the remaining oil plants were small targets"),
    ("Tedder wrote to Portal that the railways were the decisive target.",
     "Tedder", "the railways were the decisive target"),
    # "who" hung on "report" by the parser: the name before it speaks
    ("Portal sent a copy of the report to Harris, who replied that the figures were exaggerated.",
     "Harris", "the figures were exaggerated"),
    # a participle clause shares the subject of its verb
    ("Harris replied to Bottomley on 2 October, complaining that the weather made precise attacks impossible.",
     "Harris", "the weather made precise attacks impossible"),
    # the subject is a common noun; its apposition names the speaker
    ("Its commander, General Twining, reported that the Silesian plants were now producing almost nothing.",
     "Twining", "the Silesian plants were now producing almost nothing"),
])
def test_indirect_speech_is_a_statement(extract_facts, text, speaker, words):
    assert (speaker, "stated", words) in extract_facts(text)


def test_statement_said_after_its_clause(extract_facts):
    # the wire style: the report first, the speaker after it
    facts = extract_facts("Fortresses hit the Ruhland plant this morning, the War Department announced.")
    assert ("War Department", "stated", "Fortresses hit the Ruhland plant this morning") in facts


def test_that_clause_after_a_date_is_still_reported(extract_facts):
    facts = extract_facts("Eaker told Arnold on 9 April that the Ploesti refineries were being rebuilt.")
    assert ("Eaker", "stated", "the Ploesti refineries were being rebuilt") in facts


def test_a_reply_without_addressee_answers_the_previous_speaker(extract_facts):
    facts = extract_facts("Eaker wrote to Arnold in March that the Ploesti raid had been costly. "
                          "Arnold replied that the losses were acceptable.")
    assert ("Arnold", "repliesTo", "Eaker") in facts
    # no one addressed the replier: no addressee is guessed
    facts = extract_facts("Eaker inspected the bases in March. Arnold replied that the losses were acceptable.")
    assert not [f for f in facts if f[1] == "repliesTo"]
    # a relative reply answers whoever addressed the replier in the same sentence
    facts = extract_facts("Arnold forwarded the report to Spaatz, who replied that Bomber Command was already "
                          "doing more than its share.")
    assert ("Spaatz", "repliesTo", "Arnold") in facts
    # the letter, not the verb, names the addressee
    facts = extract_facts("Portal sent the letter to Harris on 12 December with few changes. Harris answered two days later.")
    assert ("Harris", "repliesTo", "Portal") in facts


def test_their_after_a_pair_of_people_is_left_unresolved(extract_facts):
    facts = extract_facts("Bottomley and Spaatz sent directives to the bomber commands. "
                          "Their second directive, issued on 1 November, kept oil first.")
    assert not [f for f in facts if f[1] == "authored" and f[0] == "bomber commands"]
    assert not [f for f in facts if f[1] == "quantity" and f[2] == "second"]


def test_the_ministry_is_the_ministry_named_before(extract_facts):
    facts = extract_facts("The Air Ministry said the raid was a success. The Ministry added that two bombers were lost.")
    assert ("Air Ministry", "stated", "two bombers were lost") in facts
    assert not [f for f in facts if f[0] == "Ministry"]


@pytest.mark.parametrize("text", [
    "Spaatz asked whether the oil plants could be attacked in bad weather.",  # a question
    "Harris never said that the oil plants were beaten.",  # negated
    "Portal said no more.",  # no clause
])
def test_no_statement_without_a_claim(extract_facts, text):
    assert not [f for f in extract_facts(text) if f[1] == "stated"]


def test_operation_names_are_events(tmp_path):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Operation Gomorrah destroyed much of Hamburg in July 1943.", encoding="utf-8")
    g = extract_graph([p]).graph
    op = next(g.subjects(SKOS.prefLabel, Literal("Operation Gomorrah")))
    assert {str(t).rsplit("#", 1)[-1] for t in g.objects(op, RDF.type)} & {"Event", "Campaign"}


def test_month_names_in_dates_are_not_names(tmp_path):
    from rdflib import SKOS

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("In May the Eighth Air Force hit Leuna. Spaatz wrote to Arnold on 12 March.", encoding="utf-8")
    labels = {str(o) for o in extract_graph([p]).graph.objects(None, SKOS.prefLabel)}
    assert {"Eighth Air Force", "Leuna", "Spaatz", "Arnold"} <= labels
    assert not {"May", "March"} & labels


def test_a_type_the_text_gives_beats_the_ner_guess(tmp_path):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    # the NER model calls the hyphenated town an organization; being attacked makes it a place
    p.write_text("Allied bombers hit the Wanne-Eickel refinery. The RAF attacked Wanne-Eickel again.", encoding="utf-8")
    g = extract_graph([p]).graph
    node = next(g.subjects(SKOS.prefLabel, Literal("Wanne-Eickel")))
    assert {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)} == {"Place"}


def test_a_post_in_apposition_is_not_a_second_person(tmp_path):
    from rdflib import SKOS

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Funk, the German economics minister, visited the Leuna works. Hitler ordered him to report.",
                 encoding="utf-8")
    g = extract_graph([p]).graph
    labels = {str(o) for o in g.objects(None, SKOS.prefLabel)}
    assert "Funk" in labels and "German economics minister" not in labels


def test_they_after_a_pair_of_people_is_both(extract_facts):
    facts = extract_facts("Doolittle and Anderson rejected the scheme. They favoured attacks on Ploesti.")
    assert {("Doolittle", "advocated", "Ploesti"), ("Anderson", "advocated", "Ploesti")} <= facts


def test_the_plant_is_the_one_plant_named_before(extract_facts):
    facts = extract_facts("The RAF bombed Scholven on 21 June. The plant lay near Gelsenkirchen.")
    assert ("Scholven", "locatedIn", "Gelsenkirchen") in facts
    # two plants named: "the plant" could be either, so neither is placed
    facts = extract_facts("The RAF bombed Scholven and Wesseling on 21 June. The plant lay near Gelsenkirchen.")
    assert not [f for f in facts if f[1] == "locatedIn" and f[0] in ("Scholven", "Wesseling")]


def test_the_committee_is_the_committee_named_before(extract_facts):
    facts = extract_facts("The Joint Oil Targets Committee met in London. "
                          "In August the committee reported that output had fallen by half.")
    assert ("Joint Oil Targets Committee", "stated", "output had fallen by half") in facts
    # no committee named before: a bare "the committee" is no entity
    facts = extract_facts("In August the committee reported that output had fallen by half.")
    assert not [f for f in facts if f[1] == "stated"]


@pytest.mark.parametrize("text, fact", [
    ("At the conference Arnold decided in favour of the oil plan.", ("Arnold", "advocated", "oil plan")),
    ("Eaker came out in favor of the oil plan.", ("Eaker", "advocated", "oil plan")),
    ("Zuckerman argued against the oil plan.", ("Zuckerman", "opposed", "oil plan")),
])
def test_prepositional_phrase_triggers(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    ("Coningham, Commander-in-Chief of the Second Tactical Air Force, protested.",
     ("Coningham", "commands", "Second Tactical Air Force")),
    ("Harris, C-in-C of Bomber Command, protested.", ("Harris", "commands", "Bomber Command")),
    ("Harris, Commander of Bomber Command, protested.", ("Harris", "commands", "Bomber Command")),
    ("Harris, Commander of Bomber Command, protested.", ("Harris", "holdsPosition", "Commander of Bomber Command")),
    # an apposition that ends the sentence, which the parser hangs on the verb
    ("The letter was signed by Bufton, his deputy.", ("Bufton", "holdsPosition", "deputy")),
])
def test_posts_in_apposition(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts
    assert not [f for f in facts if f[0] in ("Command", "C-in-C", "deputy")]


def test_a_hyphenated_adjective_is_not_a_name(tmp_path):
    from rdflib import SKOS

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("An Anglo-American committee met in London. German-held Norway was quiet.", encoding="utf-8")
    labels = {str(o) for o in extract_graph([p]).graph.objects(None, SKOS.prefLabel)}
    assert "London" in labels and not {"Anglo", "German", "Anglo-American"} & labels


def test_an_apposition_after_two_names_describes_the_second(extract_facts):
    facts = extract_facts("Tedder and Harris, commander of Bomber Command, opposed the plan.")
    assert ("Harris", "commands", "Bomber Command") in facts
    assert not [f for f in facts if f[0] == "Tedder" and f[1] in ("commands", "holdsPosition")]


def test_a_quoted_title_is_one_name(extract_facts):
    facts = extract_facts('Spaatz sent his "Plan for the Defeat of the Luftwaffe in Northern France" to Arnold.')
    # the names inside the title are not related to one another
    assert not [f for f in facts if f[0] in ("Defeat", "Luftwaffe", "Northern France")]
    # a title opening with a document noun is read as a document: its "of" names the author
    facts = extract_facts('Arnold forwarded "The Report of the Enemy Objectives Unit on German Oil" to Spaatz.')
    assert ("Enemy Objectives Unit", "authored", "Report") in facts


def test_a_catalogue_date_before_its_entry(tmp_path):
    from rdflib import Literal, SKOS

    from graph.build import extract_graph
    from graph.rdf import KG

    p = tmp_path / "d.txt"
    p.write_text("3 Nov. 1944. Directive No. 3 for the Strategic Air Forces, issued by Bottomley.\n", encoding="utf-8")
    g = extract_graph([p]).graph
    doc = next(g.subjects(SKOS.prefLabel, Literal("directive No. 3")))
    assert str(g.value(doc, KG.date)) == "1944-11-03"


def test_its_is_the_body_named_before(extract_facts):
    facts = extract_facts("The Fifteenth Air Force flew from Foggia. Its Liberators attacked Ploesti in May.")
    assert ("Fifteenth Air Force", "attacked", "Ploesti") in facts
    # nothing named before: "its" stays unresolved
    assert not extract_facts("Its Liberators attacked Ploesti in May.")


def test_its_after_an_owned_subject_is_the_subject(extract_facts):
    # "its airfields" are the fighter force's, not the Reich's (no airfields placed in Germany)
    facts = extract_facts("The Reich's fighter force sat idle on its airfields.")
    assert not [f for f in facts if f[1] == "locatedIn"], facts


def test_a_deed_that_only_dates_the_saying_is_not_the_speakers(extract_facts):
    facts = extract_facts("After the second raid on Pölitz, Speer wrote to Hitler that output had fallen.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    assert ("Speer", "stated", "output had fallen") in facts, facts


def test_a_stance_given_past_its_receiver_is_the_givers(extract_facts):
    facts = extract_facts("Arnold cabled Spaatz his full support for the oil offensive.")
    assert ("Arnold", "advocated", "oil offensive") in facts and ("Spaatz", "advocated", "oil offensive") not in facts, facts


def test_directing_forces_orders_no_one_but_directing_a_man_to_act_does(extract_facts):
    facts = extract_facts("Eaker now directed the Allied air forces in the Mediterranean from Caserta.")
    assert not [f for f in facts if f[1] == "ordered"], facts
    assert ("Portal", "ordered", "Harris") in extract_facts("Portal directed Harris to attack the oil plants.")


def test_another_mans_warning_recorded_is_his_not_the_recorders(extract_facts):
    facts = extract_facts("Goebbels recorded Speer's warning that the fuel situation had become critical.")
    assert [f for f in facts if f[1] == "stated"] == [("Speer", "stated", "the fuel situation had become critical")], facts
    # but one's own warning repeated is one's own
    assert ("Harris", "stated", "the oil plan was a panacea") in \
        extract_facts("Harris repeated his warning that the oil plan was a panacea.")


def test_a_paper_the_writer_did_not_send_says_nothing_of_his(extract_facts):
    facts = extract_facts("The letter that Harris did not send argued that oil was a panacea.")
    assert not [f for f in facts if f[1] == "stated"], facts


def test_a_bare_ordinal_is_the_force_named_before(extract_facts):
    facts = extract_facts("Twining flew with the Fifteenth Air Force. Twining, who commanded the Fifteenth, "
                          "reported that the refineries were burning.")
    assert ("Twining", "commands", "Fifteenth Air Force") in facts


@pytest.mark.parametrize("text, fact", [
    ("Spaatz complained to Arnold about the RAF.", ("Spaatz", "criticized", "RAF")),
    ("Harris accused the Ministry of Economic Warfare of optimism.", ("Harris", "criticized", "MEW")),
    ("Portal took part in the discussions at Quebec.", ("Portal", "participatedIn", "discussions")),
])
def test_more_triggers(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_inverse_verb_trigger(extract_facts):
    facts = extract_facts("Scholven came under heavy attack from the Eighth Air Force in June.")
    assert ("Eighth Air Force", "attacked", "Scholven") in facts
    assert not [f for f in facts if f[0] == "Scholven" and f[1] == "attacked"]


def test_a_user_adds_an_inverse_verb_trigger(tmp_path):
    """The ontology is data: a trigger added in Turtle works with no code change."""
    from pathlib import Path

    from rdflib import SKOS, URIRef

    from graph.build import extract_graph
    from graph.rdf import KG

    root = Path(__file__).resolve().parent.parent
    extra = tmp_path / "extra.ttl"
    extra.write_text('@prefix kg: <https://w3id.org/histkg/ontology#> .\n'
                     'kg:attacked kg:inverseVerbTrigger "fall victim to" .\n', encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("Scholven fell victim to the Eighth Air Force in June.", encoding="utf-8")
    files = sorted((root / "ontology").glob("*.ttl"))

    def attacked(ontology_files):
        g = extract_graph([doc], ontology_files=ontology_files).graph
        return {(str(g.value(s, SKOS.prefLabel)), str(g.value(o, SKOS.prefLabel)))
                for s, o in g.subject_objects(URIRef(KG + "attacked"))}

    assert ("Eighth Air Force", "Scholven") not in attacked(files)
    assert ("Eighth Air Force", "Scholven") in attacked(files + [extra])


def test_his_after_the_clause_subject_is_the_subject(extract_facts):
    facts = extract_facts("Harris wrote to Portal on 1 November. Portal rejected this view in his reply of 5 November.")
    assert ("Portal", "authored", "Portal's reply") in facts
    # another person named between: the nearer one
    facts = extract_facts("Portal criticized Harris for his reply of 6 November.")
    assert ("Harris", "authored", "Harris's reply") in facts


def test_a_noun_in_apposition_to_a_name_is_that_name(extract_facts):
    facts = extract_facts("The Scholven works, the largest plant in the Ruhr, lay near Gelsenkirchen.")
    assert {("Scholven", "locatedIn", "Gelsenkirchen"), ("Scholven", "locatedIn", "Ruhr")} <= facts
    # and says what the name is: "Homberg" is a plant, so it can be attacked
    facts = extract_facts("Bomber Command attacked Homberg, a small refinery in the Ruhr.")
    assert {("Bomber Command", "attacked", "Homberg"), ("Homberg", "locatedIn", "Ruhr")} <= facts


def test_phrasal_speech_verbs(extract_facts):
    facts = extract_facts("Bufton pointed out that the Leuna plant had been repaired within weeks.")
    assert ("Bufton", "stated", "the Leuna plant had been repaired within weeks") in facts


def test_a_date_after_the_author_of_a_document(extract_facts):
    facts = extract_facts("The view of the Air Staff, set out in a memorandum by Bufton of 18 August 1944, prevailed.")
    assert ("memorandum", "date", "1944-08-18") in facts


def test_a_year_before_a_noun_is_not_a_count(extract_facts):
    facts = extract_facts("The 1944 attacks on the refineries at Ploesti reduced deliveries.")
    assert not [f for f in facts if f[1] == "quantity" and f[2] == "1944"]


def test_a_quotation_broken_by_its_attribution_is_one_statement(extract_facts):
    facts = extract_facts('Portal rejected this view. "The oil plan," he wrote, "is not a panacea but a certainty."')
    assert ("Portal", "stated", "The oil plan is not a panacea but a certainty.") in facts


def test_wire_report_attribution_after_a_long_clause(extract_facts):
    facts = extract_facts("More than 1,300 American heavy bombers, escorted by 700 fighters, struck at synthetic oil "
                          "plants in central Germany today, the Air Ministry announced.")
    assert [f for f in facts if f[:2] == ("Air Ministry", "stated") and f[2].startswith("More than 1,300")]


def test_a_quoted_word_before_the_full_stop_keeps_its_marks(extract_facts):
    facts = extract_facts('Maj. Gen. Nathan F. Twining said that the plants were "burning fiercely." '
                          'Other formations attacked Vienna.')
    assert ("Twining", "stated", 'the plants were "burning fiercely"') in facts


@pytest.mark.parametrize("text, fact", [
    ("Spaatz, in a letter to Arnold dated 5 June 1944, reported that the oil attacks had succeeded.",
     ("Spaatz", "authored", "letter")),
    ("Spaatz, in a letter to Arnold dated 5 June 1944, reported that the oil attacks had succeeded.",
     ("letter", "date", "1944-06-05")),
    ("Harris's Bomber Command attacked Kamen on 11 September.", ("Harris", "commands", "Bomber Command")),
    ("Tedder, then Deputy Supreme Commander, opposed the oil plan.",
     ("Tedder", "holdsPosition", "Deputy Supreme Commander")),
])
def test_documents_units_and_posts(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_a_split_apposition_stands_for_the_name(extract_facts):
    facts = extract_facts("The Enemy Objectives Unit, a small group led by Charles Kindleberger, worked in London.")
    assert ("Charles Kindleberger", "commands", "Enemy Objectives Unit") in facts


def test_a_surname_the_ner_took_for_a_place_in_a_persons_role(tmp_path):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Galbraith disagreed with the Strategic Bombing Survey.", encoding="utf-8")
    g = extract_graph([p]).graph
    node = next(g.subjects(SKOS.prefLabel, Literal("Galbraith")))
    assert {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)} == {"Person"}


def test_a_long_quoted_title_is_a_document_sent_to_someone(extract_facts):
    facts = extract_facts('On 2 May Arnold submitted his "Plan for the Defeat of the German Air Force" to Marshall.')
    assert {("Arnold", "authored", "Plan for the Defeat of the German Air Force"),
            ("Plan for the Defeat of the German Air Force", "addressedTo", "Marshall")} <= facts


@pytest.mark.parametrize("text, prop", [
    ("The Ninth Air Force took no part in the oil offensive.", "participatedIn"),
    ("The Eighth Air Force made no attack on Leuna in June.", "attacked"),
])
def test_a_denied_noun_gives_no_fact(extract_facts, text, prop):
    assert not [f for f in extract_facts(text) if f[1] == prop]


@pytest.mark.parametrize("text, fact", [
    # a main verb tagged as a participle, with no auxiliary: active, not passive
    ("Eisenhower instructed Tedder to allot two days of good weather to the oil targets.",
     ("Eisenhower", "ordered", "Tedder")),
    ("The draft directive of 13 September was modelled on Bufton's memorandum of 28 August.",
     ("draft directive", "basedOn", "Bufton's memorandum")),
])
def test_orders_and_sources(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text", [
    "Instead of attacking Leuna, Bomber Command bombed Cologne.",
    "Bomber Command bombed Cologne rather than Leuna.",
    "Bomber Command bombed Cologne, not Leuna.",
    "The Eighth Air Force no longer attacked Leuna after August.",
    "The Eighth Air Force hardly touched Leuna in August.",
])
def test_what_was_not_attacked(extract_facts, text):
    facts = extract_facts(text)
    assert not [f for f in facts if f[1] == "attacked" and f[2] == "Leuna"]


@pytest.mark.parametrize("text, fact", [
    ("Rather than attacking Leuna, Harris bombed Cologne.", ("Harris", "attacked", "Cologne")),
    # "instead" without "of" is an alternative done, not a denial
    ("Tedder advocated the transportation plan instead.", ("Tedder", "advocated", "transportation plan")),
])
def test_the_alternative_is_done(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_was_to_attack_is_a_plan(extract_facts):
    facts = extract_facts("The Fifteenth Air Force was to attack the refineries at Ploesti in April.")
    assert not [f for f in facts if f[1] == "attacked"]
    # the refineries are at Ploesti all the same
    assert ("refineries", "locatedIn", "Ploesti") in facts


def test_according_to_attributes_the_fact(tmp_path):
    from rdflib import RDF, SKOS, URIRef

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("According to Speer, the Eighth Air Force had hit Pölitz twice.", encoding="utf-8")
    g = extract_graph([p]).graph
    kg = "https://w3id.org/histkg/ontology#"
    st = next(s for s in g.subjects(RDF.predicate, URIRef(kg + "attacked")))
    assert str(g.value(g.value(st, RDF.subject), SKOS.prefLabel)) == "Eighth Air Force"
    assert str(g.value(g.value(st, URIRef(kg + "attributedTo")), SKOS.prefLabel)) == "Speer"


def test_surface_forms_of_one_person_meet(tmp_path):
    from rdflib import SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text('Air Chief Marshal Sir Arthur Harris led Bomber Command. "Bomber" Harris distrusted the '
                 'economists. Harris replied to Portal.', encoding="utf-8")
    g = extract_graph([p]).graph
    node = next(g.subjects(SKOS.prefLabel, Literal("Harris")))
    alts = {str(a) for a in g.objects(node, SKOS.altLabel)}
    assert {"Sir Arthur Harris", "Bomber Harris"} <= alts and not [a for a in alts if '"' in a]


@pytest.mark.parametrize("text, fact", [
    ("Pölitz, near Stettin on the Oder, was one of the largest plants.", ("Pölitz", "locatedIn", "Stettin")),
    ("The Casablanca directive of January 1943 gave oil a low priority.", ("Casablanca directive", "date", "1943-01")),
    ("The Bufton draft reached Portal on 3 November.", ("Bufton", "authored", "Bufton's draft")),
])
def test_names_before_and_around_nouns(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    # the place phrase hung on the verb, right after the object, still places it (also in a plan)
    ("Spaatz wanted to attack the plants in Silesia.", ("plants", "locatedIn", "Silesia")),
    ("The Fifteenth Air Force bombed the refineries in Ploesti in August.", ("refineries", "locatedIn", "Ploesti")),
])
def test_the_object_of_an_attack_lies_in_the_place_after_it(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    # a place set off by commas after a misparsed sentence-initial name
    ("Leuna, near Merseburg, was the largest of the plants.", ("Leuna", "locatedIn", "Merseburg")),
    ("Brux, in Czechoslovakia, and Blechhammer, in Silesia, were hit by the same force in the autumn.",
     ("Brüx", "locatedIn", "Czechoslovakia")),
])
def test_a_place_set_off_after_a_name(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_a_coordinated_clause_keeps_its_object(extract_facts):
    # "allowed" has its own subject: its object "Spaatz" is not the first verb's object
    facts = extract_facts("On 25 March Eisenhower decided in favour of the Transportation Plan, but he allowed "
                          "Spaatz to attack oil when the weather permitted.")
    assert ("Eisenhower", "advocated", "Transportation Plan") in facts
    assert not [f for f in facts if f[0] == "Spaatz" and f[1] == "advocated"]


@pytest.mark.parametrize("text, fact", [
    ("In his report of 25 March, Tedder proposed that the railway system should become the main target.",
     ("Tedder", "stated", "the railway system should become the main target")),
    # a quoted title is a document, not words said: the that-clause is the claim
    ('On 5 March Spaatz submitted his "Plan for the Completion of the Combined Bomber Offensive" to Eisenhower, '
     'proposing that the Strategic Air Forces concentrate on the synthetic plants.',
     ("Spaatz", "stated", "the Strategic Air Forces concentrate on the synthetic plants")),
])
def test_proposals_are_statements(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts
    assert not [f for f in facts if f[1] == "stated" and f[2].startswith("Plan for")]


def test_a_relative_clause_carries_the_attack(extract_facts):
    facts = extract_facts("Attacks on Ploesti, which were made by the Fifteenth Air Force from Italy, reduced "
                          "its output to 20 percent of capacity.")
    assert ("Fifteenth Air Force", "attacked", "Ploesti") in facts
    facts = extract_facts("The raids on Leuna, which were not carried out by the Eighth Air Force, began in May.")
    assert not [f for f in facts if f[1] == "attacked"]


@pytest.mark.parametrize("text, fact", [
    ("Speer appointed Edmund Geilenberg as Commissioner-General for Emergency Measures in May 1944.",
     ("Geilenberg", "holdsPosition", "Commissioner-General for Emergency Measures")),
    ("In March Tedder was named Deputy Supreme Commander.", ("Tedder", "holdsPosition", "Deputy Supreme Commander")),
    ("Harris was made Commander-in-Chief of Bomber Command in February 1942.", ("Harris", "commands", "Bomber Command")),
    # a task to repair something is a task about it
    ("Geilenberg was charged with the repair of the damaged plants.", ("Geilenberg", "taskedWith", "plants")),
    # a post one becomes, remains or serves as
    ("Tedder became Chief of the Air Staff in 1946.", ("Tedder", "holdsPosition", "Chief of the Air Staff")),
    ("Harris remained Commander-in-Chief of Bomber Command until the end of the war.",
     ("Harris", "commands", "Bomber Command")),
    ("Bufton served as Director of Bomber Operations at the Air Ministry.", ("Bufton", "memberOf", "Air Ministry")),
])
def test_appointments_and_tasks(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text", ["Portal did not appoint Bufton as Director.",
                                  "Harris never became a convert to oil."])
def test_no_post_from_a_denied_appointment_or_a_stance(extract_facts, text):
    assert not [f for f in extract_facts(text) if f[1] == "holdsPosition"]


def test_a_relative_clause_is_no_parenthetical_attribution(extract_facts):
    facts = extract_facts("The Ministry of Economic Warfare, which had long argued for a concentrated attack on oil, "
                          "was not consulted.")
    assert ("MEW", "advocated", "oil") in facts or ("Ministry of Economic Warfare", "advocated", "oil") in facts
    assert not [f for f in facts if f[1] == "stated"]


@pytest.mark.parametrize("text, fact", [
    ("The directive was signed by Bottomley and sent to Harris and Spaatz.", ("directive", "addressedTo", "Spaatz")),
    ("Leuna was attacked by the Eighth Air Force and damaged again by Bomber Command.",
     ("Bomber Command", "attacked", "Leuna")),
])
def test_a_coordinated_participle_shares_the_passive(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    ("The Fifteenth Air Force, meanwhile, continued its offensive against the refineries of Vienna.",
     ("Fifteenth Air Force", "attacked", "refineries")),
    # with no actor named, the place of the deed is the object's
    ("In Budapest the Shell refinery was destroyed.", ("Shell refinery", "locatedIn", "Budapest")),
])
def test_offensives_and_unattributed_damage(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    ("Albert Speer, the Reich Minister for Armaments, visited the plant after the second raid.",
     ("Speer", "holdsPosition", "Reich Minister for Armaments")),
    ("Lovett, the Assistant Secretary of War for Air, visited London in April.",
     ("Lovett", "holdsPosition", "Assistant Secretary of War for Air")),
])
def test_posts_for_and_of_a_body(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts
    assert not [f for f in facts if f[0].startswith(("for ", "Assistant"))]


def test_a_finite_participle_and_a_told_subject(extract_facts):
    # "estimated/VBN" read as a participle on the name: its that-clause makes it finite
    facts = extract_facts("The Ministry of Economic Warfare estimated that the Germans had lost half of their oil "
                          "production by the end of June.")
    assert [f for f in facts if f[1] == "stated" and f[2].startswith("the Germans had lost half")]
    # someone told something (no hearer named) did not say it
    facts = extract_facts("Harris, told that the directive had been changed, protested to Portal.")
    assert not [f for f in facts if f[1] == "stated"]


def test_a_hyphenated_rank_is_a_title(extract_facts):
    facts = extract_facts("The raid, led by Air Vice-Marshal Bennett of the Pathfinder Force, destroyed the stalls.")
    assert ("Bennett", "memberOf", "Pathfinder Force") in facts


def test_the_plural_noun_is_the_group_named_before(extract_facts):
    facts = extract_facts("The Fifteenth Air Force attacked the Ploesti refineries in twenty raids. The refineries "
                          "supplied about a third of Germany's crude oil.")
    assert ("Ploesti refineries", "supplies", "Germany") in facts
    # a group described anew is another group
    facts = extract_facts("The Fifteenth Air Force attacked the Ploesti refineries. The Hungarian refineries "
                          "supplied the rest.")
    assert not [f for f in facts if f[0] == "Ploesti refineries" and f[1] == "supplies"]


@pytest.mark.parametrize("text", [
    "Tedder's view was shared by Zuckerman, whose paper of 28 October argued that the railways were the key.",
    "Zuckerman wrote often. His paper of 28 October argued that the railways were the key.",
])
def test_what_a_paper_argues_its_writer_states(extract_facts, text):
    facts = extract_facts(text)
    assert ("Zuckerman", "stated", "the railways were the key") in facts
    assert [f for f in facts if f[0] == "Zuckerman" and f[1] == "authored"]


def test_a_numbered_unit_opens_a_sentence(extract_facts):
    facts = extract_facts("Several RAF groups took part in the campaign. No. 5 Group, under Cochrane, specialised "
                          "in precision attacks and hit the Politz plant twice in December.")
    assert ("No. 5 Group", "attacked", "Pölitz") in facts
    assert ("Cochrane", "commands", "No. 5 Group") in facts
    assert not [f for f in facts if f[0] == "RAF" and f[1] == "attacked"]


def test_he_after_an_unknown_speaker(extract_facts):
    # "Fischer" is in no list and the NER model misses him: speaking makes him a person "he" can be
    facts = extract_facts("Fischer stated that the attacks had been decisive. He also said that the Germans had "
                          "never been able to protect the plants adequately.")
    assert [f for f in facts if f[:2] == ("Fischer", "stated") and f[2].startswith("the Germans had never")]


@pytest.mark.parametrize("text, fact", [
    ("On 8 June 1944 Spaatz issued his first directive for the oil campaign.", ("Spaatz's directive", "date", "1944-06-08")),
    ("The raid on Politz was flown by the Eighth Air Force. The plant, which lay north of Stettin, was out of action "
     "until the end of July.", ("Pölitz", "locatedIn", "Stettin")),
])
def test_dates_of_issue_and_places_by_compass(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_a_that_clause_with_a_predicate_noun_is_reported(extract_facts):
    facts = extract_facts('Harris protested often, and he had told Portal in November that the oil plan was "a panacea".')
    assert ("Harris", "stated", 'the oil plan was "a panacea"') in facts


def test_a_member_or_economist_of_a_body_belongs_to_it_without_a_post(extract_facts):
    facts = extract_facts("Kindleberger, an economist in the Enemy Objectives Unit, argued that oil had few bottlenecks.")
    assert ("Kindleberger", "memberOf", "Enemy Objectives Unit") in facts
    assert not [f for f in facts if f[1] == "holdsPosition"]


@pytest.mark.parametrize("text, fact", [
    # a hyphen after a news agency's bracket separates the dateline from the sentence
    ("LONDON, Nov. 3 (AP)-RAF Lancasters and Halifaxes struck the synthetic oil plant at Homberg in the Ruhr "
     "last night, the Air Ministry announced today.", ("RAF", "attacked", "synthetic oil plant")),
    ("The attack on Zeitz on 30 November was carried out by 1,200 aircraft of the Eighth Air Force.",
     ("Eighth Air Force", "attacked", "Zeitz")),
])
def test_wire_datelines_and_counted_aircraft(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_an_approximate_amount_is_the_object(extract_facts):
    # "about" read as a preposition: the amount is still what the refineries supplied
    facts = extract_facts("The Ploesti refineries supplied about a third of Germany's crude oil.")
    assert ("Ploesti refineries", "supplies", "Germany") in facts


def test_a_time_set_off_after_a_name_is_no_place(extract_facts):
    facts = extract_facts("Harris, in London, wrote to Portal. Leuna, in July, was hit again.")
    assert not [f for f in facts if f[1] == "locatedIn"]


def test_the_attackers_place_is_not_the_targets(extract_facts):
    facts = extract_facts("In Italy, the Fifteenth Air Force attacked the synthetic plants.")
    assert ("Fifteenth Air Force", "attacked", "synthetic plants") in facts
    assert not [f for f in facts if f[1] == "locatedIn" and f[0] == "synthetic plants"]


@pytest.mark.parametrize("text, fact", [
    ("The raids of the Fifteenth Air Force on the Ploesti refineries were resumed in May.",
     ("Fifteenth Air Force", "attacked", "Ploesti refineries")),
    ("Harris wrote at length. Bomber Command, he insisted, had done more damage to German oil than the Americans.",
     ("Harris", "stated", "Bomber Command had done more damage to German oil than the Americans")),
])
def test_actors_and_speakers_set_off(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact, wrong", [
    ("Portal wrote often. In a long letter of 6 November he set out the case for oil once more.",
     ("Portal", "authored", "letter"), None),
    # a document that is someone else's: the reader did not write it
    ("In Bufton's paper, Portal found the argument he needed.",
     ("Bufton", "authored", "Bufton's paper"), ("Portal", "authored", "Bufton's paper")),
])
def test_a_document_opening_the_sentence_is_the_subjects(extract_facts, text, fact, wrong):
    facts = extract_facts(text)
    assert fact in facts and wrong not in facts


@pytest.mark.parametrize("text, fact", [
    ("The joint directive of 25 September drew on Bufton's paper. Bottomley signed it for the British.",
     ("Bottomley", "authored", "joint directive")),
    # the verb's class decides: a plant can be attacked, the air force that bombed it cannot
    ("The Eighth Air Force bombed Leuna on 12 May. The RAF attacked it again in July.", ("RAF", "attacked", "Leuna")),
])
def test_it_as_an_object(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_it_as_a_subject_continues_the_subject_before_unless_empty(extract_facts):
    # (an acting "it" continues the sentence before's one subject; this test once asserted that "it"
    # was never resolved, and passed only while "Leuna" opening a sentence was misread as an adverb)
    facts = extract_facts("Leuna lay near Merseburg. It supplied Germany with fuel.")
    assert {("Leuna", "locatedIn", "Merseburg"), ("Leuna", "supplies", "Germany")} <= facts, sorted(facts)
    # an empty "it" stands for nothing
    facts = extract_facts("Leuna lay near Merseburg. It seemed that the Germans had no fuel left.")
    assert facts == {("Leuna", "locatedIn", "Merseburg")}, sorted(facts)


def test_it_attacked_by_someone_is_the_thing_before(extract_facts):
    # a passive "it" with an agent is never empty; the parser misread the sentence before
    facts = extract_facts("The synthetic plant at Blechhammer, in Upper Silesia, produced aviation fuel for the "
                          "Luftwaffe. It was attacked by the Fifteenth Air Force on 7 July and again in August.")
    assert ("Fifteenth Air Force", "attacked", "Blechhammer") in facts
    assert not [f for f in facts if f[1] == "attacked" and f[2] != "Blechhammer"]


@pytest.mark.parametrize("text, fact", [
    # a clause with its own subject joined after the reported one is not the speaker's
    ("Zuckerman argued that transportation offered a quicker route to victory, and Tedder agreed with him.",
     ("Zuckerman", "stated", "transportation offered a quicker route to victory")),
    # (a second that-clause is)
    ("Harris argued that the oil plan was a panacea and that his crews could not find the plants.",
     ("Harris", "stated", "the oil plan was a panacea and that his crews could not find the plants")),
    # a short claim is a claim
    ("Speer warned Hitler that production would collapse.", ("Speer", "stated", "production would collapse")),
])
def test_what_the_speaker_said_and_no_more(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("fact", [
    ("Portal", "authored", "letter"), ("letter", "addressedTo", "Harris"), ("letter", "date", "1944-12-12"),
    ("Anderson", "authored", "memorandum"), ("memorandum", "date", "1945-01-02"),
])
def test_catalogue_lines_of_other_shapes(extract_facts, fact):
    facts = extract_facts("PRO AIR 8/1019: Portal to Harris, 12 Dec. 1944 (letter on the oil offensive).\n"
                          "Spaatz Papers, Library of Congress, Box 20: Memorandum, Anderson to Spaatz, 2 Jan. 1945.\n")
    assert fact in facts
    assert not [f for f in facts if f[0] == "Library"]


def test_an_item_after_a_colon_is_not_the_collection(extract_facts):
    # "Memorandum" stands in apposition to "Papers" in the parse, but the colon opens a new item
    facts = extract_facts("SPAATZ Papers, Box 17: Memorandum, Spaatz to Arnold, 5 Sept. 1944, on the oil campaign.\n")
    assert ("Spaatz", "authored", "memorandum") in facts
    assert ("memorandum", "addressedTo", "Arnold") in facts
    assert ("memorandum", "date", "1944-09-05") in facts
    assert not [f for f in facts if f[0] == "Papers" or f[2] == "Papers"]


@pytest.mark.parametrize("text, fact", [
    ("The Fifteenth Air Force bombed Ploesti. Its commander, General Twining, reported that the refineries were burning.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("The Oil Targets Committee met in London every week. Its chairman was Lawrence, of the Ministry of Economic "
     "Warfare.", ("Lawrence", "commands", "Oil Targets Committee")),
    ("The Combined Strategic Targets Committee met in October. Its American member, Colonel Maxwell, pressed for "
     "attacks on the benzol plants.", ("Maxwell", "memberOf", "Combined Strategic Targets Committee")),
])
def test_a_post_of_its_body_named_by_a_person(extract_facts, text, fact):
    assert fact in extract_facts(text)


def test_an_order_to_keep_attacking_is_a_task(extract_facts):
    facts = extract_facts("Spaatz nevertheless ordered the Eighth Air Force to keep attacking the synthetic plants.")
    assert ("Eighth Air Force", "taskedWith", "synthetic plants") in facts
    assert not [f for f in facts if f[1] == "attacked"]


def test_urging_someone_to_give_is_no_stance_on_the_receiver(extract_facts):
    facts = extract_facts("Eaker urged Arnold to give the Fifteenth Air Force more bombers.")
    assert not [f for f in facts if f[1] == "advocated"]
    facts = extract_facts("Portal agreed with Bufton and urged Tedder to accept the oil plan.")
    assert ("Portal", "advocated", "oil plan") in facts


def test_urging_someone_to_attack_is_advocacy(extract_facts):
    facts = extract_facts("Spaatz urged Eisenhower to attack the synthetic plants.")
    assert ("Spaatz", "advocated", "synthetic plants") in facts
    # the attack itself was not made, and backing a person is not advocacy
    assert not [f for f in facts if f[1] == "attacked" or f[2] == "Eisenhower"]


@pytest.mark.parametrize("text, fact", [
    ("Bufton served on the Air Staff throughout the war.", ("Bufton", "memberOf", "Air Staff")),
    ("Hughes worked for the Enemy Objectives Unit.", ("Hughes", "memberOf", "Enemy Objectives Unit")),
])
def test_membership_verbs(extract_facts, text, fact):
    assert fact in extract_facts(text)


@pytest.mark.parametrize("text, fact", [
    ("The Eighth Air Force was tasked with the attack on Leuna.", ("Eighth Air Force", "taskedWith", "Leuna")),
    ("Bomber Command was tasked with attacking the benzol plants.", ("Bomber Command", "taskedWith", "benzol plants")),
    ("Tedder pressed for the bombing of the railway yards.", ("Tedder", "advocated", "railway yards")),
])
def test_a_task_that_names_a_doing_is_about_its_target(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)
    # being tasked with attacking is not having attacked
    assert not [f for f in facts if f[1] == "attacked"]


def test_a_reply_to_a_letter_named_in_a_phrase(extract_facts):
    facts = extract_facts("In a letter to Tedder on 3 May, Spaatz wrote that the plan was sound. Tedder replied a week later.")
    assert ("Tedder", "repliesTo", "Spaatz") in facts, sorted(facts)


def test_an_attack_verb_read_as_a_participle_after_a_name(extract_facts):
    facts = extract_facts("The Eighth Air Force attacked Hamm, while RAF Bomber Command struck Bochum and Gelsenkirchen.")
    assert ("Bomber Command", "attacked", "Bochum") in facts and ("Bomber Command", "attacked", "Gelsenkirchen") in facts


def test_his_document_in_reported_speech_is_nobody_s_for_sure(extract_facts):
    facts = extract_facts("Portal answered that Harris had not followed his instructions.")
    assert not [f for f in facts if f[1] == "authored"], sorted(facts)
    assert ("Portal", "authored", "Portal's letter") in extract_facts("Portal said that his letter had been sent.")


@pytest.mark.parametrize("text, fact", [
    ("The Fifteenth Air Force bombed Ploesti. General Twining, its commander, reported that the refineries burned.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("The Fifteenth Air Force bombed Ploesti. General Twining, its commander, reported that the refineries burned.",
     ("Twining", "stated", "the refineries burned")),
    ("The Fifteenth Air Force flew its first mission against Ploesti on 5 April.",
     ("Fifteenth Air Force", "attacked", "Ploesti")),
])
def test_a_post_after_the_name_and_missions_against(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_a_full_stop_before_a_capital_ends_the_sentence(nlp):
    doc = nlp("The Fifteenth Air Force bombed Ploesti. General Twining reported on 5 April.")
    assert [s.text for s in doc.sents] == ["The Fifteenth Air Force bombed Ploesti.", "General Twining reported on 5 April."]
    doc = nlp("Maj. Gen. Nathan F. Twining reported.")
    assert len(list(doc.sents)) == 1


def test_a_list_of_targets_continued_after_a_place(extract_facts):
    facts = extract_facts("Spaatz ordered the Fifteenth Air Force to attack Blechhammer and Odertal in Silesia, "
                          "and the plants at Brux in Czechoslovakia.")
    for target in ("Blechhammer", "Odertal", "plants"):
        assert ("Fifteenth Air Force", "taskedWith", target) in facts, sorted(facts)
    assert not [f for f in facts if f[1] == "ordered" and f[2] != "Fifteenth Air Force"]


SECOND_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("Bottomley agreed and wrote to Harris on 13 October. Harris replied that the weather was bad.",
     ("Harris", "repliesTo", "Bottomley")),
    ("The Enemy Objectives Unit had recommended Leuna as a primary target in March.",
     ("Enemy Objectives Unit", "advocated", "Leuna")),
    ("General Anderson, Deputy Commanding General for Operations, believed that the attacks were worth their cost.",
     ("Frederick Anderson", "holdsPosition", "Deputy Commanding General for Operations")),
    ("LONDON, Nov. 2 (AP) - RAF heavy bombers last night attacked the synthetic oil plant at Homberg.",
     ("RAF", "attacked", "synthetic oil plant")),
]


def test_no_sentence_starts_with_a_small_letter_after_a_word(nlp):
    doc = nlp("LONDON, Nov. 2 (AP) - RAF heavy bombers last night attacked the plant at Homberg.")
    assert not any(t.is_sent_start and t.is_lower and doc[t.i - 1].is_alpha for t in doc[1:])


THIRD_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("On 1 November Portal wrote to Harris expressing disappointment. Harris answered on 6 November.",
     ("Harris", "repliesTo", "Portal")),
    ("Portal rejected his argument in a letter of 12 November.", ("Portal", "authored", "letter")),
    ("Tedder criticized Spaatz in a letter to the Air Ministry.", ("Tedder", "authored", "letter")),
    ("The Fifteenth Air Force dropped 13,000 tons of bombs on Ploesti between April and August 1944.",
     ("Fifteenth Air Force", "attacked", "Ploesti")),
]


def test_a_document_a_passive_verb_is_in_has_no_author_from_it(extract_facts):
    facts = extract_facts("Harris was criticized in a letter of 12 November.")
    assert not [f for f in facts if f[1] == "authored"], sorted(facts)


def test_a_place_the_parser_left_out_of_a_facilitys_phrase(extract_facts):
    facts = extract_facts("The Fifteenth Air Force hit the Ploesti refineries again.")
    # (the parser's "the Ploesti/iobj refineries" is repaired to a name, repairs.names_read_as_indirect_objects;
    # where the place is still left out, the refineries lie there)
    assert ("Fifteenth Air Force", "attacked", "Ploesti refineries") in facts or \
        ("refineries", "locatedIn", "Ploesti") in facts, sorted(facts)
    # a place inside the facility's own name adds nothing
    facts = extract_facts("The major sources were the Ploesti oil fields in Rumania.")
    assert not [f for f in facts if f[1] == "locatedIn" and f[2] == "Ploesti"], sorted(facts)


FOURTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("It was Spaatz who first pressed for the oil offensive.", ("Spaatz", "advocated", "oil offensive")),
    ("Portal and Tedder preferred the Transportation Plan.", ("Tedder", "advocated", "Transportation Plan")),
    ("Saur reported that output at Böhlen had stopped.", ("Saur", "stated", "output at Böhlen had stopped")),
    ("Speer's deputy, Karl Saur, reported that production at Leuna had stopped.",
     ("Karl Saur", "stated", "production at Leuna had stopped")),
    ("Brigadier General Cabell, Director of Plans at USSTAF, served on the committee.", ("Cabell", "memberOf", "USSTAF")),
]


def test_a_negated_report_with_that_read_as_a_determiner(extract_facts):
    assert not [f for f in extract_facts("Saur never reported that output at Böhlen had stopped.") if f[1] == "stated"]


def test_a_documents_title_in_capitals_is_one_name(extract_facts):
    facts = extract_facts("Directive No. 3 for the Control of the Strategic Bomber Forces in Europe, "
                          "issued by Bottomley and Spaatz, 1 November 1944.")
    assert ("Bottomley", "issued", "directive No. 3") in facts, sorted(facts)
    # the words of the title are no entities with facts of their own
    assert not [f for f in facts if f[0] in ("Control", "Strategic Bomber Forces")], sorted(facts)
    # but a body the directive is for is not swallowed
    facts = extract_facts("Directive No. 2 for the Strategic Air Forces in Europe, issued by Bottomley and Spaatz.")
    assert ("Strategic Air Forces", "locatedIn", "Europe") in facts or \
        ("directive No. 2", "addressedTo", "Strategic Air Forces") in facts, sorted(facts)


def test_wanting_others_to_attack_is_advocacy(extract_facts):
    facts = extract_facts("Tedder wanted the bombers to attack the railways; Spaatz wanted them to attack oil.")
    assert ("Tedder", "advocated", "railways") in facts and ("Spaatz", "advocated", "oil") in facts, sorted(facts)
    assert not extract_facts("Harris did not want to attack the oil plants.")


@pytest.mark.parametrize("text, fact", [
    ("Eaker directed the Fifteenth Air Force against Ploesti.", ("Fifteenth Air Force", "attacked", "Ploesti")),
    ("After Ploesti fell, Twining turned his bombers against the synthetic plants in Silesia.",
     ("Twining", "attacked", "synthetic plants")),
])
def test_turning_or_directing_a_force_against_a_target(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_a_name_read_into_the_date_before_it_and_a_that_clause_read_as_a_noun(extract_facts):
    assert ("Portal", "criticized", "Harris") in extract_facts("On 19 October Portal criticized Harris.")
    facts = extract_facts("On 19 October Portal informed Harris that the Chiefs of Staff expected Bomber Command "
                          "to give oil the first priority.")
    assert any(s == "Portal" and p == "stated" and o.startswith("the Chiefs of Staff expected") for s, p, o in facts), \
        sorted(facts)


def test_the_general_is_the_last_person_named_general(extract_facts):
    facts = extract_facts("Major General Frederick Anderson kept a close watch on the oil targets. "
                          "The general sent the reports to Arnold in Washington.")
    assert ("Frederick Anderson", "issued", "reports") in facts, sorted(facts)
    # nobody named with the rank before: no one
    facts = extract_facts("Harris kept a close watch on the oil targets. The general sent the reports to Arnold.")
    assert not [f for f in facts if f[1] == "issued"], sorted(facts)


def test_counted_aircraft_in_a_clause_of_a_units_action_are_the_units(extract_facts):
    facts = extract_facts("The Eighth Air Force flew its first mission against the synthetic plants on 12 May 1944, "
                          "when 935 bombers attacked Zwickau, Brüx and Böhlen.")
    for target in ("Zwickau", "Brüx", "Böhlen"):
        assert ("Eighth Air Force", "attacked", target) in facts, sorted(facts)


def test_coordinated_speakers_each_state_it(extract_facts):
    facts = extract_facts("Kindleberger and Rostow had argued since early 1944 that the German oil industry was "
                          "the most vulnerable target.")
    assert {s for s, p, o in facts if p == "stated"} == {"Kindleberger", "Rostow"}, sorted(facts)
    facts = extract_facts("The Fifteenth Air Force bombed Ploesti. General Twining, its commander, reported that "
                          "the refineries burned.")
    assert {s for s, p, o in facts if p == "stated"} == {"Twining"}, sorted(facts)


def test_agreeing_that_is_a_statement_and_a_target_after_a_set_off_place(extract_facts):
    facts = extract_facts("Tedder, who still favoured the railways, agreed that oil should remain first.")
    assert ("Tedder", "stated", "oil should remain first") in facts, sorted(facts)
    facts = extract_facts("Liberators of the Fifteenth Air Force bombed the refinery at Moosbierbaum, northwest of "
                          "Vienna, and the benzol plant at Linz, Allied headquarters announced.")
    assert ("Fifteenth Air Force", "attacked", "benzol plant") in facts, sorted(facts)


def test_a_possessor_is_no_conjunct_and_a_question_no_claim(extract_facts):
    facts = extract_facts("Doolittle's Eighth Air Force and Harris's Bomber Command between them dropped more than "
                          "200,000 tons of bombs on oil targets.")
    assert ("Bomber Command", "attacked", "oil targets") in facts
    assert not [f for f in facts if f[0] == "Harris" and f[1] == "attacked"], sorted(facts)
    facts = extract_facts("Churchill asked Portal in January 1945 why Bomber Command was still bombing cities.")
    assert not [f for f in facts if f[1] == "stated"], sorted(facts)


def test_built_in_a_place_lies_there(extract_facts):
    assert ("Blechhammer", "locatedIn", "Upper Silesia") in extract_facts("The Blechhammer plant was built in Upper Silesia in 1939.")
    assert ("Pölitz", "locatedIn", "Stettin") in extract_facts("The hydrogenation plant at Pölitz was constructed near Stettin.")


@pytest.mark.parametrize("text, fact", [
    ("The largest raid came on 16 January 1945, when the RAF sent 371 Lancasters against Brux.", ("RAF", "attacked", "Brüx")),
    ("Portal tasked Bomber Command with attacking the oil plants.", ("Bomber Command", "taskedWith", "oil plants")),
])
def test_counted_aircraft_sent_and_the_one_tasked(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)
    assert not [f for f in facts if f[1] == "issued" or f[0] == "Portal"], sorted(facts)


def test_a_document_word_opening_an_entry_after_a_reference(extract_facts):
    facts = extract_facts('Eisenhower Library: Memorandum by Tedder, "Notes on Air Policy", 25 October 1944.')
    assert ("Tedder", "authored", "memorandum") in facts, sorted(facts)


def test_a_plant_name_with_its_district_is_one_name(extract_facts):
    facts = extract_facts("The plant at Scholven-Buer was hit by the Eighth Air Force the same month.")
    assert ("Eighth Air Force", "attacked", "Scholven") in facts and len([f for f in facts if f[1] == "attacked"]) == 1, \
        sorted(facts)


def test_he_after_a_titled_name_the_parser_hung_on_its_title(extract_facts):
    facts = extract_facts("Air Marshal Sir Arthur Tedder, Eisenhower's deputy, chaired the meetings. On 5 November "
                          "he proposed that all available bombers be concentrated against the German railways.")
    assert [s for s, p, o in facts if p == "stated"] == ["Tedder"], sorted(facts)


@pytest.mark.parametrize("text, fact", [
    ("Bomber Command knocked out the Homberg plant.", ("Bomber Command", "attacked", "Homberg plant")),
    ("The Homberg plant was knocked out by repeated RAF attacks.", ("RAF", "attacked", "Homberg plant")),
])
def test_knocked_out_a_particle_verb_and_attacks_named_by_their_unit(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


@pytest.mark.parametrize("text, fact", [
    ("Lieutenant General James H. Doolittle took command of the Eighth Air Force in January 1944.",
     ("Doolittle", "commands", "Eighth Air Force")),
    ("The Eighth Air Force attacked Leuna. The Eighth, under Doolittle, attacked the synthetic plants.",
     ("Doolittle", "commands", "Eighth Air Force")),
])
def test_taking_command_and_a_set_off_under(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_taking_over_a_plan_is_no_command(extract_facts):
    assert not extract_facts("Harris took over the plan.")


def test_a_place_set_off_after_a_list_does_not_move_placed_targets(extract_facts):
    facts = extract_facts("The next week Bomber Command attacked the synthetic plant at Homberg and the refinery "
                          "at Harburg, near Hamburg.")
    assert ("synthetic plant", "locatedIn", "Homberg") in facts and ("Harburg", "locatedIn", "Hamburg") in facts
    assert ("synthetic plant", "locatedIn", "Hamburg") not in facts, sorted(facts)


def test_a_body_named_with_capitalised_adjectives_and_its_acronym(tmp_path):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("The Foreign Economic Administration (FEA) supplied data. The FEA agreed.", encoding="utf-8")
    g = extract_graph([p]).graph
    node = g.value(predicate=SKOS.prefLabel, object=Literal("Foreign Economic Administration"))
    assert node is not None
    assert {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)} == {"GovernmentBody"}
    assert Literal("FEA") in set(g.objects(node, SKOS.altLabel))


@pytest.mark.parametrize("text, fact", [
    ("WASHINGTON, Aug. 19 (AP) - Secretary of War Henry L. Stimson said today that the Ploesti oil fields had "
     "been badly damaged.", ("Stimson", "stated", "the Ploesti oil fields had been badly damaged")),
    ("The RAF sent 600 heavy bombers last night against the synthetic oil plants at Leuna, an Air Ministry "
     "communique said today.", ("Air Ministry", "stated",
                                 "The RAF sent 600 heavy bombers last night against the synthetic oil plants at Leuna")),
])
def test_wire_attributions_with_posts_and_time_words(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_an_order_to_resume_attacks_on_targets_is_a_task_about_the_targets(extract_facts):
    facts = extract_facts("Spaatz ordered the Eighth Air Force to resume the attacks on the synthetic plants.")
    assert ("Eighth Air Force", "taskedWith", "synthetic plants") in facts, sorted(facts)
    assert ("Eighth Air Force", "taskedWith", "attacks") not in facts


def test_whom_the_writer_told_in_a_document_is_its_addressee(extract_facts):
    facts = extract_facts("In a minute of 3 November, Bufton told Bottomley that Bomber Command had neglected oil.")
    assert ("minute", "addressedTo", "Bottomley") in facts, sorted(facts)
    facts = extract_facts("In a letter to Arnold, Spaatz told Eaker nothing.")
    assert ("letter", "addressedTo", "Eaker") not in facts, sorted(facts)


def test_a_comma_ends_no_sentence_and_a_post_set_off_after_a_name_is_its(extract_facts, nlp):
    text = "General Henry H. Arnold, Commanding General of the Army Air Forces, visited England in June 1944."
    assert len(list(nlp(text).sents)) == 1
    facts = extract_facts(text)
    assert any(s == "Arnold" and p == "holdsPosition" and "General of the Army Air Forces" in o for s, p, o in facts), \
        sorted(facts)


def test_a_reply_naming_no_addressee_answers_the_last_one_who_replied_to_the_replier(extract_facts):
    facts = extract_facts("On 6 November Harris answered Portal's letter of 1 November at length. He wrote that the "
                          "oil plan was another panacea. Portal replied on 12 November, reminding him that the "
                          "directive of 25 September bound Bomber Command as much as the American air forces.")
    assert ("Portal", "repliesTo", "Harris") in facts, sorted(facts)
    assert ("Portal's letter", "addressedTo", "Harris") in facts  # (the letter he answered was his)
    # "the directive of 25 September bound/JJ Bomber Command": a date is no writer
    assert not any(p == "authored" and s == "Bomber Command" for s, p, o in facts)


FIFTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("Speer ordered 350,000 workers to repair the damaged plants.", ("Speer", "ordered", "workers")),
    ("The plants at Stettin supplied much of the aviation gasoline used by the Luftwaffe.",
     ("plants", "supplies", "Luftwaffe")),
    ("Geilenberg directed the building of small refineries in the Harz mountains.",
     ("refineries", "locatedIn", "Harz")),
    ("On 8 June Spaatz issued an order to the Fifteenth Air Force, giving oil first priority.",
     ("Spaatz", "issued", "order")),
    ("The Enemy Objectives Unit was small. Its chief, Colonel Richard Hughes, drafted the paper.",
     ("Richard Hughes", "authored", "paper")),
    ("Minute from the Deputy Chief of the Air Staff, Air Marshal Sir Norman Bottomley, to the Chief of the Air "
     "Staff, 3 October 1944.", ("Bottomley", "authored", "minute")),
    ("Minute from the Deputy Chief of the Air Staff, Air Marshal Sir Norman Bottomley, to the Chief of the Air "
     "Staff, 3 October 1944.", ("Bottomley", "holdsPosition", "Deputy Chief of the Air Staff")),
    ("The draft directive prepared by Air Commodore Bufton was sent to Harris.", ("Bufton", "authored", "draft directive")),
    ("Enclosure: draft directive prepared by Air Commodore Bufton.", ("Bufton", "authored", "draft directive")),
    ("WASHINGTON, Sept. 14 (UP) - Under Secretary of War Robert P. Patterson told a press conference today that "
     "American bombers had cut German gasoline output by more than half.",
     ("Robert P. Patterson", "holdsPosition", "Under Secretary of War")),
    ("He said the Ninth Air Force had joined the attacks on fuel depots in France.",
     ("Ninth Air Force", "attacked", "fuel depots")),
    ("The RAF took part in the raids on Leuna.\n", ("RAF", "attacked", "Leuna")),
    ("The RAF took part in the raids on Leuna.\n", ("RAF", "participatedIn", "raids")),
]


def test_a_wire_speaker_after_a_title_opening_with_a_preposition_states_it(extract_facts):
    facts = extract_facts("WASHINGTON, Sept. 14 (UP) - Under Secretary of War Robert P. Patterson told a press "
                          "conference today that American bombers had cut German gasoline output by more than half.")
    assert any(s == "Robert P. Patterson" and p == "stated" and "cut German gasoline output" in o
               for s, p, o in facts), sorted(facts)


def test_no_document_in_order_to_and_no_attack_by_who_took_no_part(extract_facts, nlp):
    facts = extract_facts("Spaatz moved the bombers to Italy in order to attack Ploesti. The Russians took no part "
                          "in the strategic offensive against oil.")
    assert not any("order" in (s, o) for s, p, o in facts), sorted(facts)
    assert not any(s == "Russians" for s, p, o in facts), sorted(facts)


SIXTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("LONDON, Nov. 22 (Reuters) - RAF Lancasters last night dropped 4,500 tons of bombs on the synthetic oil plant "
     "at Castrop-Rauxel and on railway yards at Mannheim, the Air Ministry announced today.",
     ("RAF", "attacked", "railway yards")),
    ("Bomber Command's attacks on Bottrop, Homberg and Wanne-Eickel stopped production there for weeks.",
     ("Bomber Command", "attacked", "Homberg")),
    ("The Ploesti refineries supplied a third of Germany's crude oil. Between April and August 1944 the Fifteenth "
     "Air Force, commanded by Lieutenant General Nathan Twining, flew twenty major missions against them.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("The Ploesti refineries supplied a third of Germany's crude oil. Between April and August 1944 the Fifteenth "
     "Air Force, commanded by Lieutenant General Nathan Twining, flew twenty major missions against them.",
     ("Fifteenth Air Force", "attacked", "Ploesti refineries")),
    ("Harris's memoirs blamed the Ministry of Economic Warfare.", ("Harris", "authored", "Harris's memoirs")),
]


def test_a_dateline_with_a_title_case_agency_is_not_said(extract_facts):
    facts = extract_facts("LONDON, Nov. 22 (Reuters) - RAF Lancasters last night bombed the synthetic oil plant at "
                          "Castrop-Rauxel, the Air Ministry announced today.")
    said = [o for s, p, o in facts if s == "Air Ministry" and p == "stated"]
    assert said and not any("Reuters" in o for o in said), sorted(facts)


def test_what_a_paper_sent_to_a_body_proposes_its_sender_states(extract_facts):
    facts = extract_facts("On 1 November Tedder circulated a paper to the Combined Chiefs of Staff proposing that "
                          "transportation be made the second priority after oil.")
    assert any(s == "Tedder" and p == "stated" and "transportation be made" in o for s, p, o in facts), sorted(facts)
    assert not any(s == "Combined Chiefs of Staff" and p == "stated" for s, p, o in facts)


SEVENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("The raid on Pölitz on 20 June by the Eighth Air Force was the heaviest of the month.",
     ("Eighth Air Force", "attacked", "Pölitz")),
    ("Two days later Bomber Command followed with a night attack on Wesseling, near Cologne, and on Scholven.",
     ("Bomber Command", "attacked", "Scholven")),
    ("Albert Speer, the Reich Minister for Armaments and War Production, reported to Hitler on 28 July that the "
     "attacks had failed.", ("Speer", "holdsPosition", "Reich Minister for Armaments and War Production")),
    # (the quoted title names the memorandum before it: one document)
    ('Memorandum by the Enemy Objectives Unit, "The Use of Strategic Air Power After April 1, 1944," 28 February '
     "1944.", ("memorandum", "date", "1944-02-28")),
]


def test_a_quoted_title_with_a_date_is_one_name_and_an_order_to_resume_attacks_is_no_attack(extract_facts):
    facts = extract_facts('Memorandum by the Enemy Objectives Unit, "The Use of Strategic Air Power After April 1, '
                          '1944," 28 February 1944.')
    assert not any(p == "memberOf" for s, p, o in facts), sorted(facts)
    assert not any(p == "date" and o == "1944-04-01" for s, p, o in facts)
    facts = extract_facts("Spaatz ordered the Eighth Air Force to resume the attacks on the synthetic plants.")
    assert not any(p == "attacked" for s, p, o in facts), sorted(facts)


EIGHTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a title word before a post "for" something belongs to the post
    ("Hitler appointed Karl Saur as General Commissioner for Fighter Production.",
     ("Karl Saur", "holdsPosition", "General Commissioner for Fighter Production")),
    # "the repair of" stands for what is repaired; a participle before "works" is part of its name
    ("The Todt Organisation was charged with the repair of the bombed works.",
     ("Todt Organisation", "taskedWith", "bombed works")),
    ("The Ninth Air Force was assigned tactical targets.", ("Ninth Air Force", "taskedWith", "tactical targets")),
    ("Mosquitoes destroyed two fuel dumps in Belgium.", ("fuel dumps", "locatedIn", "Belgium")),
    # "In a letter ... dated ..., X wrote": the participle is the letter's, the letter the writer's
    ("In a letter to Arnold dated 12 May, Spaatz reported that the plants were burning.",
     ("Spaatz", "authored", "letter")),
    # the plants at two named plants are those plants; a town after "at" lies in the region after it
    ("The Eighth Air Force bombed the synthetic plants at Böhlen and Ruhland.", ("Eighth Air Force", "attacked", "Ruhland")),
    ("Lancasters bombed the refineries at Bremen in northern Germany.", ("Bremen", "locatedIn", "Northern Germany")),
    ("The Fifteenth Air Force struck the Blechhammer synthetic works in Silesia.", ("Blechhammer", "locatedIn", "Silesia")),
    # an answer naming no addressee answers whoever last wrote to the one answering
    ("Memorandum, Bufton to Bottomley, 3 May 1944. Bottomley replied that he would raise it with Portal.",
     ("Bottomley", "repliesTo", "Bufton")),
    # proposals: what the that-clause calls for is advocated
    ("Zuckerman proposed that the marshalling yards be bombed first.", ("Zuckerman", "advocated", "marshalling yards")),
    ("Bufton urged that the bombers be sent against the benzol plants.", ("Bufton", "advocated", "benzol plants")),
    ("Portal insisted that oil should remain the first priority.", ("Portal", "advocated", "oil")),
    ("Spaatz argued that the attacks on oil must continue.", ("Spaatz", "advocated", "oil")),
    ("Tedder wrote to Portal on 3 November proposing that the destruction of the railways take precedence.",
     ("Tedder", "advocated", "railways")),
    ("Spaatz leaned towards the oil plan.", ("Spaatz", "advocated", "oil plan")),
    # "him" after a plural person noun is the one named before it
    ("Harris complained to Portal that the staff officers were meddling, and Portal persuaded him to wait.",
     ("Portal", "persuaded", "Harris")),
    ("A meeting at Stanmore on 3 April settled the matter.", ("meeting", "locatedIn", "Stanmore")),
]


def test_a_report_or_an_unmarked_clause_is_no_proposal(extract_facts):
    facts = extract_facts("Harris argued that the attacks on oil had failed. Spaatz suggested that the raids "
                          "would not stop the Luftwaffe. Portal did not insist that the plants be bombed.")
    assert not any(p == "advocated" for s, p, o in facts), sorted(facts)
    # a verb with its own clause does not take the next verb's object: "answered that ... but would not weaken it"
    facts = extract_facts("Letter, Tedder to Portal, 25 October 1944. Portal answered that he agreed but would not "
                          "weaken the attack on oil.")
    assert ("Portal", "repliesTo", "Tedder") in facts, sorted(facts)
    # an event in a country is too vague to place
    facts = extract_facts("The war in Europe ended in May 1945.")
    assert not any(p == "locatedIn" for s, p, o in facts), sorted(facts)


NINTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a post "X of Y" right before a person the alias data knows is his
    ("Secretary of War Stimson told reporters that the plants had been hit.", ("Stimson", "holdsPosition", "Secretary of War")),
    # catalogue entry with "to the <post>"
    ("Memorandum, Bufton to the Chief of the Air Staff, 3 May 1944.", ("Bufton", "authored", "memorandum")),
    # group nouns: who the members are, and the body acting through them
    ("The Jockey Committee met in London. Its members, including Bufton and Colonel Maxwell, placed oil first.",
     ("Maxwell", "memberOf", "Jockey Committee")),
    ("The Jockey Committee met in London. Its members, including Bufton and Colonel Maxwell, placed oil first.",
     ("Jockey Committee", "advocated", "oil")),
    ("The Jockey Committee met in London. Its members, among them Bufton and Colonel Maxwell, ranked oil first.",
     ("Bufton", "memberOf", "Jockey Committee")),
    ("The Jockey Committee met in London. Its members included Bufton for the Air Ministry and Colonel Maxwell "
     "for the Americans.", ("Maxwell", "memberOf", "Jockey Committee")),
    # "by mid-July" is no sentence break; "only to be bombed" happened to the subject
    ("By mid-July the refinery at Pölitz was working again, only to be bombed by Bomber Command in August.",
     ("Bomber Command", "attacked", "Pölitz")),
    # a reply of its writer's answers the last one who wrote to him
    ("Harris wrote to Portal on 1 November. Portal, in his answer, reproached him.", ("Portal", "repliesTo", "Harris")),
    # built in a place: there; a capitalised adjective before a place word is a place name
    ("New plants were built in the Bavarian forest.", ("plants", "locatedIn", "Bavarian forest")),
    ("Bomber Command bombed several of the sites.", ("Bomber Command", "attacked", "sites")),
    # "contempt for what he called X": X
    ("Harris showed his contempt for what he called the panacea mongers of the Ministry of Economic Warfare.",
     ("Harris", "opposed", "MEW")),
]


def test_what_a_clause_calls_for_is_not_done_and_a_coast_is_not_in_a_town(extract_facts):
    facts = extract_facts("Minute, Bufton to Bottomley, 8 September 1944, recommending that Bomber Command be directed "
                          "against the synthetic plants.")
    assert ("Bufton", "advocated", "synthetic plants") in facts, sorted(facts)
    assert not any(p == "attacked" for s, p, o in facts), sorted(facts)
    facts = extract_facts("Pölitz, on the Baltic coast north of Stettin, was bombed in May.")
    assert not any(s == "Baltic coast" and p == "locatedIn" for s, p, o in facts), sorted(facts)
    # urging a man to give a unit bombers is no stance on the unit ("give priority to" is)
    facts = extract_facts("Eaker urged Arnold to give the Fifteenth Air Force more bombers.")
    assert not any(p == "advocated" for s, p, o in facts), sorted(facts)


TENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # an agent hung on the dates of the attack
    ("The Pölitz plant was bombed nine times between May and December by the Eighth Air Force.",
     ("Eighth Air Force", "attacked", "Pölitz")),
    # a document named by a single word, then "the report" and "it"
    ("Report by the Enemy Objectives Unit, 3 May 1944. The report argued that Germany would run short of fuel. "
     "It was sent to Spaatz.", ("report", "addressedTo", "Spaatz")),
    ("Report by the Enemy Objectives Unit, 3 May 1944. The report argued that Germany would run short of fuel.",
     ("Enemy Objectives Unit", "stated", "Germany would run short of fuel")),
    # "succeeded X in command of Y": the successor commands
    ("General Twining, who succeeded Eaker in command of the Fifteenth Air Force, flew to Foggia.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("Tedder adopted the Transportation Plan.", ("Tedder", "advocated", "Transportation Plan")),
    ("The plan called for the bombing of rail centres in Belgium.", ("rail centres", "locatedIn", "Belgium")),
]


def test_a_later_reference_dates_the_document_it_refers_to(extract_facts):
    facts = extract_facts("Bufton drafted a letter for Portal. Portal sent the letter to Harris on 12 December.")
    assert ("letter", "date", "--12-12") in facts, sorted(facts)


def test_a_spokesman_for_a_body_speaks_for_it(extract_facts):
    facts = extract_facts('"The plants are burning," a spokesman for the Air Ministry said tonight.')
    assert any(s == "Air Ministry" and p == "stated" and "plants are burning" in o for s, p, o in facts), sorted(facts)
    facts = extract_facts("An official of the Ministry of Economic Warfare said that Leuna had stopped.")
    assert any(s == "MEW" and p == "stated" for s, p, o in facts), sorted(facts)


def test_a_quoted_title_after_a_catalogue_document_names_it_and_is_no_quotation(extract_facts):
    facts = extract_facts('Memorandum by the Enemy Objectives Unit, "The Use of Strategic Air Power After April 1, '
                          '1944," 28 February 1944, arguing that an attack on the synthetic plants would cut German '
                          "fuel supplies by half.")
    said = [o for s, p, o in facts if s == "Enemy Objectives Unit" and p == "stated"]
    assert said and all("cut German fuel supplies" in o for o in said), sorted(facts)
    assert ("memorandum", "altLabel", "The Use of Strategic Air Power After April 1, 1944") not in facts  # (not a fact)


ELEVENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("Memorandum from Bufton to Bottomley, 3 October 1944, recommending that the Air Staff treat oil as the "
     "first priority.", ("Bufton", "advocated", "oil")),
    ("Eisenhower chose the Transportation Plan.", ("Eisenhower", "advocated", "Transportation Plan")),
    ("Other formations attacked rail yards near Vienna.\n", ("rail yards", "locatedIn", "Vienna")),
]


TWELFTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # an acting subject "it" continues the body the sentences before were about
    ("The Enemy Oil Committee met weekly. It drew its figures from the Ministry of Economic Warfare. In September "
     "it told the Chiefs of Staff that production had fallen.", ("Enemy Oil Committee", "stated", "production had fallen")),
    # who is blamed for a doing did it
    ("Portal rebuked Harris for sending his bombers against Cologne.", ("Harris", "attacked", "Cologne")),
    # "the pilots": a group of people acted on
    ("Göring blamed the pilots.", ("Göring", "criticized", "pilots")),
]


def test_an_empty_it_names_nothing_and_people_of_a_body_stand_for_it(extract_facts):
    facts = extract_facts("The Enemy Oil Committee met weekly. It seemed that the plants were recovering.")
    assert not any(p == "stated" for s, p, o in facts), sorted(facts)
    facts = extract_facts("Harris distrusted the economists of the Ministry of Economic Warfare.")
    assert ("Harris", "opposed", "MEW") in facts, sorted(facts)


THIRTEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # "May" next to a day is the month, not the modal (which made "it sent" only possible)
    ("The Eighth Air Force returned to the oil plants. On 28 May it sent 400 bombers to Ruhland.",
     ("Eighth Air Force", "attacked", "Ruhland")),
    # the superlative's name, not the group, is what the relative clause describes
    ("The RAF bombed Pölitz, the largest of the Baltic plants, which lay north of Stettin.",
     ("Pölitz", "locatedIn", "Stettin")),
    # a participle opening the sentence is the subject's; "it" a document named before
    ("Directive to the Commanding General, Bomber Command, 25 September 1944. Signed by Bottomley, it placed oil "
     "first.", ("Bottomley", "authored", "directive")),
    ("Directive to the Commanding General, Bomber Command, 25 September 1944.",
     ("directive", "addressedTo", "Commanding General")),
    # a post "for" a task "at" a body
    ("Krauch, the plenipotentiary for chemical production at I.G. Farben, agreed.", ("Krauch", "memberOf", "I.G. Farben")),
    ("Krauch, the plenipotentiary for chemical production at I.G. Farben, agreed.",
     ("Krauch", "holdsPosition", "plenipotentiary for chemical production")),
]


def test_officers_at_a_place_are_not_members_of_it(extract_facts):
    facts = extract_facts("American intelligence officers at Bletchley Park read the German signals.")
    assert not any(p == "memberOf" for s, p, o in facts), sorted(facts)


@pytest.mark.parametrize("text, fact", [
    # "was to concentrate on": a plan given to the subject (not an attack yet)
    ("The Fifteenth Air Force was to concentrate on the refineries in Romania.",
     ("Fifteenth Air Force", "taskedWith", "refineries")),
    # who makes a thing the priority (through a document: its issuer)
    ("Spaatz issued a directive that made oil the primary aim of the bombers.", ("Spaatz", "advocated", "oil")),
    ("The Combined Chiefs made the oil plants the first priority.", ("Combined Chiefs of Staff", "advocated", "oil plants")),
])
def test_fourteenth_batch_of_unseen_shapes(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)
    assert not any(p == "attacked" for s, p, o in facts), sorted(facts)


FIFTEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a date the parser made the passive subject; "it" through a document named by a sentence with no verb
    ("Portal's reply of 8 January was written by Bufton.", ("Bufton", "authored", "Portal's reply")),
    ("Portal's reply of 8 January was written by Bufton. It warned Harris that the directive stood.",
     ("Portal's reply", "addressedTo", "Harris")),
    ("Portal's reply of 8 January was written by Bufton. It warned Harris that the directive stood.",
     ("Portal", "repliesTo", "Harris")),
    # a set-off participle read as a finite verb
    ("Travelers say that the Leuna plant near Merseburg, bombed twice by the R.A.F., has been abandoned.",
     ("RAF", "attacked", "Leuna")),
    # speech nouns and sources
    ("Bufton thought Harris's claim that the plants could not be hit at night absurd.",
     ("Harris", "stated", "the plants could not be hit at night")),
    ("According to the Air Ministry, the plants had been destroyed.", ("Air Ministry", "stated", "the plants had been destroyed")),
    ("The plants had been destroyed, according to the Air Ministry.", ("Air Ministry", "stated", "The plants had been destroyed")),
]


def test_a_document_naming_its_addressee_is_not_readdressed_by_a_pronoun(extract_facts):
    facts = extract_facts("Bufton wrote a draft. Portal's reply to Harris, a copy of Bufton's draft, assured him that "
                          "the plan stood.")
    assert not any(p == "addressedTo" and o == "Bufton" for s, p, o in facts), sorted(facts)


SIXTEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("The synthetic plants were producing about 316,000 tons of fuel a month.",
     ("synthetic plants", "quantity", "about 316,000 tons of fuel a month")),
    # a catalogue entry's document word the parser made a compound of the quoted title
    ('Memorandum, Spaatz to Eisenhower, 5 March 1944, "Plan for the Completion of the Combined Bomber Offensive."',
     ("Spaatz", "authored", "memorandum")),
]


SEVENTEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # the letter "in" which someone answered: addressed to whom he answered, dated by the act
    ("Harris answered Portal on 18 January in a long letter.", ("letter", "addressedTo", "Portal")),
    ("Harris answered Portal on 18 January in a long letter.", ("letter", "date", "--01-18")),
    # an aside "he wrote" with the clause the parser hung on the speech verb
    ("Harris answered Portal. The oil plan, he wrote, had been tried before and had failed.",
     ("Harris", "stated", "The oil plan had been tried before and had failed")),
    # two units coordinated inside one name phrase
    ("The Fifteenth Air Force and No. 205 Group had flown 6,000 sorties against the refineries.",
     ("Fifteenth Air Force", "attacked", "refineries")),
]


def test_a_condition_is_not_said(extract_facts):
    facts = extract_facts("He asked to be relieved of his command if the Air Staff had lost confidence in him.")
    assert not any(p == "stated" for s, p, o in facts), sorted(facts)


def test_the_addressee_of_a_minute_is_not_its_author(extract_facts):
    facts = extract_facts("Bufton drafted most of Portal's letters on oil. In a minute to Bottomley he complained that "
                          "Bomber Command had dropped only 6 percent of its bombs on oil targets.")
    assert ("Bufton", "authored", "minute") in facts, sorted(facts)
    assert ("minute", "addressedTo", "Bottomley") in facts, sorted(facts)
    assert not any(s == "Bottomley" and p == "authored" for s, p, o in facts), sorted(facts)


def test_it_took_x_to_do_something_makes_x_the_doer(extract_facts):
    facts = extract_facts("It took Spaatz most of the spring to win Eisenhower over. At a meeting on 19 April he "
                          "finally convinced Eisenhower that oil should come first.")
    assert ("Spaatz", "persuaded", "Eisenhower") in facts, sorted(facts)


EIGHTEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a verb the parser hung on its subject as a list item; plants named "among them"
    ("Eighth Air Force Fortresses and Liberators, more than 1,300 strong, today struck five synthetic oil plants in "
     "eastern Germany, among them Pölitz, Ruhland and Böhlen.", ("Eighth Air Force", "attacked", "Ruhland")),
    # a firm's works, and "the complex" after it
    ("The I.G. Farben works at Ludwigshafen produced fuel. The Eighth Air Force attacked the complex in the autumn.",
     ("Eighth Air Force", "attacked", "I.G. Farben works")),
    ("The I.G. Farben works at Ludwigshafen produced fuel.", ("I.G. Farben works", "locatedIn", "Ludwigshafen")),
    # a long quoted title after a document and its date; what it argues its writer says
    ("Tedder's paper of 25 October, \"Notes on Air Policy to be Adopted with a View to Rapid Defeat of Germany,\" "
     "argued that communications should be the common target of all the air forces.",
     ("Tedder", "advocated", "communications")),
    # a short quotation its speaker closes is said
    ('Saundby later admitted his mistake. "We were wrong," he told an interviewer in 1947.',
     ("Saundby", "stated", "We were wrong")),
]


def test_a_deputy_at_a_headquarters_town_is_no_member_of_it(extract_facts):
    facts = extract_facts("Saundby, Harris's deputy at High Wycombe, agreed.")
    assert not any(p == "memberOf" for s, p, o in facts), sorted(facts)


NINETEENTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a post noun before the name set off after it
    ("Spaatz commanded the Eighth. His deputy for operations, Major General Frederick Anderson, chose the targets.",
     ("Frederick Anderson", "holdsPosition", "deputy for operations")),
    # an aside after a condition: the condition is part of what was said, the speaker the subject beside it
    ("Speer wrote to Hitler again. If the attacks continued at the same weight, he predicted, the Luftwaffe would "
     "run out of fuel in September.", ("Speer", "stated",
                                       "If the attacks continued at the same weight the Luftwaffe would run out of "
                                       "fuel in September")),
    ("Harris's doubts, Portal said, implied he had no faith in the plan.",
     ("Portal", "stated", "Harris's doubts implied he had no faith in the plan")),
]


TWENTIETH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # a reply coordinated after the letter it answers
    ("Portal wrote to Tedder on 5 November, and Tedder replied three days later that he agreed.",
     ("Tedder", "repliesTo", "Portal")),
    ("Portal wrote to Tedder defending the primacy of oil.", ("Portal", "advocated", "oil")),
]


def test_the_manner_of_telling_is_not_told(extract_facts):
    facts = extract_facts("Speer's memorandum of 30 August told Hitler bluntly that the fuel would be exhausted within "
                          "weeks.")
    assert ("Speer", "stated", "the fuel would be exhausted within weeks") in facts, sorted(facts)


def test_a_reply_that_never_came_is_none(extract_facts):
    facts = extract_facts("Albert Speer wrote to Hitler again on 29 July. Hitler did not reply.")
    assert not any(p == "repliesTo" for s, p, o in facts), sorted(facts)


TWENTY_FIRST_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    # two catalogue letters on one page are two letters; "in reply"
    ("AIR 8/1021. Letter, Harris to Portal, 6 November 1944, on the oil plan. Letter, Portal to Harris, 12 November "
     "1944, in reply.", ("Portal", "repliesTo", "Harris")),
    # the writer named after a catalogue entry's document word is no title of it
    ("Spaatz Papers, Box 143: Minute, Anderson to Spaatz, 3 October 1944, urging an attack on Merseburg.",
     ("Anderson", "authored", "minute")),
    # "informed Harris on 13 January that ..." with the clause read as a relative on the date
    ("Bottomley informed Harris on 13 January that oil remained the first priority.",
     ("Bottomley", "stated", "oil remained the first priority")),
    # a successor takes the post; "its" is the body a commander commands
    ("Ploesti was the target of the Fifteenth Air Force. Twining, who succeeded Eaker as its commander in January, "
     "sent his bombers there.", ("Twining", "commands", "Fifteenth Air Force")),
]


def test_its_output_is_the_plant_or_its_place(extract_facts):
    facts = extract_facts("The refinery at Pardubice was bombed in August. Its output had supplied the German armies "
                          "in the east.")
    assert any(s in ("refinery", "Pardubice") and p == "supplies" and o == "German armies" for s, p, o in facts), \
        sorted(facts)


def test_two_dated_letters_of_one_page_stay_apart(extract_facts):
    facts = extract_facts("Letter, Harris to Portal, 6 November 1944. Letter, Portal to Harris, 12 November 1944.")
    dates = sorted(o for s, p, o in facts if p == "date")
    assert dates == ["1944-11-06", "1944-11-12"], sorted(facts)
    assert not any(p == "ordered" for s, p, o in extract_facts(
        "The Fifteenth Air Force bombed the plant. Speer visited the plant and ordered its dispersal.")), "its dispersal"


TWENTY_SECOND_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("No. 617 Squadron, under the command of Wing Commander Tait, attacked the Politz plant.",
     ("Tait", "commands", "No. 617 Squadron")),
    ("The 1st Bombardment Division was responsible for the attacks on Merseburg in November.",
     ("1st Bombardment Division", "attacked", "Merseburg")),
    ("General Kepner's fighters strafed the airfields around Leipzig.", ("Kepner", "attacked", "airfields")),
    ("Goebbels spoke on the radio. He promised that the damage would soon be repaired.",
     ("Goebbels", "stated", "the damage would soon be repaired")),
    ("The first raid on Wesseling was made by 133 Lancasters of No. 5 Groups.", ("No. 5 Groups", "attacked", "Wesseling")),
]


TWENTY_THIRD_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("Early in November Portal criticized Harris for his delay.", ("Portal", "criticized", "Harris")),
    ("Late in May Spaatz attacked the Ploesti refineries.", ("Spaatz", "attacked", "Ploesti refineries")),
    ("Portal wrote to Harris on 5 November. Harris fired back that the oil plan was a panacea.",
     ("Harris", "repliesTo", "Portal")),
    ("Portal wrote to Harris on 5 November. Harris retorted that the oil plan was a panacea.",
     ("Harris", "stated", "the oil plan was a panacea")),
    ("Speer entrusted the rebuilding of the synthetic plants to Geilenberg.",
     ("Geilenberg", "taskedWith", "synthetic plants")),
    ("Spaatz assigned the benzol plants to the Eighth Air Force.", ("Eighth Air Force", "taskedWith", "benzol plants")),
    ("The benzol plants were assigned to the Eighth Air Force.", ("Eighth Air Force", "taskedWith", "benzol plants")),
    ("The Eighth Air Force was assigned to the benzol plants.", ("Eighth Air Force", "taskedWith", "benzol plants")),
    ("The Jet Committee, formed in June under the chairmanship of Saur, met daily.", ("Saur", "commands", "Jet Committee")),
    ("The Eighth Air Force attacked Merseburg under the command of Doolittle.",
     ("Doolittle", "commands", "Eighth Air Force")),
    ("Bufton sent a paper to Portal. In it he argued that oil came first.", ("Bufton", "authored", "paper")),
    ("Harris, after seeing Tedder at a meeting on 12 March, changed his mind.", ("meeting", "date", "--03-12")),
    ("Strong forces of R.A.F. heavy bombers attacked the Pölitz plant last night.", ("RAF", "attacked", "Pölitz")),
    ("Bomber Command attacked the synthetic oil plant at Ruhland last night.", ("Bomber Command", "attacked", "Ruhland")),
    ("By April Spaatz had won Eisenhower over to the oil plan.", ("Spaatz", "persuaded", "Eisenhower")),
    ("The Fifteenth Air Force was given the Ploesti refineries as its first objective.",
     ("Fifteenth Air Force", "taskedWith", "Ploesti refineries")),
    ("Harris gave No. 5 Group the Pölitz plant as its task.", ("No. 5 Group", "taskedWith", "Pölitz")),
    ("Several senior officers doubted the wisdom of the new directive, Bufton and Bottomley among them.",
     ("Bottomley", "opposed", "directive")),
]

TWENTY_FOURTH_BATCH = [  # (checked by test_unseen_shapes_give_their_facts at the end)
    ("Goering's deputy, Field Marshal Milch, opened the meeting. He said that the reserves were nearly gone.",
     ("Milch", "stated", "the reserves were nearly gone")),
    ("Speer told a conference of armaments officials on 12 July that the plants would be rebuilt.",
     ("conference", "date", "--07-12")),
    ("On 20 November the Fifteenth Air Force returned to Blechhammer with 300 bombers.",
     ("Fifteenth Air Force", "attacked", "Blechhammer")),
    ("Tedder and Spaatz attended the meeting.", ("Spaatz", "participatedIn", "meeting")),
    ("The Combined Chiefs of Staff reaffirmed oil as the first priority.",
     ("Combined Chiefs of Staff", "advocated", "oil")),
    ("Spaatz regarded oil as the decisive target.", ("Spaatz", "advocated", "oil")),
    ("Speer minuted to Hitler on 30 June that the fuel would last until September.",
     ("Speer", "stated", "the fuel would last until September")),
    ("I.G. Farben was building a Buna works at Auschwitz.", ("Buna works", "locatedIn", "Auschwitz")),
    ("Bomber Command attacked the Wintershall plant at Lützkendorf.", ("Bomber Command", "attacked", "Lützkendorf")),
    ("The plant at Pölitz, in Pomerania near Stettin, was hit.", ("Pölitz", "locatedIn", "Stettin")),
    ("Ludwigshafen, where I.G. Farben had built a great chemical works, lay on the Rhine.",
     ("chemical works", "locatedIn", "Ludwigshafen")),
    ("The directive was drafted by Bufton and issued by Bottomley on 25 September.", ("directive", "date", "--09-25")),
    ("Bufton drafted a rebuttal. Bottomley wrote most of it.", ("Bottomley", "authored", "rebuttal")),
    ("LONDON, Jan. 15 (AP) - R.A.F. Lancasters last night bombed the Pölitz plant.", ("RAF", "attacked", "Pölitz")),
    ("The Jägerstab, headed by Saur, took over fighter production.", ("Saur", "commands", "Jägerstab")),
    ("Harris's answer was curt: the plants, he wrote, were too small to find at night.",
     ("Harris", "stated", "the plants were too small to find at night")),
    ("The Ministry's case, set out by Lawrence in a paper to Portal, rested on the figures.",
     ("Lawrence", "authored", "paper")),
    ("Spaatz ordered Doolittle to send every available bomber against Pölitz.", ("Doolittle", "taskedWith", "Pölitz")),
    ("A telegram from the German ambassador in Tokyo, Stahmer, reported that the fuel had run out.",
     ("Stahmer", "stated", "the fuel had run out")),
    ("The Eighth Air Force's share grew. In November it dropped 40 per cent of its bombs on oil targets.",
     ("Eighth Air Force", "attacked", "oil targets")),
    ("In August Speer warned Hitler that if the raids went on, the Luftwaffe would have no fuel.",
     ("Speer", "stated", "if the raids went on, the Luftwaffe would have no fuel")),
    ("Tedder chaired the meetings. Spaatz and Harris attended them.", ("Harris", "participatedIn", "meetings")),
    ("Portal's letter of 8 January, drafted again by Bufton, closed the argument.",
     ("Bufton", "authored", "Portal's letter")),
    ("Bufton and Morley, two young officers in the Directorate of Bomber Operations, wrote the paper.",
     ("Bufton", "memberOf", "Directorate of Bomber Operations")),
    ("Tedder's paper on the railways was blunt. \"The oil plan,\" he wrote, \"has been tried before and failed.\"",
     ("Tedder", "stated", "The oil plan has been tried before and failed.")),
    ("Portal sent his letter on 8 January. Harris answered it within a week.", ("Harris", "repliesTo", "Portal")),
    ("The Chiefs of Staff, meeting at Malta, confirmed the priority of oil.", ("Chiefs of Staff", "advocated", "oil")),
    ("Blechhammer, the largest plant in Silesia, lay a few miles north of Cosel.", ("Blechhammer", "locatedIn", "Cosel")),
    ("Geilenberg was appointed in May. His task was to restore the bombed plants.", ("Geilenberg", "taskedWith", "plants")),
    ("Arnold backed Spaatz. In a cable of 29 August he told him to keep up the attacks.", ("cable", "addressedTo", "Spaatz")),
    ("Saundby shared the general scepticism about the oil plan.", ("Saundby", "opposed", "oil plan")),
    ("Speer appointed Geilenberg General Commissioner for Emergency Measures in May.",
     ("Geilenberg", "holdsPosition", "General Commissioner for Emergency Measures")),
    ("Portal pressed Harris in a letter of 3 May to do more against oil.", ("letter", "addressedTo", "Harris")),
    ("Tedder's critics at the Air Ministry, Bufton among them, thought the plan a waste of bombs.",
     ("Bufton", "memberOf", "Air Ministry")),
    ("Portal wrote to Harris. Harris repeated that the plants were too small to hit.",
     ("Harris", "stated", "the plants were too small to hit")),
    ("Spaatz was the oil plan's most persistent advocate.", ("Spaatz", "advocated", "oil plan")),
    ("Bufton's paper of 5 May recommended that oil be made the first priority.", ("Bufton", "advocated", "oil")),
    ("Tedder, as Deputy Supreme Commander, chaired the meetings.", ("Tedder", "holdsPosition", "Deputy Supreme Commander")),
    ("Harris was an opponent of the oil plan.", ("Harris", "opposed", "oil plan")),
    ("Tedder wrote to Portal in October that the railways offered a quicker route to victory.",
     ("Tedder", "stated", "the railways offered a quicker route to victory")),
    ("The Americans struck the Ploesti refineries again on 18 August; the Russians arrived soon after.",
     ("Americans", "attacked", "Ploesti refineries")),
]


def test_never_believing_in_a_plan_is_no_advocacy(extract_facts):
    facts = extract_facts("Tedder, who had never believed in the oil plan, wrote to Portal in October.")
    assert not [f for f in facts if f[:2] == ("Tedder", "advocated")], facts


def test_damaged_plants_are_no_attack(extract_facts):
    facts = extract_facts("The Fifteenth Air Force struck the Ploesti refineries today. The Germans were not able "
                          "to repair the damaged plants quickly.")
    assert not [f for f in facts if f[1] == "attacked" and "plants" in f[2]], facts


def test_a_plain_wrote_after_a_letter_is_no_reply(extract_facts):
    facts = extract_facts("Bufton's minute to Bottomley was sharp. He wrote that the Commander-in-Chief was wrong.")
    assert not [f for f in facts if f[1] == "repliesTo"], facts
    assert ("Bufton", "stated", "the Commander-in-Chief was wrong") in facts


def test_an_order_that_something_be_done_orders_no_one(extract_facts):
    facts = extract_facts("Speer's report to Hitler warned that production had fallen. Hitler ordered that the "
                          "Luftwaffe's reserves be held back.")
    assert ("Speer", "authored", "Speer's report") in facts
    assert not [f for f in facts if f[:2] == ("Hitler", "ordered") and f[2] == "Speer"], facts


def test_a_plural_apposition_is_a_group_not_a_post(extract_facts):
    facts = extract_facts("Bufton and Morley, two young officers in the Directorate of Bomber Operations, wrote it.")
    assert ("Morley", "memberOf", "Directorate of Bomber Operations") in facts
    assert not [f for f in facts if f[1] == "holdsPosition"], facts


def test_a_people_before_a_noun_is_no_mention_of_it(extract_facts):
    facts = extract_facts("Zuckerman had planned the attacks on the French railways.")
    assert not [f for f in facts if "French" in (f[0], f[2])], facts


def test_idioms_and_phrases_that_name_no_document_or_body(extract_facts):
    facts = extract_facts("In response to Tedder's paper, the Air Staff prepared a rebuttal.")
    assert ("Air Staff", "authored", "rebuttal") in facts
    assert not [f for f in facts if f[1] == "addressedTo" or f[2] == "response"], facts
    facts = extract_facts("Its members included Milch and representatives of the SS.")
    assert not [f for f in facts if f[:2] == ("Milch", "memberOf") and f[2] == "SS"], facts

TWENTY_FIFTH_BATCH = [  # (session 11; checked by test_unseen_shapes_give_their_facts)
    ("Harris's reply of 1 November was blunt. He told Portal that the plan would fail.",
     ("Harris's reply", "addressedTo", "Portal")),
    ("Harris's reply of 1 November was blunt. He told Portal that the plan would fail.",
     ("Harris", "repliesTo", "Portal")),
    ("Harris dismissed the railway plan as a diversion.", ("Harris", "opposed", "railway plan")),
    ("Harris thought the oil plan a folly.", ("Harris", "opposed", "oil plan")),
    ("Harris called the oil plan a panacea.", ("Harris", "opposed", "oil plan")),
    ("Harris told Portal that the oil plan was one more of the 'panaceas'.", ("Harris", "opposed", "oil plan")),
    ("Harris told Portal that the oil plan was one more of the 'panaceas'.",
     ("Harris", "stated", "the oil plan was one more of the 'panaceas'")),
    ("Tedder, Eisenhower's deputy, argued in his 'Notes on Air Policy' that the railways should be the target.",
     ("Tedder", "authored", "Notes on Air Policy")),
    ("The Air Ministry gave oil the highest priority.", ("Air Ministry", "advocated", "oil")),
    ("Geilenberg dispersed production into small plants hidden in the forests of Thuringia.",
     ("plants", "locatedIn", "Thuringia")),
    ("The plants in the forests of Thuringia were hard to find.", ("plants", "locatedIn", "Thuringia")),
    ("When Spaatz asked for permission to attack oil, Eisenhower agreed.", ("Spaatz", "advocated", "oil")),
    ("Spaatz sought leave to bomb Ploesti.", ("Spaatz", "advocated", "Ploesti")),
    ("The Eighth Air Force attacked the synthetic oil refinery at Blechhammer, in German Silesia.",
     ("Blechhammer", "locatedIn", "Silesia")),
    ("Bomber Command attacked the synthetic plants at Castrop-Rauxel, Kamen and Sterkrade.",
     ("synthetic plants", "locatedIn", "Sterkrade")),
    ("Edmund Geilenberg, whom Speer had appointed to restore the damaged plants, reported to him.",
     ("Geilenberg", "taskedWith", "plants")),
    ("Harris was told to attack the oil plants.", ("Harris", "taskedWith", "oil plants")),
    ("Among the targets assigned to the Fifteenth Air Force were the refineries of Ploesti and the synthetic "
     "plants in Silesia.", ("Fifteenth Air Force", "taskedWith", "synthetic plants")),
    ("The Fifteenth Air Force's targets were the refineries of Ploesti.",
     ("Fifteenth Air Force", "taskedWith", "refineries")),
    ("The Combined Chiefs agreed that the attack on oil should continue to have first priority.",
     ("Combined Chiefs of Staff", "advocated", "oil")),
    ("Portal believed that oil should be the first priority.", ("Portal", "advocated", "oil")),
    ("The day fighters of Luftflotte Reich, under General Stumpff, lost heavily.",
     ("Stumpff", "commands", "Luftflotte Reich")),
    ("The exchange began on 5 November, when Portal sent Harris a long letter.", ("letter", "date", "--11-05")),
    ("It was Tedder, not Spaatz, who first proposed that the bombers be turned against the German railways.",
     ("Tedder", "advocated", "German railways")),
    ("Zuckerman's plan, which Tedder adopted in March, called for the destruction of the railway centres.",
     ("Tedder", "advocated", "plan")),
    ("Hitler, furious at the losses, ordered Göring to pull fighters back from the front.",
     ("Hitler", "ordered", "Göring")),
    ("Galland later blamed Göring for the loss of the air war.", ("Galland", "criticized", "Göring")),
    ("On 12 May Doolittle's bombers struck Zwickau and Brüx, and on 28 May they returned.",
     ("Doolittle", "attacked", "Zwickau")),
    ("The Fifteenth Air Force's commander, Major General Nathan F. Twining, reported that the plants were burning.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("Bomber Command dropped 6,000 tons on the oil plants in November; the Americans, 3,500.",
     ("Bomber Command", "attacked", "oil plants")),
    ("Harris's response was blunt. The MEW experts, he wrote, had been wrong so often that he could not take "
     "their claims seriously.", ("Harris", "stated",
                                 "The MEW experts had been wrong so often that he could not take their claims seriously")),
    ("The Eighth Air Force hit Ruhland on 12 September and Brüx the next day; both plants were out of action.",
     ("Eighth Air Force", "attacked", "Brüx")),
    ("Portal's reply was firm in substance: the oil plants, he insisted, must come first.",
     ("Portal", "advocated", "oil plants")),
    ("General Arnold, commanding general of the Army Air Forces, cabled Spaatz on 9 June.",
     ("Arnold", "commands", "Army Air Forces")),
    ("Spaatz ordered the Fifteenth to attack Blechhammer.", ("Spaatz", "ordered", "Fifteenth Air Force")),
    ("In Tedder's view, the railway system was the one target whose destruction would paralyse the army.",
     ("Tedder", "advocated", "railway system")),
    ("In Harris's opinion, the oil plan was a panacea.", ("Harris", "stated", "the oil plan was a panacea")),
    ("Lovett visited Spaatz in September and came away convinced that oil was the right target.",
     ("Lovett", "advocated", "oil")),
    ("Bufton insisted that oil was a better target.", ("Bufton", "advocated", "oil")),
    ("Spaatz's order of 8 June gave the Eighth and Fifteenth Air Forces a single primary aim: the denial of oil "
     "to the enemy.", ("Spaatz's order", "addressedTo", "Eighth Air Force")),
    ("Spaatz's order of 8 June gave the Eighth and Fifteenth Air Forces a single primary aim: the denial of oil "
     "to the enemy.", ("Eighth Air Force", "taskedWith", "oil")),
    ("The directive gave Bomber Command the task of destroying the synthetic plants.",
     ("Bomber Command", "taskedWith", "synthetic plants")),
    ("Harris's deputy, Air Marshal Sir Robert Saundby, shared his chief's doubts about the oil plan.",
     ("Saundby", "holdsPosition", "Harris's deputy")),
    ("The Oil Division of the Enemy Objectives Unit, headed by Charles Kindleberger, produced target studies.",
     ("Charles Kindleberger", "commands", "Oil Division")),
    ("The Oil Section of the Ministry of Economic Warfare, headed by Lawrence, disagreed.",
     ("Lawrence", "commands", "Oil Section")),
    ("On the night of 21 December, 207 Lancasters of No. 5 Group bombed Pölitz; the plant produced nothing.",
     ("No. 5 Group", "attacked", "Pölitz")),
    ("Tedder complained to Portal in a letter of 25 October that the air forces were dispersing their effort.",
     ("Tedder", "stated", "the air forces were dispersing their effort")),
    ("Both Portal and Tedder took part in the meeting at Bushy Park on 25 March.", ("meeting", "date", "--03-25")),
    ("General Doolittle, whose Eighth Air Force carried the main weight of the offensive, visited Harris.",
     ("Doolittle", "commands", "Eighth Air Force")),
    ("Bottomley reminded him that the Combined Chiefs had given oil \u201cabsolute priority\u201d over all other targets.",
     ("Combined Chiefs of Staff", "advocated", "oil")),
    ("Both men reported to Colonel Hughes, the head of the unit.", ("Hughes", "holdsPosition", "head of the unit")),
    ("The Joint Oil Targets Committee, set up in July under Lord Cherwell's supervision, met weekly.",
     ("Cherwell", "commands", "Joint Oil Targets Committee")),
    ("Speer warned Hitler again in a memorandum of 28 July that without fuel the army's tanks would be immobile.",
     ("memorandum", "addressedTo", "Hitler")),
    ("Speer warned Hitler again in a memorandum of 28 July that without fuel the army's tanks would be immobile.",
     ("Speer", "stated", "without fuel the army's tanks would be immobile")),
    ("Ploesti, the principal source of Germany's natural oil, was captured by the Red Army.",
     ("Ploesti", "supplies", "Germany")),
    ("Milch, Göring's state secretary, admitted after the war that the Luftwaffe had been crippled by the lack of "
     "fuel.", ("Milch", "stated", "the Luftwaffe had been crippled by the lack of fuel")),
    ("Harris was unrepentant. In his reply of 18 January he told Portal that he had never believed in the oil plan.",
     ("Harris's reply", "addressedTo", "Portal")),
    ("The Ninth Air Force, Brereton's tactical force, struck the railway bridges over the Seine in May.",
     ("Brereton", "commands", "Ninth Air Force")),
    ("The next day it struck Pölitz, the largest of the Baltic plants, which lay on the Oder north of Stettin.",
     ("Pölitz", "locatedIn", "Stettin")),
    ("Harris wrote to Portal on 6 November: \u201cThe oil plan has been tried before, and it failed.\u201d Portal\u2019s "
     "answer came a week later.", ("Harris", "stated", "The oil plan has been tried before, and it failed.")),
    ("Harris wrote to Portal on 6 November: \u201cThe oil plan has been tried before, and it failed.\u201d Portal\u2019s "
     "answer came a week later.", ("Portal", "repliesTo", "Harris")),
    ("Portal rebuked Harris in a letter of 22 December for his half-hearted attacks on the oil plants.",
     ("letter", "addressedTo", "Harris")),
    ("The Air Ministry communique said that Lancasters of Bomber Command had attacked the Meerbeck plant near Moers.",
     ("Bomber Command", "attacked", "Meerbeck")),
    ("Speer appointed Edmund Geilenberg, a director of the Krupp firm, to take charge of the repair of the "
     "hydrogenation plants.", ("Geilenberg", "taskedWith", "hydrogenation plants")),
    ("The plants at Wesseling and Scholven, both in the Ruhr, were attacked by Bomber Command on 21 June.",
     ("Wesseling", "locatedIn", "Ruhr")),
]


TWENTY_SIXTH_BATCH = [  # (session 12; checked by test_unseen_shapes_give_their_facts)
    ("Speer told Hitler in his report of 30 June that the output of aviation spirit had fallen to 632 tons a day.",
     ("Speer", "authored", "Speer's report")),
    ("Speer told Hitler in his report of 30 June that the output of aviation spirit had fallen to 632 tons a day.",
     ("Speer", "stated", "the output of aviation spirit had fallen to 632 tons a day")),
    ("On 8 June Spaatz issued a directive to the Eighth and Fifteenth Air Forces which made the enemy's oil supply "
     "their primary strategic aim.", ("directive", "addressedTo", "Eighth Air Force")),
    ("On 8 June Spaatz issued a directive to the Eighth and Fifteenth Air Forces which made the enemy's oil supply "
     "their primary strategic aim.", ("Eighth Air Force", "taskedWith", "oil supply")),
    ("Harris refused to accept the view of the Ministry of Economic Warfare that the German oil position was "
     "critical, and he said so repeatedly in letters to Portal.", ("Harris", "opposed", "MEW")),
    ("Harris refused to accept the view of the Ministry of Economic Warfare that the German oil position was "
     "critical, and he said so repeatedly in letters to Portal.", ("letters", "addressedTo", "Portal")),
    ("Kindleberger and Rostow of the Enemy Objectives Unit had first proposed the oil targets to Spaatz.",
     ("Kindleberger", "memberOf", "Enemy Objectives Unit")),
    ("Kindleberger and Rostow of the Enemy Objectives Unit had first proposed the oil targets to Spaatz.",
     ("Rostow", "advocated", "oil targets")),
    ("Albert Speer wrote to Hitler on 29 July: 'If we do not succeed in protecting the hydrogenation plants better, "
     "an impossible situation will arise in September.'",
     ("Speer", "stated", "If we do not succeed in protecting the hydrogenation plants better, an impossible "
      "situation will arise in September.")),
    ("Tedder urged that the heavy bombers be concentrated on communications.", ("Tedder", "advocated", "communications")),
    ("The Ministry of Economic Warfare estimated that the synthetic plants of the Ruhr produced about a third of "
     "Germany's aviation fuel.",
     ("MEW", "stated", "the synthetic plants of the Ruhr produced about a third of Germany's aviation fuel")),
    ("General Eaker, who had been moved from the Eighth to command the Mediterranean Allied Air Forces, ordered "
     "Twining to send the Liberators against Ploesti again.", ("Eaker", "commands", "Mediterranean Allied Air Forces")),
    ("On 12 May 935 bombers of the Eighth Air Force attacked the synthetic plants at Zwickau, Leuna, Brüx and "
     "Chemnitz.", ("Eighth Air Force", "attacked", "Chemnitz")),
    ("Misburg, near Hanover, and Harburg, on the Elbe opposite Hamburg, were the principal refineries left to the "
     "Germans.", ("Harburg", "locatedIn", "Elbe")),
    ("In 1944 Doolittle's Eighth Air Force and Twining's Fifteenth Air Force were directed by Spaatz.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("The chief of the Luftwaffe's fuel section, General Köhler, told his interrogators that the stocks of aviation "
     "fuel had fallen below 200,000 tons.", ("Köhler", "holdsPosition", "chief of the Luftwaffe's fuel section")),
    ("The chief of the Luftwaffe's fuel section, General Köhler, told his interrogators that the stocks of aviation "
     "fuel had fallen below 200,000 tons.", ("Köhler", "stated", "the stocks of aviation fuel had fallen below 200,000 "
                                              "tons")),
    ("Portal wrote to Harris again on 12 November. He pointed out that Bomber Command had dropped only six per cent "
     "of its bombs on oil in October. Harris replied three days later that the figures were misleading.",
     ("Harris", "repliesTo", "Portal")),
    ("Churchill, who feared heavy French casualties, was reluctant to approve the Transportation Plan.",
     ("Churchill", "opposed", "Transportation Plan")),
    ("The committee met under the chairmanship of Geoffrey Lloyd, the Minister of Fuel and Power.",
     ("Geoffrey Lloyd", "holdsPosition", "Minister of Fuel and Power")),
    ("Eisenhower did not approve the plan until 25 March.", ("Eisenhower", "advocated", "plan")),
    ("Harris did not attack Pölitz until December.", ("Harris", "attacked", "Pölitz")),
    ("Milch, Göring's deputy, complained to Speer that the fighter squadrons could not fly for lack of fuel.",
     ("Milch", "stated", "the fighter squadrons could not fly for lack of fuel")),
    ("Hitler ordered Speer to give the repair of the hydrogenation plants priority over everything else.",
     ("Speer", "taskedWith", "hydrogenation plants")),
    ("Ploesti was bombed twenty times between April and August 1944 by the Fifteenth Air Force and by night by "
     "No. 205 Group RAF.", ("Fifteenth Air Force", "attacked", "Ploesti")),
    ("Ploesti was bombed twenty times between April and August 1944 by the Fifteenth Air Force and by night by "
     "No. 205 Group RAF.", ("No. 205 Group", "attacked", "Ploesti")),
    ("Speer's deputy Karl Saur ran the fighter programme.", ("Karl Saur", "holdsPosition", "Speer's deputy")),
    ("Bomber Command's contribution to the oil offensive was smaller than the Americans'.",
     ("Bomber Command", "participatedIn", "oil offensive")),
    ("Sinclair, the Secretary of State for Air, defended Harris in the House of Commons.",
     ("Sinclair", "holdsPosition", "Secretary of State for Air")),
    ("In a minute to Portal on 3 January Bufton suggested that Harris be ordered to attack the oil plants at Pölitz "
     "and Leuna.", ("Bufton", "advocated", "Pölitz")),
    ("Tedder thought the whole argument beside the point: the railways, not oil, were in his view the key to victory.",
     ("Tedder", "advocated", "railways")),
    ("Portal finally wrote to Harris on 20 January, expressing confidence that Bomber Command would do its utmost "
     "against oil.", ("Portal", "stated", "Bomber Command would do its utmost against oil")),
    ("Lützkendorf, a small plant west of Merseburg, was attacked by the Eighth on 12 May and by Bomber Command on "
     "8 April 1945.", ("Bomber Command", "attacked", "Lützkendorf")),
    ("Minute, Bufton to Bottomley, 2 November 1944: proposes that the next directive should make oil the sole first "
     "priority.", ("Bufton", "advocated", "oil")),
    ("Portal declined the offer and assured him that he retained his complete confidence.",
     ("Portal", "stated", "he retained his complete confidence")),
    ("Portal's letter of 8 January, which Bufton had drafted, accused Harris of having underestimated the damage.",
     ("Bufton", "authored", "Portal's letter")),
    ("The Eighth Air Force's 1st and 3rd Bombardment Divisions flew against Merseburg on 2 November.",
     ("1st Bombardment Division", "attacked", "Merseburg")),
    ("The CSTC's weekly lists, drawn up by Bufton's deputy, Group Captain Morley, placed Leuna at the top.",
     ("Morley", "authored", "CSTC's weekly lists")),
    ("Bottomley signed the directive of 25 September together with Spaatz.", ("Spaatz", "authored", "directive")),
    ("Speer's reply to Hitler's order of 1 August was a list of the plants.", ("Hitler's order", "date", "--08-01")),
    ("The attacks on Pölitz, Leuna and Zeitz in December were carried out by No. 5 Group.",
     ("No. 5 Group", "attacked", "Zeitz")),
    ("It was Arnold who finally settled the question, telling Spaatz on 4 November that oil was to remain the first "
     "priority.", ("Arnold", "advocated", "oil")),
    ("Eisenhower's headquarters, SHAEF, had no authority over Bomber Command after September.",
     ("Eisenhower", "commands", "SHAEF")),
    ("The Bergius plants at Leuna, Pölitz and Gelsenkirchen produced most of Germany's aviation spirit.",
     ("Pölitz", "supplies", "Germany")),
    ("Small distillation plants were built in the forests of Bavaria and Austria.",
     ("distillation plants", "locatedIn", "Austria")),
    ("General Doolittle, the Eighth's commander since January, shared Spaatz's faith in the oil plan.",
     ("Doolittle", "advocated", "oil plan")),
    ("On 4 December the Air Staff sent Harris a further reminder, signed by Bottomley, that oil came first.",
     ("reminder", "addressedTo", "Harris")),
    ("Bomber Command's Lancasters, escorted by Spitfires and Mustangs, attacked Homberg by day on 27 August.",
     ("Bomber Command", "attacked", "Homberg")),
    ("Harris's staff at High Wycombe, led by his deputy Saundby, prepared a long paper arguing that area attacks had "
     "done more harm to German industry than the oil plan ever could.", ("Saundby", "holdsPosition", "deputy")),
    ("Sinclair, the Secretary of State for Air, defended Harris in the House of Commons, but privately he shared "
     "Portal's doubts about area bombing.", ("Sinclair", "opposed", "area bombing")),
    ("Portal, who had once been Harris's superior at the Air Ministry, chose his words carefully when he replied to "
     "the C.-in-C. on 8 January.", ("Portal", "repliesTo", "Harris")),
    ("The directive was signed by Bottomley for the Air Staff and by Spaatz for USSTAF.",
     ("Spaatz", "authored", "directive")),
    ("Arnold's chief of staff, General Giles, urged Spaatz to send the Eighth against Berlin.",
     ("Giles", "advocated", "Berlin")),
    ("Bufton's directorate, which had pressed for the oil offensive since the spring, welcomed the new directive.",
     ("directorate", "advocated", "oil offensive")),
    ("Twining's bombers returned to Blechhammer on 7 July and again on 22 August.", ("Twining", "attacked", "Blechhammer")),
    ("Albert Speer's ministry, which controlled the allocation of raw materials, gave Geilenberg's programme priority "
     "over tanks and U-boats.", ("ministry", "advocated", "programme")),
    ("Speer in turn instructed Geilenberg to use prisoners for the heaviest work.", ("Speer", "ordered", "Geilenberg")),
    ("The Fifteenth Air Force was commanded by Twining, the Eighth by Doolittle.",
     ("Doolittle", "commands", "Eighth Air Force")),
    ("The synthetic plants of the Ruhr, such as Scholven and Gelsenberg, supplied most of the Luftwaffe's aviation "
     "fuel.", ("Gelsenberg", "supplies", "Luftwaffe")),
    ("The second directive, issued on 1 November by the Air Staff, was based largely on the recommendations of the "
     "Combined Strategic Targets Committee.", ("directive", "basedOn", "recommendations")),
    ("Portal reminded Harris that the directive he had received from Bottomley placed oil first.",
     ("Bottomley", "issued", "directive")),
    ("Harris received Portal's letter on 4 November.", ("Portal's letter", "addressedTo", "Harris")),
    ("Harris, who thought the Air Staff's new directive a mistake, nevertheless sent 1,000 aircraft against Duisburg "
     "that night.", ("Harris", "opposed", "Air Staff's directive")),
    ("Portal's directive of 25 September, drafted by Bufton, gave first priority to the petroleum industry.",
     ("Bufton", "authored", "Portal's directive")),
    ("Spaatz's diary records that he and Tedder dined together on 4 November and argued late into the night.",
     ("Spaatz", "authored", "Spaatz's diary")),
    ("Bufton's minute of 1 January to Bottomley set out the case against Harris in detail.",
     ("Bufton's minute", "addressedTo", "Bottomley")),
    ("The Fifteenth Air Force's 5th Wing led the attack on the Ploesti refineries on 5 April.",
     ("5th Wing", "attacked", "Ploesti refineries")),
    ("The Luftwaffe's fighter arm, commanded by Galland, was grounded for much of December.",
     ("Galland", "commands", "fighter arm")),
    ("The oil plants at Magdeburg and Zeitz, both near Leipzig, were among the targets of the 2 November raid.",
     ("Zeitz", "locatedIn", "Leipzig")),
    ("In his reply of 12 December Harris asked to be told plainly whether the Air Staff wanted him to stop area "
     "bombing.", ("Harris", "authored", "Harris's reply")),
    ("Spaatz and Tedder met at Versailles on 28 October, and Tedder agreed that oil should keep its first priority.",
     ("Tedder", "advocated", "oil")),
    ("Hitler, furious at the losses, ordered Goering to withdraw fighters from the front to defend the oil plants.",
     ("Göring", "taskedWith", "oil plants")),
    ("Most of Germany's aviation fuel came from the Bergius plants at Leuna, Pölitz and Böhlen.",
     ("Bergius plants", "supplies", "Germany")),
    ("The Oil Division of the Ministry of Economic Warfare, under Lawrence, supplied the target information.",
     ("Lawrence", "commands", "Oil Division")),
    ("In his memoirs Tedder claimed that the transportation plan had done more than the oil offensive to defeat the "
     "German army.", ("Tedder", "authored", "Tedder's memoirs")),
    ("Bufton's committee recommended in November that the attacks on the Ruhr plants be continued by Bomber Command "
     "at night.", ("committee", "advocated", "Ruhr plants")),
]


def test_criticism_in_memoirs_addresses_no_one(extract_facts):
    facts = extract_facts("In his memoirs Harris criticized the Ministry of Economic Warfare.")
    assert not [f for f in facts if f[1] == "addressedTo"], facts
    # an aircraft type is no one: "Lancasters of Bomber Command" are the command's
    facts = extract_facts("The communique said that Lancasters of Bomber Command had attacked Leuna.")
    assert not [f for f in facts if f[0] == "Lancasters"], facts


def test_a_river_is_not_where_the_compass_points(extract_facts):
    facts = extract_facts("The next day it struck Pölitz, the largest of the Baltic plants, which lay on the Oder "
                          "north of Stettin.")
    assert ("Oder", "locatedIn", "Stettin") not in facts, facts


@pytest.mark.parametrize("text, fact", [
    ("Had the weather allowed, Bomber Command would have struck Politz again in January; instead the Lancasters "
     "went to Hanover.", ("Bomber Command", "attacked", "Pölitz")),
    ("Tedder never favoured the oil plan, but he did not oppose it openly either.", ("Tedder", "advocated", "oil plan")),
    ("Tedder never favoured the oil plan, but he did not oppose it openly either.", ("Tedder", "opposed", "oil plan")),
    ("Contrary to Allied reports, the plant at Zeitz had not been destroyed; it was back in production by mid-August, "
     "Speer told Hitler.", ("Allied", "attacked", "Zeitz")),
    ("Portal did not oppose the plan, but Tedder and the British Air Staff sided with Leigh-Mallory.",
     ("Portal", "opposed", "plan")),
    ("Harris's reply of 28 December was long. He denied that he had ever regarded oil as a panacea.",
     ("Harris", "opposed", "oil")),
    ("Telegram, Arnold to Spaatz, 14 October 1944. Arnold asks whether the Eighth Air Force can increase its attacks "
     "on the synthetic plants before winter.", ("Eighth Air Force", "attacked", "synthetic plants")),
])
def test_what_did_not_happen_is_no_fact(extract_facts, text, fact):
    # (own-gold absent checks moved here: other passages rightly have these facts, which the
    # one-build scoring of the own gold matched)
    facts = extract_facts(text)
    assert not [f for f in facts if f[1] == fact[1] and (f[0] == fact[0] or f[2] == fact[2])], facts


def test_not_x_but_y_who_is_y(extract_facts):
    facts = extract_facts("It was not Spaatz but Eaker who had first suggested that the Fifteenth Air Force bomb the "
                          "Ploesti refineries.")
    assert ("Eaker", "advocated", "Ploesti refineries") in facts, facts
    assert not [f for f in facts if f[0] == "Spaatz"], facts


def test_a_clause_before_its_teller_and_hearer_is_what_was_told(extract_facts):
    facts = extract_facts("The plant at Zeitz had not been destroyed; it was back in production by mid-August, Speer "
                          "told Hitler.")
    assert [f for f in facts if f[:2] == ("Speer", "stated") and "back in production" in f[2]], facts


def test_a_demonym_names_no_one(extract_facts):
    facts = extract_facts("Colonel Richard Hughes, the head of the EOU's target section, was an Englishman by birth "
                          "who had joined the U.S. Army in 1917.")
    assert not [f for f in facts if f[0] == "Englishman"], facts


def test_a_defended_plant_is_not_attacked(extract_facts):
    # (an own-gold absent check moved here: other passages attack Leuna)
    facts = extract_facts("The Germans moved flak batteries from the cities to the synthetic plants; by autumn Leuna "
                          "was defended by more than 400 heavy guns.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_a_task_given_is_no_attack(extract_facts):
    facts = extract_facts("The directive gave Bomber Command the task of destroying the synthetic plants.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    facts = extract_facts("Bufton and his deputy, Group Captain Morley, drew up the target lists.")
    assert ("Morley", "holdsPosition", "deputy") in facts, facts  # (no "and" in the post)


def test_an_ordered_attack_is_a_task_not_an_attack(extract_facts):
    facts = extract_facts("The directive of 1 November ordered Bomber Command to attack the oil plants in the Ruhr "
                          "whenever the weather permitted.")
    assert ("Bomber Command", "taskedWith", "oil plants") in facts, facts
    assert ("Bomber Command", "attacked", "oil plants") not in facts, facts


def test_a_target_named_without_a_judgement_is_no_stance(extract_facts):
    for text in ("Harris said that the target was Leuna.", "In March, the oil plan was a panacea."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] in ("advocated", "opposed")], facts


def test_a_thing_of_someones_is_not_a_documents_addressee(extract_facts):
    facts = extract_facts("Bufton, who had drafted Portal's earlier letters, now prepared a long rebuttal for the "
                          "CAS's signature.")
    assert ("Bufton", "authored", "rebuttal") in facts, facts
    assert not [f for f in facts if f[1] == "addressedTo"], facts
    # an apposition the parser read as a conjunct is no second speaker
    facts = extract_facts("Lord Cherwell, Churchill's scientific adviser, doubted the figures and told the Prime "
                          "Minister so in a minute of 2 April.")
    assert ("Cherwell", "authored", "minute") in facts, facts
    assert ("Churchill", "authored", "minute") not in facts, facts


def test_the_one_set_against_the_subject_proposes_nothing(extract_facts):
    facts = extract_facts("It was Tedder, not Spaatz, who first proposed that the bombers be turned against the "
                          "German railways.")
    assert not [f for f in facts if f[0] == "Spaatz"], facts


def test_what_one_is_told_how_to_do_is_no_task(extract_facts):
    facts = extract_facts("Harris complained to Portal that he was being told how to run his command.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts
    facts = extract_facts("Bomber Command's target was not Leuna.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts


def test_a_negated_verdict_is_no_stance(extract_facts):
    for text in ("Portal said that the oil plan was no panacea.", "Spaatz never thought the oil plan a gamble."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] == "opposed"], facts
    # a document the next sentence's teller did not write gets no addressee from it
    facts = extract_facts("Tedder's paper of 25 October was long. Portal told Harris that the plan would fail.")
    assert not [f for f in facts if f[1] == "addressedTo"], facts


@pytest.mark.parametrize("text, who", [
    ("Minute, Bottomley to Harris, 1 November 1944, enclosing Strategic Directive No. 2. The directive confirmed oil "
     "as the first priority and ordered Bomber Command to attack the Ruhr plants whenever the weather allowed.",
     "Bomber Command"),
    ("Harris's critics at the Air Ministry - Bufton and Bottomley among them - were convinced that Bomber Command "
     "could hit the Ruhr plants at night. Harris disagreed.", "Bomber Command"),
    ("The Air Staff's view, set out by Bufton in a minute to Bottomley on 2 October, was that the Ruhr plants should "
     "be attacked by Bomber Command at night and the central German plants by the Eighth Air Force by day.",
     "Bomber Command"),
    ("The Air Staff's view, set out by Bufton in a minute to Bottomley on 2 October, was that the Ruhr plants should "
     "be attacked by Bomber Command at night and the central German plants by the Eighth Air Force by day.",
     "Eighth Air Force"),
    ("Bufton thought Harris's claim that the oil plants could not be hit at night absurd.", "Harris"),
    ("Bufton's committee recommended in November that the attacks on the Ruhr plants be continued by Bomber Command "
     "at night.", "Bomber Command"),
    ("Eaker, commanding the Mediterranean Allied Air Forces, pressed Arnold for more heavy bombers so that the "
     "Fifteenth could strike Ploesti and the Danube refineries together.", "Fifteenth Air Force"),
    ("Portal asked Harris whether Bomber Command could attack the Ruhr plants by night, and Harris replied that it "
     "could not.", "Bomber Command"),
    ("Eaker told Arnold that the Fifteenth could not attack Ploesti and support the armies in Italy at the same "
     "time.", "Fifteenth Air Force"),
])
def test_an_attack_ordered_denied_or_thought_possible_is_no_attack(extract_facts, text, who):
    # (own-gold absent checks moved here: other passages' legitimate attacks by the same actor on
    # the same target, or on plants through the gold alias "plants", matched them in the one-build
    # scoring of the own gold)
    facts = extract_facts(text)
    assert not [f for f in facts if f[:2] == (who, "attacked")], facts


def test_who_entrusts_a_task_is_not_given_it(extract_facts):
    # (an own-gold absent check moved here: another passage's "Speer" is rightly tasked with
    # the same plants, which the one-build scoring of the own gold matched)
    facts = extract_facts("Speer entrusted the repair of the hydrogenation plants to Edmund Geilenberg.")
    assert ("Geilenberg", "taskedWith", "hydrogenation plants") in facts, facts
    assert ("Speer", "taskedWith", "hydrogenation plants") not in facts, facts


def test_a_name_in_the_subjects_apposition_does_not_take_his(extract_facts):
    facts = extract_facts("Tedder, Eisenhower's deputy, argued in his 'Notes on Air Policy' that the railways should "
                          "be the target.")
    assert ("Eisenhower", "authored", "Notes on Air Policy") not in facts, facts


def test_the_amount_of_plants_named_together_is_the_groups(extract_facts):
    facts = extract_facts("The plants at Leuna and Pölitz had produced 600,000 tons of fuel in 1943.")
    assert ("plants", "quantity", "600,000 tons of fuel") in facts
    assert not [f for f in facts if f[0] in ("Leuna", "Pölitz") and f[1] == "quantity"], facts
    # (and "major" describes a plant, it does not name it)
    facts = extract_facts("The Eighth Air Force bombed every major synthetic plant in Silesia.")
    assert ("synthetic plant", "locatedIn", "Silesia") in facts, facts


def test_bombers_coming_home_attack_nothing(extract_facts):
    assert not [f for f in extract_facts("The bombers returned to England without loss.") if f[1] == "attacked"]


def test_what_is_only_recommended_as_a_target_is_no_task(extract_facts):
    facts = extract_facts("The Enemy Objectives Unit recommended Leuna as a primary target.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts
    # a group named before its members is no post of theirs
    facts = extract_facts("Several senior officers doubted the wisdom of the plan, Tedder and Zuckerman among them.")
    assert not [f for f in facts if f[1] == "holdsPosition"], facts


TWENTY_SEVENTH_BATCH = [  # (session 13; checked by test_unseen_shapes_give_their_facts)
    ("Four hundred Fortresses of the 1st and 3rd Air Divisions struck Ruhland, Magdeburg and Zeitz while the 2nd Air "
     "Division's Liberators attacked the refinery at Dollbergen, east of Hanover.",
     ("3rd Air Division", "attacked", "Zeitz")),
    ("Four hundred Fortresses of the 1st and 3rd Air Divisions struck Ruhland, Magdeburg and Zeitz while the 2nd Air "
     "Division's Liberators attacked the refinery at Dollbergen, east of Hanover.",
     ("2nd Air Division", "attacked", "refinery")),
    ("The official historians, Webster and Frankland, later judged that the offensive had been decisive. They "
     "criticized Harris for his obstinacy.", ("Frankland", "criticized", "Harris")),
    ("Bufton, who had long pressed for a concentrated offensive against oil, drafted a paper for Portal.",
     ("Bufton", "advocated", "oil")),
    ("Göring, for his part, ordered the Luftwaffe to strengthen the flak defences around Leuna.",
     ("Göring", "ordered", "Luftwaffe")),
    ("Speer in turn charged Geilenberg with the rebuilding of Leuna, Pölitz and Brüx.",
     ("Geilenberg", "taskedWith", "Brüx")),
    ("R.A.F. heavy bombers last night dropped more than 4,000 tons of bombs on Düsseldorf and on the synthetic oil "
     "plant at Homberg.", ("RAF", "attacked", "synthetic oil plant")),
    ("Its members included Bufton for the Air Ministry and Colonel Maxwell for the American air forces.",
     ("Maxwell", "memberOf", "USAAF")),
    ("Its chairmen were Bufton, for the Air Ministry, and Colonel Maxwell, for USSTAF.",
     ("Maxwell", "memberOf", "USSTAF")),
    ("Its chairmen were Bufton, for the Air Ministry, and Colonel Maxwell, for USSTAF.",
     ("Bufton", "memberOf", "Air Ministry")),
    ("At its first meeting the Combined Strategic Targets Committee put oil at the head of its list.",
     ("Combined Strategic Targets Committee", "advocated", "oil")),
    ("An early convert to the oil plan, Spaatz persuaded Eisenhower in March 1944 to let him attack the plants.",
     ("Spaatz", "advocated", "oil plan")),
    ("Spaatz telephoned Tedder at noon to say that the Eighth had gone for the oil plants at last.",
     ("Eighth Air Force", "attacked", "oil plants")),
    ("Gelsenberg, at Gelsenkirchen, produced nothing after 13 June.", ("Gelsenberg", "locatedIn", "Gelsenkirchen")),
    ("On 19 June Hitler ordered that the hydrogenation plants be given absolute priority in the allocation of labour.",
     ("Hitler", "advocated", "hydrogenation plants")),
    ("The order was drafted by Keitel and sent to Speer, Göring and Himmler.", ("order", "addressedTo", "Himmler")),
    ("Portal sent the letter on to Harris with a covering note of his own.", ("Portal", "authored", "note")),
    ("Portal sent the letter on to Harris with a covering note of his own.",
     ("note", "addressedTo", "Harris")),
    ("Bottomley and Spaatz issued a joint directive on 25 September placing oil first.",
     ("joint directive", "date", "--09-25")),
    ("Bufton sent a minute to the Vice Chief of Air Staff, Air Marshal Sir Douglas Evill, on 5 January.",
     ("Douglas Evill", "holdsPosition", "Vice Chief of Air Staff")),
    ("The Eighth Air Force's list for the week of 14 January put Pölitz, Merseburg and Böhlen first.",
     ("Eighth Air Force", "advocated", "Böhlen")),
    ("Flak over Pölitz brought down twenty Lancasters of No. 5 Group. Cochrane, who commanded the group, nonetheless "
     "pressed Harris to send his crews back to Pölitz at once.", ("Cochrane", "commands", "No. 5 Group")),
    ("Flak over Pölitz brought down twenty Lancasters of No. 5 Group. Cochrane, who commanded the group, nonetheless "
     "pressed Harris to send his crews back to Pölitz at once.", ("Cochrane", "advocated", "Pölitz")),
    ("In a note to Churchill, Sinclair warned the Prime Minister against any move to replace Harris.",
     ("note", "addressedTo", "Churchill")),
    ("On 12 June No. 5 Group attacked Gelsenkirchen.", ("No. 5 Group", "attacked", "Gelsenkirchen")),
    ("On 12 June No. 1 and No. 5 Groups attacked Gelsenkirchen.", ("No. 1 Group", "attacked", "Gelsenkirchen")),
    ("Harris agreed to try, and in the week of 12 June No. 1 and No. 5 Groups attacked Gelsenkirchen and Wesseling.",
     ("No. 5 Group", "attacked", "Wesseling")),
    ("Memorandum by the Enemy Objectives Unit, 'The Use of Strategic Air Power after 1 March 1944', 28 February "
     "1944, recommending the oil plan.", ("memorandum", "date", "1944-02-28")),
    ("Anderson believed that the Germans could not replace the lost output. He proposed on 3 July that every "
     "available bomber of the Eighth be sent against Merseburg and Pölitz.", ("Anderson", "advocated", "Pölitz")),
    ("In his memoirs Speer wrote that the attacks of May had decided the technological war.",
     ("Speer", "authored", "Speer's memoirs")),
    ("Only the Fifteenth, from Italy, kept up the pressure, striking Ploesti four times and the Vienna refineries twice.",
     ("Fifteenth Air Force", "attacked", "Vienna refineries")),
    ("Arnold agreed, and on 24 April he wrote to Spaatz approving the attacks on the synthetic plants.",
     ("Arnold", "advocated", "synthetic plants")),
    ("Leuna, whose output had been cut by half in May, was attacked again by the Eighth Air Force on 28 July. The "
     "plant, near Merseburg, was the largest of its kind in Germany.", ("Eighth Air Force", "attacked", "Leuna")),
    ("Leuna, whose output had been cut by half in May, was attacked again by the Eighth Air Force on 28 July. The "
     "plant, near Merseburg, was the largest of its kind in Germany.", ("Leuna", "locatedIn", "Merseburg")),
    ("The Joint Intelligence Committee reported on 12 August that German oil production had fallen to a third of its "
     "pre-raid level.", ("Joint Intelligence Committee", "stated",
                         "German oil production had fallen to a third of its pre-raid level")),
    ("Under Eaker, the Mediterranean Allied Air Forces included the Fifteenth Air Force and No. 205 Group.",
     ("Eaker", "commands", "Mediterranean Allied Air Forces")),
    ("Both Tedder and Harris attended the meeting of 25 March. The former argued for the railways; the latter said "
     "nothing.", ("Tedder", "advocated", "railways")),
    ("Spaatz cabled Arnold on 8 June. Arnold replied the next day that he agreed entirely.",
     ("Arnold", "stated", "he agreed entirely")),
    ("Harris returned it with a note saying that he had already read it.", ("Harris", "authored", "note")),
    ("Harris returned it with a note saying that he had already read it.", ("Harris", "stated", "he had already read it")),
    ("Portal forwarded the report to Churchill with a covering note.", ("Portal", "authored", "note")),
    ("Oberst Pasewaldt, the Luftwaffe's liaison officer with the Speer ministry, reported on 14 June that the Pölitz "
     "plant would be out of action for two months.", ("Oberst Pasewaldt", "memberOf", "Luftwaffe")),
    ("Oberst Pasewaldt, the Luftwaffe's liaison officer with the Speer ministry, reported on 14 June that the Pölitz "
     "plant would be out of action for two months.",
     ("Oberst Pasewaldt", "stated", "the Pölitz plant would be out of action for two months")),
    ("Bufton's minute to Bottomley was blunter still. Harris, he wrote, had never accepted the oil plan and never "
     "would.", ("Bufton", "stated", "Harris had never accepted the oil plan and never would")),
    ("Bufton's minute to Bottomley was blunter still. Harris, he wrote, had never accepted the oil plan and never "
     "would.", ("Harris", "opposed", "oil plan")),
    ("The attacks on the synthetic plants were carried out by the Eighth Air Force from England and by the Fifteenth "
     "from Italy.", ("Fifteenth Air Force", "attacked", "synthetic plants")),
    ("General Spaatz told the Survey that he regarded oil as the decisive target system of the war.",
     ("Spaatz", "advocated", "oil")),
    ("After the war, Galbraith and Kaldor of the Survey's economic staff argued that the bombing had done far less "
     "damage to the German economy than its advocates believed.",
     ("Kaldor", "stated", "the bombing had done far less damage to the German economy than its advocates believed")),
    ("The synthetic plant at Pölitz, near Stettin, produced aviation fuel for the Luftwaffe from Silesian coal.",
     ("Pölitz", "supplies", "Luftwaffe")),
    ("Air Chief Marshal Sir Arthur Tedder, Eisenhower's deputy, presided over the meeting at SHAEF on 25 March.",
     ("meeting", "date", "--03-25")),
    ("Doolittle's chief of staff, Brigadier General John Samford, drafted the field order for the attack of 12 May.",
     ("John Samford", "holdsPosition", "Doolittle's chief of staff")),
    ("Hitler, furious at the Luftwaffe's failure to defend the plants, blamed Göring and ordered him to form new "
     "fighter units.", ("Hitler", "criticized", "Göring")),
    ("Portal and Harris corresponded for months. In letter after letter Portal urged him to attack the oil plants.",
     ("Portal", "advocated", "oil plants")),
    ("At the Nuremberg trial Speer testified that the Allied attacks on the synthetic plants had been decisive.",
     ("Speer", "stated", "the Allied attacks on the synthetic plants had been decisive")),
    ("Bomber Command's share of the oil offensive grew steadily.", ("Bomber Command", "participatedIn", "oil offensive")),
    ("The plants at Böhlen, Zeitz and Rositz, all in the brown-coal district south of Leipzig, belonged to the "
     "Braunkohle-Benzin company (Brabag).", ("Rositz", "locatedIn", "Leipzig")),
    ("Maxwell reported that the Ruhr plants had been put out of action by Bomber Command's night attacks.",
     ("Bomber Command", "attacked", "Ruhr plants")),
    ("Not until 6 September did Bomber Command return to the synthetic plants in force; that night it attacked "
     "Emmerich and Sterkrade.", ("Bomber Command", "attacked", "Sterkrade")),
    ("Harris's Lancasters, carrying 12,000-lb Tallboy bombs, struck the Pölitz plant near Stettin on the night of 21 "
     "December.", ("Harris", "attacked", "Pölitz")),
    ("Tedder's paper of 25 October, 'Notes on Air Policy to be Adopted with a View to Rapid Defeat of Germany', "
     "argued that the railways were the one system common to all German activity.", ("Tedder", "advocated", "railways")),
    ("The Ministry of Economic Warfare's Oil Section, under Lawrence, produced fortnightly estimates of German oil "
     "stocks.", ("Lawrence", "commands", "Oil Section")),
    ("Harris never forgave the Air Staff. In his postwar despatch he wrote that the oil campaign had succeeded.",
     ("Harris", "authored", "Harris's postwar despatch")),
    ("Spaatz's director of intelligence, Brigadier General George McDonald, warned in August that the Germans were "
     "building new plants underground.", ("George McDonald", "holdsPosition", "Spaatz's director of intelligence")),
    ("Speer's deputy for construction, Dorsch, was given charge of the underground plants in the Harz.",
     ("Dorsch", "taskedWith", "underground plants")),
    ("Hitler placed Speer in charge of all fuel production in the Reich.", ("Speer", "taskedWith", "fuel production")),
    ("Portal wrote to Harris on 5 November urging him to give the oil plants priority over the cities.",
     ("Portal", "advocated", "oil plants")),
    ("The oil offensive, said Speer after the war, was the decisive blow.",
     ("Speer", "stated", "The oil offensive was the decisive blow")),
    ("Meanwhile the Eighth Air Force pounded Merseburg-Leuna again on 6 and 12 December, and the Fifteenth struck "
     "Blechhammer and Odertal in Silesia.", ("Fifteenth Air Force", "attacked", "Odertal")),
    ("The refineries at Vienna, Moosbierbaum and Korneuburg, which together supplied much of southern Germany, were "
     "attacked repeatedly by the Fifteenth Air Force.", ("refineries", "supplies", "Southern Germany")),
]


TWENTY_EIGHTH_BATCH = [  # (session 14; checked by test_unseen_shapes_give_their_facts)
    ("Spaatz told him that the Eighth must hit Harburg and Misburg before the weather breaks.",
     ("Eighth Air Force", "taskedWith", "Misburg")),
    ("In a memorandum to Hitler dated 28 July, Speer warned that if the attacks continued, aviation fuel production "
     "would fall to 10,000 tons by September.", ("Speer", "authored", "memorandum")),
    ("The Working Committee (Oil) consisted of representatives of the Air Ministry, the Ministry of Economic Warfare "
     "and USSTAF, with Wing Commander Lawrence as its secretary.", ("Lawrence", "memberOf", "Working Committee")),
    ("Bottomley answered for the Air Staff two days later, reminding Harris that the directive left him no discretion.",
     ("Bottomley", "repliesTo", "Harris")),
    ("On 1 November the Deputy Chiefs of Staff, Bottomley and Spaatz, issued Directive No. 2, which placed petroleum "
     "first and the German transportation system second.", ("Spaatz", "issued", "Directive No. 2")),
    ("Harris did not refuse outright to attack the oil plants; he merely argued that the weather seldom allowed it.",
     ("Harris", "stated", "the weather seldom allowed it")),
    ("The Moosbierbaum refinery lay on the Danube some twenty miles west of Vienna.",
     ("Moosbierbaum", "locatedIn", "Vienna")),
    ("The final text of the directive, issued on 25 September 1944, was based largely on a draft prepared by Bufton's "
     "staff.", ("directive", "basedOn", "draft")),
    ("The final text of the directive, issued on 25 September 1944, was based largely on a draft prepared by Bufton's "
     "staff.", ("directive", "date", "1944-09-25")),
    ("Zuckerman's case against the oil plan rested on his belief that transport was the more vulnerable system.",
     ("Zuckerman", "opposed", "oil plan")),
    ("Göring ordered the fighter units to be withdrawn from the front to defend the hydrogenation plants.",
     ("Göring", "ordered", "fighter units")),
    ("Both the Eighth and the Fifteenth Air Forces took part in the offensive against oil.",
     ("Fifteenth Air Force", "participatedIn", "offensive")),
    ("Spaatz's headquarters at Bushy Park issued a summary on 3 October 1944 stating that the plants at Leuna and "
     "Pölitz were again in partial production.", ("summary", "date", "1944-10-03")),
    ("The Joint Intelligence Committee, chaired by Victor Cavendish-Bentinck, reported in August that German fuel "
     "stocks were nearly exhausted.", ("Victor Cavendish-Bentinck", "commands", "Joint Intelligence Committee")),
    ("The refineries at Ploesti (Romania) and Brüx (Czechoslovakia) were among the first targets of the campaign.",
     ("Brüx", "locatedIn", "Czechoslovakia")),
    ("By the end of September Bomber Command had dropped more bombs on oil targets than the Eighth Air Force, a fact "
     "Harris never tired of pointing out.", ("Bomber Command", "attacked", "oil targets")),
    ("On the night of 20/21 December No. 5 Group sent 207 Lancasters to Pölitz; the plant, already damaged, was put "
     "out of action for the rest of the war.", ("No. 5 Group", "attacked", "Pölitz")),
    ("Both Tedder and Zuckerman objected that the oil plants were too small and too well defended to be destroyed "
     "quickly.", ("Zuckerman", "stated", "the oil plants were too small and too well defended to be destroyed quickly")),
    ("Milch, who as State Secretary in the Air Ministry was responsible for aircraft production, warned Göring in "
     "June that the fuel crisis would ground the Luftwaffe within months.",
     ("Milch", "stated", "the fuel crisis would ground the Luftwaffe within months")),
    ("Milch, who as State Secretary in the Air Ministry was responsible for aircraft production, warned Göring in "
     "June that the fuel crisis would ground the Luftwaffe within months.", ("Milch", "memberOf", "Air Ministry")),
    ("Leuna lay some 17 miles west of Leipzig and covered three square miles.", ("Leuna", "locatedIn", "Leipzig")),
    ("In his diary for 3 November, Arnold noted that the Germans were \u201cscraping the bottom of the barrel\u201d "
     "for fuel.", ("Arnold", "stated", 'the Germans were "scraping the bottom of the barrel" for fuel')),
    ("Hydrierwerke Pölitz AG, a subsidiary of I.G. Farben, operated the plant near Stettin.",
     ("plant", "locatedIn", "Stettin")),
    ("General Koller, the Luftwaffe's chief of staff, reported on 8 August that only 10,000 tons of aviation fuel "
     "remained in reserve.", ("Koller", "stated", "only 10,000 tons of aviation fuel remained in reserve")),
    ("At a meeting in Portal's office on 2 November, Bufton and Morley presented the case for concentrating on oil.",
     ("Morley", "advocated", "oil")),
    ("Harburg, on the south bank of the Elbe opposite Hamburg, was raided by the Eighth Air Force on 6 November.",
     ("Harburg", "locatedIn", "Elbe")),
    ("The Ministry of Economic Warfare estimated in its weekly appreciation that German oil production in September "
     "had fallen to a quarter of the pre-raid level.",
     ("MEW", "stated", "German oil production in September had fallen to a quarter of the pre-raid level")),
    ("Spaatz and Doolittle flew to London on 10 October to press the Air Ministry for a greater share of the effort "
     "against oil.", ("Doolittle", "advocated", "oil")),
    ("The chief target planner at USSTAF, Colonel Hughes, argued that oil and the Luftwaffe's fighter factories "
     "should share the first priority.", ("Hughes", "memberOf", "USSTAF")),
    ("The oil refinery at Florisdorf, on the outskirts of Vienna, was hit by the Fifteenth Air Force seventeen "
     "times.", ("Florisdorf", "locatedIn", "Vienna")),
    ("Lützkendorf, a small Wintershall plant west of Merseburg, was attacked by the Eighth Air Force on 12 May.",
     ("Lützkendorf", "locatedIn", "Merseburg")),
    ("The raid on Scholven-Buer on 21 June, carried out by 133 Lancasters of No. 3 Group, cost nine aircraft.",
     ("No. 3 Group", "attacked", "Scholven")),
    ("In mid-September the Eighth Air Force, with the Fifteenth, mounted the heaviest attacks yet on the synthetic "
     "plants in central Germany.", ("Eighth Air Force", "attacked", "synthetic plants")),
    ("At SHAEF, Tedder presided over a weekly meeting of the bomber commanders at which targets were allotted.",
     ("Tedder", "memberOf", "SHAEF")),
    ("At SHAEF, Tedder presided over a weekly meeting of the bomber commanders at which targets were allotted.",
     ("Tedder", "participatedIn", "weekly meeting")),
    ("In February 1945 the Eighth Air Force was diverted to Berlin and Dresden, at the request of the Russians.",
     ("Eighth Air Force", "attacked", "Dresden")),
    ("Pölitz, on the Oder north of Stettin, produced more aviation spirit than any other plant in Germany.",
     ("Pölitz", "locatedIn", "Oder")),
    ("On 16 January the Eighth Air Force returned to Ruhland and Magdeburg.", ("Eighth Air Force", "attacked", "Magdeburg")),
    ("Speer recorded that Hitler, on hearing of the raid on Pölitz, ordered Göring to double the flak around the "
     "hydrogenation plants.", ("Hitler", "ordered", "Göring")),
    ("Major General Curtis LeMay led the 3rd Air Division against the Ruhland plant on 12 September.",
     ("3rd Air Division", "attacked", "Ruhland")),
]

TWENTY_NINTH_BATCH = [  # (session 15; checked by test_unseen_shapes_give_their_facts)
    ("Throughout September the Fifteenth Air Force bombed the refineries at Blechhammer and Odertal in Silesia.",
     ("Fifteenth Air Force", "attacked", "refineries")),
    ("Throughout September the Fifteenth Air Force bombed the refineries at Blechhammer and Odertal in Silesia.",
     ("Odertal", "locatedIn", "Silesia")),
    ("General Arnold urged Spaatz to keep up the pressure on oil.", ("Arnold", "advocated", "oil")),
    ("Spaatz instructed Doolittle to send the Eighth back to Leuna.", ("Doolittle", "taskedWith", "Leuna")),
    ("Tedder argued in a paper to the Chiefs of Staff that the railways were the better target.",
     ("Tedder", "advocated", "railways")),
    ("In his reply Harris told Portal that the oil plan was merely the latest of the panaceas.",
     ("Harris", "opposed", "oil plan")),
    ("Geilenberg, whom Speer had appointed Commissioner-General for emergency measures, mobilised 350,000 workers.",
     ("Geilenberg", "holdsPosition", "Commissioner-General")),
    ("On 8 June Spaatz issued an order to the Eighth and Fifteenth Air Forces giving the oil targets first priority.",
     ("Spaatz", "advocated", "oil targets")),
    ("Harris complained to Portal that the Air Ministry was interfering in the conduct of operations.",
     ("Harris", "criticized", "Air Ministry")),
    ("Albert Speer wrote to Hitler on 30 June that the enemy had succeeded in increasing our losses.",
     ("Speer", "stated", "the enemy had succeeded in increasing our losses")),
    ("Diary, 14 August. Tedder came to lunch and argued again for the railways. Spaatz would not budge: oil first, "
     "he said, and everything else second.", ("Spaatz", "advocated", "oil")),
    ("Oil first, Spaatz insisted.", ("Spaatz", "advocated", "oil")),
    ("In a note to the Prime Minister, Lord Cherwell dismissed the forecasts of a German collapse as wishful thinking.",
     ("Cherwell", "authored", "note")),
    ("Early in July the Eighth Air Force returned to Merseburg, where the Leuna works had resumed production.",
     ("Eighth Air Force", "attacked", "Merseburg")),
    ("Early in July the Eighth Air Force returned to Merseburg, where the Leuna works had resumed production.",
     ("Leuna", "locatedIn", "Merseburg")),
    ("The attacks were planned by the staff of USSTAF under General Anderson, its Deputy Commanding General for "
     "Operations.", ("Frederick Anderson", "memberOf", "USSTAF")),
    ("Kreipe, the Luftwaffe Chief of Staff, told Göring that the fighters could not defend the Reich.",
     ("Kreipe", "memberOf", "Luftwaffe")),
    ("On 15 January 1945 the Combined Strategic Targets Committee recommended that the benzol plants in the Ruhr be "
     "added to the list of oil targets.", ("Combined Strategic Targets Committee", "advocated", "benzol plants")),
    ("The night attacks on the Ruhr synthetic plants were largely the responsibility of Bomber Command.",
     ("Bomber Command", "taskedWith", "Ruhr synthetic plants")),
    ("The destruction of the Ruhr plants was the task of the Eighth Air Force.",
     ("Eighth Air Force", "taskedWith", "Ruhr plants")),
    ("The transportation plan was adopted by Eisenhower on 25 March over the objections of Spaatz.",
     ("Spaatz", "opposed", "transportation plan")),
    ("Harris rejected the oil plan despite Tedder's support.", ("Tedder", "advocated", "oil plan")),
    ("Spaatz convinced Eisenhower that the oil plan deserved a trial.", ("Spaatz", "persuaded", "Eisenhower")),
    ("Tedder wanted the heavy bombers kept on the railways until the armies had crossed the Rhine.",
     ("Tedder", "advocated", "railways")),
    ("The attacks on Ploesti cost the Fifteenth Air Force some 350 heavy bombers.",
     ("Fifteenth Air Force", "attacked", "Ploesti")),
    ("Portal insisted that the offensive against oil must not be allowed to slacken.", ("Portal", "advocated", "oil")),
    ("Harris argued that the area offensive against German cities should share the first priority with oil.",
     ("Harris", "advocated", "German cities")),
    ("Twining's Fifteenth Air Force struck the Ploesti refineries twenty times between April and August 1944.",
     ("Fifteenth Air Force", "attacked", "Ploesti refineries")),
    ("Milch told a conference of the Air Ministry on 3 July that the reserves would last only until August.",
     ("Milch", "participatedIn", "conference")),
    ("The report of the Combined Strategic Targets Committee for the week ending 18 November listed Pölitz, Leuna "
     "and Brüx as the most important targets.", ("Combined Strategic Targets Committee", "advocated", "Brüx")),
    ("Harris's deputy, Air Marshal Saundby, drafted most of the replies to the Air Ministry.",
     ("Saundby", "holdsPosition", "Harris's deputy")),
    ("Colonel Hughes of the Enemy Objectives Unit had argued since 1943 that the German oil industry was the most "
     "vulnerable of all target systems.", ("Hughes", "advocated", "German oil industry")),
    ("A directive of 25 September, signed by Bottomley and Spaatz, placed petroleum first among the strategic targets.",
     ("Spaatz", "advocated", "petroleum")),
    ("German fighter production actually rose during the summer, Saur told Speer, but there was no fuel.",
     ("Saur", "stated", "German fighter production actually rose during the summer but there was no fuel")),
    ("Eisenhower, as Supreme Allied Commander, held control of the strategic air forces from April to September 1944.",
     ("Eisenhower", "commands", "strategic air forces")),
    ("Harris complained bitterly about the Ministry of Economic Warfare, whom he blamed for every diversion of his "
     "force.", ("Harris", "criticized", "MEW")),
    ("On 16 August the Eighth Air Force sent 1,090 heavy bombers against synthetic oil plants and aircraft factories "
     "in central Germany.", ("synthetic oil plants", "locatedIn", "Central Germany")),
    ("Bufton, as Director of Bomber Operations, was the Air Staff's most persistent advocate of the oil plan.",
     ("Bufton", "holdsPosition", "Director of Bomber Operations")),
    ("Bufton, as Director of Bomber Operations, was the Air Staff's most persistent advocate of the oil plan.",
     ("Bufton", "advocated", "oil plan")),
    ("The plant at Lützkendorf near Merseburg, a small Wintershall works, was attacked by the Eighth on 28 May and by "
     "Bomber Command in April 1945.", ("Bomber Command", "attacked", "Lützkendorf")),
    ("Spaatz told Arnold in a letter of 4 October that the weather, not the Germans, was now the main obstacle to the "
     "oil offensive.", ("Spaatz", "stated", "the weather, not the Germans, was now the main obstacle to the oil "
                                            "offensive")),
    ("Speer sent his deputy Saur to the Ruhr to organise the repair of the damaged plants at Scholven.",
     ("Saur", "taskedWith", "plants")),
    ("Speer sent his deputy Saur to the Ruhr to organise the repair of the damaged plants at Scholven.",
     ("Saur", "holdsPosition", "deputy")),
    ("The Romanian refineries at Ploesti, which supplied about a third of Germany's crude oil, were defended by "
     "heavy flak.", ("Romanian refineries", "supplies", "Germany")),
    ("Brigadier General Cabell, Spaatz's director of plans, had prepared the first American proposal for an attack on "
     "oil in March 1944.", ("Cabell", "authored", "American proposal")),
    ("Eaker, then commanding the Mediterranean Allied Air Forces, argued that Ploesti should remain the Fifteenth's "
     "principal target.", ("Eaker", "advocated", "Ploesti")),
    ("Portal replied to Harris on 8 January, repeating that the Air Staff regarded the oil offensive as the most "
     "important task of the bomber forces.", ("Air Staff", "advocated", "oil offensive")),
]

THIRTIETH_BATCH = [  # (session 16; checked by test_unseen_shapes_give_their_facts)
    ("Not until the end of July did the Fifteenth Air Force, operating from Foggia, resume its attacks on the "
     "Ploesti refineries.", ("Fifteenth Air Force", "attacked", "Ploesti refineries")),
    ("Only in September did the Eighth Air Force return to Pölitz.", ("Eighth Air Force", "attacked", "Pölitz")),
    ("The Enemy Oil Committee reported on 12 October that German production had fallen to about a quarter of its "
     "pre-attack level.", ("Enemy Oil Committee", "stated", "German production had fallen to about a quarter of its "
                                                           "pre-attack level")),
    ("Spaatz argued that oil should have first priority.", ("Spaatz", "advocated", "oil")),
    ("Eisenhower agreed with Spaatz that oil should have first call on the Eighth Air Force.",
     ("Eisenhower", "advocated", "oil")),
    ("Eisenhower agreed with Spaatz that oil should have first call on the Eighth Air Force.",
     ("Spaatz", "advocated", "oil")),
    ("The Air Ministry allowed Harris to send part of his force against the cities of the Ruhr.",
     ("cities", "locatedIn", "Ruhr")),
    ("Doolittle, who had replaced Eaker at the head of the Eighth Air Force in January, was reluctant to risk his "
     "bombers.", ("Doolittle", "commands", "Eighth Air Force")),
    ("The Germans, under Speer's repair chief Geilenberg, restored it.", ("Geilenberg", "holdsPosition", "repair chief")),
    ("USSTAF sent the first list of oil targets to Doolittle and Twining on 19 April.", ("list", "addressedTo", "Twining")),
    ("In November Bomber Command dropped 24 per cent of its tonnage on oil targets, the Eighth Air Force 39 per cent.",
     ("Eighth Air Force", "attacked", "oil targets")),
    ("The plant at Pölitz, which produced aviation fuel for the Luftwaffe, was attacked on 20 June.",
     ("Pölitz", "supplies", "Luftwaffe")),
    ("At a meeting on 25 March, Spaatz argued for the oil plan and Tedder for the transportation plan.",
     ("Tedder", "advocated", "transportation plan")),
    ("No. 3 Group, equipped with the G-H blind-bombing device, was made responsible for the Ruhr oil plants.",
     ("No. 3 Group", "taskedWith", "Ruhr oil plants")),
    ("The 1st Bombardment Division was responsible for the attacks on Merseburg in November.",
     ("1st Bombardment Division", "taskedWith", "Merseburg")),
    ("Bufton and Morley, both convinced that oil was the key, drafted a paper for Portal in October.",
     ("Morley", "advocated", "oil")),
    ("Bufton and Morley, both convinced that oil was the key, drafted a paper for Portal in October.",
     ("Bufton", "authored", "paper")),
    ("Harris, convinced that the oil plan was a panacea, ignored the directive.", ("Harris", "opposed", "oil plan")),
    ("The attacks on Leuna in July reduced its output to nothing for ten days, Speer reported to Hitler.",
     ("Speer", "stated", "The attacks on Leuna in July reduced its output to nothing for ten days")),
    ("14 September. Spaatz came to lunch; says the Eighth will go back to Merseburg.",
     ("Spaatz", "stated", "the Eighth will go back to Merseburg")),
    ("Among the targets Harris's crews hit in January were the benzol plants at Bochum and Gelsenkirchen.",
     ("Harris", "attacked", "benzol plants")),
    ("Among the plants attacked by the Eighth Air Force in May were Leuna and Pölitz.",
     ("Eighth Air Force", "attacked", "Pölitz")),
    ("Bottomley to Harris, 3 November 1944: 'The oil plants must come first in all your plans.'",
     ("Bottomley", "stated", "The oil plants must come first in all your plans.")),
    ("Bottomley to Harris, 3 November 1944: 'The oil plants must come first in all your plans.'",
     ("Bottomley", "advocated", "oil plants")),
    ("Bottomley wrote that the oil plants must come first.", ("Bottomley", "advocated", "oil plants")),
    ("In December the Fifteenth bombed Vienna, and the Eighth Air Force went back to Leuna, Pölitz and Merseburg.",
     ("Eighth Air Force", "attacked", "Pölitz")),
    ("The Air Staff's chief target planner, Group Captain Bufton, had long believed that oil was the one target "
     "system.", ("Bufton", "memberOf", "Air Staff")),
    ("The Air Ministry's Director of Bomber Operations, Air Commodore Bufton, agreed.",
     ("Bufton", "memberOf", "Air Ministry")),
    ("Harris's objections were overruled by Portal, who insisted that the directive be obeyed.",
     ("Portal", "advocated", "directive")),
    ("Tedder proposed that the transportation plan be adopted.", ("Tedder", "advocated", "transportation plan")),
    ("Eaker handed over command of the Eighth Air Force to Doolittle in January 1944.",
     ("Doolittle", "commands", "Eighth Air Force")),
    ("Spaatz gave Doolittle command of the Eighth Air Force.", ("Doolittle", "commands", "Eighth Air Force")),
    ("Doolittle was given command of the Eighth Air Force.", ("Doolittle", "commands", "Eighth Air Force")),
    ("The Eighth Air Force, having lost 40 bombers over Merseburg, was ordered by Spaatz to switch to the tank "
     "factories at Kassel.", ("Spaatz", "ordered", "Eighth Air Force")),
    ("The Eighth Air Force, having lost 40 bombers over Merseburg, was ordered by Spaatz to switch to the tank "
     "factories at Kassel.", ("Eighth Air Force", "taskedWith", "tank factories")),
    ("Harris replied on 6 November with a letter that ran to seven pages.", ("Harris", "authored", "letter")),
    ("Tedder and Zuckerman argued that the railway system, not oil, offered the quickest route to victory.",
     ("Zuckerman", "advocated", "railway system")),
    ("Spaatz believed that oil was the surest way to defeat the Luftwaffe.", ("Spaatz", "advocated", "oil")),
    ("The great Leuna works lay two miles south of Merseburg, on the Saale.", ("Leuna", "locatedIn", "Merseburg")),
    ("General Doolittle's Eighth Air Force and General Twining's Fifteenth Air Force both attacked oil targets on "
     "7 July.", ("Fifteenth Air Force", "attacked", "oil targets")),
    ("Harris attacked Wanne-Eickel and Sterkrade in October, and Homberg the following month.",
     ("Harris", "attacked", "Homberg")),
    ("Bottomley informed Harris on 1 November that oil was to have absolute priority.",
     ("Bottomley", "advocated", "oil")),
    ("The refinery at Lobau on the outskirts of Vienna was hit by the Fifteenth Air Force on 20 January.",
     ("refinery", "locatedIn", "Vienna")),
    ("Kammhuber's successor as commander of the night fighters, General Schmid, complained that his crews could "
     "not be trained.", ("Schmid", "stated", "his crews could not be trained")),
    ("By the spring of 1945 the Eighth and Fifteenth Air Forces, together with Bomber Command, had put every major "
     "synthetic plant in Germany out of action.", ("Fifteenth Air Force", "attacked", "synthetic plant")),
    ("By the spring of 1945 the Eighth and Fifteenth Air Forces, together with Bomber Command, had put every major "
     "synthetic plant in Germany out of action.", ("Bomber Command", "attacked", "synthetic plant")),
    ("Göring blamed the fighter pilots for the losses; Galland, in turn, blamed Göring.",
     ("Galland", "criticized", "Göring")),
    ("The synthetic plant at Brabag-Zeitz was attacked by the Eighth Air Force on 16 January and by Bomber Command "
     "two nights later.", ("Bomber Command", "attacked", "Zeitz")),
    ("The Allied air commanders met at SHAEF on 25 March; Portal chaired the meeting.",
     ("Portal", "participatedIn", "meeting")),
    ("On 5 April the Fifteenth Air Force bombed the Ploesti marshalling yards.",
     ("Fifteenth Air Force", "attacked", "Ploesti marshalling yards")),
    ("The Eighth Air Force diverted part of its strength to tactical targets in Normandy throughout June.",
     ("Eighth Air Force", "attacked", "tactical targets")),
    ("Portal was disappointed by Harris's lack of enthusiasm for the oil plan.", ("Portal", "criticized", "Harris")),
    ("The raid on the rocket research establishment at Peenemünde had shown what Bomber Command could do.",
     ("rocket research establishment", "locatedIn", "Peenemünde")),
    ("Tedder's proposal that the bombers be concentrated on the railways was accepted.",
     ("Tedder", "advocated", "railways")),
    ("Speer requested that fighters be withdrawn from the front to protect the synthetic plants.",
     ("Speer", "advocated", "synthetic plants")),
    ("The Ministry of Economic Warfare calculated that the synthetic plants produced more than half of Germany's oil.",
     ("MEW", "stated", "the synthetic plants produced more than half of Germany's oil")),
]


THIRTY_FIRST_BATCH = [  # (session 17; checked by test_unseen_shapes_give_their_facts)
    ("Bufton's staff in the Directorate of Bomber Operations prepared a new list of targets.",
     ("Bufton", "memberOf", "Directorate of Bomber Operations")),
    ("In September command of Bomber Command reverted to Harris.", ("Harris", "commands", "Bomber Command")),
    ("On 14 September direction of the strategic air forces passed back to Portal and Arnold.",
     ("Arnold", "commands", "strategic air forces")),
    ("Control of the Eighth Air Force passed to Doolittle in January.", ("Doolittle", "commands", "Eighth Air Force")),
    ("Eisenhower relinquished his direction of the strategic air forces in mid-September, and control passed back "
     "to Portal and Arnold, acting for the Combined Chiefs.", ("Portal", "commands", "strategic air forces")),
    ("Harris replied on 1 November that he had done everything the directive asked of him, and that the Ruhr and the "
     "Rhineland were still the best targets for his crews.", ("Harris", "advocated", "Rhineland")),
    ("Harris said that Leuna and Pölitz were the most important targets.", ("Harris", "advocated", "Pölitz")),
    ("Göring blamed the bomber offensive on the incompetence of his own fighter commanders.",
     ("Göring", "criticized", "fighter commanders")),
    ("Hitler criticized the failure of the Luftwaffe.", ("Hitler", "criticized", "Luftwaffe")),
    ("Portal wrote to Tedder asking for his views. Tedder replied that he was not opposed to oil, but that he "
     "regarded the railways as the more urgent target.", ("Tedder", "advocated", "railways")),
    ("Tedder, who distrusted the economic experts, told Portal on 25 October that the oil plan alone would not break "
     "German resistance.", ("Tedder", "stated", "the oil plan alone would not break German resistance")),
    ("Galland, the General der Jagdflieger, warned Göring that the fighter arm was exhausted.",
     ("Galland", "holdsPosition", "General der Jagdflieger")),
    ("Zuckerman insisted that the rail centres of western Germany were a more profitable target than the oil plants.",
     ("Zuckerman", "advocated", "rail centres")),
    ("The bombers of No. 3 Group, using the new G-H blind-bombing device, hit the Homberg plant through cloud on "
     "20 November.", ("No. 3 Group", "attacked", "Homberg plant")),
    ("Steinhoff later wrote that by the autumn of 1944 the Jagdwaffe was being sent into action with pilots who had "
     "barely learned to fly.", ("Steinhoff", "stated", "by the autumn of 1944 the Jagdwaffe was being sent into action "
                                                      "with pilots who had barely learned to fly")),
    ("Kehrl, who ran the planning office in Speer's ministry, calculated that the Wehrmacht's stocks of motor fuel "
     "would last only until February.", ("Kehrl", "commands", "planning office")),
    ("Spaatz and Doolittle agreed that whenever the weather over central Germany cleared, the Eighth would go for "
     "Leuna, Böhlen and Zeitz before anything else.", ("Doolittle", "advocated", "Zeitz")),
    ("Spaatz and Doolittle agreed that whenever the weather over central Germany cleared, the Eighth would go for "
     "Leuna, Böhlen and Zeitz before anything else.", ("Eighth Air Force", "taskedWith", "Leuna")),
    ("The Chiefs decided that Bomber Command should attack the synthetic plants.",
     ("Bomber Command", "taskedWith", "synthetic plants")),
    ("The Americans, Tedder complained, were bombing oil plants in the east while the German armies in the west were "
     "being supplied by rail.", ("Americans", "attacked", "oil plants")),
    ("Doolittle's 3rd Air Division found the Ruhland plant covered by cloud on 12 September and bombed Dresden's "
     "marshalling yards instead.", ("marshalling yards", "locatedIn", "Dresden")),
    ("The RAF hit Germany's synthetic plants.", ("RAF", "attacked", "synthetic plants")),
    ("MINUTE, Bufton to Bottomley, 9 November 1944. Bufton urged that Bomber Command be held to the oil plan and not "
     "allowed to drift back to the cities.", ("Bufton", "advocated", "oil plan")),
    ("The Ninth Air Force's medium bombers were meanwhile cutting the bridges over the Rhine.",
     ("bridges", "locatedIn", "Rhine")),
    ("Anderson, Spaatz's deputy for operations, wrote to Doolittle that the Eighth's crews must bomb the oil targets "
     "through cloud if necessary rather than wait for clear skies.", ("Anderson", "advocated", "oil targets")),
    ("Harris, whose crews had lost heavily over Berlin the previous winter, had little patience with what he saw as "
     "the Air Ministry's interference.", ("Harris", "criticized", "Air Ministry")),
    ("Harris had little faith in the oil plan.", ("Harris", "opposed", "oil plan")),
    ("Portal assured the Prime Minister that the oil plan retained absolute priority.",
     ("Portal", "stated", "the oil plan retained absolute priority")),
    ("The RAF's official historians, Webster and Frankland, concluded that the oil offensive was the most decisive "
     "contribution of the bombers.", ("Frankland", "stated", "the oil offensive was the most decisive contribution of "
                                                             "the bombers")),
    ("Tedder circulated his paper to the Chiefs of Staff and to Spaatz, who replied that he saw no conflict between "
     "the two plans.", ("Spaatz", "repliesTo", "Tedder")),
]

THIRTY_SECOND_BATCH = [  # (session 18; checked by test_unseen_shapes_give_their_facts)
    ("In his answer of 3 March Spaatz told Arnold that the refineries were the better target.",
     ("Spaatz", "repliesTo", "Arnold")),
    ("MINUTE, Bottomley to Portal, 2 November 1944. Bottomley reports that the Ruhr plants are working again, and "
     "asks for a new attack.", ("Bottomley", "stated", "the Ruhr plants are working again")),
    ("The conference in Quebec settled the command of the bombers.", ("conference", "locatedIn", "Quebec")),
    ("At a meeting at Bushy Park, Tedder argued that the railways came first.", ("Tedder", "participatedIn", "meeting")),
    ("The Joint Intelligence Committee, of which Bufton was a member, met in London.",
     ("Bufton", "memberOf", "Joint Intelligence Committee")),
    ("Bufton arrived in London in October. He was a member of the Combined Strategic Targets Committee.",
     ("Bufton", "memberOf", "Combined Strategic Targets Committee")),
    ("Spaatz pressed Eisenhower to allow the Fifteenth Air Force to attack Ploesti.", ("Spaatz", "advocated", "Ploesti")),
    ("Doolittle argued that most of his bombers should go to Leuna.", ("Doolittle", "advocated", "Leuna")),
    ("Spaatz answered within a day with a short letter.", ("Spaatz", "authored", "letter")),
    ("Tedder had expected the Chiefs to back him, but Portal replied that oil came first.",
     ("Portal", "repliesTo", "Tedder")),
    ("Bufton's directorate identified the refineries as the one target system that mattered.",
     ("directorate", "advocated", "refineries")),
    ("According to the Air Ministry, the refineries at Ploesti supplied a third of Germany's crude oil.",
     ("refineries", "supplies", "Germany")),
    ("Tedder wrote to Portal complaining that Bomber Command was ignoring the directive.",
     ("Tedder", "criticized", "Bomber Command")),
    ("Zuckerman regarded the oil plan, a scheme he had always regarded as a diversion, with suspicion.",
     ("Zuckerman", "opposed", "oil plan")),
    ("Göring assured Hitler that the fighters would hold the line.", ("Göring", "stated", "the fighters would hold the line")),
    ("Spaatz decided to send the Eighth against Pölitz.", ("Spaatz", "advocated", "Pölitz")),
    ("Eaker took the decision to bomb Ploesti.", ("Eaker", "advocated", "Ploesti")),
    ("Portal welcomed the Air Staff's decision to give the synthetic plants first priority.",
     ("Air Staff", "advocated", "synthetic plants")),
    ("Bufton drafted the case for oil, which Portal put to the Chiefs of Staff.", ("Portal", "advocated", "oil")),
    ("Maxwell, a member of the Ministry of Economic Warfare's target section, told Spaatz that the plants were "
     "working again.", ("Maxwell", "memberOf", "target section")),
    ("The 1st Air Division flew four missions to Merseburg in November.", ("1st Air Division", "attacked", "Merseburg")),
    ("The Enemy Objectives Unit, which had long championed attacks on oil, distrusted the railway plan.",
     ("Enemy Objectives Unit", "advocated", "oil")),
    ("The Pölitz plant, some eighty miles north of Berlin, was hit again in December.", ("Pölitz", "locatedIn", "Berlin")),
    ("Spaatz asked Eisenhower to let the Eighth concentrate on Leuna.", ("Spaatz", "advocated", "Leuna")),
    ("In March the Fifteenth Air Force flew its last mission against an oil target, a refinery near Vienna.",
     ("Fifteenth Air Force", "attacked", "refinery")),
    ("Tedder said that he had never believed in the transportation plan's critics.",
     ("Tedder", "opposed", "critics")),
    ("Bottomley told Spaatz in a letter of 3 March that the Air Staff expected the Eighth to devote its main effort "
     "to the synthetic plants.", ("Eighth Air Force", "taskedWith", "synthetic plants")),
    ("Bottomley told Spaatz in a letter of 3 March that the Air Staff expected the Eighth to devote its main effort "
     "to the synthetic plants.", ("Bottomley", "stated", "the Air Staff expected the Eighth to devote its main effort "
                                                    "to the synthetic plants")),
    ("In a memorandum for the War Cabinet, the Air Ministry argued that the oil plants must come first.",
     ("Air Ministry", "authored", "memorandum")),
    ("Kehrl, Speer's planning chief and the Luftwaffe's liaison officer, warned that stocks were low.",
     ("Kehrl", "memberOf", "Luftwaffe")),
    ("When Tedder argued that the railways came first, Spaatz replied that oil would end the war sooner.",
     ("Spaatz", "repliesTo", "Tedder")),
    ("Zuckerman regarded the attacks on the oil plants as a diversion from the real task.",
     ("Zuckerman", "opposed", "oil plants")),
    ("Bufton was confident of the oil plan from the start.", ("Bufton", "advocated", "oil plan")),
    ("Harris rejected Bufton's view that the synthetic plants should become the main target.",
     ("Bufton", "advocated", "synthetic plants")),
    ("In his diary Goebbels complained that the Luftwaffe had failed to protect the plants.",
     ("Goebbels", "criticized", "Luftwaffe")),
    ("Böhlen was one of the plants that the Eighth Air Force bombed twice in a week.",
     ("Eighth Air Force", "attacked", "Böhlen")),
]

THIRTY_THIRD_BATCH = [  # (session 19; checked by test_unseen_shapes_give_their_facts)
    ("In a note to the Prime Minister on 3 December, Sinclair, the Air Minister, defended the bombing of cities.",
     ("Sinclair", "authored", "note")),
    ("Saur took charge of the repair gangs in the Ruhr.", ("Saur", "commands", "repair gangs")),
    ("Tedder urged Eisenhower to insist that the bombers return to the transportation plan.",
     ("Tedder", "advocated", "transportation plan")),
    ("Spaatz proposed that the heavy bombers concentrate on the synthetic plants.",
     ("Spaatz", "advocated", "synthetic plants")),
    ("Harburg, on the Elbe estuary near Hamburg, was bombed by the Eighth.", ("Harburg", "locatedIn", "Hamburg")),
    ("At Blechhammer, in Upper Silesia, the synthetic plant was bombed by the Fifteenth Air Force.",
     ("Fifteenth Air Force", "attacked", "Blechhammer")),
    ("Harris, who had never been convinced by the oil plan, went on bombing cities.",
     ("Harris", "opposed", "oil plan")),
    ("On 7 July the Fifteenth Air Force struck Blechhammer North and Blechhammer South.",
     ("Fifteenth Air Force", "attacked", "Blechhammer South")),
    ("The Eighth bombed Leuna and Böhlen, the two plants near Leipzig, as well as the refinery at Ruhland.",
     ("Böhlen", "locatedIn", "Leipzig")),
    ("The report that Bufton sent to Bottomley in May set out the case for oil.", ("report", "addressedTo", "Bottomley")),
    ("Kammhuber was dismissed in 1943, and the night fighter force passed to General Schmid.",
     ("Schmid", "commands", "night fighter force")),
    ("Spaatz advocated attacking the synthetic plants.", ("Spaatz", "advocated", "synthetic plants")),
    ("Harris disliked attacking Leuna.", ("Harris", "opposed", "Leuna")),
    ("The Enemy Objectives Unit, staffed by American economists such as Rostow and Kindleberger, chose oil.",
     ("Kindleberger", "memberOf", "Enemy Objectives Unit")),
    ("Hitler forbade Galland to send his fighters against the bombers.", ("Hitler", "ordered", "Galland")),
    ("In mid-September Spaatz and Tedder quarrelled again, Tedder wanting the bombers for the railways and Spaatz "
     "for the synthetic plants.", ("Spaatz", "advocated", "synthetic plants")),
    ("Portal had hoped that Harris would accept the directive; instead he received a long letter.",
     ("letter", "addressedTo", "Portal")),
    ("At the meeting of 25 March, Portal, who was in the chair, came down in favour of the railway plan.",
     ("Portal", "advocated", "railway plan")),
    ("The raid of 21 December on Pölitz, carried out by No. 5 Group, left the plant a ruin.",
     ("No. 5 Group", "attacked", "Pölitz")),
    ("Speer warned Hitler in a memorandum of 30 June that unless the plants were protected, the Luftwaffe would be "
     "grounded by September.", ("Speer", "stated", "unless the plants were protected, the Luftwaffe would be grounded "
                                "by September")),
    ("Bufton's minute of 3 March to Bottomley proposed that the oil plants be attacked first.",
     ("Bufton's minute", "addressedTo", "Bottomley")),
    ("Harris sent his bombers back to Wanne-Eickel, where the synthetic plant had escaped damage.",
     ("synthetic plant", "locatedIn", "Wanne-Eickel")),
    ("The refinery at Lobau, on the eastern edge of Vienna, was bombed by the Fifteenth Air Force.",
     ("Lobau", "locatedIn", "Vienna")),
    ("As chairman of the Combined Strategic Targets Committee, Bufton pressed for a return to the oil plants.",
     ("Bufton", "commands", "Combined Strategic Targets Committee")),
    ("As C-in-C of Bomber Command, Harris refused.", ("Harris", "commands", "Bomber Command")),
    ("Bufton pressed for a return to the oil plants whenever the weather allowed.", ("Bufton", "advocated", "oil plants")),
    ("Not until the end of January did Harris concede that the oil plants had been worth attacking.",
     ("Harris", "stated", "the oil plants had been worth attacking")),
    ("The Fifteenth Air Force lost 350 heavy bombers over Ploesti.", ("Fifteenth Air Force", "attacked", "Ploesti")),
    ("Both the British and the Americans bombed the Rhenania refinery at Harburg.",
     ("British", "attacked", "Rhenania refinery")),
    ("Speer's appointment of Geilenberg as commissioner for emergency measures gave the repairs a single head.",
     ("Geilenberg", "holdsPosition", "commissioner for emergency measures")),
    ("The Fifteenth returned to Ploesti in June, and by August the refineries there were producing little.",
     ("refineries", "locatedIn", "Ploesti")),
    ("The Americans' first blow against Leuna, on 12 May, was delivered by 224 Fortresses of the 1st Bombardment "
     "Division.", ("1st Bombardment Division", "attacked", "Leuna")),
    ("In November Bomber Command turned to blind-bombing the Ruhr plants.", ("Bomber Command", "attacked", "Ruhr plants")),
    ("Sir Charles Portal, Chief of the Air Staff since 1940, was the senior airman on the Combined Chiefs of Staff.",
     ("Portal", "memberOf", "Combined Chiefs of Staff")),
    ("Bufton, the senior officer on the Combined Strategic Targets Committee, pressed for oil.",
     ("Bufton", "memberOf", "Combined Strategic Targets Committee")),
    ("Göring reproached Galland for the failure of his fighters to stop the raids on the hydrogenation plants.",
     ("Göring", "criticized", "Galland")),
    ("Early in 1945 the Russians overran the synthetic plants of Upper Silesia, among them Blechhammer and Heydebreck.",
     ("Heydebreck", "locatedIn", "Upper Silesia")),
    ('Tedder\'s memorandum of 25 October, entitled "Notes on Air Policy to be adopted with a view to rapid defeat of '
     'Germany", argued for a single plan built around communications.', ("Tedder", "advocated", "communications")),
    ("The Germans built a ring of heavy guns around Leuna, the most heavily defended target in Europe.",
     ("Leuna", "locatedIn", "Europe")),
    ("In reply, Harris complained to Portal that the Air Staff was interfering.", ("Harris", "repliesTo", "Portal")),
    ("The planners at USSTAF and the Enemy Objectives Unit were agreed that oil should come first.",
     ("planners", "advocated", "oil")),
    ("Portal thought Harris's letter of 1 November unworthy of him, but he answered it patiently.",
     ("Harris's letter", "addressedTo", "Portal")),
    ("Twining's Fifteenth Air Force ended the war having dropped more bombs on oil targets than on any other kind "
     "of objective.", ("Fifteenth Air Force", "attacked", "oil targets")),
    ("Harris regarded the Ministry of Economic Warfare's experts as amateurs.", ("Harris", "criticized", "experts")),
    ("It fell to No. 617 Squadron, the dam-busters, to attack the hydrogenation plant at Pölitz with Tallboy bombs.",
     ("No. 617 Squadron", "taskedWith", "Pölitz")),
    ("It was left to the Fifteenth Air Force to attack Ploesti.", ("Fifteenth Air Force", "taskedWith", "Ploesti")),
    ("Speer put Edmund Geilenberg in charge of repairing the bombed plants.",
     ("Geilenberg", "taskedWith", "plants")),
    ("The Oberkommando der Wehrmacht reported in September that fuel shortages had immobilized the panzer divisions.",
     ("Oberkommando der Wehrmacht", "stated", "fuel shortages had immobilized the panzer divisions")),
    ("The bombing of the Ruhr plants in June cost Bomber Command 93 Lancasters but halved their output.",
     ("Bomber Command", "attacked", "Ruhr plants")),
    ("Portal, who had long believed in the oil plan, finally lost patience with Harris in January 1945.",
     ("Portal", "criticized", "Harris")),
    ("Portal, who had long believed in the oil plan, finally lost patience with Harris in January 1945.",
     ("Portal", "advocated", "oil plan")),
    ("Harris's critics in the Air Ministry, led by Bufton, pressed Portal to order him to bomb oil.",
     ("critics", "advocated", "oil")),
    ("Harris's critics in the Air Ministry, led by Bufton, pressed Portal to order him to bomb oil.",
     ("critics", "memberOf", "Air Ministry")),
    ("Hitler's order of 19 March 1945 to destroy Germany's industry was quietly sabotaged by Speer.",
     ("Speer", "opposed", "Hitler's order")),
    ("Spaatz ordered Doolittle to put every available bomber over the synthetic plants on the first clear day.",
     ("Doolittle", "taskedWith", "synthetic plants")),
    ("In his memoirs Speer called the attacks of 12 May the beginning of the end.", ("Speer", "authored", "Speer's memoirs")),
    ("The Americans struck the Wesseling plant near Cologne on 19 July, and Bomber Command returned to it two "
     "nights later.", ("Bomber Command", "attacked", "Wesseling")),
]

THIRTY_FOURTH_BATCH = [  # (session 20; checked by test_unseen_shapes_give_their_facts)
    ("Geilenberg, whom Hitler had appointed General Commissioner for Emergency Measures, ordered the dispersal.",
     ("Geilenberg", "holdsPosition", "General Commissioner for Emergency Measures")),
    ("Speer ordered the dispersal of the distillation plants into the hills of Thuringia.",
     ("distillation plants", "locatedIn", "Thuringia")),
    ("Speer moved the hydrogenation plant to Silesia.", ("hydrogenation plant", "locatedIn", "Silesia")),
    ("The Ninth Air Force bombed the marshalling yards at Hamm.", ("Ninth Air Force", "attacked", "marshalling yards")),
    ("A change that Kepner, commanding VIII Fighter Command, welcomed.", ("Kepner", "commands", "VIII Fighter Command")),
    ("Churchill minuted to Portal that he hoped the bomber offensive against oil would not be relaxed.",
     ("Churchill", "advocated", "oil")),
    ("The hydrogenation works at Scholven in the Ruhr was bombed by the Eighth.",
     ("Eighth Air Force", "attacked", "Scholven")),
    ("Among those who pressed hardest for the oil plan was Colonel Richard Hughes.",
     ("Richard Hughes", "advocated", "oil plan")),
    ("The refinery at Heide in Schleswig-Holstein was attacked by Bomber Command.",
     ("Heide", "locatedIn", "Schleswig-Holstein")),
    ("The plants the Eighth bombed in May were rebuilt.", ("Eighth Air Force", "attacked", "plants")),
    ("Leuna was among the plants that the Eighth bombed.", ("Eighth Air Force", "attacked", "Leuna")),
    ("The Romano Americana refinery was among the plants the Fifteenth destroyed at Ploesti.",
     ("Fifteenth Air Force", "attacked", "Romano Americana refinery")),
    ("The Air Staff instructed Harris to give the Ruhr plants priority over all other targets.",
     ("Harris", "taskedWith", "Ruhr plants")),
    ("The Eighth took Leuna, while Bomber Command was to deal with the Ruhr.", ("Bomber Command", "taskedWith", "Ruhr")),
    ("LONDON, Sept. 12 (AP) - American heavy bombers today struck synthetic oil plants at Magdeburg, the Air "
     "Ministry announced tonight.", ("synthetic oil plants", "locatedIn", "Magdeburg")),
    ("Bombing through cloud, the Eighth hit the Merseburg area eleven times.", ("Eighth Air Force", "attacked", "Merseburg")),
    ("The weekly bulletin, circulated to SHAEF and the Air Ministry, listed Pölitz as the most urgent target.",
     ("weekly bulletin", "addressedTo", "Air Ministry")),
    ("The committee's weekly bulletin listed Pölitz.", ("committee", "authored", "committee's weekly bulletin")),
    ("Robb chaired the committee that allocated the bombers.", ("Robb", "commands", "committee")),
    ("The refinery at Ploesti known as Astra Romana was the largest in Europe.", ("Astra Romana", "locatedIn", "Ploesti")),
    ("A plant called Odertal, near Blechhammer, was bombed by the Fifteenth.",
     ("Fifteenth Air Force", "attacked", "Odertal")),
    ("Krauch, the plenipotentiary for chemical production, warned Göring in a letter of 28 July that the chemical "
     "industry could not survive further attacks.",
     ("letter", "addressedTo", "Göring")),
    ("Doolittle ordered a maximum effort against the oil plants at Hamburg and Bremen.",
     ("oil plants", "locatedIn", "Bremen")),
    ("Hitler forbade any reduction, though Speer pleaded that fuel for the fighters no longer existed.",
     ("Speer", "stated", "fuel for the fighters no longer existed")),
    ("Harris's letter was answered not by Portal but by his deputy, Bottomley.", ("Bottomley", "repliesTo", "Harris")),
    ("The French railways, not the German oil plants, were what Tedder wanted to destroy before D-Day.",
     ("Tedder", "advocated", "French railways")),
    ("Leuna was what the Eighth bombed first.", ("Eighth Air Force", "attacked", "Leuna")),
    ("Portal considered Harris's reply unsatisfactory and told Bottomley to draft a firmer letter.",
     ("Portal", "ordered", "Bottomley")),
    ("The 1st Division attacked Merseburg, while the 3rd Division went to the refinery at Bohlen.",
     ("3rd Division", "attacked", "Böhlen")),
    ("A memorandum from the Economic Objectives Unit in London made the case for oil.",
     ("Economic Objectives Unit", "authored", "memorandum")),
    ("The Germans brought the Pölitz plant back into production, which forced Bomber Command to attack it again.",
     ("Bomber Command", "attacked", "Pölitz")),
    ("Both Spaatz and Harris resented the attempt by SHAEF to control the strategic bombers.",
     ("Harris", "opposed", "SHAEF")),
    ("The Luftwaffe's Jagdkorps I, under General Schmid, was ordered to concentrate its fighters over the plants.",
     ("Schmid", "commands", "Jagdkorps I")),
    ("The plant at Wesseling was hit by Bomber Command on the night of 18 July and by the Eighth two days later.",
     ("Eighth Air Force", "attacked", "Wesseling")),
    ("Spaatz's message to Doolittle on 8 June ordered that every bomber be sent against the oil plants.",
     ("Spaatz's message", "addressedTo", "Doolittle")),
    ("The Air Ministry sent Harris a copy of the Enigma decrypts showing the fuel crisis of the German army.",
     ("Enigma decrypts", "addressedTo", "Harris")),
    ("Eisenhower's decision, announced on 25 March, gave the transportation plan first call on the bombers.",
     ("Eisenhower", "advocated", "transportation plan")),
    ("Zeitz and Böhlen, two Brabag plants south of Leipzig, were attacked by the 1st Division on 20 July.",
     ("Böhlen", "locatedIn", "Leipzig")),
    ("Zeitz and Böhlen, two Brabag plants south of Leipzig, were attacked by the 1st Division on 20 July.",
     ("1st Division", "attacked", "Zeitz")),
    ("Bufton drafted, and Bottomley signed, the directive of 1 November that made petroleum the first priority.",
     ("Bottomley", "authored", "directive")),
    ("The Americans' first attack on Pölitz, on 20 June, was carried out by the 2nd Bombardment Division.",
     ("2nd Bombardment Division", "attacked", "Pölitz")),
]

THIRTY_FIFTH_BATCH = [  # (session 21; checked by test_unseen_shapes_give_their_facts)
    ("The Joint Intelligence Committee doubted that Germany could survive the loss of its plants, and Portal forwarded its paper to Harris.",
     ("Joint Intelligence Committee", "authored", "Joint Intelligence Committee's paper")),
    ("Bufton argued in a paper that the oil plants should come before every other target.",
     ("Bufton", "advocated", "oil plants")),
    ("Harris was told by the Air Staff to attack Bottrop.", ("Air Staff", "ordered", "Harris")),
    ("Tedder circulated a paper to the Chiefs of Staff. Portal sent a copy to Harris.", ("copy", "basedOn", "paper")),
    ("Tedder circulated a paper to the Chiefs of Staff. Portal sent a copy to Harris.", ("copy", "addressedTo", "Harris")),
    ("Arnold sent Spaatz a copy of the Committee of Operations Analysts' report.",
     ("Committee of Operations Analysts", "authored", "Committee of Operations Analysts' report")),
    ("Arnold sent Spaatz a copy of the Committee of Operations Analysts' report.",
     ("Committee of Operations Analysts' report", "addressedTo", "Spaatz")),
    ("In a letter to Spaatz dated 14 September, Lovett praised the oil campaign.", ("Lovett", "authored", "letter")),
    ("In a letter to Spaatz dated 14 September, Lovett praised the oil campaign.", ("Lovett", "advocated", "oil campaign")),
    ("The crude-oil refineries of Hungary, at Almásfüzitő, Szőny and Budapest, were bombed by the Fifteenth.",
     ("crude oil refineries", "locatedIn", "Szőny")),
    ("Harris argued that the benzol plants were not worth the bombs; Bufton replied that they mattered.",
     ("Bufton", "repliesTo", "Harris")),
    ("Bufton wrote that the benzol plants supplied a fifth of the Luftwaffe's fuel.",
     ("benzol plants", "supplies", "Luftwaffe")),
    ("The refinery at Ödenburg was so small that the planners of the Fifteenth struck it only once.",
     ("Fifteenth Air Force", "attacked", "refinery")),
    ("Soviet troops overran the oilfields, ending the Fifteenth's long campaign against them.",
     ("Fifteenth Air Force", "participatedIn", "campaign")),
    ("Soviet troops attacked Ploesti in August.", ("Red Army", "attacked", "Ploesti")),
    ("Leuna, the largest of the synthetic plants, was attacked twenty-two times between May 1944 and April 1945, "
     "twenty by the Eighth and two by Bomber Command.", ("Bomber Command", "attacked", "Leuna")),
    ("Leuna, the largest of the synthetic plants, was attacked twenty-two times between May 1944 and April 1945, "
     "twenty by the Eighth and two by Bomber Command.", ("Eighth Air Force", "attacked", "Leuna")),
    ("A week later the Fifteenth returned to Ploesti, whose refineries had been only partly repaired.",
     ("refineries", "locatedIn", "Ploesti")),
    ("The Eighth set out for Pölitz on 12 May.", ("Eighth Air Force", "attacked", "Pölitz")),
    ("On 12 May 935 bombers of the Eighth set out for the synthetic plants at Zwickau and Böhlen.",
     ("Eighth Air Force", "attacked", "synthetic plants")),
    ("Zuckerman, scientific adviser to Tedder, had worked out the transportation plan before the invasion.",
     ("Zuckerman", "advocated", "transportation plan")),
    ("The raid on Pölitz on the night of 21 December, carried out by No. 5 Group, wrecked the hydrogenation stalls.",
     ("No. 5 Group", "participatedIn", "raid")),
    ("The Eighth's bombers wrecked the hydrogenation stalls at Leuna.",
     ("Eighth Air Force", "attacked", "hydrogenation stalls")),
    ("In mid-July the Fifteenth Air Force began a series of raids on the Silesian synthetic plants.",
     ("Fifteenth Air Force", "attacked", "Silesian synthetic plants")),
    ("In mid-July the Fifteenth Air Force began a series of raids on the Silesian synthetic plants.",
     ("Fifteenth Air Force", "participatedIn", "raids")),
    ("After the Eighth's attack of 12 May, the Leuna works stood idle for ten days.",
     ("Eighth Air Force", "participatedIn", "attack")),
    ("The Ministry of Economic Warfare had long argued that oil was Germany's weakest point.",
     ("MEW", "advocated", "oil")),
    ("Half of the Reich's aviation spirit came from just two plants, Leuna and Pölitz.", ("Pölitz", "supplies", "Germany")),
    ("The Fifteenth Air Force bombed the marshalling yards in the Balkans.", ("marshalling yards", "locatedIn", "Balkans")),
    ("Tedder wrote to Portal that the oil plan and the transportation plan should be combined into a single programme.",
     ("Tedder", "advocated", "transportation plan")),
    ("Spaatz's headquarters at Bushy Park, USSTAF, issued the operational directive each week.",
     ("USSTAF", "issued", "operational directive")),
    ("Spaatz's headquarters at Bushy Park, USSTAF, issued the operational directive each week.",
     ("Spaatz", "commands", "USSTAF")),
    ("A captured German report of December admitted that the plants could not be kept in operation.",
     ("German report", "date", "--12")),
    ("In November Bomber Command turned to blind-bombing the Ruhr plants with Oboe.",
     ("Bomber Command", "attacked", "Ruhr plants")),
    ("The attack on Zeitz by 300 Fortresses of the 3rd Air Division on 20 July cut the plant's output by half.",
     ("3rd Air Division", "participatedIn", "attack")),
    ("Bufton sent Portal a note on 2 November arguing that the Ruhr plants should be bombed by night.",
     ("Bufton", "authored", "note")),
    ("Harris wrote to Portal that he had no intention of abandoning the attack on German cities.",
     ("Harris", "advocated", "German cities")),
    ("Portal did not relax the offensive against oil.", ("Portal", "advocated", "offensive")),
    ("Bottomley's directive to Harris of 13 October, which Bufton had drafted, ordered Bomber Command to attack.",
     ("Bufton", "authored", "Bottomley's directive")),
    ("Eisenhower backed Spaatz, and on 19 April he authorized two days of attacks on the oil plants.",
     ("Eisenhower", "advocated", "oil plants")),
    ("General Kepner, commanding VIII Fighter Command, argued that his Mustangs should be freed.",
     ("Kepner", "commands", "VIII Fighter Command")),
    ("Portal and Tedder disagreed about the transportation plan, which Portal thought a diversion from the real task.",
     ("Portal", "opposed", "transportation plan")),
    ("Göring forbade any further reduction in the fighters' training hours, but Galland ignored him.",
     ("Galland", "opposed", "Göring")),
    ("Spaatz's plan for the oil offensive reached Eisenhower on 5 March.", ("Spaatz", "advocated", "oil offensive")),
    ("At a meeting at SHAEF, Spaatz argued for the oil plan and Tedder for the transportation plan.",
     ("Spaatz", "advocated", "oil plan")),
    ("Hughes, the American member of the Combined Strategic Targets Committee, persuaded his British colleagues to "
     "rank oil above transportation.", ("Hughes", "advocated", "oil")),
    ("It was Tedder who persuaded Eisenhower to accept the transportation plan.",
     ("Tedder", "advocated", "transportation plan")),
    ("The Eighth Air Force took part in Overlord.", ("Eighth Air Force", "participatedIn", "Overlord")),
    ("The bombing of the Böhlen plant on 7 October by the Eighth Air Force stopped production there.",
     ("Eighth Air Force", "attacked", "Böhlen")),
    ("Bufton pressed Bottomley to insist that Harris attack the synthetic plants at Bottrop before the cities.",
     ("Bufton", "advocated", "synthetic plants")),
    ("Arnold pressed Spaatz to use the new radar aids against the oil plants in bad weather.",
     ("Arnold", "advocated", "oil plants")),
    ("Portal reminded Harris that the directive of 1 November still stood and that oil came first.",
     ("Portal", "advocated", "oil")),
    ("When Portal asked for a report, Bufton replied with figures showing that Bomber Command had hit oil targets on "
     "only six nights.", ("Bomber Command", "attacked", "oil targets")),
    ("The Wesseling plant of the Union Rheinische Braunkohlen Kraftstoff company lay on the Rhine south of Cologne.",
     ("Wesseling", "locatedIn", "Rhine")),
    ("Portal sent Harris's letter on to Bufton, who drafted the reply that Portal signed on 22 December.",
     ("Portal", "authored", "reply")),
]


THIRTY_SIXTH_BATCH = [  # (session 22; checked by test_unseen_shapes_give_their_facts)
    ("The Ministry estimated that Pölitz, on the Oder near Stettin, produced much fuel.", ("Pölitz", "locatedIn", "Stettin")),
    ("Tedder asked that the railways be given an equal claim on the bombers.", ("Tedder", "advocated", "railways")),
    ("Tedder argued that the railways should have first claim on the heavy bombers.", ("Tedder", "advocated", "railways")),
    ("Portal's letter of 5 November was drafted by Bufton; Harris received it two days later.",
     ("Bufton", "authored", "Portal's letter")),
    ("Portal's letter of 5 November was drafted by Bufton; Harris received it two days later.",
     ("Portal's letter", "addressedTo", "Harris")),
    ("The Combined Strategic Targets Committee met weekly. Bufton was its chairman.",
     ("Bufton", "commands", "Combined Strategic Targets Committee")),
    ("The Combined Strategic Targets Committee was set up with Bufton and Maxwell as its joint chairmen.",
     ("Maxwell", "commands", "Combined Strategic Targets Committee")),
    ("Bomber Command's night raid on Wesseling on 18 July cost the plant almost all of its output.",
     ("Bomber Command", "attacked", "Wesseling")),
    ("Bomber Command's night raid on Pölitz destroyed the plant.", ("Bomber Command", "participatedIn", "night raid")),
    ("Eisenhower approved Spaatz's request to bomb the synthetic plants.", ("Eisenhower", "advocated", "synthetic plants")),
    ("Harris opposed Spaatz's request to bomb the synthetic plants.", ("Harris", "opposed", "synthetic plants")),
    ("Portal considered that Harris had failed to carry out the directive.", ("Portal", "criticized", "Harris")),
    ("The Americans flew their first mission against Ploesti from Libya in August 1943.",
     ("Americans", "attacked", "Ploesti")),
    ("Göring told his staff in a conference on 23 June that the fuel situation had become catastrophic.",
     ("Göring", "participatedIn", "conference")),
    ("The oil directive was the work of the Air Staff's Directorate of Bomber Operations, headed by Bufton.",
     ("Bufton", "commands", "Directorate of Bomber Operations")),
    ("The oil directive was the work of the Air Staff's Directorate of Bomber Operations, headed by Bufton.",
     ("Directorate of Bomber Operations", "authored", "oil directive")),
    ("The draft was largely Bufton's work.", ("Bufton", "authored", "draft")),
    ("Bomber Command dropped more bombs on Essen than on Leuna.", ("Bomber Command", "attacked", "Leuna")),
    ("Spaatz protested to Eisenhower that diverting the heavy bombers to the Crossbow sites would give the "
     "synthetic plants time to recover.", ("Spaatz", "opposed", "Crossbow sites")),
    ("Portal minuted to the Secretary of State, Sir Archibald Sinclair, that Harris's attitude to the oil plan "
     "was 'most unsatisfactory'.", ("Portal", "criticized", "Harris")),
    ("After the bombers had wrecked the Ruhland plant, Speer sent Geilenberg to organize its repair.",
     ("Geilenberg", "taskedWith", "Ruhland")),
    ("Krauch, Göring's plenipotentiary for chemical production and a director of I.G. Farben, warned Hitler in June "
     "that the loss of the hydrogenation plants would be fatal.",
     ("Krauch", "stated", "the loss of the hydrogenation plants would be fatal")),
    ("Harris never forgave the Air Staff for what he regarded as interference.", ("Harris", "criticized", "Air Staff")),
    ("Doolittle told his group commanders on 14 May that oil was to be the Eighth's main target.",
     ("Doolittle", "advocated", "oil")),
    ("The Germans put the Pölitz plant back into operation, only for No. 5 Group to wreck it again in August.",
     ("No. 5 Group", "attacked", "Pölitz")),
    ("Eaker, now commanding the Mediterranean Allied Air Forces from Caserta, was told by Arnold to give Ploesti "
     "priority over every other target.", ("Eaker", "commands", "Mediterranean Allied Air Forces")),
    ("Eaker, now commanding the Mediterranean Allied Air Forces from Caserta, was told by Arnold to give Ploesti "
     "priority over every other target.", ("Arnold", "ordered", "Eaker")),
    ("Bottomley replied to Harris on Portal's instructions.", ("Portal", "ordered", "Bottomley")),
    ("Three groups of the Fifteenth Air Force's B-24s struck the Blechhammer South plant on 27 June and the Odertal "
     "refinery on 7 July.", ("Fifteenth Air Force", "attacked", "Odertal")),
    ("The report of the Combined Intelligence Committee for the week ending 30 September was circulated to the "
     "Chiefs of Staff and to SHAEF.", ("report", "addressedTo", "SHAEF")),
    ("The report of the Combined Intelligence Committee for the week ending 30 September was circulated to the "
     "Chiefs of Staff and to SHAEF.", ("report", "addressedTo", "Chiefs of Staff")),
    ("Spaatz ordered Doolittle to send the Eighth against Merseburg whenever the weather over central Germany "
     "allowed visual bombing.", ("Doolittle", "taskedWith", "Merseburg")),
    ("The joint directive was addressed to Harris at Bomber Command and to Doolittle at the Eighth Air Force.",
     ("joint directive", "addressedTo", "Doolittle")),
    ("The joint directive was addressed to Harris at Bomber Command and to Doolittle at the Eighth Air Force.",
     ("Harris", "memberOf", "Bomber Command")),
    ("The Eighth Air Force's heaviest blow against oil fell on 12 September.", ("Eighth Air Force", "attacked", "oil")),
    ("Harris's reply of 1 November, drafted at High Wycombe by his deputy Saundby, reached Portal the next day.",
     ("Saundby", "authored", "Harris's reply")),
    ("Harris's reply of 1 November, drafted at High Wycombe by his deputy Saundby, reached Portal the next day.",
     ("Harris's reply", "addressedTo", "Portal")),
    ("The Enemy Objectives Unit's Kindleberger argued in a memorandum to Spaatz that the Germans could not disperse "
     "a hydrogenation plant.", ("Kindleberger", "memberOf", "Enemy Objectives Unit")),
    ("In December the Air Staff drafted a new directive for Harris which again put oil at the top of the list.",
     ("Air Staff", "advocated", "oil")),
    ("The Böhlen plant of the Braunkohle-Benzin company, south of Leipzig, was attacked on 20 July.",
     ("Böhlen", "locatedIn", "Leipzig")),
    ("A Luftwaffe fuel report of 30 September, captured after the war, showed stocks of aviation fuel down to "
     "180,000 tons.", ("Luftwaffe", "authored", "Luftwaffe's fuel report")),
    ("Speer's report to Hitler of 30 June, the second of his fuel memoranda, warned that by September the "
     "Luftwaffe's needs could no longer be met.", ("Speer", "authored", "Speer's fuel memoranda")),
    ("The Eighth's bombers struck Merseburg again on 7 October; Bomber Command followed with a night attack on "
     "Wanne-Eickel.", ("Eighth Air Force", "attacked", "Merseburg")),
    ("The Eighth's bombers struck Merseburg again on 7 October; Bomber Command followed with a night attack on "
     "Wanne-Eickel.", ("Bomber Command", "participatedIn", "night attack")),
    ("The oil plan, drafted by the Enemy Objectives Unit and sent to Spaatz on 5 March, listed fourteen synthetic "
     "plants.", ("oil plan", "addressedTo", "Spaatz")),
    ("Spaatz argued before the Combined Chiefs that the heavy bombers should not be diverted from oil to support "
     "the armies.", ("Spaatz", "advocated", "oil")),
]


def test_a_plan_a_relative_clause_says_was_written_is_a_paper_and_its_writers_wrote_it(extract_facts):
    facts = extract_facts("The plan of the Enemy Objectives Unit, which Kindleberger and Rostow had helped to write, "
                          "put oil at the head of the list.")
    assert {("Kindleberger", "authored", "plan"), ("Rostow", "authored", "plan"),
            ("Enemy Objectives Unit", "authored", "plan"), ("Enemy Objectives Unit", "advocated", "oil")} <= facts, \
        sorted(facts)


def test_directing_a_deed_orders_no_one(extract_facts):
    facts = extract_facts("Bomber Command's attacks on the Ruhr synthetic plants were directed by Harris himself.")
    assert not [f for f in facts if f[1] == "ordered"], sorted(facts)
    assert ("Bomber Command", "attacked", "Ruhr synthetic plants") in facts, sorted(facts)


def test_a_saying_about_someones_failing_criticizes_them(extract_facts):
    facts = extract_facts("Tedder wrote to Portal that Harris's obstinacy was costing the Allies dearly.")
    assert ("Tedder", "criticized", "Harris") in facts, sorted(facts)
    facts = extract_facts("Portal said that Harris's caution was wise.")
    assert not [f for f in facts if f[1] == "criticized"], sorted(facts)


def test_a_decisive_effect_foreseen_for_a_deed_calls_for_it_but_one_judged_after_does_not(extract_facts):
    facts = extract_facts("Zuckerman argued that the destruction of the French railways would cripple the German army.")
    assert ("Zuckerman", "advocated", "French railways") in facts, sorted(facts)
    facts = extract_facts("After the war Speer told his interrogators that the attacks on the hydrogenation plants had "
                          "decided the war.")
    assert not [f for f in facts if f[1] == "advocated"], sorted(facts)


def test_an_answer_that_was_to_attack_is_no_task(extract_facts):
    facts = extract_facts("Harris's answer to the directive of 25 September was to send 1,000 bombers against Duisburg.")
    assert not [f for f in facts if f[1] == "taskedWith"], sorted(facts)


def test_a_complaint_that_something_comes_first_is_no_call_for_it(extract_facts):
    facts = extract_facts("Harris complained that oil came first.")
    assert not [f for f in facts if f[1] == "advocated"], sorted(facts)


def test_a_members_noun_set_off_after_a_name_is_that_person(extract_facts):
    facts = extract_facts("Hughes, the American member of the Combined Strategic Targets Committee, persuaded his "
                          "British colleagues.")
    assert ("Hughes", "memberOf", "Combined Strategic Targets Committee") in facts, sorted(facts)
    assert not [f for f in facts if f[0] == "American member"], sorted(facts)


def test_an_intention_is_no_deed(extract_facts):
    facts = extract_facts("Harris had every intention of attacking Leuna.")
    assert not [f for f in facts if f[1] == "attacked"], sorted(facts)
    facts = extract_facts("Harris had no intention of attacking Leuna.")
    assert not [f for f in facts if f[1] == "attacked"], sorted(facts)


def test_a_note_sent_on_with_another_writer_is_not_the_senders(extract_facts):
    facts = extract_facts("Portal sent Harris a note by Bufton arguing that the Ruhr plants should be bombed.")
    assert ("Portal", "authored", "note") not in facts, sorted(facts)


def test_a_counted_noun_named_after_a_comma_gives_its_facts_to_the_names_alone(extract_facts):
    facts = extract_facts("Half of the Reich's aviation spirit came from just two plants, Leuna and Pölitz.")
    assert not [f for f in facts if f[0] == "plants" and f[1] != "quantity"], sorted(facts)


def test_their_deeds_are_not_read_as_taken_part_in_by_the_body_before(extract_facts):
    facts = extract_facts("The Combined Chiefs of Staff placed the strategic air forces under Eisenhower's direction "
                          "in April, and Tedder coordinated their operations.")
    assert not [f for f in facts if f[1] == "participatedIn"], sorted(facts)


def test_a_journey_for_a_town_is_no_attack(extract_facts):
    facts = extract_facts("Spaatz left for London on 12 May, and the Eighth set out for England.")
    assert not [f for f in facts if f[1] == "attacked"], sorted(facts)


def test_a_plan_is_its_makers_not_a_campaign_he_took_part_in(extract_facts):
    facts = extract_facts("Portal rejected Tedder's transportation plan in November.")
    assert not [f for f in facts if f[1] == "participatedIn"], sorted(facts)


def test_a_place_set_off_after_an_of_phrase_places_the_noun_not_the_place_before_it(extract_facts):
    facts = extract_facts("The crude-oil refineries of Hungary, at Almásfüzitő and Budapest, were bombed by the Fifteenth.")
    assert ("crude oil refineries", "locatedIn", "Almásfüzitő") in facts, sorted(facts)
    assert not [f for f in facts if f[0] == "Hungary"], sorted(facts)


def test_a_message_sent_nowhere_is_no_document(extract_facts):
    facts = extract_facts("Portal then tried to soften his message, saying he was pleased.")
    assert not [f for f in facts if f[1] == "authored"], facts


def test_a_force_going_to_a_town_or_a_person_going_anywhere_attacks_nothing(extract_facts):
    for text in ("Spaatz went to London.", "The Eighth Air Force went to Leipzig.",
                 "Arnold's chief of staff, General Giles, visited Spaatz at his headquarters near London."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] in ("attacked", "memberOf")], facts


def test_what_a_force_could_not_reach_it_did_not_attack(extract_facts):
    facts = extract_facts("From Italy, the Fifteenth Air Force could reach the refineries of Vienna, which the Eighth "
                          "could not.")
    assert not [f for f in facts if f[0] == "Eighth Air Force" and f[1] == "attacked"], facts


def test_asking_why_a_force_had_not_returned_is_no_attack(extract_facts):
    facts = extract_facts("In a letter of 5 November to Spaatz, Arnold asked why the Eighth had not returned to Merseburg.")
    assert ("Arnold", "authored", "letter") in facts, facts
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_telling_someone_something_is_no_order(extract_facts):
    facts = extract_facts("Portal told Harris that oil came first.")
    assert not [f for f in facts if f[1] == "ordered"], facts


def test_one_denied_in_a_coordination_is_no_argument(extract_facts):
    facts = extract_facts("Harris's letter was answered not by Portal but by his deputy, Bottomley.")
    assert not [f for f in facts if f[0] == "Portal" and f[1] == "repliesTo"], facts
    facts = extract_facts("The Eighth, not Bomber Command, attacked Leuna.")
    assert ("Eighth Air Force", "attacked", "Leuna") in facts and \
        not [f for f in facts if f[0] == "Bomber Command"], facts
    # (but "not only X but also Y" denies neither)
    facts = extract_facts("The Oil Plan was opposed not only by Harris but also by Tedder.")
    assert ("Harris", "opposed", "Oil Plan") in facts and ("Tedder", "opposed", "Oil Plan") in facts, facts


def test_a_bodys_division_is_part_of_the_body_not_an_army_division(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("The Survey's oil division concluded that the attacks had been decisive.")
    ms = {m.text: m.types[:1] for m in Extractor(ontology).mentions.find(doc)}
    assert ms["oil division"] == ["GovernmentBody"], ms


def test_a_staff_under_a_deputy_is_not_his_command(extract_facts):
    facts = extract_facts("The attacks were planned by the staff of USSTAF under General Anderson, its Deputy "
                          "Commanding General for Operations.")
    assert ("Frederick Anderson", "memberOf", "USSTAF") in facts, facts
    assert not [f for f in facts if f[1] == "commands"], facts


def test_a_bare_body_word_is_no_entity_without_what_picks_it_out(extract_facts):
    facts = extract_facts("The committee met weekly and the committee favoured oil.")
    assert not [f for f in facts if f[0] == "committee"], facts


def test_the_owner_of_a_plant_is_a_firm(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("Lützkendorf, a small synthetic plant owned by Kramer, lay west of Leipzig.")
    ms = {m.text: m.types[:1] for m in Extractor(ontology).mentions.find(doc)}
    assert ms["Kramer"] == ["Organization"], ms


def test_a_numbered_command_is_not_the_raf_command_of_that_name(extract_facts):
    facts = extract_facts("IX Bomber Command bombed the bridges.")
    assert ("IX Bomber Command", "attacked", "bridges") in facts, facts
    assert not [f for f in facts if f[0] == "Bomber Command"], facts


def test_bombs_that_fell_on_the_towns_rather_than_the_refineries_attacked_no_refinery(extract_facts):
    facts = extract_facts("In October the weather forced the Eighth to bomb through cloud, and most of its bombs "
                          "fell on the towns rather than on the refineries.")
    assert not [f for f in facts if f[1] == "attacked" and f[2] == "refineries"], facts


def test_a_division_ordered_to_attack_is_tasked_not_yet_an_attacker(extract_facts):
    facts = extract_facts("Doolittle ordered the 2nd Bombardment Division to attack the refinery at Misburg near "
                          "Hanover the following morning.")
    assert ("2nd Bombardment Division", "taskedWith", "refinery") in facts, facts
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_hoping_a_thing_goes_on_is_no_call_for_its_opposite(extract_facts):
    facts = extract_facts("Harris hoped that the attacks on the synthetic plants would stop.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_a_perfect_read_as_have_with_a_modifier_carries_no_attack(extract_facts):
    facts = extract_facts("The Enemy Objectives Unit, which had long championed attacks on oil, distrusted the railway plan.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_one_who_held_a_post_another_took_is_a_person(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("Kehrl, who had succeeded Wenck as head of the planning office, said that the stocks were gone.")
    wenck = next(m for m in Extractor(ontology).mentions.find(doc) if m.text == "Wenck")
    assert wenck.types[:1] == ["Person"], wenck


def test_asking_whether_a_force_was_doing_all_it_could_against_a_target_is_no_attack(extract_facts):
    # (an own-gold absent check moved here: other passages rightly have Bomber Command attack oil)
    facts = extract_facts("Churchill minuted Portal on 4 November asking whether Bomber Command was doing all it "
                          "could against oil.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_asking_whether_a_force_could_spare_bombers_for_an_attack_is_no_attack(extract_facts):
    # (an own-gold absent check moved here: other passages rightly have the Eighth attack the refineries)
    facts = extract_facts("Arnold cabled Spaatz on 14 June asking whether the Eighth could spare bombers for a "
                          "second attack on the Ploesti refineries.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_defences_that_hid_the_targets_from_the_bombers_are_no_attack(extract_facts):
    # (an own-gold absent check moved here: other passages rightly have the Fifteenth attack refineries)
    facts = extract_facts("The refineries at Ploesti were defended by some 250 heavy flak guns and by smoke "
                          "generators, which often hid the targets from the bomb-aimers of the Fifteenth Air Force.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    assert ("refineries", "locatedIn", "Ploesti") in facts, facts


def test_a_quotation_going_on_after_its_speaker_reports_no_deed(extract_facts):
    facts = extract_facts('"The Allies are now able," Speer wrote to Hitler, "to halt our production by bombing the '
                          'hydrogenation plants."')
    assert not [f for f in facts if f[1] == "attacked"], facts
    # (nor a deed that is the means of a plan: "was to cripple the Reich by bombing its refineries")
    facts = extract_facts("The Fifteenth Air Force was to cripple the Reich by bombing the refineries at Ploesti.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_a_body_one_was_never_a_member_of_has_no_member(extract_facts):
    facts = extract_facts("The Joint Intelligence Committee, of which Bufton was never a member, met in London.")
    assert not [f for f in facts if f[1] == "memberOf"], facts


def test_a_list_of_plant_towns_with_a_plural_apposition_is_a_list_of_plants(extract_facts, nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("Zeitz, Böhlen and Magdeburg, the three synthetic plants nearest Leipzig, were hit by the Americans.")
    ms = {m.text: m.types[:1] for m in Extractor(ontology).mentions.find(doc)}
    assert ms["Magdeburg"] == ["Facility"], ms
    # (the plural apposition names the list, not its first name)
    facts = extract_facts(doc.text)
    assert ("Americans", "attacked", "Magdeburg") in facts and ("Americans", "attacked", "Zeitz") in facts, facts


def test_a_gapped_clause_gives_its_own_subject_its_own_phrase(extract_facts):
    facts = extract_facts("In mid-September Spaatz and Tedder quarrelled again, Tedder wanting the bombers for the "
                          "railways and Spaatz for the synthetic plants.")
    assert ("Tedder", "advocated", "railways") in facts, facts
    assert ("Tedder", "advocated", "synthetic plants") not in facts and ("Spaatz", "advocated", "railways") not in facts
    # (and the month is no part of the name: "mid-September Spaatz")
    assert not [f for f in facts if "September" in f[0]], facts


def test_leave_to_attack_given_to_someone_is_no_attack_by_the_giver(extract_facts):
    facts = extract_facts("Eisenhower gave Spaatz leave to attack oil whenever the weather allowed.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_a_document_dated_in_a_set_off_participle_has_that_date(extract_facts):
    facts = extract_facts("A report by the Ministry of Economic Warfare, dated 15 June, put German fuel production "
                          "at half its level of March.")
    assert ("report", "date", "--06-15") in facts, facts


def test_a_quotation_after_entitled_is_the_documents_title(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp('Tedder\'s memorandum of 25 October, entitled "Notes on Air Policy to be adopted with a view to rapid '
              'defeat of Germany", argued for a single plan.')
    from graph.coref import resolve_pronouns

    ms = Extractor(ontology).mentions.find(doc)
    title = next(m for m in ms if m.text.startswith("Notes on Air Policy"))
    assert title.types[:1] == ["Document"] and title.end - title.start > 10, title
    # (and it is the memorandum it names)
    assert resolve_pronouns(doc, ms)[title.head].text == "memorandum"


def test_sabotaging_an_order_to_destroy_a_thing_is_no_stance_on_the_thing(extract_facts):
    facts = extract_facts("Hitler's order of 19 March 1945 to destroy Germany's industry was quietly sabotaged by Speer.")
    assert [f for f in facts if f[1] == "opposed"] == [("Speer", "opposed", "Hitler's order")], facts


def test_a_time_is_never_the_target_of_a_deed_ordered(extract_facts):
    facts = extract_facts("Spaatz ordered Doolittle to put every available bomber over the synthetic plants on the "
                          "first clear day.")
    assert not [f for f in facts if f[2] == "day"], facts


def test_a_month_coordinated_with_a_month_is_no_name(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("According to Speer, the raids on Leuna in July and August cut its output.")
    assert not [m for m in Extractor(ontology).mentions.find(doc) if m.text == "August"]


def test_what_falls_to_one_is_no_stance(extract_facts):
    facts = extract_facts("It fell to No. 617 Squadron to attack the hydrogenation plant at Pölitz.")
    assert not [f for f in facts if f[1] == "advocated"], facts
    # (nor is what is left to someone without "it" a task: "the plants left to the Germans")
    facts = extract_facts("The refineries left to the Germans after August produced little.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts


def test_it_was_x_not_y_who_gives_y_nothing(extract_facts):
    facts = extract_facts("It was Tedder, not Harris, who first saw that the German army's shortage of fuel would be "
                          "decisive in the West.")
    assert not [f for f in facts if f[0] == "Harris"], facts


def test_fighters_lost_over_a_place_are_no_attack_on_it(extract_facts):
    facts = extract_facts("The Luftwaffe lost 40 fighters over the Ruhr.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_a_doing_one_is_for_or_against_is_no_deed(extract_facts):
    for text in ("Spaatz advocated attacking the synthetic plants.", "Harris resisted attacking the synthetic plants."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] == "attacked"], facts
    # (a plant named after a list with a plural apposition is not placed with the list)
    facts = extract_facts("The Eighth bombed Leuna and Böhlen, the two plants near Leipzig, as well as the refinery "
                          "at Ruhland.")
    assert ("Ruhland", "locatedIn", "Leipzig") not in facts, facts


def test_a_document_one_is_told_to_issue_is_no_task(extract_facts):
    facts = extract_facts("The Chiefs of Staff directed Portal to issue a new directive.")
    assert ("Chiefs of Staff", "ordered", "Portal") in facts, facts
    assert not [f for f in facts if f[1] == "taskedWith"], facts


THIRTY_SEVENTH_BATCH = [  # (session 23; checked by test_unseen_shapes_give_their_facts)
    ("Tedder persuaded Eisenhower that the railway centres should come before the oil plants.",
     ("Tedder", "advocated", "railway centres")),
    ("The refineries around Hamburg, including the Rhenania works at Harburg, were hit by the Eighth Air Force.",
     ("Eighth Air Force", "attacked", "refineries")),
    ("The refineries around Hamburg, including the Rhenania works at Harburg, were hit by the Eighth Air Force.",
     ("Eighth Air Force", "attacked", "Rhenania works")),
    ("The Eighth bombed the plants, including Leuna and Pölitz.", ("Eighth Air Force", "attacked", "Pölitz")),
    ("Eaker, now in command of the Mediterranean Allied Air Forces, instructed Twining to attack Ploesti.",
     ("Eaker", "commands", "Mediterranean Allied Air Forces")),
    ("Doolittle was in charge of the Eighth Air Force.", ("Doolittle", "commands", "Eighth Air Force")),
    ("The draft went to Tedder on 28 October.", ("draft", "addressedTo", "Tedder")),
    ("The second draft of the directive, based on a paper by the committee, went to Tedder for approval.",
     ("draft", "basedOn", "paper")),
    ("The 49th Wing bombed the Blechhammer South plant on 7 July, and the 5th Wing hit Odertal the same day.",
     ("5th Wing", "attacked", "Odertal")),
    ("Lord Cherwell doubted the estimates of the Ministry of Economic Warfare.",
     ("Cherwell", "opposed", "MEW")),
    ("Spaatz complained that Bomber Command was still attacking cities instead of oil.", ("Spaatz", "advocated", "oil")),
    ("Spaatz complained that Bomber Command was attacking cities rather than oil plants.",
     ("Spaatz", "advocated", "oil plants")),
    ("Harris was told by the Air Ministry that the synthetic plants must be destroyed.",
     ("Air Ministry", "advocated", "synthetic plants")),
    ("The raid on Moosbierbaum was escorted by P-51s of the 31st Fighter Group.",
     ("31st Fighter Group", "participatedIn", "raid")),
    ("Twining replied to Eaker that his bombers had already hit every refinery within range.",
     ("Twining", "attacked", "refinery")),
    ("Hitler refused to believe Speer's warnings until the Luftwaffe's fuel reserves had all but vanished.",
     ("Hitler", "opposed", "Speer")),
    ("Colonel Richard Hughes, an Englishman serving as chief target planner at Eighth Air Force headquarters, was "
     "among the first to argue for oil.", ("Richard Hughes", "advocated", "oil")),
    ("Colonel Richard Hughes, an Englishman serving as chief target planner at Eighth Air Force headquarters, was "
     "among the first to argue for oil.", ("Richard Hughes", "memberOf", "Eighth Air Force")),
    ("Bufton and his staff in the Directorate of Bomber Operations prepared most of the papers that the Chief of "
     "the Air Staff signed.", ("Bufton", "authored", "papers")),
    ("Bufton and his staff in the Directorate of Bomber Operations prepared most of the papers that the Chief of "
     "the Air Staff signed.", ("Bufton", "memberOf", "Directorate of Bomber Operations")),
    ("Tedder wrote to Portal proposing that oil and communications be made the twin objectives of the bombers.",
     ("Tedder", "advocated", "communications")),
    ("On 8 September the RAF struck the synthetic plant at Castrop-Rauxel, and two days later the Americans bombed "
     "the refinery at Misburg.", ("refinery", "locatedIn", "Misburg")),
    ("On 8 September the RAF struck the synthetic plant at Castrop-Rauxel, and two days later the Americans bombed "
     "the refinery at Misburg.", ("Americans", "attacked", "refinery")),
    ("In Vienna, the Floridsdorf refinery and the Lobau oil storage depot were both hit by the Fifteenth Air Force.",
     ("Lobau oil storage depot", "locatedIn", "Vienna")),
    ("In Vienna, the Floridsdorf refinery and the Lobau oil storage depot were both hit by the Fifteenth Air Force.",
     ("Fifteenth Air Force", "attacked", "Floridsdorf")),
    ("In Budapest the Shell and Vacuum Oil refineries were bombed by the Fifteenth.",
     ("Vacuum Oil refineries", "locatedIn", "Budapest")),
    ("General Schmid, commander of I Jagdkorps, said after the war that the fuel shortage had grounded his fighters.",
     ("Schmid", "commands", "I Jagdkorps")),
    ("The plan that Zuckerman drew up for Tedder called for the destruction of eighty rail centres in France.",
     ("Zuckerman", "authored", "plan")),
    ("The synthetic fuel plant at Heydebreck was attacked three times by the Fifteenth Air Force in the autumn.",
     ("Fifteenth Air Force", "attacked", "Heydebreck")),
    ("In a memorandum of 5 October to the Combined Chiefs of Staff, the British Chiefs of Staff proposed that the oil "
     "offensive be given absolute priority.", ("British Chiefs of Staff", "advocated", "oil offensive")),
    ("In a memorandum of 5 October to the Combined Chiefs of Staff, the British Chiefs of Staff proposed that the oil "
     "offensive be given absolute priority.", ("British Chiefs of Staff", "authored", "memorandum")),
    ("Portal's letter to Harris of 12 November was answered within a week; Harris repeated that he had done "
     "everything the directive required.", ("Harris", "repliesTo", "Portal")),
    ("The bombing of the Politz works on 20 June by the Eighth Air Force cut its output by half.",
     ("Eighth Air Force", "attacked", "Pölitz")),
    ("Portal agreed with Tedder that the railways and the oil plants should share the bombers' effort.",
     ("Tedder", "advocated", "oil plants")),
    ("Maxwell, the American co-chairman of the Combined Strategic Targets Committee, pressed for more attacks.",
     ("Maxwell", "commands", "Combined Strategic Targets Committee")),
    ("The Fifteenth Air Force opened its campaign against Ploesti on 5 April with a raid on the marshalling yards.",
     ("Fifteenth Air Force", "participatedIn", "raid")),
    ("Colonel Cabell of Spaatz's staff helped to write the first draft of the directive in February.",
     ("Cabell", "authored", "draft")),
    ("Eisenhower decided in favour of the transportation plan on 25 March, over the objections of Spaatz and Harris.",
     ("Harris", "opposed", "transportation plan")),
    ("Bufton, the author of the directive, was pleased.", ("Bufton", "authored", "directive")),
    ("Brigadier General Curtis LeMay's 3rd Air Division led the attack on Ruhland on 12 September.",
     ("3rd Air Division", "participatedIn", "attack")),
    ("Brigadier General Curtis LeMay's 3rd Air Division led the attack on Ruhland on 12 September.",
     ("attack", "date", "--09-12")),
    ("The Branch was headed by Lawrence, an economist from the Board of Trade.", ("Lawrence", "memberOf", "Board of Trade")),
    ("On 27 November the Americans attacked Misburg and Castrop-Rauxel while the RAF went to Bottrop.",
     ("RAF", "attacked", "Bottrop")),
    ("The Americans' first attack on Pölitz, on 29 May, was made by 224 B-24s of the 2nd Bomb Division.",
     ("2nd Bomb Division", "attacked", "Pölitz")),
    ("By the spring of 1945 the Eighth and Fifteenth Air Forces, together with Bomber Command, had put every major "
     "synthetic plant in Germany out of action.", ("Bomber Command", "attacked", "synthetic plant")),
    ("On 18 December the Fifteenth bombed the Blechhammer South plant and the oil refinery at Odertal, both in Upper "
     "Silesia.", ("Odertal", "locatedIn", "Upper Silesia")),
    ("The Romanian refineries produced most of the crude oil that the German army used on the eastern front.",
     ("Romanian refineries", "supplies", "German army")),
    ("The plant at Moosbierbaum, west of Vienna, made aviation spirit for the Luftwaffe units in Austria and Hungary.",
     ("Moosbierbaum", "supplies", "Luftwaffe")),
    ("Bomber Command delivered its heaviest blow against oil on the night of 21 November, when it struck "
     "Castrop-Rauxel, Sterkrade and Homberg.", ("Bomber Command", "attacked", "Homberg")),
    ("Tedder wrote a paper for the Chiefs of Staff arguing that the attack on communications would also starve the "
     "Germans of fuel.", ("Tedder", "advocated", "communications")),
    ("Bottomley wrote to Harris on 1 November enclosing the new directive, which named petroleum as the first priority.",
     ("directive", "addressedTo", "Harris")),
    ("The EOU's Walt Rostow later wrote that the oil offensive had been decisive.",
     ("Walt Rostow", "memberOf", "Enemy Objectives Unit")),
    ("The refinery at Blechhammer North was set on fire by the Fifteenth on 7 July.",
     ("Fifteenth Air Force", "attacked", "Blechhammer North")),
    ("The Eighth bombed the Leuna and Pölitz plants.", ("Eighth Air Force", "attacked", "Leuna")),
    ("Anderson's planners at USSTAF chose the Ruhland and Schwarzheide plants as the targets for 12 September.",
     ("planners", "advocated", "Schwarzheide")),
    ("The Eighth's 3rd Division flew to Pölitz on 29 May and found the plant undefended by fighters.",
     ("3rd Division", "attacked", "Pölitz")),
    ("Harris was supported by Churchill, who admired the area offensive.", ("Churchill", "advocated", "area offensive")),
    ("In the spring of 1944 Portal favoured the transportation plan; by the autumn he had become a firm supporter of "
     "the attack on oil.", ("Portal", "advocated", "oil")),
    ("Hitler ordered that the fighter units be kept back to defend the synthetic plants, overruling Göring.",
     ("Hitler", "advocated", "synthetic plants")),
    ("Doolittle complained to Spaatz that the weather had forced him to bomb the marshalling yards instead of the oil "
     "plants.", ("Doolittle", "advocated", "oil plants")),
    ("Doolittle complained to Spaatz that the weather had forced him to bomb the marshalling yards instead of the oil "
     "plants.", ("Doolittle", "attacked", "marshalling yards")),
]


def test_a_stance_one_comes_to_hold_is_no_post(extract_facts):
    facts = extract_facts("Portal became a supporter of the oil plan.")
    assert ("Portal", "advocated", "oil plan") in facts and not [f for f in facts if f[1] == "holdsPosition"], facts


def test_a_for_phrase_of_blame_makes_no_member(extract_facts):
    facts = extract_facts("In his diary, Goebbels blamed Göring for the Luftwaffe's failure to defend the fuel plants.")
    assert ("Goebbels", "criticized", "Göring") in facts and not [f for f in facts if f[1] == "memberOf"], facts


def test_an_intention_reported_is_the_speakers_own(extract_facts):
    facts = extract_facts("Spaatz cabled Arnold on 5 March that he intended to attack the German oil industry as soon "
                          "as the weather allowed.")
    assert ("Spaatz", "advocated", "German oil industry") in facts, facts
    facts = extract_facts("Speer told Hitler that the Allies intended to destroy the plants.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_who_drafts_anothers_reply_does_not_reply(extract_facts):
    facts = extract_facts("Portal's reply to Harris of 8 January was drafted by Bufton and toned down by Bottomley "
                          "before Portal signed it.")
    assert ("Portal", "repliesTo", "Harris") in facts and ("Bufton", "authored", "Portal's reply") in facts, facts
    assert ("Bufton", "repliesTo", "Harris") not in facts, facts


def test_a_place_shared_by_a_list_is_no_target(extract_facts):
    facts = extract_facts("On 18 December the Fifteenth bombed the Blechhammer South plant and the oil refinery at "
                          "Odertal, both in Upper Silesia.")
    assert ("Blechhammer South", "locatedIn", "Upper Silesia") in facts, facts
    assert not [f for f in facts if f[1] == "attacked" and f[2] == "Upper Silesia"], facts


def test_a_force_returning_home_beside_an_attack_attacks_nothing(extract_facts):
    facts = extract_facts("The Eighth bombed Leuna, and the RAF returned to England.")
    assert not [f for f in facts if f[2] == "England"], facts
    # (counted aircraft are no name, nor an event led; a squadron's owner does not command what it led)
    facts = extract_facts("Ninety Lancasters of No. 5 Group, led by Wing Commander Guy Gibson's old squadron, struck "
                          "the Wesseling plant south of Cologne.")
    assert ("No. 5 Group", "attacked", "Wesseling") in facts, facts
    assert not [f for f in facts if f[1] in ("commands", "participatedIn")], facts


def test_a_name_like_a_gerund_that_complains_is_a_person(tmp_path, extract_facts):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Kesselring complained to Hitler that without fuel his armies in Italy could not move. "
                 "The Russians overran the oilfields. The Eighth was diverted to Crossbow targets.", encoding="utf-8")
    g = extract_graph([p]).graph
    for label, cls in (("Kesselring", "Person"), ("oilfields", "Facility"), ("Crossbow targets", "TargetSystem")):
        node = next(g.subjects(SKOS.prefLabel, Literal(label)))
        assert {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)} == {cls}
    facts = extract_facts("Kesselring complained to Hitler that without fuel his armies in Italy could not move.")
    assert [f for f in facts if f[:2] == ("Kesselring", "stated") and "could not move" in f[2]], facts
    # (the post one serves as is no second person with facts of its own)
    facts = extract_facts("Colonel Richard Hughes, an Englishman serving as chief target planner at Eighth Air Force "
                          "headquarters, was among the first to argue for oil.")
    assert not [f for f in facts if "planner" in f[0] and f[1] != "holdsPosition"], facts
    # (an object of a verb coordinated with an auxiliary of its own is no object of the first verb)
    facts = extract_facts("Harris admitted that he had never believed in the oil plan and had attacked the plants "
                          "only under protest.")
    assert ("Harris", "opposed", "oil plan") in facts and ("Harris", "opposed", "plants") not in facts, facts


def test_an_escort_takes_part_in_a_raid_but_strikes_nothing(extract_facts):
    facts = extract_facts("Mustangs of the 4th Fighter Group escorted the raid on Leuna.")
    assert ("4th Fighter Group", "participatedIn", "raid") in facts, facts
    assert not [f for f in facts if f[1] == "attacked"], facts
    facts = extract_facts("Twining replied to Eaker that his bombers had already hit every refinery within range.")
    assert not [f for f in facts if f[0] == "Eaker" and f[1] == "attacked"], facts


def test_a_biographers_he_is_the_one_written_about(extract_facts):
    facts = extract_facts("Harris's biographer argues that he was right to doubt the oil plan.")
    assert ("Harris", "opposed", "oil plan") in facts and not [f for f in facts if f[0] == "biographer"
                                                              and f[1] == "opposed"], facts


def test_a_doubted_it_is_a_claim_not_a_thing(extract_facts):
    facts = extract_facts("Arnold told Portal that the bombers would go after oil. Portal doubted it.")
    assert not [f for f in facts if f[1] == "opposed"], facts


def test_one_served_under_is_a_person_and_under_a_command_no_commander(tmp_path, extract_facts):
    from rdflib import RDF, SKOS, Literal

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    p.write_text("Portal had served under Trenchard in the 1920s.", encoding="utf-8")
    g = extract_graph([p]).graph
    node = next(g.subjects(SKOS.prefLabel, Literal("Trenchard")))
    assert {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)} == {"Person"}
    # (a post held "in": not one one is "under")
    facts = extract_facts("Doolittle, under the command of Spaatz, attacked Leuna.")
    assert not [f for f in facts if f[1] == "commands"], facts


THIRTY_EIGHTH_BATCH = [  # (session 24; checked by test_unseen_shapes_give_their_facts)
    ("After the raid of 21 June the Scholven plant in Gelsenkirchen produced nothing for six weeks.",
     ("Scholven", "locatedIn", "Gelsenkirchen")),
    ("After the raid of 12 May the Eighth Air Force in England attacked Leuna again.",
     ("Eighth Air Force", "attacked", "Leuna")),
    ("Following the raids of May the Germans in Berlin ordered Speer to disperse the plants.",
     ("Germans", "ordered", "Speer")),
    ("The RAF bombed the Scholven plant on 21 June. The works had supplied much of the Luftwaffe's fuel.",
     ("Scholven", "supplies", "Luftwaffe")),
    ("Leigh-Mallory told Spaatz that the bombers were needed against the railways.",
     ("Leigh-Mallory", "advocated", "railways")),
    ("The Ministry of Economic Warfare estimated that the Germans had lost half their output. Cherwell disputed the figure.",
     ("Cherwell", "opposed", "MEW")),
    ("It was Kindleberger, an economist with the Enemy Objectives Unit, who first pointed out that the army depended "
     "on the synthetic plants.", ("Kindleberger", "memberOf", "Enemy Objectives Unit")),
    ("It was Kindleberger, an economist, who first pointed out that the army depended on the synthetic plants.",
     ("Kindleberger", "stated", "the army depended on the synthetic plants")),
    ("It was Leuna that the Eighth attacked most often.", ("Eighth Air Force", "attacked", "Leuna")),
    ("The attack on Pölitz on 20 June was made by 139 Fortresses of the 3rd Bomb Division.",
     ("3rd Bomb Division", "participatedIn", "attack")),
    ("Krauch warned Speer in July that the Luftwaffe would run out of fuel by September.",
     ("Krauch", "stated", "the Luftwaffe would run out of fuel by September")),
    ("The first Fifteenth Air Force raid on the Vienna refineries came on 16 June.",
     ("Fifteenth Air Force", "participatedIn", "raid")),
    ("An RAF attack on Wesseling failed.", ("RAF", "attacked", "Wesseling")),
    ("The Eighth bombed Ruhland on 12 September; the next day it went to Lützkendorf and Merseburg.",
     ("Eighth Air Force", "attacked", "Merseburg")),
    ("Portal did not share Harris's view that the oil plan was a panacea.", ("Harris", "opposed", "oil plan")),
    ("Tedder accepted Spaatz's argument that oil was the best target.", ("Spaatz", "advocated", "oil")),
    ("Spaatz asked that the Eighth be allowed to continue the attacks on the synthetic plants.",
     ("Spaatz", "advocated", "synthetic plants")),
    ("The bombers of the 304th Wing missed the refinery twice before they finally hit it in October.",
     ("304th Wing", "attacked", "refinery")),
    ("Spaatz reported that the attacks on the synthetic plants had been a success and asked that the Eighth be "
     "allowed to continue them.", ("Spaatz", "advocated", "synthetic plants")),
    ("Spaatz reported that the attacks on the synthetic plants had succeeded and asked that they be continued.",
     ("Spaatz", "advocated", "synthetic plants")),
    ("Harris said that the raids had failed and argued that the cities were a better target.",
     ("Harris", "stated", "the cities were a better target")),
    ("On 24 August the Eighth attacked Ruhland, while the Fifteenth struck Blechhammer and Odertal from Italy.",
     ("Fifteenth Air Force", "attacked", "Odertal")),
    ("The Air Staff attached the greatest importance to the oil plan.", ("Air Staff", "advocated", "oil plan")),
    ("The Sterkrade-Holten plant was attacked by Bomber Command on the night of 16 June.",
     ("Bomber Command", "attacked", "Holten")),
    ("\"Oil must come first,\" Spaatz said.", ("Spaatz", "advocated", "Oil")),
    ("\"We must hit the oil,\" Spaatz told his staff.", ("Spaatz", "advocated", "oil")),
    ("Harris was urged by Portal to attack the oil plants.", ("Portal", "advocated", "oil plants")),
    ("Bufton pressed Portal to put more of Bomber Command's effort into oil.", ("Bufton", "advocated", "oil")),
    ("General Giles warned Spaatz that Washington would not tolerate any further diversion of the heavy bombers from the "
     "oil targets.", ("Giles", "advocated", "oil targets")),
    ("The directive drafted by the Air Staff gave first priority to petroleum and second to the rail system.",
     ("Air Staff", "advocated", "petroleum")),
    ("The Leuna works, the largest of the synthetic plants, was attacked many times, mostly by the Eighth Air Force.",
     ("Eighth Air Force", "attacked", "Leuna")),
    ("Speer flew to the Ruhr, and on his return he sent Hitler the first of his memoranda on the fuel crisis.",
     ("Speer's memoranda", "addressedTo", "Hitler")),
    ("The Air Staff wanted Bomber Command to join the Americans in the attack on oil.", ("Air Staff", "advocated", "oil")),
    ("Lovett came away convinced that the oil plan was sound.", ("Lovett", "advocated", "oil plan")),
    ("Harris argued that the oil plan was futile.", ("Harris", "opposed", "oil plan")),
    ("Eaker opposed Arnold's plan to move the bombers to England, arguing that from Italy they could reach the oil "
     "targets.", ("Eaker", "stated", "from Italy they could reach the oil targets")),
    ("Spaatz regarded the synthetic oil plants as the enemy's most vulnerable point.",
     ("Spaatz", "advocated", "synthetic oil plants")),
    ("Early on 12 May, 886 bombers of the Eighth took off for Zwickau, Brüx and Böhlen.",
     ("Eighth Air Force", "attacked", "Böhlen")),
    ("Bomber Command sent 549 aircraft against the Dortmund-Ems canal and the Neuss oil plant.",
     ("Bomber Command", "attacked", "Dortmund-Ems canal")),
    ("Tedder had once backed the transportation plan against the oil plan.", ("Tedder", "opposed", "oil plan")),
    ("Goering told his commanders that the defence of the hydrogenation plants was more important than Berlin.",
     ("Göring", "advocated", "hydrogenation plants")),
    ("The MAAF included No. 205 Group, which flew Wellingtons by night against Ploesti.",
     ("No. 205 Group", "attacked", "Ploesti")),
    ("Portal agreed that Harris must be made to attack the plants.", ("Portal", "advocated", "plants")),
    ("Portal asked Spaatz in a letter of 20 October whether the Eighth could spare more bombers.",
     ("letter", "addressedTo", "Spaatz")),
    ("Anderson had been Spaatz's deputy since January; it was he who pressed hardest for the attack on oil.",
     ("Anderson", "advocated", "oil")),
    ("Saur told the Fighter Staff that the plants would have to be defended at all costs.",
     ("Saur", "advocated", "plants")),
    ("Both Portal and Tedder came to accept that oil and transportation had to be attacked together.",
     ("Portal", "advocated", "transportation")),
    ("Hitler insisted that the fighters should protect the synthetic plants.", ("Hitler", "advocated", "synthetic plants")),
    ("Both the Eighth and the Fifteenth had orders to strike the synthetic plants whenever the weather was clear.",
     ("Fifteenth Air Force", "taskedWith", "synthetic plants")),
    ("Portal conceded nothing: the oil offensive, he told Harris, remained the Air Staff's first priority.",
     ("Portal", "advocated", "oil offensive")),
    ("Spaatz pressed Eisenhower to release it for oil.", ("Spaatz", "advocated", "oil")),
    ("Despite the bad weather, 1,000 heavy bombers of the Eighth attacked the synthetic plants on 30 November.",
     ("Eighth Air Force", "attacked", "synthetic plants")),
    ("Zuckerman maintained that attacks on railway centres would do more to help the invasion.",
     ("Zuckerman", "stated", "attacks on railway centres would do more to help the invasion")),
    ("Zuckerman, scientific adviser to the Allied Expeditionary Air Force, maintained that the attacks would help.",
     ("Zuckerman", "memberOf", "Allied Expeditionary Air Force")),
]


THIRTY_NINTH_BATCH = [  # (session 25; checked by test_unseen_shapes_give_their_facts)
    ("Not until 12 May did the Eighth Air Force attack the synthetic plants.",
     ("Eighth Air Force", "attacked", "synthetic plants")),
    ("The Eighth Air Force struck at the synthetic plants of central Germany.",
     ("Eighth Air Force", "attacked", "synthetic plants")),
    ("Bomber Command hammered away at the Ruhr plants in the autumn.", ("Bomber Command", "attacked", "Ruhr plants")),
    ("It was not until 12 May that the Eighth Air Force, freed at last from its commitments to Overlord, struck at "
     "the synthetic plants.", ("Eighth Air Force", "attacked", "synthetic plants")),
    ("Harris, angered by the new directive, wrote to Portal that the oil plan was a panacea.",
     ("Harris", "stated", "the oil plan was a panacea")),
    ("The raid was led by the 3rd Air Division, whose commander, General LeMay, flew in the lead aircraft.",
     ("LeMay", "commands", "3rd Air Division")),
    ("Geilenberg was given authority over every building firm in the Reich to repair the plants.",
     ("Geilenberg", "taskedWith", "plants")),
    ("Two days later the 2nd Bombardment Division returned to Misburg and dropped 400 tons on the refinery.",
     ("2nd Bombardment Division", "attacked", "Misburg")),
    ("In his reply Harris defended the area offensive.", ("Harris", "advocated", "area offensive")),
    ("Lützkendorf was bombed by the Eighth on 28 May and by the RAF in the spring of 1945.",
     ("RAF", "attacked", "Lützkendorf")),
    ("Doolittle's reply to Spaatz's query of 2 August explained that the weather had kept the bombers away.",
     ("Spaatz", "authored", "Spaatz's query")),
    ("Churchill minuted to Portal that the oil targets must not be neglected.", ("Churchill", "advocated", "oil targets")),
    ("Harris never neglected the oil plants.", ("Harris", "advocated", "oil plants")),
    ("In the autumn the Fifteenth's targets included the Silesian plants.",
     ("Fifteenth Air Force", "taskedWith", "Silesian plants")),
    ("The Eighth bombed the plants at Scholven, Wesseling and Castrop-Rauxel.",
     ("Eighth Air Force", "attacked", "Castrop-Rauxel")),
    ("Harris wrote to Portal on 1 November protesting against the new directive.", ("Harris", "opposed", "directive")),
    ("Tedder thought the oil plan too slow to affect the battle in Normandy and pressed Eisenhower to adopt the "
     "railway plan instead.", ("Tedder", "advocated", "railway plan")),
    ("Tedder thought the oil plan too slow.", ("Tedder", "opposed", "oil plan")),
    ("Tedder thought the oil plan futile.", ("Tedder", "opposed", "oil plan")),
    ("The raid on Blechhammer North on 7 July cost the 15th Air Force 18 bombers.",
     ("Fifteenth Air Force", "attacked", "Blechhammer North")),
    ("Speer begged Hitler to move the guns to the hydrogenation plants.", ("Speer", "advocated", "hydrogenation plants")),
    ("Letter, Arnold to Spaatz, 24 June 1944, urging greater effort against the oil targets.",
     ("Arnold", "advocated", "oil targets")),
    ("Doolittle's Eighth and Twining's Fifteenth together flew more than 5,000 sorties against oil targets.",
     ("Twining", "commands", "Fifteenth Air Force")),
    ("The oil plan's critics, Tedder and Zuckerman foremost among them, argued that it would take too long.",
     ("Zuckerman", "opposed", "oil plan")),
    ("Tedder and Zuckerman were critics of the oil plan.", ("Zuckerman", "opposed", "oil plan")),
    ("Portal regarded Harris's failure to attack the plants as a breach of the directive but would not dismiss him.",
     ("Portal", "criticized", "Harris")),
    ("Hitler told Speer in a conference on 22 July that the fighters would be used to defend the hydrogenation plants.",
     ("Hitler", "stated", "the fighters would be used to defend the hydrogenation plants")),
    ("Spaatz sent a copy of the summary to Doolittle with the comment that the enemy's fuel position was desperate.",
     ("Spaatz", "stated", "the enemy's fuel position was desperate")),
    ("Cherwell's statisticians disputed the Ministry of Economic Warfare's estimate of German oil stocks.",
     ("statisticians", "opposed", "MEW")),
    ("Over Pölitz on 20 June the Eighth lost 14 bombers, several of them to flak.", ("Eighth Air Force", "attacked", "Pölitz")),
    ("At Nuremberg Speer testified that the loss of the plants had made the war pointless.",
     ("Speer", "stated", "the loss of the plants had made the war pointless")),
    ("Harris refused to concentrate on oil.", ("Harris", "opposed", "oil")),
    ("Harris's refusal to concentrate on oil angered Portal.", ("Harris", "opposed", "oil")),
    ("In October the Fifteenth's bombers hit the synthetic plant at Blechhammer South three times.",
     ("Fifteenth Air Force", "attacked", "Blechhammer South")),
]


def test_refusing_to_change_a_thing_opposes_nothing(extract_facts):
    facts = extract_facts("Harris objected to the directive, but Portal refused to change it.")
    assert ("Harris", "opposed", "directive") in facts and ("Portal", "opposed", "directive") not in facts, facts


def test_an_answer_that_is_a_thing_or_a_deed_is_no_paper(extract_facts):
    assert not [f for f in extract_facts("The Americans' answer to the German fighters was the P-51 Mustang.")
                if f[1] == "authored"]
    assert ("Portal", "authored", "Portal's reply") in extract_facts("Portal's reply of 8 January was blunt.")


def test_an_effort_against_a_target_opposes_nothing(extract_facts):
    facts = extract_facts("Arnold urged a greater effort against the oil targets.")
    assert ("Arnold", "advocated", "oil targets") in facts and not [f for f in facts if f[1] == "opposed"], facts


def test_mines_laid_are_no_pits(extract_facts):
    facts = extract_facts("No. 205 Group laid mines in the Danube to stop the oil barges.")
    assert not [f for f in facts if f[0] == "mines"], facts
    assert ("coal mines", "locatedIn", "Silesia") in extract_facts("The coal mines in Silesia were flooded.")


def test_a_plan_verb_takes_no_stance_on_a_plant(extract_facts):
    # "defend" is a stance only on a plan, paper or statement (kg:planVerbTrigger): fighters defending a plant fight
    assert not [f for f in extract_facts("The fighters of Jagdkorps I defended the Leuna works.") if f[1] == "advocated"]


def test_a_force_that_attacked_and_went_home_did_not_attack_home(extract_facts):
    assert ("Eighth Air Force", "attacked", "England") not in extract_facts(
        "The Eighth Air Force bombed Leuna and returned to England.")


FORTIETH_BATCH = [  # (session 26; checked by test_unseen_shapes_give_their_facts)
    ("Portal wrote to Harris urging him to give oil the first call on his squadrons.", ("Portal", "advocated", "oil")),
    ("Harris was instructed to give the oil plants the first claim on his bombers.",
     ("Harris", "taskedWith", "oil plants")),
    ("Arnold cabled Spaatz that the oil plants should be bombed.", ("Arnold", "advocated", "oil plants")),
    ("Arnold wrote to Spaatz that the oil campaign must be pressed with every bomber available.",
     ("Arnold", "advocated", "oil campaign")),
    ("The Director of Bomber Operations, Air Commodore Bufton, was an advocate of the oil plan.",
     ("Bufton", "advocated", "oil plan")),
    ("At the Air Ministry, the Director of Bomber Operations, Air Commodore Bufton, was the most persistent "
     "advocate of the oil plan.", ("Bufton", "advocated", "oil plan")),
    ("Zuckerman drafted the transportation plan and defended it against the oil lobby.",
     ("Zuckerman", "advocated", "transportation plan")),
    ("By September the stocks had fallen to 30,000 tons, General Koller noted in his diary.",
     ("Koller", "stated", "By September the stocks had fallen to 30,000 tons")),
    ("Harris sent 1,000 bombers to Cologne and then, on 25 October, some 240 Lancasters to the Meerbeck plant at "
     "Homberg.", ("Harris", "attacked", "Meerbeck plant")),
    ("Spaatz intended to strike the synthetic plants.", ("Spaatz", "advocated", "synthetic plants")),
    ("Spaatz told Arnold that he intended to use the first good weather after the invasion to strike the synthetic "
     "plants.", ("Spaatz", "advocated", "synthetic plants")),
    ("Portal, in a letter of 12 November, rebuked Harris for his lack of faith in the oil plan.",
     ("letter", "addressedTo", "Harris")),
    ("Harris protested to Portal that the new directive tied his hands.", ("Harris", "opposed", "directive")),
    ("The attack on Magdeburg on 28 May cost the Eighth Air Force 32 bombers.",
     ("Eighth Air Force", "attacked", "Magdeburg")),
    ("Spaatz pressed the importance of oil on Eisenhower throughout the spring.", ("Spaatz", "advocated", "oil")),
    ("Schmid, commander of Jagdkorps I, reported that his fighters had been outnumbered ten to one over Magdeburg.",
     ("Schmid", "stated", "his fighters had been outnumbered ten to one over Magdeburg")),
    ("Arnold backed Spaatz, and on 19 April he cabled his approval of the first attacks on the Rumanian refineries.",
     ("Arnold", "advocated", "Rumanian refineries")),
    ("Only 12 of the 35 synthetic plants in Germany were still working in December, the Ministry of Economic Warfare "
     "estimated.", ("MEW", "stated", "Only 12 of the 35 synthetic plants in Germany were still working in December")),
    ("Bombers struck at the plants today, the Air Ministry announced.",
     ("Air Ministry", "stated", "Bombers struck at the plants today")),
    ("Portal's directive of 25 September was drafted by Bufton's directorate and signed by Bottomley.",
     ("Bottomley", "authored", "Portal's directive")),
    ("The Rhenania refinery at Hamburg was set on fire by the Eighth Air Force on 20 June.",
     ("Eighth Air Force", "attacked", "Rhenania refinery")),
    ("Anderson, Spaatz's deputy for operations, selected Leuna as the target for 12 May.",
     ("Anderson", "advocated", "Leuna")),
    ("The oil plan had its origins in a study by the Enemy Objectives Unit, which Spaatz forwarded to Eisenhower "
     "in March.", ("study", "addressedTo", "Eisenhower")),
    ("Spaatz went over Tedder's head to Eisenhower, who on 19 April gave him leave to use two clear days against "
     "the synthetic plants.", ("Spaatz", "taskedWith", "synthetic plants")),
    ("Harris believed that the war could be won by bombing the cities alone; oil, in his view, was a distraction.",
     ("Harris", "opposed", "oil")),
    ("Oil, Harris thought, was a distraction.", ("Harris", "opposed", "Oil")),
    ("Oil, Harris wrote, was a distraction.", ("Harris", "opposed", "Oil")),
    ("When the weather cleared on 2 November, Doolittle threw more than 1,100 bombers against Merseburg.",
     ("Doolittle", "attacked", "Merseburg")),
    ("Portal replied to Churchill's minute the same evening, defending the Air Staff's directive point by point.",
     ("Portal", "advocated", "Air Staff's directive")),
]

FORTY_FIRST_BATCH = [  # (session 27; checked by test_unseen_shapes_give_their_facts)
    ("The memorandum that Lord Cherwell sent to Churchill in July argued that the attacks on oil were already "
     "shortening the war.", ("Cherwell", "stated", "the attacks on oil were already shortening the war")),
    ("The paper which Bufton had drafted argued that oil was the decisive target.",
     ("Bufton", "stated", "oil was the decisive target")),
    ("In his diary for 3 June, Goebbels recorded Speer's warning that the fuel situation had become critical.",
     ("Speer", "stated", "the fuel situation had become critical")),
    ("Harris answered the Air Ministry's complaint with a long letter defending the area offensive.",
     ("Harris", "advocated", "area offensive")),
    ("Harris answered with a long letter defending the area offensive.", ("Harris", "advocated", "area offensive")),
    ("The Ninth Air Force was given the task of destroying the bridges over the Seine.",
     ("Ninth Air Force", "taskedWith", "bridges")),
    ("The Fifteenth's bombers wrecked the Concordia Vega refinery, the largest at Ploesti, on 5 May.",
     ("Concordia Vega refinery", "locatedIn", "Ploesti")),
    # the plainest clause of attack, which the parser reads as a noun phrase when the names are rare
    ("On 7 July the 1st and 3rd Air Divisions struck Böhlen, Merseburg and Lützkendorf while the 2nd attacked "
     "aircraft factories.", ("3rd Air Division", "attacked", "Lützkendorf")),
    ("Bomber Command struck Böhlen.", ("Bomber Command", "attacked", "Böhlen")),
    ("Bomber Command bombed Böhlen.", ("Bomber Command", "attacked", "Böhlen")),
    ("The 3rd Air Division hit Zeitz.", ("3rd Air Division", "attacked", "Zeitz")),
    ("In July the Eighth Air Force struck Böhlen.", ("Eighth Air Force", "attacked", "Böhlen")),
    ("On 7 July, Bomber Command hit Pölitz.", ("Bomber Command", "attacked", "Pölitz")),
    ("Early in July the 1st and 3rd Air Divisions struck Leuna.", ("1st Air Division", "attacked", "Leuna")),
    ("Arnold, who had read the Enemy Objectives Unit's paper, cabled Spaatz his full support for the oil offensive.",
     ("Arnold", "advocated", "oil offensive")),
    ("In the Air Ministry, Bufton and his colleagues argued that the directive was being ignored by Harris.",
     ("Bufton", "stated", "the directive was being ignored by Harris")),
    ("On 20 June the Eighth Air Force sent more than 1,300 bombers against oil targets in northern Germany, among "
     "them Pölitz, Hamburg and Misburg.", ("Eighth Air Force", "attacked", "Misburg")),

    # plain shapes with names the models have never seen (made up by filling templates; see the session 27
    # note in README): none of these gave its fact before
    ("The 3rd Air Division damaged Blechhammer.", ("3rd Air Division", "attacked", "Blechhammer")),
    ("No. 5 Group hit Ruhland.", ("No. 5 Group", "attacked", "Ruhland")),
    ("Two days later the 3rd Air Division struck Moosbierbaum and Harburg.",
     ("3rd Air Division", "attacked", "Moosbierbaum")),
    ("On 7 July, Lancasters of Bomber Command hit Brüx.", ("Bomber Command", "attacked", "Brüx")),
    ("Lancasters of the 3rd Air Division wrecked Pölitz.", ("3rd Air Division", "attacked", "Pölitz")),
    ("On 7 July Leuna was attacked by the 3rd Air Division.", ("3rd Air Division", "attacked", "Leuna")),
    ("Two days later Moosbierbaum was struck by the 2nd Bombardment Division.",
     ("2nd Bombardment Division", "attacked", "Moosbierbaum")),
    ("In July Bufton was criticized by Harris.", ("Harris", "criticized", "Bufton")),
    ("In July Galland was ordered by Westphal to attack Zeitz.", ("Westphal", "ordered", "Galland")),
    ("Schmid ordered Westphal to attack Zeitz.", ("Schmid", "ordered", "Westphal")),
    ("Doolittle, who commanded the Eighth Air Force, flew to Leipzig.", ("Doolittle", "commands", "Eighth Air Force")),
    ("Tedder, who commanded the 2nd Bombardment Division, flew to Stettin.",
     ("Tedder", "commands", "2nd Bombardment Division")),

    ("The 1st Division of the Eighth bombed Pölitz.", ("1st Division", "attacked", "Pölitz")),
    ("Speer flew to Leuna the day after the first raid and promised the workers that the plant would be rebuilt.",
     ("Speer", "stated", "the plant would be rebuilt")),
    ("The attacks on the Rumanian oilfields were carried out mainly by the 205 Group of the RAF at night.",
     ("205 Group", "attacked", "Rumanian oilfields")),
    ("Eaker's Mediterranean Allied Air Forces included the Fifteenth Air Force and No. 205 Group of the RAF, which "
     "flew Wellingtons by night against Ploesti.", ("No. 205 Group", "attacked", "Ploesti")),

    ("Spaatz wanted the oil plants bombed; Tedder wanted the railways bombed.", ("Spaatz", "advocated", "oil plants")),
    ("Spaatz wanted the oil plants bombed; Tedder wanted the railways bombed.", ("Tedder", "advocated", "railways")),

    ("Early in July the Eighth Air Force and the 3rd Air Division destroyed Zeitz.",
     ("3rd Air Division", "attacked", "Zeitz")),
    ("No. 5 Group and Bomber Command bombed Böhlen.", ("No. 5 Group", "attacked", "Böhlen")),
    ("The Eighth Air Force raided Moosbierbaum while the 3rd Air Division raided Böhlen.",
     ("3rd Air Division", "attacked", "Böhlen")),
    ("Bomber Command hit Leuna and the Eighth bombed Zeitz.", ("Eighth Air Force", "attacked", "Zeitz")),
    ("The Eighth Air Force, based at Leipzig, hit Scholven.", ("Eighth Air Force", "attacked", "Scholven")),
    ("Harris agreed to try, and in the week of 12 June No. 1 and No. 5 Groups attacked Gelsenkirchen and Wesseling.",
     ("No. 1 Group", "attacked", "Wesseling")),

    ("Bufton wanted the Ruhr plants attacked at night by Bomber Command.", ("Bufton", "advocated", "Ruhr plants")),

    ("Spaatz told Arnold in a cable of 13 May that the attacks on Leuna and Zeitz had gone well.",
     ("Spaatz", "stated", "the attacks on Leuna and Zeitz had gone well")),
    ("Schmid's memorandum of 5 March argued that Leuna was the key target.",
     ("Schmid", "stated", "Leuna was the key target")),

    ("The 3rd Air Division, based at Vienna, bombed Böhlen.", ("3rd Air Division", "attacked", "Böhlen")),
    ("The 2nd Bombardment Division and the Fifteenth Air Force hit Brüx.",
     ("Fifteenth Air Force", "attacked", "Brüx")),
    ("Early in July the Eighth Air Force raided Lützkendorf while Bomber Command raided Wesseling.",
     ("Bomber Command", "attacked", "Wesseling")),
    ("That night Bomber Command damaged Brüx while the 3rd Air Division damaged Blechhammer.",
     ("3rd Air Division", "attacked", "Blechhammer")),
    ("The Fifteenth Air Force destroyed Ruhland while No. 5 Group destroyed Moosbierbaum.",
     ("No. 5 Group", "attacked", "Moosbierbaum")),

    # (any past tense the tagger knows as one, in the same plain clause)
    ("On 7 July Doolittle favoured attacks on the railways.", ("Doolittle", "advocated", "railways")),

    ("Blechhammer supplied aviation fuel to the Luftwaffe.", ("Blechhammer", "supplies", "Luftwaffe")),
    ("Ploesti supplied oil to Germany.", ("Ploesti", "supplies", "Germany")),

    ("According to Schmid, Brüx had been knocked out.", ("Schmid", "stated", "Brüx had been knocked out")),
    ("Early in July Bomber Command was tasked with the destruction of Blechhammer.",
     ("Bomber Command", "taskedWith", "Blechhammer")),
]

FORTY_SECOND_BATCH = [  # (session 28; checked by test_unseen_shapes_give_their_facts)
    ("According to the Enemy Oil Committee, German production of aviation spirit fell sharply in September.",
     ("Enemy Oil Committee", "stated", "German production of aviation spirit fell sharply in September")),
    ("The Astra Romana refinery at Ploesti, which had supplied much of Germany's oil, was captured in August.",
     ("Astra Romana refinery", "supplies", "Germany")),
    ("Milch, Speer's ally in the Air Ministry, promised the fighter staff fuel.", ("Milch", "memberOf", "Air Ministry")),
    ("RAF Lancasters dropped 1,200 tons of bombs on the Scholven plant on the night of 12 June.",
     ("RAF", "attacked", "Scholven")),
    ("Göring blamed Galland for the failure of the fighters over the Reich.", ("Göring", "criticized", "Galland")),
    ("The Eighth's 3rd Division and the Fifteenth's 5th Wing both hit the Ruhland plant on 12 September.",
     ("5th Wing", "attacked", "Ruhland")),
    ("It was Tedder, not Spaatz, who pressed hardest for the bombing of the railways.",
     ("Tedder", "advocated", "railways")),
    # (template-probe shapes, seed 13)
    ("On 7 July, the 3rd Air Division destroyed Misburg while Bomber Command destroyed Böhlen.",
     ("Bomber Command", "attacked", "Böhlen")),
    ("On 7 July Bomber Command struck Ruhland while the 2nd Bombardment Division struck Blechhammer.",
     ("2nd Bombardment Division", "attacked", "Blechhammer")),
    ("In July the 2nd Bombardment Division destroyed Blechhammer.", ("2nd Bombardment Division", "attacked", "Blechhammer")),
    ("That night the Fifteenth Air Force and Bomber Command raided Ruhland.", ("Bomber Command", "attacked", "Ruhland")),
    ("In July Doolittle ordered Spaatz to attack Böhlen.", ("Spaatz", "taskedWith", "Böhlen")),
    ("Doolittle, the commander of the Fifteenth Air Force, visited Ruhland.",
     ("Doolittle", "commands", "Fifteenth Air Force")),
    ("Doolittle, who commanded the Fifteenth Air Force, flew to Hamburg.", ("Doolittle", "commands", "Fifteenth Air Force")),
    ("Meanwhile the Eighth Air Force pounded Merseburg-Leuna again on 6 and 12 December, and the Fifteenth struck "
     "Blechhammer and Odertal in Silesia.", ("Fifteenth Air Force", "attacked", "Odertal")),
    ("Eisenhower, whom Spaatz had finally won over, gave the oil plan his blessing in late March.",
     ("Spaatz", "persuaded", "Eisenhower")),
    ("Eisenhower, whom Spaatz had finally won over, gave the oil plan his blessing in late March.",
     ("Eisenhower", "advocated", "oil plan")),
    # (the closing line break makes the sentence splitter end the quotation's sentence at its mark)
    ('"We have hit them where it hurts," Spaatz cabled Arnold after the raid on Leuna.\n',
     ("Spaatz", "stated", "We have hit them where it hurts")),
    ("On 21 December Portal wrote again, this time accusing Harris of misleading the Air Staff.",
     ("Portal", "criticized", "Harris")),
    # (further template shapes, tried once in session 27 and left then)
    ("On 7 July the 2nd Bombardment Division was tasked with the destruction of Ruhland.",
     ("2nd Bombardment Division", "taskedWith", "Ruhland")),
    ("On 7 July, Brüx was assigned to the 2nd Bombardment Division.", ("2nd Bombardment Division", "taskedWith", "Brüx")),
    ("That night Misburg was assigned to the Fifteenth Air Force.", ("Fifteenth Air Force", "taskedWith", "Misburg")),
    ("Early in July No. 5 Group sent 300 bombers against Böhlen.", ("No. 5 Group", "attacked", "Böhlen")),
    ("Doolittle, Spaatz's deputy for operations, visited Cologne.",
     ("Doolittle", "holdsPosition", "Spaatz's deputy for operations")),
    ("Early in July the 3rd Air Division was tasked with the destruction of Leuna.",
     ("3rd Air Division", "taskedWith", "Leuna")),
    ("Harris refused to divert his squadrons from the cities, arguing that the oil plants were too small to find "
     "at night.", ("Harris", "stated", "the oil plants were too small to find at night")),
    ("Harris's critics included Bufton, Bottomley and, eventually, Portal himself.", ("Portal", "criticized", "Harris")),
    # (a name the NER model took for a body, struck by a force)
    ("Bomber Command attacked Homberg on 20 July and Wesseling two nights later.",
     ("Bomber Command", "attacked", "Homberg")),
    ("The Fifteenth Air Force, based at Foggia in southern Italy, struck Ploesti twenty times.",
     ("Fifteenth Air Force", "attacked", "Ploesti")),
    ("Speer appointed Edmund Geilenberg Commissioner-General for Emergency Measures on 30 May.",
     ("Geilenberg", "holdsPosition", "Commissioner-General for Emergency Measures")),
    ("When the RAF returned to Wesseling on 19 July, the plant had barely been repaired.",
     ("RAF", "attacked", "Wesseling")),
    ("By October the oil plants had become the Eighth Air Force's primary target.",
     ("Eighth Air Force", "taskedWith", "oil plants")),
    ("Two days later Arnold was appointed to command Bomber Command.", ("Arnold", "commands", "Bomber Command")),
]


@pytest.mark.parametrize("text, fact", SECOND_BATCH +
                         THIRD_BATCH +
                         FOURTH_BATCH +
                         FIFTH_BATCH +
                         SIXTH_BATCH +
                         SEVENTH_BATCH +
                         EIGHTH_BATCH +
                         NINTH_BATCH +
                         TENTH_BATCH +
                         ELEVENTH_BATCH +
                         TWELFTH_BATCH +
                         THIRTEENTH_BATCH +
                         FIFTEENTH_BATCH +
                         SIXTEENTH_BATCH +
                         SEVENTEENTH_BATCH +
                         EIGHTEENTH_BATCH +
                         NINETEENTH_BATCH +
                         TWENTIETH_BATCH +
                         TWENTY_FIRST_BATCH +
                         TWENTY_SECOND_BATCH +
                         TWENTY_THIRD_BATCH +
                         TWENTY_FOURTH_BATCH +
                         TWENTY_FIFTH_BATCH +
                         TWENTY_SIXTH_BATCH +
                         TWENTY_SEVENTH_BATCH +
                         TWENTY_EIGHTH_BATCH +
                         TWENTY_NINTH_BATCH +
                         THIRTIETH_BATCH +
                         THIRTY_FIRST_BATCH +
                         THIRTY_SECOND_BATCH +
                         THIRTY_THIRD_BATCH +
                         THIRTY_FOURTH_BATCH +
                         THIRTY_FIFTH_BATCH +
                         THIRTY_SIXTH_BATCH +
                         THIRTY_SEVENTH_BATCH +
                         THIRTY_EIGHTH_BATCH +
                         THIRTY_NINTH_BATCH +
                         FORTIETH_BATCH +
                         FORTY_FIRST_BATCH +
                         FORTY_SECOND_BATCH)
def test_unseen_shapes_give_their_facts(extract_facts, text, fact):
    """Sentences of the shapes the probe passages showed, each with a fact it must give."""
    facts = extract_facts(text)
    assert fact in facts, sorted(facts)


def test_a_post_is_no_task_and_a_title_sets_a_name_apart(extract_facts):
    facts = extract_facts("Eaker was appointed to command the Mediterranean Allied Air Forces.")
    assert ("Eaker", "commands", "Mediterranean Allied Air Forces") in facts, facts
    assert not [f for f in facts if f[1] == "taskedWith"], facts
    # "of USSTAF" is Maxwell's alone: a title sets him apart from the bare name before
    facts = extract_facts("The committee met under the chairmanship of Bufton and Colonel Maxwell of USSTAF.")
    assert ("Maxwell", "memberOf", "USSTAF") in facts and ("Bufton", "memberOf", "USSTAF") not in facts, facts


def test_a_denied_acceptance_is_opposition_but_a_supposed_one_is_nothing(extract_facts):
    assert ("Harris", "opposed", "oil plan") in extract_facts("Harris never accepted the oil plan.")
    assert not [f for f in extract_facts("Harris would not have accepted the oil plan.") if f[1] == "opposed"]
    assert not [f for f in extract_facts("Harris accepted the oil plan.") if f[1] == "opposed"]


def test_ones_own_priority_is_advocacy_not_a_task(extract_facts):
    facts = extract_facts("Spaatz made oil his first priority.")
    assert ("Spaatz", "advocated", "oil") in facts and not [f for f in facts if f[1] == "taskedWith"], facts


def test_a_part_of_a_body_is_not_the_body_and_a_title_is_no_place(extract_facts):
    facts = extract_facts("The chief of the Luftwaffe's fuel section, General Köhler, told his interrogators that "
                          "the stocks had fallen.")
    assert ("Köhler", "commands", "Luftwaffe") not in facts and ("Köhler", "memberOf", "Luftwaffe") in facts, facts
    facts = extract_facts("Doolittle's Eighth Air Force and Twining's Fifteenth Air Force attacked Ploesti.")
    assert ("Doolittle", "commands", "Fifteenth Air Force") not in facts, facts
    # "on" places a plant on a river, not a title's words
    assert not [f for f in extract_facts("Memorandum by Tedder, 25 October 1944: Notes on Air Policy.")
                if f[1] == "locatedIn"]


def test_a_reply_after_a_letter_that_went_on_answers_its_writer_only(extract_facts):
    # someone else speaking in between breaks the exchange
    facts = extract_facts("Portal wrote to Harris again on 12 November. Tedder said that the plan was wrong. "
                          "Harris replied that the figures were misleading.")
    assert not [f for f in facts if f[1] == "repliesTo"], facts
    assert not [f for f in extract_facts("Harris did not attack Pölitz in December.") if f[1] == "attacked"]


def test_a_firm_named_before_its_head_noun_is_an_organization(tmp_path):
    from rdflib import RDF, SKOS

    from graph.build import extract_graph

    p = tmp_path / "doc.txt"
    p.write_text("The plant at Böhlen belonged to the Braunkohle-Benzin company, which also owned the plants at "
                 "Zeitz.", encoding="utf-8")
    g = extract_graph([p]).graph
    types = {str(g.value(s, SKOS.prefLabel)): str(o).rsplit("#", 1)[-1] for s, o in g.subject_objects(RDF.type)
             if g.value(s, SKOS.prefLabel) is not None}
    assert types.get("Braunkohle-Benzin") == "Organization", types


def test_a_title_for_a_commander_is_the_last_other_person_named(extract_facts):
    # with no one else named before, "the C.-in-C." is nobody
    facts = extract_facts("Bufton had by now lost patience with the C.-in-C.")
    assert not [f for f in facts if "Bufton" in (f[0], f[2]) and f[1] != "holdsPosition"], facts
    # a gapped clause's agent is its own: "the Eighth by Doolittle"
    facts = extract_facts("The Fifteenth Air Force was commanded by Twining, the Eighth by Doolittle.")
    assert ("Doolittle", "commands", "Fifteenth Air Force") not in facts, facts
    # an obligation to fight for something is no task on it
    facts = extract_facts("Spaatz believed that the German Air Force would have to fight for its fuel.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts
    # a journey is no attack: only bombers going back to a place attack it
    assert not [f for f in extract_facts("Spaatz returned to London on 3 May.") if f[1] == "attacked"]


def test_a_second_clause_keeps_its_own_subject(extract_facts):
    facts = extract_facts("The Americans bombed Ruhland and Böhlen on 11 September, and Bomber Command followed with "
                          "night attacks on Castrop-Rauxel and Kamen.")
    assert ("Bomber Command", "attacked", "Kamen") in facts and ("Americans", "attacked", "Kamen") not in facts, facts


@pytest.mark.parametrize("text", [
    "Tedder, Eisenhower's deputy, argued in his 'Notes on Air Policy' that the railways, not oil, should be the "
    "common target of all the air forces.",
    "Tedder, for his part, thought the whole argument beside the point: the railways, not oil, were in his view the "
    "key to victory.",
])
def test_what_is_set_against_the_choice_is_not_chosen(extract_facts, text):
    # (own-gold absent checks moved here: "Tedder agreed that oil should keep its first priority"
    # elsewhere rightly gives the fact, which the one-build scoring of the own gold matched)
    facts = extract_facts(text)
    assert ("Tedder", "advocated", "railways") in facts and ("Tedder", "advocated", "oil") not in facts, facts


def test_the_names_set_off_after_a_group_of_people_stand_for_it(extract_facts):
    facts = extract_facts("The official historians, Webster and Frankland, criticized Harris.")
    assert ("Webster", "criticized", "Harris") in facts and ("Frankland", "criticized", "Harris") in facts, facts
    assert not [f for f in facts if f[0] == "historians"], facts
    # (but "Bufton and Bottomley among them" are examples of the critics, who stay)
    facts = extract_facts("Harris's critics at the Air Ministry—Bufton and Bottomley among them—were convinced.")
    assert ("Bufton", "memberOf", "Air Ministry") in facts, facts


def test_the_fuehrer_is_hitler(extract_facts):
    facts = extract_facts("Speer's report to the Führer of 28 July painted a grim picture.")
    assert ("Speer's report", "addressedTo", "Hitler") in facts, facts


def test_a_parenthetical_announcement_after_a_fact_attributes_it():
    import tempfile
    from pathlib import Path

    from graph.build import extract_records

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.txt"
        p.write_text("LONDON, Oct. 7 (AP) - R.A.F. Lancasters attacked the synthetic oil plant at Bottrop last night, "
                     "the Air Ministry announced today.\n", encoding="utf-8")
        (_, rec), = list(extract_records([p]))
    attack = next(f for f in rec.facts if f["p"] == "attacked")
    assert rec.mentions[attack["att"]]["label"] == "Air Ministry", rec.facts


def test_a_dotted_acronym_parses_as_the_plain_one(nlp):
    doc = nlp("The R.A.F. bombed Düsseldorf last night.")
    assert doc[1].dep_ == "nsubj" and doc[2].dep_ == "ROOT", [(t.text, t.dep_) for t in doc]


def test_an_entry_head_with_the_surname_first_is_one_person(extract_facts):
    facts = extract_facts("SPAATZ, Carl Andrew (1891-1974). An early convert to the oil plan, he persuaded "
                          "Eisenhower in March 1944 to let him attack the synthetic plants.")
    assert ("Spaatz", "persuaded", "Eisenhower") in facts and ("Spaatz", "advocated", "oil plan") in facts, facts
    # a bare rank with no name is no one: "he" is not "General"
    facts = extract_facts("Commanding General, United States Strategic Air Forces in Europe. He persuaded Eisenhower.")
    assert not [f for f in facts if f[1] == "persuaded"], facts


def test_an_inverted_aside_gives_its_speaker_the_statement(extract_facts):
    facts = extract_facts("The Luftwaffe's fuel reserves, reported General Koller on 3 August, would last only until "
                          "the end of the month.")
    assert ("Koller", "stated", "The Luftwaffe's fuel reserves would last only until the end of the month") in facts, \
        facts


def test_one_who_telephones_to_say_something_says_it(extract_facts):
    facts = extract_facts("Spaatz telephoned Tedder at noon to say that the Eighth had bombed Leuna.")
    assert ("Spaatz", "stated", "the Eighth had bombed Leuna") in facts, facts


def test_what_one_argues_could_be_done_is_not_done_and_he_is_the_arguer(extract_facts):
    facts = extract_facts("Bufton argued that Bomber Command could destroy Pölitz and Leuna within a month if Harris "
                          "were directed to do so, and he urged that the next directive name oil as the sole first "
                          "priority.")
    assert ("Bufton", "advocated", "oil") in facts, facts
    assert not [f for f in facts if f[1] == "attacked" or f[0] == "Harris"], facts


def test_a_proposal_to_send_bombers_is_no_attack(extract_facts):
    facts = extract_facts("He proposed on 3 July that every available bomber of the Eighth be sent against Merseburg.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    facts = extract_facts("Arnold wrote to Spaatz approving the attacks on the synthetic plants.")
    assert not [f for f in facts if f[0] == "Spaatz"], facts


def test_a_denied_attack_is_none(extract_facts):
    facts = extract_facts("The Eighth Air Force did not attack oil targets in June; its bombers were tied to the "
                          "invasion front.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_the_latter_is_the_second_of_two(extract_facts):
    facts = extract_facts("Both Tedder and Harris attended the meeting. The latter argued for the oil plan; the former "
                          "said nothing.")
    assert ("Harris", "advocated", "oil plan") in facts and ("Tedder", "advocated", "oil plan") not in facts, facts
    # (an adjective before a noun is no reference: "the former Chief of Air Staff")
    assert not [f for f in extract_facts("Harris met the former Chief of Air Staff.") if f[0] == "Harris" and
                f[1] == "advocated"]


def test_a_document_that_would_do_something_is_not_there(extract_facts):
    facts = extract_facts("Only a direct order from the Chief of the Air Staff would change that.")
    assert not [f for f in facts if f[1] == "authored"], facts


def test_what_one_says_his_crews_could_not_hit_is_not_hit(extract_facts):
    facts = extract_facts("The plants were small targets, easily hidden by smoke. Harris argued that his crews could not "
                          "hit them at night and that the effort would be wasted. Portal disagreed.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_what_one_asks_whether_a_unit_can_attack_is_not_attacked(extract_facts):
    facts = extract_facts("Portal asked Harris whether Bomber Command could attack Politz by night. Harris replied "
                          "that it could not, at least not until the winter.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    assert ("Harris", "repliesTo", "Portal") in facts, facts


def test_its_division_is_a_part_of_the_body_before(tmp_path):
    from rdflib import RDF, SKOS, Literal, URIRef

    from graph.build import extract_graph

    p = tmp_path / "t.txt"
    p.write_text("The US Strategic Bombing Survey sent teams into Germany. Its Oil Division was headed by Colonel "
                 "J. H. Hughes.", encoding="utf-8")
    g = extract_graph([p]).graph
    division = next(g.subjects(SKOS.prefLabel, Literal("Oil Division")))
    kg = "https://w3id.org/histkg/ontology#"
    assert (division, RDF.type, URIRef(kg + "GovernmentBody")) in g
    assert (division, RDF.type, URIRef(kg + "MilitaryUnit")) not in g


def test_a_common_noun_for_a_part_of_a_named_body_is_of_its_class(tmp_path):
    from rdflib import RDF, SKOS, Literal, URIRef

    from graph.build import extract_graph

    p = tmp_path / "t.txt"
    p.write_text("The oil division of the Ministry of Economic Warfare, headed by Lawrence, supplied the estimates.",
                 encoding="utf-8")
    g = extract_graph([p]).graph
    division = next(g.subjects(SKOS.prefLabel, Literal("oil division")))
    kg = "https://w3id.org/histkg/ontology#"
    assert (division, RDF.type, URIRef(kg + "GovernmentBody")) in g
    assert (division, RDF.type, URIRef(kg + "MilitaryUnit")) not in g


def test_a_plant_belonging_to_a_firm_is_no_member(extract_facts):
    facts = extract_facts("The plants at Böhlen, Zeitz and Rositz, all in the brown-coal district south of Leipzig, "
                          "belonged to the Braunkohle-Benzin company (Brabag).")
    assert not [f for f in facts if f[1] == "memberOf"], facts


def test_his_message_is_no_document(extract_facts):
    # ("Portal then tried to soften his message": what he meant, not a paper; "message" is no document noun)
    facts = extract_facts("Portal then tried to soften his message, saying he was pleased with the attacks.")
    assert not [f for f in facts if f[1] == "authored"], facts


def test_a_section_under_a_man_is_his_not_its_ministrys(extract_facts):
    facts = extract_facts("The Ministry of Economic Warfare's Oil Section, under Lawrence, produced fortnightly "
                          "estimates of German oil stocks.")
    assert ("Lawrence", "commands", "MEW") not in facts and \
        ("Lawrence", "commands", "Ministry of Economic Warfare") not in facts, facts


def test_the_one_given_charge_is_tasked_not_the_giver(extract_facts):
    facts = extract_facts("Speer gave Dorsch charge of the underground plants in the Harz.")
    assert not [f for f in facts if f[0] == "Speer" and f[1] == "taskedWith"], facts


def test_a_documents_own_phrase_makes_no_one_a_member(extract_facts):
    # ("Bufton, for the Air Ministry," is membership; "drafted the orders for the Eighth" is not)
    facts = extract_facts("His deputy for operations, Major General Frederick Anderson, drafted the orders for the "
                          "Eighth and Fifteenth Air Forces.")
    assert not [f for f in facts if f[1] == "memberOf" and "Air Force" in f[2]], facts
    assert ("Bufton", "memberOf", "Air Ministry") in extract_facts(
        "Its chairmen were Bufton, for the Air Ministry, and Colonel Maxwell, for USSTAF.")


def test_must_gives_a_task_not_a_deed(extract_facts):
    facts = extract_facts("Bomber Command must attack Pölitz.")
    assert ("Bomber Command", "taskedWith", "Pölitz") in facts and ("Bomber Command", "attacked", "Pölitz") not in facts
    assert not extract_facts("Bomber Command must not attack Pölitz.")
    # "must have" guesses at a deed, and gives no task
    assert extract_facts("Harris must have attacked Leuna.") == {("Harris", "attacked", "Leuna")}


def test_the_one_pressed_for_an_effort_against_something_takes_no_stance(extract_facts):
    facts = extract_facts("Spaatz and Doolittle flew to London on 10 October to press the Air Ministry for a greater "
                          "share of the effort against oil.")
    assert ("Spaatz", "advocated", "oil") in facts and ("Air Ministry", "advocated", "oil") not in facts


def test_the_one_pressed_for_something_takes_no_stance(extract_facts):
    facts = extract_facts("General Anderson pressed the Combined Chiefs for a larger share of the bombers for the "
                          "oil campaign.")
    assert ("Frederick Anderson", "advocated", "oil campaign") in facts, facts
    assert ("Combined Chiefs", "advocated", "oil campaign") not in facts, facts


def test_a_cleft_persuader_takes_the_stance_not_the_one_set_against_it(extract_facts):
    facts = extract_facts("It was Tedder who finally persuaded Eisenhower that the railways, not oil, offered the "
                          "quickest return.")
    assert ("Tedder", "persuaded", "Eisenhower") in facts, facts
    assert ("Tedder", "advocated", "oil") not in facts, facts


def test_a_clause_of_time_on_a_speech_verb_is_not_what_was_said(extract_facts):
    facts = extract_facts("Portal replied after Bufton had told Harris that the plan stood.")
    assert not [f for f in facts if f[:2] == ("Portal", "stated")], facts
    assert [f for f in facts if f[:2] == ("Bufton", "stated")], facts
    # nor is the telling in it the reply's hearer: the clause has a subject of its own
    assert ("Portal", "repliesTo", "Harris") not in facts, facts


def test_what_lies_on_a_river_lies_towards_the_compass_point_not_the_river(extract_facts):
    facts = extract_facts("The Moosbierbaum refinery lay on the Danube some twenty miles west of Vienna.")
    assert ("Danube", "locatedIn", "Vienna") not in facts, facts


def test_a_biography_entry_gives_its_posts_to_the_person_it_opens_with(extract_facts):
    facts = extract_facts("TEDDER, Arthur William (1890–1967). Deputy Supreme Commander, SHAEF, 1944–45; Chief of "
                          "the Air Staff, 1946–49. BUFTON, Sydney Osborne (1908–1993). Director of Bomber Operations, "
                          "Air Ministry, 1943–45.")
    assert {("Tedder", "holdsPosition", "Deputy Supreme Commander"), ("Tedder", "holdsPosition", "Chief of the Air Staff"),
            ("Tedder", "memberOf", "SHAEF"), ("Bufton", "holdsPosition", "Director of Bomber Operations"),
            ("Bufton", "memberOf", "Air Ministry")} <= facts, sorted(facts)
    # a deputy's post commands nothing; the next entry's posts are not the first person's
    assert ("Tedder", "commands", "SHAEF") not in facts and ("Tedder", "memberOf", "Air Ministry") not in facts
    # a sentence with a verb ends the entry
    facts = extract_facts("TEDDER, Arthur William (1890–1967). He met Spaatz often. Chief of the Air Staff, 1946–49.")
    assert not [f for f in facts if f[1] == "holdsPosition"], facts


def test_a_negation_in_the_main_clause_does_not_reach_a_clause_of_its_own(extract_facts):
    facts = extract_facts("Although Eisenhower had formally approved the oil plan in March, it was not until the "
                          "middle of May that the first large raids were flown, when 935 bombers of the Eighth Air "
                          "Force struck Zwickau, Merseburg, Brüx, Lützkendorf, Böhlen and Zeitz.")
    assert ("Eisenhower", "advocated", "oil plan") in facts, sorted(facts)
    assert ("Eisenhower", "opposed", "oil plan") not in facts, sorted(facts)
    assert ("Eighth Air Force", "attacked", "Lützkendorf") in facts, sorted(facts)
    # (an infinitive of purpose stays in scope: "did not go to attack Leuna")
    assert ("Harris", "attacked", "Leuna") not in extract_facts("Harris did not send his crews to attack Leuna.")


def test_in_summary_is_an_idiom_but_in_reply_names_a_reply(extract_facts):
    assert ("Portal", "authored", "summary") not in extract_facts("In summary, Portal wrote that oil came first.")
    assert ("Portal", "authored", "reply") in extract_facts("In reply, Portal wrote that oil came first.")


@pytest.mark.parametrize("text, fact", [
    ("Harris wrote to Churchill on 1 November that he had no faith in \u201cthe oil plan.\u201d",
     ("Harris", "opposed", "oil plan")),
    ("Harris never had much confidence in the oil plan.", ("Harris", "opposed", "oil plan")),
])
def test_a_denied_noun_of_advocacy_is_opposition(extract_facts, text, fact):
    facts = extract_facts(text)
    assert fact in facts and (fact[0], "advocated", fact[2]) not in facts, sorted(facts)


def test_a_noun_of_advocacy_not_denied_is_advocacy_only(extract_facts):
    facts = extract_facts("Harris had faith in area bombing.")
    assert ("Harris", "advocated", "area bombing") in facts and ("Harris", "opposed", "area bombing") not in facts


def test_the_people_between_whom_a_meeting_was_took_part_in_it(extract_facts):
    facts = extract_facts("The meeting at High Wycombe on 12 January between Portal and Harris settled nothing.")
    assert {("Portal", "participatedIn", "meeting"), ("Harris", "participatedIn", "meeting"),
            ("meeting", "locatedIn", "High Wycombe")} <= facts, sorted(facts)
    assert not extract_facts("The difference between oil and transport was great.")


def test_a_plan_that_is_written_or_submitted_is_a_paper(extract_facts):
    facts = extract_facts("Colonel Charles Cabell of Spaatz's staff prepared the American plan, which was submitted "
                          "to Portal on 5 March.")
    assert {("Charles Cabell", "authored", "American plan"), ("American plan", "addressedTo", "Portal")} <= facts, \
        sorted(facts)
    # a plan named by its target stays the campaign
    assert ("Bufton", "authored", "oil plan") not in extract_facts("Bufton, who had drafted the oil plan, was pleased.")


def test_a_relative_pronoun_subject_of_a_passive_stands_for_its_noun(extract_facts):
    assert ("memorandum", "addressedTo", "Portal") in extract_facts("Cabell wrote the memorandum, which was sent to "
                                                                   "Portal.")


def test_sending_bombers_to_a_place_attacks_it_but_sending_a_letter_does_not(extract_facts):
    assert not [f for f in extract_facts("The letter was sent to Harris in London.") if f[1] == "attacked"]
    assert ("Harris", "attacked", "Portal") not in extract_facts("Harris sent a letter to Portal.")
    assert ("Spaatz", "attacked", "London") not in extract_facts("Spaatz sent his deputy to London.")


def test_a_cleft_with_the_one_set_against_it_read_as_a_modifier(extract_facts):
    facts = extract_facts("It was the RAF, not the Americans, that destroyed the Pölitz plant in December.")
    assert ("RAF", "attacked", "Pölitz") in facts and ("Americans", "attacked", "Pölitz") not in facts, sorted(facts)


@pytest.mark.parametrize("text, person", [
    ("General Koller, the Luftwaffe's chief of staff, reported on 8 August.", "Koller"),
    ("The Luftwaffe's Chief of Staff, General Kreipe, complained.", "Kreipe"),
])
def test_a_chief_of_staff_serves_in_the_body_and_commands_nothing(extract_facts, text, person):
    facts = extract_facts(text)
    assert (person, "memberOf", "Luftwaffe") in facts, sorted(facts)
    assert not [f for f in facts if f[1] == "commands"], sorted(facts)


def test_a_plant_outside_a_country_and_its_apposition(extract_facts):
    facts = extract_facts("Brüx, the largest synthetic plant outside Germany proper, was bombed by the Eighth on 12 May "
                          "and by the Fifteenth on 16 December.")
    assert ("Fifteenth Air Force", "attacked", "Brüx") in facts, sorted(facts)
    # the apposition is no second target, and "outside" places nothing
    assert not [f for f in facts if f[2] == "synthetic plant" or f[1] == "locatedIn"], sorted(facts)


def test_a_fronted_place_that_is_no_body_gives_no_membership(extract_facts):
    assert not [f for f in extract_facts("At Bushy Park, Spaatz met Tedder.") if f[1] == "memberOf"]


def test_an_attack_one_urges_is_not_made(extract_facts):
    facts = extract_facts("Arnold's chief of staff, General Giles, thought that Spaatz was too cautious and urged him "
                          "to send the Eighth against Berlin.")
    assert ("Eighth Air Force", "attacked", "Berlin") not in facts, sorted(facts)


def test_leave_to_attack_is_no_attack(extract_facts):
    facts = extract_facts("Eisenhower gave Spaatz permission on 19 April to attack the oil plants on two days of "
                          "visual weather.")
    assert not [f for f in facts if f[1] == "attacked"], sorted(facts)


def test_a_force_returning_to_a_town_alone_may_be_going_home(extract_facts):
    assert not [f for f in extract_facts("The Eighth Air Force returned to England.") if f[1] == "attacked"]


def test_the_speaker_of_a_torn_that_clause_orders_no_one(extract_facts):
    facts = extract_facts("Speer recorded that Hitler, on hearing of the raid on Pölitz, ordered Göring to double the "
                          "flak around the hydrogenation plants.")
    assert ("Speer", "ordered", "Göring") not in facts, sorted(facts)


def test_a_force_sent_somewhere_is_no_task(extract_facts):
    facts = extract_facts("Spaatz instructed Doolittle to send the Eighth back to Leuna.")
    assert ("Doolittle", "taskedWith", "Eighth Air Force") not in facts, facts
    facts = extract_facts("Spaatz instructed Doolittle to send the Eighth.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts


def test_a_complaint_is_about_its_clauses_subject_not_ones_own(extract_facts):
    facts = extract_facts("Eaker complained that his Fifteenth Air Force had too few escorts.")
    assert not [f for f in facts if f[1] == "criticized"], facts
    facts = extract_facts("Harris did not complain that the Air Ministry was interfering.")
    assert not [f for f in facts if f[1] == "criticized"], facts
    # the order gives the priority, not the forces it is sent to
    facts = extract_facts("On 8 June Spaatz issued an order to the Eighth Air Force giving the oil targets first priority.")
    assert ("Eighth Air Force", "advocated", "oil targets") not in facts, facts
    # the one who appoints holds no post
    facts = extract_facts("Geilenberg, whom Speer had appointed Commissioner-General, mobilised the workers.")
    assert [f for f in facts if f[1] == "holdsPosition"] == [("Geilenberg", "holdsPosition", "Commissioner-General")], facts


def test_an_aside_after_a_colon_is_the_speech_of_the_clause_before(extract_facts):
    facts = extract_facts("Tedder argued for the railways. Spaatz would not budge: oil first, he said, and "
                          "everything else second.")
    assert ("Spaatz", "stated", "oil first and everything else second") in facts, facts
    assert ("Tedder", "advocated", "oil") not in facts, facts
    # an aside inside the clause it reports is someone else's ("Harris, he wrote, had never ...")
    facts = extract_facts("Bufton's minute to Bottomley was blunt. Harris, he wrote, had never accepted the oil plan.")
    assert not [f for f in facts if f[0] == "Harris" and f[1] == "stated"], facts


def test_first_without_a_verb_needs_a_speaker(extract_facts):
    facts = extract_facts("The order of the day: oil first.")
    assert not [f for f in facts if f[1] == "advocated"], facts
    facts = extract_facts("Spaatz would not say: oil first.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_what_is_said_after_a_colon_is_the_statement(extract_facts):
    facts = extract_facts("The answer was plain: the plants must come first, Spaatz said.")
    assert ("Spaatz", "stated", "the plants must come first") in facts, facts
    # a short one keeps the whole clause (two words make no statement)
    facts = extract_facts("Tedder argued for the railways. Spaatz would not budge: oil first, he said.")
    assert ("Spaatz", "advocated", "oil") in facts and ("Tedder", "advocated", "oil") not in facts, facts


def test_a_name_with_a_post_set_off_after_it_is_a_person(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("Kreipe, the Luftwaffe Chief of Staff, told Göring that the fighters could not defend the Reich.")
    kreipe = next(m for m in Extractor(ontology).mentions.find(doc) if m.text == "Kreipe")
    assert kreipe.types[:1] == ["Person"] and not kreipe.weak_type


def test_a_force_returning_to_a_town_goes_home_unless_the_town_has_a_plant(extract_facts):
    facts = extract_facts("Early in July the Eighth Air Force returned to England.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    # nor does a person in a "where" clause lie in the town
    facts = extract_facts("Spaatz flew to Caserta, where Eaker had his headquarters.")
    assert not [f for f in facts if f[1] == "locatedIn" and f[0] == "Eaker"], facts


def test_what_a_force_could_not_attack_it_did_not_attack(extract_facts):
    facts = extract_facts("Eaker, commanding the Mediterranean Allied Air Forces from Caserta, told Arnold that the "
                          "Fifteenth could not attack Ploesti and the Vienna refineries at the same time.")
    assert not [f for f in facts if f[1] == "attacked"], facts


def test_a_role_denied_or_an_objection_with_its_own_object_gives_nothing_more(extract_facts):
    facts = extract_facts("Pölitz was not the responsibility of Bomber Command.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts
    # "over Harris's objections to the oil plan": his objection is to the plan, not to the directive
    facts = extract_facts("The directive was issued over Harris's objections to the oil plan.")
    assert ("Harris", "opposed", "oil plan") in facts and ("Harris", "opposed", "directive") not in facts, facts


def test_costs_wishes_and_stops_that_give_nothing(extract_facts):
    # a loss of fuel is the victim's, not an attacker's
    facts = extract_facts("The attacks on Leuna had cost the Germans some 1,200,000 tons of fuel.")
    assert not [f for f in facts if f[1] == "attacked" and f[0] != "attacks"], facts
    # what must be allowed to stop is no call to go on
    facts = extract_facts("Portal insisted that the offensive against oil must be allowed to slacken.")
    assert not [f for f in facts if f[1] == "advocated"], facts
    # a wish with its own finite clause is a report, not a call ("wanted to know whether ...")
    facts = extract_facts("Tedder wondered whether the heavy bombers were kept on the railways.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_whom_one_tells_is_no_meeting_unless_it_is_one(extract_facts):
    facts = extract_facts("Milch told Göring on 3 July that the reserves would last only until August.")
    assert not [f for f in facts if f[1] == "participatedIn"], facts
    facts = extract_facts("Milch did not tell the conference that the reserves would last only until August.")
    assert not [f for f in facts if f[1] == "participatedIn"], facts


def test_a_reports_date_or_subject_is_not_its_maker(extract_facts):
    facts = extract_facts("The report of 18 November listed Pölitz and Leuna as the most important targets.")
    assert not [f for f in facts if f[1] == "advocated"], facts
    facts = extract_facts("The report of the raid on Leuna listed Pölitz as the most important target.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_a_superlative_needs_targets_and_a_speaker(extract_facts):
    facts = extract_facts("Hughes argued that the German oil industry was the most vulnerable of all industries.")
    assert not [f for f in facts if f[1] == "advocated"], facts
    facts = extract_facts("Leuna was the most important of the targets.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_a_papers_owner_speaks_for_it_before_its_drafter(extract_facts):
    facts = extract_facts("Portal's letter of 5 November, drafted for him by Bufton, placed oil first.")
    assert ("Portal", "advocated", "oil") in facts and ("Bufton", "advocated", "oil") not in facts, facts
    # a complaint about a paper is not one about whoever signed it
    facts = extract_facts("The directive, signed by Bottomley, gave oil priority. Harris protested to Portal that the "
                          "directive ignored the results of area bombing.")
    assert ("Harris", "criticized", "Bottomley") not in facts, facts


def test_no_objection_is_no_opposition(extract_facts):
    facts = extract_facts("Tedder replied that he had no objection to the oil plan provided the railways were not "
                          "neglected.")
    assert ("Tedder", "opposed", "oil plan") not in facts, facts


def test_a_named_plant_in_a_list_keeps_its_own_place(extract_facts):
    # only kinds of plant named in one breath share the place of the last
    facts = extract_facts("The Eighth Air Force attacked Leuna and the aircraft factories in central Germany.")
    assert ("Leuna", "locatedIn", "central Germany") not in facts, facts


def test_a_relative_after_a_plurals_place_is_the_plurals_only_for_which(extract_facts):
    facts = extract_facts("The Romanian refineries at Ploesti, which supplied about a third of Germany's crude oil, "
                          "were defended by heavy flak.")
    assert ("Ploesti", "supplies", "Germany") not in facts, facts
    # "who" after a name is the name's ("sent the reports to Harris, who replied")
    facts = extract_facts("Portal sent the reports to Harris, who replied that the figures were wrong.")
    assert ("Harris", "stated", "the figures were wrong") in facts, facts


def test_a_name_set_off_at_the_end_is_a_gapped_subject_only_with_nothing_else_named(extract_facts):
    facts = extract_facts("Bomber Command attacked Leuna by night, the Americans by day.")
    assert ("Americans", "attacked", "Leuna") in facts, facts
    # an apposition is no gapped clause, nor a remnant with a verb or a second name
    for text in ("Harris attacked Leuna, the largest plant in Germany.",
                 "Harris attacked Leuna, Portal wrote later.",
                 "In June the Eighth Air Force attacked Pölitz, the Fifteenth Air Force Ploesti."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] == "attacked" and f[2] == "Leuna" and f[0] != "Harris"], facts
        assert not [f for f in facts if f[0] == "Fifteenth Air Force" and f[2] == "Pölitz"], facts


def test_a_priority_never_accepted_is_no_advocacy(extract_facts):
    facts = extract_facts("Arnold, who had never fully accepted the priority given to oil, nevertheless instructed "
                          "Spaatz to keep the pressure on the German refineries through the winter.")
    assert ("Arnold", "ordered", "Spaatz") in facts, facts
    assert ("Arnold", "advocated", "oil") not in facts, facts


def test_one_held_responsible_is_blamed_not_tasked(extract_facts):
    facts = extract_facts("Speer held Bomber Command responsible for the destruction of Leuna.")
    assert not [f for f in facts if f[1] == "taskedWith"], facts


def test_what_is_said_to_have_come_first_or_never_to_is_no_advocacy(extract_facts):
    for text in ("Harris wrote that the oil plants had come first in May.", "Harris said that oil would never come first.",
                 "Among the plants the Eighth Air Force never attacked was Pölitz."):
        facts = extract_facts(text)
        assert not [f for f in facts if f[1] in ("advocated", "attacked")], facts


def test_going_back_to_a_town_alone_is_no_raid(extract_facts):
    assert not extract_facts("The Eighth Air Force went back to England.")
    assert not extract_facts("Spaatz went back to London.")


def test_a_cleft_that_denies_one_name_gives_the_fact_to_the_other_only(extract_facts):
    facts = extract_facts("It was Tedder, not Spaatz, who persuaded Eisenhower to accept the transportation plan.")
    assert ("Tedder", "persuaded", "Eisenhower") in facts, facts
    assert ("Spaatz", "persuaded", "Eisenhower") not in facts, facts


def test_who_hands_over_a_command_does_not_hold_it_by_handing_it(extract_facts):
    facts = extract_facts("Eaker handed over command of the Eighth Air Force to Doolittle.")
    assert ("Eaker", "commands", "Eighth Air Force") not in facts, facts
    assert not extract_facts("Eaker refused to hand over command of the Eighth Air Force to Doolittle.")


def test_denying_one_ever_regarded_a_thing_as_a_panacea_is_no_opposition(extract_facts):
    facts = extract_facts("He denied that he had ever regarded oil as a panacea, but he insisted that the MEW had "
                          "been wrong about ball-bearings.")
    assert not [f for f in facts if f[1] == "opposed"], facts


def test_ones_successor_does_not_speak_for_one(extract_facts):
    facts = extract_facts("Kammhuber's successor complained that his crews could not be trained.")
    assert not [f for f in facts if f[0] == "Kammhuber"], facts


def test_refusing_a_request_or_a_release_is_no_advocacy(extract_facts):
    facts = extract_facts("On 19 June Hitler ordered that the hydrogenation plants be given absolute priority. "
                          "Göring refused to release fighters for the defence of the plants.")
    assert not [f for f in facts if f[0] == "Göring" and f[1] == "advocated"], facts
    facts = extract_facts("Hitler refused Speer's request that fighters be withdrawn from the front to protect the "
                          "synthetic plants.")
    assert ("Hitler", "advocated", "synthetic plants") not in facts, facts


def test_a_plant_found_under_smoke_and_not_bombed_is_not_attacked(extract_facts):
    facts = extract_facts("Doolittle's bombers found the Magdeburg plant obscured by smoke screens and bombed the town "
                          "instead.")
    assert not [f for f in facts if f[1] == "attacked" and f[2] == "Magdeburg plant"], facts


def test_words_of_order_and_german_works_are_typed_by_the_text(tmp_path):
    from rdflib import RDF, SKOS

    from graph.build import extract_graph

    p = tmp_path / "d.txt"
    # "at its head" is a place in a list, no person; "-werk" ends the name of a works; a capitalised
    # common noun that opens a sentence with its "of" phrase is no name
    p.write_text("Bufton prepared a list of targets, with Pölitz and Leuna at its head. Saur said the tanks "
                 "at Nibelungenwerk were idle. Control of the strategic air forces passed to Eisenhower. The "
                 "Jagdwaffe lost 300 pilots.",
                 encoding="utf-8")
    g = extract_graph([p]).graph
    types = {str(o): {str(t).rsplit("#", 1)[-1] for t in g.objects(s, RDF.type)}
             for s, o in g.subject_objects(SKOS.prefLabel)}
    assert "head" not in types and "Control" not in types, types
    assert types["Nibelungenwerk"] == {"Facility"} and types["Jagdwaffe"] == {"MilitaryUnit"}, types


def test_who_gives_up_command_does_not_hold_it(extract_facts):
    # (an own-gold absent check moved here: other passages rightly give Eisenhower the strategic air forces)
    facts = extract_facts("Eisenhower relinquished his direction of the strategic air forces in mid-September, and "
                          "control passed back to Portal and Arnold, acting for the Combined Chiefs.")
    assert ("Portal", "commands", "strategic air forces") in facts, facts
    assert not [f for f in facts if f[0] == "Eisenhower"], facts


def test_running_what_a_body_does_is_not_running_the_body(extract_facts):
    facts = extract_facts("Milch, who had been Göring's deputy, ran the Luftwaffe's aircraft production until June.")
    assert not [f for f in facts if f[1] == "commands"], facts
    facts = extract_facts("Kehrl ran the planning office in Speer's ministry.")
    assert ("Kehrl", "commands", "planning office") in facts, facts


def test_a_question_why_it_had_not_struck_is_no_attack(extract_facts):
    # (an own-gold absent check moved here: other passages rightly have the Fifteenth attack refineries)
    facts = extract_facts("Arnold cabled Spaatz to ask why the Fifteenth Air Force had not yet struck the refineries "
                          "at Vienna, which photographs showed were working again.")
    assert not [f for f in facts if f[1] == "attacked"], facts
    assert ("refineries", "locatedIn", "Vienna") in facts, facts


def test_a_target_found_under_cloud_and_left_is_not_attacked(extract_facts):
    # (an own-gold absent check moved here: other passages rightly have the 3rd Air Division attack Ruhland)
    facts = extract_facts("Doolittle's 3rd Air Division found the Ruhland plant covered by cloud on 12 September and "
                          "bombed Dresden's marshalling yards instead.")
    assert [f[2] for f in facts if f[1] == "attacked"] == ["marshalling yards"], facts


def test_a_place_naming_the_target_after_against_is_not_the_target(extract_facts):
    facts = extract_facts("The Fifteenth Air Force flew 20 missions against the Vienna refineries between August and "
                          "December, losing more than 200 heavy bombers.")
    assert ("Fifteenth Air Force", "attacked", "Vienna refineries") in facts, facts
    assert ("Fifteenth Air Force", "attacked", "Vienna") not in facts, facts
    assert ("Harris", "advocated", "oil plan") not in extract_facts("Harris had little faith in the oil plan.")


def test_a_relative_on_the_second_of_two_phrases_is_that_ones(extract_facts):
    facts = extract_facts("Tedder circulated his paper to the Chiefs of Staff and to Spaatz, who replied that he saw no "
                          "conflict between the two plans.")
    assert not [f for f in facts if f[0] == "Chiefs of Staff"], facts


def test_a_river_is_not_near_the_town_its_plant_is_near(extract_facts):
    facts = extract_facts("The Ministry estimated that Pölitz, on the Oder near Stettin, produced much fuel.")
    assert ("Pölitz", "locatedIn", "Oder") in facts, facts
    assert ("Oder", "locatedIn", "Stettin") not in facts, facts


def test_one_who_says_he_failed_is_no_critic_of_anyone_and_a_named_proposal_stays_the_paper(extract_facts):
    facts = extract_facts("Harris admitted that he had failed to destroy Berlin.")
    assert not [f for f in facts if f[1] == "criticized"], facts
    facts = extract_facts("Harris opposed Spaatz's proposal to bomb the synthetic plants.")
    assert ("Harris", "opposed", "Spaatz's proposal") in facts, facts


def test_what_a_thing_is_taken_as_is_no_paper_of_its_own(extract_facts):
    facts = extract_facts("Harris took it as an order from Portal himself.")
    assert not [f for f in facts if f[1] == "authored"], facts
    facts = extract_facts("Harris regarded the directive as an order from the Air Ministry.")
    assert not [f for f in facts if f[1] in ("authored", "issued")], facts


def test_what_was_bombed_rather_than_something_else_was_not_bombed(extract_facts):
    facts = extract_facts("Bomber Command dropped its bombs on Essen rather than on Leuna.")
    assert ("Bomber Command", "attacked", "Essen") in facts, facts
    assert ("Bomber Command", "attacked", "Leuna") not in facts, facts


def test_a_name_known_only_by_a_place_phrase_on_a_noun_is_a_place(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("The refinery at Almásfüzitő was attacked in August; so was the one at Szőny, a few miles downstream.")
    ms = {m.text: m.types[:1] for m in Extractor(ontology).mentions.find(doc)}
    assert ms["Szőny"] == ["Place"], ms


def test_a_neutral_word_for_conduct_criticizes_only_when_judged_badly(extract_facts):
    facts = extract_facts("Portal told Sinclair that Harris's attitude was excellent.")
    assert not [f for f in facts if f[1] == "criticized"], facts


def test_forgiving_someone_is_no_criticism(extract_facts):
    facts = extract_facts("Portal forgave Harris.")
    assert not [f for f in facts if f[1] == "criticized"], facts


def test_orders_acted_on_are_no_paper_and_a_charge_is_no_order(extract_facts):
    facts = extract_facts("The Eighth attacked Leuna on Spaatz's orders.")
    assert ("Spaatz", "ordered", "Eighth Air Force") in facts, facts
    assert not [f for f in facts if f[1] == "authored"], facts
    facts = extract_facts("Before D-Day the Combined Chiefs of Staff placed the strategic bombers under Eisenhower's direction.")
    assert not [f for f in facts if f[1] == "ordered" and f[0] == "Eisenhower"], facts


def test_questioning_whether_a_campaign_could_succeed_is_no_advocacy_of_it(extract_facts):
    # (also an absent check of probe-s13k-d in the own gold, which kg eval holds against that passage's own
    # facts: another passage's Tedder does argue for the oil offensive)
    facts = extract_facts("Harris was not alone in his doubts. Sir Arthur Tedder, the Deputy Supreme Commander, also "
                          "questioned whether the oil offensive could succeed without attacks on transportation.")
    assert not [f for f in facts if f[1] == "advocated"], facts


def test_a_plan_that_reaches_someone_is_no_paper_sent(extract_facts):
    facts = extract_facts("Spaatz's plan reached Eisenhower in March.")
    assert not [f for f in facts if f[1] == "addressedTo"], facts


def test_a_bodys_commander_set_off_after_it_is_no_member_by_the_possessive(extract_facts):
    facts = extract_facts("The Fifteenth Air Force's commander, Major General Nathan F. Twining, sent his bombers "
                          "against the Blechhammer and Odertal plants.")
    assert not [f for f in facts if f[1] == "memberOf"], facts


def test_a_pronoun_in_a_noun_phrase_is_not_its_owner(extract_facts):
    facts = extract_facts("Sinclair defended Harris in Parliament but privately shared Portal's doubts about him.")
    assert ("Portal", "opposed", "Portal") not in facts and ("Sinclair", "opposed", "Portal") not in facts, facts
    assert ("Portal", "opposed", "Harris") in facts, facts


def test_which_after_the_one_a_paper_is_for_is_the_paper(extract_facts):
    facts = extract_facts("In December the Air Staff drafted a new directive for Harris which again put oil at the "
                          "top of the list.")
    assert ("Harris", "advocated", "oil") not in facts, facts


def test_a_hyphenated_entry_split_by_the_tokenizer_is_still_the_entry(nlp, ontology):
    from graph.extract import Extractor

    doc = nlp("They had been wrong about ball-bearings and would be wrong about oil.")
    ms = {m.text: m.types[:1] for m in Extractor(ontology).mentions.find(doc)}
    assert ms.get("ball-bearings") == ["TargetSystem"], ms


def test_a_plan_named_by_its_target_and_not_sent_stays_the_campaign(extract_facts):
    facts = extract_facts("Bufton had drafted the oil plan.")
    assert not [f for f in facts if f[1] == "authored"], facts


def test_cost_before_a_name_and_an_amount_keeps_both_objects(nlp):
    # (the general repair of a past tense read as a noun leaves this shape to cost_read_as_a_noun)
    doc = nlp("The raids on the Ruhr plants in June cost Bomber Command 93 Lancasters.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["Command"] == ("iobj", "cost") and deps["Lancasters"] == ("obj", "cost"), deps


@pytest.mark.parametrize("text, name, cls", [
    # the owner of a staff is a person
    ("Kesselring's staff in Italy complained that the attacks had left the army short of fuel.", "Kesselring", "Person"),
    # what an attack is on is no body, whatever the NER model guessed
    ("Harris admitted that the attacks on Bottrop and Homberg had been highly successful.", "Homberg", "Place"),
    # a named part of a ministry is no military division
    ("The Ministry of Economic Warfare's Oil Division, headed by Lawrence, kept a card index.", "Oil Division",
     "GovernmentBody"),
    # a town before a known plant names the plant
    ("The first RAF raid on Gelsenkirchen-Nordstern, on 12 June, cost Bomber Command 17 Lancasters.", "Nordstern",
     "Facility"),
    # a name opening a sentence that the tagger took for a gerund its lemmatizer could not take a verb from
    ("Kesselring asked Hitler for more flak.", "Kesselring", "Person"),
    # a name only the NER model typed, which a "his" before it makes a person
    ("In his post-war interrogation, Koller said that the fighters could fly only one sortie in four.", "Koller",
     "Person"),
    # a place ending an opening phrase is no first name of the subject after it
    ("At Nuremberg Speer testified that the war was lost.", "Nuremberg", "Place"),
    # a German unit numbered in figures
    ("Fighters of Jagdgeschwader 300 rose to defend Leuna.", "Jagdgeschwader 300", "MilitaryUnit"),
    # a numbered German unit before a verb that "I" cannot take
    ("Hitler ordered that the fighters of Jagdkorps I be used to protect the plants.", "Jagdkorps I", "MilitaryUnit"),
    # a name nothing else types, in a phrase of where
    ("Keitel said that the shortage of fuel had crippled the operations of the army in the Ardennes.", "Ardennes",
     "Place"),
    # the one whose chief of staff someone is
    ("Kesselring's chief of staff, General Westphal, complained that the lorries stood empty.", "Kesselring", "Person"),
    # a force known by its nickname (alias data)
    ("Bomber Command's Pathfinders marked the Wesseling plant with flares.", "Pathfinder Force", "MilitaryUnit"),
    # one set off as another's successor
    ("By 1944 he had been replaced, and his successor, Schmid, could do little to protect the plants.", "Schmid",
     "Person"),
])
def test_names_typed_by_their_context(tmp_path, text, name, cls):
    from rdflib import RDF, SKOS

    from graph.build import extract_graph

    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    g = extract_graph([p]).graph
    typed = {str(g.value(s, SKOS.prefLabel)) for s, o in g.subject_objects(RDF.type) if str(o).endswith("#" + cls)}
    assert name in typed, typed


def test_places_set_off_after_a_placed_noun_are_the_nouns(extract_facts):
    # "near Vienna, at Schwechat": both phrases place the plants; a town is not "at" another
    facts = extract_facts("The oil plants near Vienna, at Schwechat and Floridsdorf, were hit again.")
    assert ("oil plants", "locatedIn", "Vienna") in facts and ("Vienna", "locatedIn", "Schwechat") not in facts, facts


def test_orders_one_does_not_have_set_no_task(extract_facts):
    assert not [f for f in extract_facts("Harris had no orders to attack Leuna.") if f[1] == "taskedWith"]
    assert not [f for f in extract_facts("Harris had no authority to attack Leuna.") if f[1] == "taskedWith"]


def test_a_whose_post_is_held_without_the_pronoun(tmp_path):
    from rdflib import Literal

    from graph.build import extract_graph

    p = tmp_path / "doc.txt"
    p.write_text("Zeitz was bombed by the 3rd Air Division, whose commander, General LeMay, led the raid.",
                 encoding="utf-8")
    posts = {str(o) for o in extract_graph([p]).graph.objects() if isinstance(o, Literal)}
    assert "commander" in posts and "whose commander" not in posts, posts


def test_a_deed_of_issuing_names_no_target(extract_facts):
    # "it" is not what was pressed for: releasing something is no stance on it
    facts = extract_facts("The Eighth was tied to Overlord. Spaatz pressed Eisenhower to release it for oil.")
    assert ("Spaatz", "advocated", "Overlord") not in facts and ("Spaatz", "advocated", "oil") in facts, facts


def test_a_complaint_about_what_a_paper_did_opposes_the_paper_but_one_about_its_fate_does_not(extract_facts):
    assert ("Harris", "opposed", "directive") in extract_facts(
        "Harris complained that the directive diverted his bombers from the cities.")
    assert not [f for f in extract_facts("Harris complained that the directive had arrived late.")
                if f[1] == "opposed"]


def test_a_vulnerable_target_is_no_task_of_its_owner(extract_facts):
    facts = extract_facts("Kindleberger argued that oil was the Germans' most vulnerable target.")
    assert ("Kindleberger", "advocated", "oil") in facts and not [f for f in facts if f[1] == "taskedWith"], facts
    assert ("Bomber Command", "taskedWith", "oil") in extract_facts("Oil was Bomber Command's main target.")


def test_who_is_to_send_a_paper_is_not_whom_it_is_for(extract_facts):
    facts = extract_facts("Bottomley drafted a firm reply for Portal to send, rejecting Harris's claim that the oil "
                          "plan had failed.")
    assert ("Bottomley", "authored", "firm reply") in facts, facts
    assert not [f for f in facts if f[1] in ("addressedTo", "repliesTo")], facts
