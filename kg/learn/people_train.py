"""Training the people-typing model (``kg.learn.people``) from gold: every person the rules
find in a gold document whose name the gold gives a person's class, with the words around its
mentions; fitted and calibrated out of fold by article (``kg.learn.fit``)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.learn.fit import fit_property
from kg.learn.gold import mention_keys
from kg.learn.people import PeopleModel
from kg.learn.people_features import entity_features
from kg.learn.train import DocExamples


def people_labels(ex: DocExamples) -> list[tuple[tuple[str, ...], bool, str]]:
    """(features, is an Official, article) of every person of one gold document whose name
    the gold gives a person's class; people the gold does not name are left out."""
    out = []
    for _, feats, idxs in entity_features(ex.ctx):
        names: set[str] = set()
        for i in idxs:
            names |= mention_keys(ex.ctx.found[i])
        gold = {ex.people[n] for n in names if n in ex.people}
        if gold:
            out.append((tuple(sorted(feats)), "Official" in gold, ex.document.path))
    return out


def train_people(docs: Sequence[DocExamples]) -> PeopleModel:
    """Fit and calibrate (out of fold by article) on every gold person of ``docs``."""
    rows: list[tuple[str, ...]] = []
    labels: list[bool] = []
    groups: list[str] = []
    for ex in sorted(docs, key=lambda e: e.document.path):
        for feats, official, article in people_labels(ex):
            rows.append(feats)
            labels.append(official)
            groups.append(article)
    fitted = fit_property(rows, labels, groups)
    meta = {"documents": len(docs), "people": len(rows), "officials": sum(labels)}
    return PeopleModel(fitted.weights, fitted.bias, fitted.calibration, meta=meta)
