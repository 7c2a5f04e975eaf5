"""The relation model at run time: one calibrated logistic regression per relation.

The model is a JSON file (``kg/data/relation_model.json``, written by ``kg train``): per
relation, its mode (add its statements to the rules', replace the rules' statements of that
relation, or off), a weight per feature string, a bias, the decision threshold on the
calibrated probability, and the calibration curve (raw score -> the precision statements of
that score had on articles held out of training). A statement the model makes carries
extractor ``model:<relation>`` and its calibrated probability as its confidence.

Scoring needs no scikit-learn: a sum of weights per candidate, one ``exp`` and a linear
interpolation, only for the relations the model is on for.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import E, KgError
from kg.extract.confidence import MODEL_PREFIX, Agreement
from kg.learn.candidates import candidates
from kg.learn.features import Candidate
from kg.learn.fit import interpolate, raw_score

if TYPE_CHECKING:
    from kg.extract.context import DocContext, RelationHit

MODEL_FILE = "relation_model.json"
FORMAT = 2
# What the model does for a relation (chosen per relation from cross-set figures,
# docs/learning.md): "add" its statements to the rules', "replace" the rules' statements of
# that relation with its own, or "off" (the rules alone).
MODES = ("add", "replace", "off")
_ALTERNATIVE = {"implements": "participatesIn", "participatesIn": "implements"}
# Whether `kg build` uses the shipped model (each relation then as its mode says).
ENABLED_BY_DEFAULT = True
SYMMETRIC = frozenset({"metWith"})  # one fact whichever way it is written


@dataclass(frozen=True)
class PropertyModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # on the calibrated probability
    calibration: tuple[tuple[float, float], ...]  # (raw score, calibrated probability)
    mode: str = "add"

    def score(self, features: tuple[str, ...]) -> float:
        return raw_score(self.weights, self.bias, features)

    def confidence(self, score: float) -> float:
        """The calibrated probability of a raw score (precision out of fold by article)."""
        return round(interpolate(self.calibration, score), 3)

    @property
    def live(self) -> bool:
        return self.mode != "off"

    @property
    def fitted(self) -> bool:
        """Whether it can score a pair (an "off" relation's weights still read the rules'
        statements: ``RelationModel.agreement``)."""
        return bool(self.calibration)


@dataclass(frozen=True)
class RelationModel:
    properties: dict[str, PropertyModel]
    meta: dict[str, Any]

    def predict(self, ctx: DocContext) -> list[tuple[Candidate, str, float]]:
        """(candidate, relation, calibrated probability) for every pair the model asserts,
        in text order."""
        out: list[tuple[Candidate, str, float]] = []
        live = {p for p, pm in self.properties.items() if pm.live}
        if not live:
            return out
        for cand in candidates(ctx, live):
            for pred in cand.preds:
                pm = self.properties.get(pred)
                if pm is None or not pm.live:
                    continue
                prob = pm.confidence(pm.score(cand.features))
                if prob >= pm.threshold:
                    out.append((cand, pred, prob))
        return out

    def hits(self, ctx: DocContext) -> list[RelationHit]:
        from kg.extract.context import RelationHit

        return [
            RelationHit(c.subj, pred, c.obj, ctx.sents[c.sent], f"{MODEL_PREFIX}{pred}", prob)
            for c, pred, prob in self.predict(ctx)
        ]

    def agreement(self, ctx: DocContext, hits: Sequence[RelationHit]) -> Agreement:
        """The model's calibrated probability for the pair of each rule statement of
        ``hits``, whatever the relation's mode: (subject name, relation, object name) ->
        the best of its candidates in the document (both ways round for a symmetric
        relation). Pairs it has no candidate for are left out. Only those pairs' features
        are computed."""
        found = ctx.found
        rules = [h for h in hits if not h.extractor.startswith(MODEL_PREFIX)]
        preds = {h.pred for h in rules if (pm := self.properties.get(h.pred)) and pm.fitted}
        if not preds:
            return {}
        stated: set[tuple[str, str, str]] = set()
        for h in rules:
            if h.pred in preds:
                stated.add((found[h.subj].text, h.pred, found[h.obj].text))
                if h.pred in SYMMETRIC:
                    stated.add((found[h.obj].text, h.pred, found[h.subj].text))
        out: dict[tuple[str, str, str], float] = {}
        for cand in candidates(ctx, preds, {(s, o) for s, _, o in stated}):
            s, o = found[cand.subj].text, found[cand.obj].text
            for pred in cand.preds:
                both = ((s, pred, o), (o, pred, s)) if pred in SYMMETRIC else ((s, pred, o),)
                keys = [k for k in both if k in stated]
                if not keys:
                    continue
                pm = self.properties[pred]
                prob = pm.confidence(pm.score(cand.features))
                for key in keys:
                    if prob > out.get(key, -1.0):
                        out[key] = prob
        return out

    def replaced(self) -> frozenset[str]:
        """Relations whose rule statements the model's replace."""
        return frozenset(p for p, pm in self.properties.items() if pm.mode == "replace")

    def apply(self, ctx: DocContext) -> list[RelationHit]:
        """The rules' statements (less those of replaced relations) and the model's."""
        gone = self.replaced()
        kept = [h for h in ctx.hits if h.pred not in gone]
        # "implementing" a programme or "joining" it: the rule read the verb, so the model adds
        # neither relation where a rule stated the other for the same pair
        said = {(h.subj, _ALTERNATIVE[h.pred], h.obj) for h in kept if h.pred in _ALTERNATIVE}
        return kept + [h for h in self.hits(ctx) if (h.subj, h.pred, h.obj) not in said]

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "meta": self.meta,
            "properties": {
                p: {
                    "mode": pm.mode,
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
                    mode=str(d["mode"]),
                )
                for p, d in data["properties"].items()
            }
            bad = sorted(p for p, pm in props.items() if pm.mode not in MODES)
            if bad:
                raise ValueError(f"mode of {bad[0]} is not one of {', '.join(MODES)}")
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
        if not pm.live or name not in counts:
            continue
        c = counts[name]
        source = "relation model, out of fold by article on the gold"
        out[(name, pred)] = entry_for(int(c["correct"]), int(c["statements"]), source)
    return out
