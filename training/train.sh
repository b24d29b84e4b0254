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
# static vectors for the tok2vec: Brown clusters of spacy-lookups-data + name-list bits (clusters.py, gazetteers.py)
$PY training/clusters.py training/corpus/clusters
# stage 1: the main config, 8,500 steps (0.3.0: seeds 0 and 1 were run, seed 1 shipped: add --system.seed 1)
$PY -m spacy train training/config.cfg -o training/runs/main \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    --training.max_steps 8500 "${@:2}"
# stage 2: continue every component at a lower learning rate; best step chosen on dev
$PY training/finetune.py training/runs/main/model-last
$PY -m spacy train training/finetune.cfg -o training/runs/finetune \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    --training.max_steps 1500
$PY training/package.py training/runs/finetune/model-best
$PY training/evaluate.py graph/model/en_histkg_ewt training/corpus/test.spacy
