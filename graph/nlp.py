"""The one place that knows about language models.

The default pipeline is trained by ``training/`` from UD English EWT and UNER and
ships inside the package (``graph/model/``), so nothing is downloaded at run time.
``--model NAME|PATH`` swaps in any installed spaCy English pipeline.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .errors import ModelError

DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")  # "R.A.F.", "U.S."
# a stem ending in one vowel and one consonant, the shape that doubles before -ed ("hop", "rat", "sit")
SINGLE_FINAL_CONSONANT = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")

MODEL_DIR = Path(__file__).resolve().parent / "model"
DEFAULT_MODEL = "en_histkg_ewt"


def default_model_path() -> Path:
    return MODEL_DIR / DEFAULT_MODEL


def resolve_model(model: str | None) -> str:
    """Turn ``None`` into the shipped pipeline's path; leave names and paths as given."""
    if model is None or model == DEFAULT_MODEL:
        return str(default_model_path())
    return model


def _register_components() -> None:
    from spacy.language import Language

    if "histkg_line_breaks" in Language.factories:
        return
    from .repairs import repair_parse

    Language.component("histkg_repairs", func=repair_parse)  # parse repairs, after the parser

    @Language.component("histkg_acronyms")
    def acronyms(doc):
        """A dotted acronym the model never saw ("R.A.F.", "M.E.W.") is shown to it as the plain
        one ("RAF"): the same word features and vector, so "The R.A.F. bombed Düsseldorf" parses
        as "The RAF bombed Düsseldorf" does (the text is left as it is). Runs first."""
        vocab = doc.vocab
        for t in doc:
            if DOTTED_ACRONYM.match(t.text) and not vocab.has_vector(t.text):
                lex, plain = vocab[t.text], vocab[t.text.replace(".", "")]
                lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = plain.norm_, plain.prefix_, plain.suffix_, plain.shape_
                if vocab.vectors.mode == "default" and plain.orth in vocab.vectors.key2row:
                    vocab.vectors.add(lex.orth, row=vocab.vectors.key2row[plain.orth])
        return doc

    @Language.factory("histkg_silent_e")
    def silent_e(nlp, name):
        """The rule lemmatizer's tables know both "hop" and "hope", and read "hoped", "hoping" and
        "hopes" as "hop" (also "rated", "sited", "staged"). A verb form whose stem ends in one
        vowel and one consonant would have doubled that consonant ("hopped"), so where the stem
        with a silent e is a verb too, that is the lemma. Runs after the lemmatizer."""
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        tables = getattr(lemmatizer, "lookups", None)
        verbs = set(tables.get_table("lemma_index").get("verb", [])) if tables is not None and \
            tables.has_table("lemma_index") else set()

        def fix(doc):
            for t in doc:
                if not t.tag_.startswith("VB") or t.tag_ == "VB":
                    continue
                stem, form = t.lemma_.lower(), t.lower_
                if stem + "e" not in verbs or stem not in verbs or not SINGLE_FINAL_CONSONANT.search(stem):
                    continue
                if form in (stem + "ed", stem + "ing", stem + "es"):
                    t.lemma_ = stem + "e"
            return doc
        return fix

    @Language.component("histkg_line_breaks")
    def line_breaks(doc):
        """A line break ends a sentence: catalogue entries, headlines and datelines are
        one per line; so does a news dateline ("ROME, Dec. 17 (UP) -"). Runs before the
        parser, which keeps preset boundaries."""
        for t in doc[:-1]:
            if "\n" in t.text and t.is_space:
                doc[t.i + 1].is_sent_start = True
        for t in doc[1:-1]:
            # a full stop split off a word, then a capital: a new sentence ("... bombed Ploesti.
            # General Twining, its commander, reported ..." was parsed as one sentence with
            # "General Twining" the object). Abbreviations and initials are single tokens ("Gen.",
            # "F."), so they do not count; a lone capital before the stop ("Nathan F . Twining") neither.
            nxt = doc[t.i + 1]
            if t.text in (".", "!", "?") and t.whitespace_ and nxt.text[:1].isupper() and len(doc[t.i - 1].text) > 1:
                nxt.is_sent_start = True
        for t in doc[1:]:
            # no sentence starts with a small letter right after a word ("(AP) - RAF | heavy
            # bombers last night attacked ..." was cut after "RAF"), nor right after a comma
            # ("General Henry H. Arnold, | Commanding General of the Army Air Forces, visited ...")
            # (nor after a dotted acronym: "R.A.F. | heavy bombers")
            if not t.is_sent_start and (t.is_alpha and t.is_lower and (doc[t.i - 1].is_alpha or
                                                                       DOTTED_ACRONYM.match(doc[t.i - 1].text)) or
                                        doc[t.i - 1].text == "," and not t.is_space):
                t.is_sent_start = False
        for t in doc[1:]:
            # nor between a word and a name with no stop between ("carrying 12,000-lb | Tallboy bombs")
            prev = doc[t.i - 1]
            if prev.is_alpha and prev.is_lower and t.is_alpha and t.text[:1].isupper() and not t.is_stop and \
                    not t.is_sent_start:
                t.is_sent_start = False
        for t in doc[1:]:
            # no sentence ends between two capitalised words ("Fifteenth | Air Force Liberators"):
            # English sentences end with punctuation, names run on
            prev = doc[t.i - 1]
            if t.text[:1].isupper() and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start \
                    and not t.is_sent_start:
                t.is_sent_start = False
        for t in doc[1:-1]:
            # no sentence ends at a hyphen inside a word ("By mid | - | June Leuna was producing")
            # (nor between a number and its unit: "12,000-lb Tallboy bombs")
            if t.text in ("-", "\u2010", "\u2011") and not t.whitespace_ and not doc[t.i - 1].whitespace_ and \
                    (doc[t.i - 1].is_alpha or doc[t.i - 1].like_num) and doc[t.i + 1].is_alpha:
                t.is_sent_start = False
                doc[t.i + 1].is_sent_start = False
        for t in doc[1:]:
            # nor after a dotted acronym before a name or noun ("(AP) - R.A.F. | Lancasters last night
            # bombed ..."); before "The", "It", "He" it may end a sentence ("... the U.S. It was")
            prev = doc[t.i - 1]
            if DOTTED_ACRONYM.match(prev.text) and t.text[:1].isupper() and t.is_alpha and not t.is_stop:
                t.is_sent_start = False
        for t in doc[1:-1]:
            # "Directive No. 1": no sentence ends inside a catalogue number
            if t.lower_ in ("no.", "nos.", "nr.", "vol.", "ref.") and doc[t.i + 1].like_num:
                # (after a full stop "No. 5 Group" opens a sentence: "... the campaign. No. 5 Group, ...")
                t.is_sent_start = doc[t.i - 1].text in (".", "!", "?") and t.text[:1].isupper()
                doc[t.i + 1].is_sent_start = False
        for t in doc[1:]:
            # no sentence ends after a title ("Maj. Gen. Nathan F. Twining", "Col. Maxwell")
            if doc[t.i - 1].lower_ in TITLE_ABBREVIATIONS:
                t.is_sent_start = False
        for t in doc[1:-1]:
            # a closing quotation mark after the full stop ends its sentence: '... were
            # "excellent." Twenty bombers ...' (an opening one is glued to the word after it)
            if t.text in ('"', "'") and doc[t.i - 1].text in (".", "!", "?") and t.whitespace_ and \
                    not doc[t.i - 1].whitespace_:
                t.is_sent_start = False
                doc[t.i + 1].is_sent_start = True
            elif t.text in ('"', "'") and not t.whitespace_ and doc[t.i - 1].whitespace_:
                # (an opening mark, double or single: "a paper, 'Notes on Air Policy ...', argued")
                doc[t.i + 1].is_sent_start = False  # '... bold. "Oil first," he said.'
                if doc[t.i - 1].text in (".", "!", "?"):
                    t.is_sent_start = True
        for t in doc[3:-1]:
            # "... (AP) - More than 1,100 Fortresses ...", "(Reuters) -": the story starts after the dash
            if t.text in ("-", "--", "\u2014") and doc[t.i - 1].text == ")" and doc[t.i - 3].text == "(" \
                    and doc[t.i - 2].text[:1].isupper() and doc[t.i - 2].is_alpha and t.i - 3 < 25:
                doc[t.i + 1].is_sent_start = True
        return doc


@lru_cache(maxsize=4)
def load(model: str | None = None):
    """Load a spaCy pipeline (cached). Raises ModelError with a one-line message."""
    import spacy

    target = resolve_model(model)
    try:
        nlp = spacy.load(target)
    except OSError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ModelError(f"cannot load language model {target!r}: {first[:200]}") from None
    except Exception as e:  # config errors, version mismatches
        raise ModelError(f"cannot load language model {target!r}: {type(e).__name__}: {str(e)[:200]}") from None
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"language model {target!r} has no parser; the extractor needs dependency parses")
    _register_components()
    nlp.add_pipe("histkg_acronyms", first=True)
    nlp.add_pipe("histkg_line_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("histkg_silent_e", after="lemmatizer")
    nlp.add_pipe("histkg_repairs", after="parser")
    # a dash between words is a word of its own ("(AP)—Royal Air Force bombers")
    from spacy.util import compile_infix_regex

    # (also a typed dash, two hyphens: "(AP)--More than 1,000 bombers")
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w)\]\"'\u2019\u201d])(?:[\u2014\u2013]|--)(?=[\w(\"'\u2018\u201c])",
                                            r"(?<=\w)\)(?=[-\u2014\u2013])",
                                            r"(?<=\))-(?=[\w(\"'\u2018\u201c])"]  # "(AP)-RAF Lancasters"
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # numbering abbreviations of catalogue entries stay one token ("Directive No. 2")
    for abbr in ("No.", "Nos.", "no.", "nos.", "Nr.", "Vol.", "vol.", "Ref.", "ref.", "Encl.", "encl."):
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    # hyphenated posts stay one word, so "Harris, Commander-in-Chief of Bomber Command" parses
    # as a post and its "of" phrase, not as five words
    for post in HYPHENATED_POSTS:
        for form in {post, post.capitalize(), post.title().replace("-In-", "-in-"), post.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    # abbreviated ranks and titles keep their full stop ("Maj. Gen. Twining"), which then ends no sentence
    for title in TITLE_ABBREVIATIONS:
        for form in {title, title.capitalize(), title.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


TITLE_ABBREVIATIONS = {"maj.", "gen.", "lieut.", "lt.", "col.", "capt.", "brig.", "cmdr.", "comdr.", "adm.", "sgt.",
                       "cpl.", "gov.", "sen.", "dr.", "mr.", "mrs.", "prof.", "rev.", "hon.", "maj.-gen.", "lt.-gen.",
                       "lt.-col.", "brig.-gen."}


HYPHENATED_POSTS = ("commander-in-chief", "c-in-c", "chief-of-staff", "aide-de-camp", "commissioner-general",
                    "director-general", "inspector-general", "governor-general", "quartermaster-general",
                    "adjutant-general", "attorney-general", "postmaster-general",
                    # hyphenated ranks, titles before a name (kg:title): "Air Vice-Marshal Bennett"
                    "vice-marshal", "vice-admiral", "lieutenant-general", "major-general", "brigadier-general",
                    "lieutenant-colonel", "lieutenant-commander")


def model_info(model: str | None = None) -> dict:
    """What ``kg model info`` prints: name, version, path, components, data, accuracy."""
    nlp = load(model)
    path = Path(resolve_model(model))
    meta = dict(nlp.meta)
    info = {
        "name": f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "path": str(path.resolve()) if path.exists() else None,
        "components": list(nlp.pipe_names),
        "labels": {k: list(v) for k, v in meta.get("labels", {}).items() if k in ("ner",)},
        "sources": meta.get("sources", []),
        "performance": meta.get("performance", {}),
    }
    card = path / "evaluation.json"
    if card.exists():
        info["test_accuracy"] = json.loads(card.read_text(encoding="utf-8"))
    return info
