"""Shared helpers for the benchmarks: EWT test text and peak-memory readings."""
from __future__ import annotations

import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def ewt_test_sentences(limit: int | None = None) -> list[str]:
    """Raw sentences (``# text = ...``) of UD EWT test, the held-out split."""
    path = SHARED / "data" / "ud-ewt" / "en_ewt-ud-test.conllu"
    if not path.exists():
        raise SystemExit(f"benchmark data not found: {path}")
    out = [line.split("=", 1)[1].strip() for line in path.read_text(encoding="utf-8").splitlines()
           if line.startswith("# text =")]
    return out[:limit] if limit else out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
