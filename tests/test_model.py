"""The committed pipeline loads offline and parses a sentence correctly."""
import json

from click.testing import CliRunner

from graph.cli import main


def test_parses_a_sentence(nlp):
    doc = nlp("Tedder criticized Spaatz in a letter to the Air Ministry.")
    by = {t.text: t for t in doc}
    assert by["criticized"].pos_ == "VERB" and by["Tedder"].pos_ == "PROPN"
    assert by["Tedder"].dep_ == "nsubj" and by["Tedder"].head.text == "criticized"
    assert by["Spaatz"].dep_ in ("obj", "dobj") and by["Spaatz"].head.text == "criticized"
    assert by["letter"].head.text == "criticized" and by["Ministry"].head.text == "letter"
    assert by["criticized"].lemma_ == "criticize"
    assert len(list(doc.sents)) == 1


def test_sentences_and_entities(nlp):
    doc = nlp("General Eisenhower arrived in London on Monday. He met the Prime Minister.")
    assert len(list(doc.sents)) == 2
    assert any(e.label_ in ("PER", "LOC") for e in doc.ents)


def test_model_info_json():
    r = CliRunner().invoke(main, ["model", "info"])
    assert r.exit_code == 0, r.output
    info = json.loads(r.output)
    assert {"tok2vec", "parser", "ner", "lemmatizer"} <= set(info["components"])
    assert info["path"] and info["version"]


def test_bad_model_is_one_line_error():
    r = CliRunner().invoke(main, ["build", "seeds", "--model", "/nonexistent/model", "--out", "/tmp/x-kg-out"])
    assert r.exit_code == 5
    assert r.output.strip().count("\n") == 0 and "cannot load language model" in r.output


def test_titles_and_quotation_marks_do_not_break_sentences():
    from graph.nlp import load

    nlp = load(None)
    doc = nlp('Maj. Gen. Twining said the results were "excellent." Col. Maxwell agreed. "Oil first," he said.')
    assert [s.text for s in doc.sents] == ['Maj. Gen. Twining said the results were "excellent."',
                                           "Col. Maxwell agreed.", '"Oil first," he said.']


def test_a_verb_with_a_silent_e_keeps_it_in_its_lemma(nlp):
    # the rule tables know "hop" and "hope": "hoped" is "hope", "hopped" stays "hop"
    lemmas = {t.text: t.lemma_ for t in nlp("He hoped, hopes and was hoping that they hopped and sited the plant.")}
    assert [lemmas[w] for w in ("hoped", "hopes", "hoping", "sited")] == ["hope", "hope", "hope", "site"]
    assert lemmas["hopped"] == "hop"
