"""The relation model: one logistic regression per relation over candidate-pair features.

The model is a JSON file (``kg/data/relation_model.json``, written by ``kg train``): per
relation, a weight per feature string, a bias, the decision threshold chosen by
cross-validation inside the training documents, and a calibration table (score -> the
precision the model's statements had at that score, out of fold). A statement the model adds
carries extractor ``model:<relation>`` and that precision as its confidence.

Scoring is a sum of weights per candidate and one ``exp``: cheap next to spaCy's parse.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import E, KgError
from kg.learn.features import Candidate, candidates

if TYPE_CHECKING:
    from kg.extract.context import DocContext, RelationHit

MODEL_FILE = "relation_model.json"
FORMAT = 1
# Whether `kg build` adds the model's statements. Off: on the current rules, k-fold
# cross-validation over the 42 dev articles (`kg train --cv 5`) shows no lift in relation F1;
# the training itself switches every relation off (docs/learning.md has the figures).
# Turn it on when a retrained model lifts the cross-validated F1.
ENABLED_BY_DEFAULT = False


@dataclass(frozen=True)
class PropertyModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    calibration: tuple[tuple[float, float], ...]  # (lowest score, precision), ascending

    def score(self, features: tuple[str, ...]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def confidence(self, score: float) -> float:
        conf = 0.0
        for lowest, precision in self.calibration:
            if score >= lowest:
                conf = precision
        return conf


@dataclass(frozen=True)
class RelationModel:
    properties: dict[str, PropertyModel]
    meta: dict[str, Any]

    def predict(self, ctx: DocContext) -> list[tuple[Candidate, str, float]]:
        """(candidate, relation, score) for every pair the model asserts that the rules do
        not already assert, in text order."""
        out: list[tuple[Candidate, str, float]] = []
        live = {p for p, pm in self.properties.items() if pm.threshold < 1.0}
        if not live:
            return out
        for cand in candidates(ctx, live):
            for pred in cand.preds:
                pm = self.properties.get(pred)
                if pm is None or pm.threshold >= 1.0 or pred in cand.asserted:
                    continue
                score = pm.score(cand.features)
                if score >= pm.threshold:
                    out.append((cand, pred, score))
        return out

    def hits(self, ctx: DocContext) -> list[RelationHit]:
        from kg.extract.context import RelationHit

        return [
            RelationHit(
                c.subj,
                pred,
                c.obj,
                ctx.sents[c.sent],
                f"model:{pred}",
                self.properties[pred].confidence(score),
            )
            for c, pred, score in self.predict(ctx)
        ]

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "meta": self.meta,
            "properties": {
                p: {
                    "bias": pm.bias,
                    "threshold": pm.threshold,
                    "calibration": [list(c) for c in pm.calibration],
                    "weights": dict(sorted(pm.weights.items())),
                }
                for p, pm in sorted(self.properties.items())
            },
        }
        return json.dumps(data, indent=1, sort_keys=False, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: Path | str = MODEL_FILE) -> RelationModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            props = {
                p: PropertyModel(
                    weights={str(k): float(v) for k, v in d["weights"].items()},
                    bias=float(d["bias"]),
                    threshold=float(d["threshold"]),
                    calibration=tuple((float(a), float(b)) for a, b in d["calibration"]),
                )
                for p, d in data["properties"].items()
            }
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise KgError(E.E030, Path(source), f"not a relation model: {err}") from None
        return cls(props, dict(data.get("meta") or {}))

    @classmethod
    def load(cls, path: Path) -> RelationModel:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise KgError(E.E030, path, err.strerror or str(err)) from None
        return cls.from_json(text, path)


def packaged_model_bytes() -> bytes | None:
    """The shipped model file's bytes (for the cache key), or None when there is none."""
    path = resources.files("kg").joinpath("data", MODEL_FILE)
    return path.read_bytes() if path.is_file() else None


@cache
def _packaged() -> RelationModel | None:
    data = packaged_model_bytes()
    if data is None:
        return None
    return RelationModel.from_json(data.decode("utf-8"), f"kg/data/{MODEL_FILE}")


def default_relation_model() -> RelationModel | None:
    """The shipped model when it is on by default, else None (the hand rules alone)."""
    return _packaged() if ENABLED_BY_DEFAULT else None


def confidence_entries(model: RelationModel) -> dict[tuple[str, str], Any]:
    """The confidence-table entries (``kg.extract.confidence``) of the relations the model is on
    for: ``model:<relation>`` -> the out-of-fold counts of its statements inside the training
    documents. Relations left to the rules get none."""
    from kg.extract.confidence import entry_for

    counts = model.meta.get("out_of_fold", {})
    out: dict[tuple[str, str], Any] = {}
    for pred, pm in sorted(model.properties.items()):
        name = f"model:{pred}"
        if pm.threshold >= 1.0 or name not in counts:
            continue
        c = counts[name]
        source = f"relation model, {model.meta.get('inner_folds')}-fold out-of-fold on the gold"
        out[(name, pred)] = entry_for(int(c["correct"]), int(c["statements"]), source)
    return out
