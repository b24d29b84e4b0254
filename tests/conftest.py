"""Shared fixtures: the shipped pipeline and the ontology, loaded once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from graph.nlp import load

    return load(None)


@pytest.fixture(scope="session")
def ontology():
    from graph.ontology import load_ontology

    return load_ontology()


@pytest.fixture(scope="session")
def extract_facts(nlp, ontology):
    """Run the whole pipeline on a text; return {(subject, property, object)} by label."""
    from graph.build import facts_of_text

    def run(text: str, tmp_path_factory=None):
        return facts_of_text(text)

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg build seeds/`` once per session, into a temporary folder (returns the folder).
    Tests that change files copy them first."""
    from click.testing import CliRunner

    from graph.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    r = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-progress"])
    assert r.exit_code == 0, r.output
    return out
