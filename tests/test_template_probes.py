"""The template probe (training/template_probes.py) fills its shapes as documented and reports misses."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))

import template_probes  # noqa: E402


def test_each_shape_is_filled_with_a_sentence_and_the_facts_it_states():
    shapes = template_probes.shapes(random.Random(3), 2)
    assert len(shapes) == 22 and all(len(items) == 2 for items in shapes.values())
    text, facts = shapes["passive"][0]
    unit, prop, plant = facts[0]
    assert prop == "attacked" and plant in text and text.rstrip(".").endswith(template_probes.UNITS[
        [label for _, label in template_probes.UNITS].index(unit)][0])


def test_the_probe_reports_a_shape_it_misses(monkeypatch, capsys):
    # a pipeline that gives nothing misses every sentence; one that gives everything misses none
    monkeypatch.setattr(template_probes, "facts_of", lambda text: set())
    template_probes.main(["--per-shape", "1"])
    assert capsys.readouterr().out.splitlines()[-1].split() == ["all", "22/22"]
    monkeypatch.setattr(template_probes, "facts_of", lambda text: {f for _, facts in [
        (t, fs) for items in template_probes.shapes(random.Random(7), 1).values() for t, fs in items] for f in facts})
    template_probes.main(["--per-shape", "1"])
    assert capsys.readouterr().out.splitlines()[-1].split() == ["all", "0/22"]
