"""Write training/finetune.cfg: continue training every component of a checkpoint with a
lower learning rate, choosing the best step by the parse (dev set only).

Usage: python training/finetune.py training/runs/main/model-last
then:  python -m spacy train training/finetune.cfg -o training/runs/finetune
"""
from __future__ import annotations

import sys
from pathlib import Path

from thinc.api import Config

HERE = Path(__file__).resolve().parent


def main(source: str) -> None:
    # (not interpolated: the corpus paths stay ${paths.train}/${paths.dev}, so --paths.* overrides work)
    cfg = Config().from_disk(HERE / "config.cfg", interpolate=False)
    for name in cfg["nlp"]["pipeline"]:
        cfg["components"][name] = {"source": source}
    if cfg["paths"]["vectors"]:  # the checkpoint's vocab carries the static vectors
        cfg["paths"]["vectors"] = source
    cfg["training"]["optimizer"]["learn_rate"] = 0.0003
    cfg["training"]["max_steps"] = 4000
    cfg["training"]["patience"] = 2000
    cfg["training"]["eval_frequency"] = 500
    cfg["training"]["batcher"]["size"] = {"@schedules": "compounding.v1", "start": 1000, "stop": 1000,
                                          "compound": 1.001, "t": 0.0}
    cfg["training"]["score_weights"] = {k: 0.0 if v is not None else None
                                        for k, v in cfg["training"]["score_weights"].items()}
    cfg["training"]["score_weights"].update({"dep_uas": 0.3, "dep_las": 0.3, "pos_acc": 0.2, "ents_f": 0.2})
    cfg.to_disk(HERE / "finetune.cfg")
    print("wrote", HERE / "finetune.cfg")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "training/runs/main/model-last")
