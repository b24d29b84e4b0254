#!/usr/bin/env bash
# Rebuild the shipped language pipeline from the open treebanks, end to end:
#   bash training/train.sh [DATA_DIR]        (DATA_DIR defaults to ../shared/data)
# Needs the training extra: .venv/bin/pip install -e ".[train]"
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
PY=${PY:-.venv/bin/python}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
$PY training/convert.py "$DATA" training/corpus
$PY -m spacy train training/config.cfg -o training/runs/main \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy "${@:2}"
$PY training/evaluate.py training/runs/main/model-best training/corpus/test.spacy
$PY training/package.py training/runs/main/model-best
