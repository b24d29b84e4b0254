from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import clean_text, collect_paths, decode, read_document


@pytest.mark.parametrize("raw, clean", [
    ("pro- duction", "production"),
    ("pro-\nduction", "production"),
    ("ball-bearings", "ball-bearings"),  # a real hyphen stays
    ('and disperse.4*\u201c That', 'and disperse." That'),
    ("as the offensive illustrated.458  Portal", "as the offensive illustrated. Portal"),
    ('attack of oil.\u201d15\u00b0 He', 'attack of oil." He'),
    ("Germany.\u201d42 Their", 'Germany." Their'),
    ("groundless\u2014 the", "groundless - the"),
    # the digits of a number are not footnote markers
    ("dropped 53,000 tons of bombs", "dropped 53,000 tons of bombs"),
    ("fell by 1.5 million tons", "fell by 1.5 million tons"),
    ("zero\u200bwidth", "zerowidth"),
    # a line wrapped inside a sentence is a space; a line that ends an entry or a headline stays
    ("his letter to Harris of\n6 November", "his letter to Harris of 6 November"),
    ('was "the best\nchance of ending', 'was "the best chance of ending'),
    ("the attack on the\nLeuna works", "the attack on the Leuna works"),
    ("Letter from Portal, 1944.\nMinute by Bufton", "Letter from Portal, 1944.\nMinute by Bufton"),
    ("OIL PLANTS HIT\nLONDON, May 13", "OIL PLANTS HIT\nLONDON, May 13"),
    # a full printed line of prose that stops mid-sentence goes on, whatever the next word
    ("Portal, who was writing to him again on the morning of 8\nJanuary, said",
     "Portal, who was writing to him again on the morning of 8 January, said"),
    ("Berlin Oil Plants Blasted In The Biggest Daylight Raid Of The War\nLONDON, Aug. 25",
     "Berlin Oil Plants Blasted In The Biggest Daylight Raid Of The War\nLONDON, Aug. 25"),
    # OCR's letters for digits inside numbers and years
    ("on 12 November l944 and 1O December I945", "on 12 November 1944 and 10 December 1945"),
    ("Ice, lOth, O'Brien, IO Downing, l9th, Ilse", "Ice, lOth, O'Brien, IO Downing, l9th, Ilse"),
    # typesetters' ligatures are letters again
    ("un\ufb01nished \ufb02ak", "unfinished flak"),
    # a running head between pages goes, even inside a sentence or a word
    ("the Ruhr and\n\n244 THE OIL OFFENSIVE\n\nthe cities", "the Ruhr and the cities"),
    ("of 6 Novem-\n\nTHE OIL OFFENSIVE 245\n\nber", "of 6 November"),
    # a headline over its dateline, a dateline and a catalogue reference stay
    ("500 BOMBERS HIT LEUNA\nLONDON, May 13", "500 BOMBERS HIT LEUNA\nLONDON, May 13"),
    ("LONDON, NOV 3\nBombers struck", "LONDON, NOV 3\nBombers struck"),
    ("AIR 14/1234\nMinute", "AIR 14/1234\nMinute"),
    # superscript note marks go wherever they stand; a unit keeps its power
    ("and Br\u00fcx.\u00b3 Speer", "and Br\u00fcx. Speer"),
    ("at P\u00f6litz\u00b9\u00b2 were", "at P\u00f6litz were"),
    ("an area of 5 km\u00b2 was", "an area of 5 km\u00b2 was"),
])
def test_clean_text(raw, clean):
    assert clean_text(raw)[0] == clean


def test_char_map_points_into_original():
    raw = "Their pro- duction, he said.42 Portal\u2019s reply"
    text, cmap = clean_text(raw)
    assert len(cmap) == len(text) + 1
    i = text.index("Portal")
    assert raw[cmap[i]:cmap[i] + 6] == "Portal"
    j = text.index("duction")
    assert raw[cmap[j]:cmap[j] + 7] == "duction"


def test_years_are_not_footnotes():
    assert "1944" in clean_text("in May 1944 the attack")[0]
    assert clean_text("on 12 May 1944.")[0] == "on 12 May 1944."


def test_decode_fallback_warns():
    text, warnings = decode("Pölitz".encode("cp1252"), "x.txt")
    assert text == "Pölitz" and warnings and "UTF-8" in warnings[0]


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"%PDF-1.4 ...", "x.pdf")
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(0, 32)) * 4, "x.bin")


def test_stray_nul_in_text_is_cleaned_not_refused():
    text, _ = decode(b"Portal replied\x00 to Harris. " * 4, "x.txt")
    assert clean_text(text)[0].startswith("Portal replied  to Harris") or "Portal replied" in clean_text(text)[0]


def test_collect_paths(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B.", encoding="utf-8")
    (tmp_path / "c.csv").write_text("C", encoding="utf-8")
    assert [p.name for p in collect_paths([tmp_path])] == ["a.txt", "b.md"]
    with pytest.raises(InputError, match="no such file"):
        collect_paths([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt or .md"):
        collect_paths([tmp_path / "empty"])


def test_read_document_offsets(tmp_path: Path):
    p = tmp_path / "d.txt"
    p.write_text("Harris\u2019s pro- duction.", encoding="utf-8")
    d = read_document(p)
    assert d.text == "Harris's production."
    s, e = d.original_span(d.text.index("production"), len(d.text) - 1)
    assert d.original[s:e] == "pro- duction"


def test_markdown_markup_is_blanked_with_offsets_kept(tmp_path: Path):
    p = tmp_path / "n.md"
    raw = "## Letters\n- **Letter from Portal to Harris**, 5 November 1944.\n| 1944 | raid |\n|---|---|\n"
    p.write_text(raw, encoding="utf-8")
    d = read_document(p)
    assert "**" not in d.text and "|" not in d.text and "#" not in d.text
    i = d.text.index("Letter from Portal")
    s, e = d.original_span(i, i + len("Letter from Portal"))
    assert d.original[s:e] == "Letter from Portal"
    txt = tmp_path / "n.txt"  # plain text keeps its characters
    txt.write_text("a **b** c", encoding="utf-8")
    assert "**" in read_document(txt).text
