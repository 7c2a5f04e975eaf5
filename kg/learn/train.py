"""Training the relation model from gold: examples, logistic regression, thresholds.

Examples: every candidate pair (``kg.learn.features``) of every gold document that the rules
did not already assert for a relation; positive when both mentions name gold entities and
the gold states that relation between them. One L2-regularised logistic regression per
relation, fitted by full-batch gradient descent in numpy over sparse features, in a fixed
order: the same gold gives the same model file, byte for byte.

The decision threshold and the confidence table come from cross-validation inside the
training documents (out-of-fold scores), never from the documents being scored.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kg.corpus.reader import read_file
from kg.errors import E, KgError
from kg.learn.features import Candidate, candidates
from kg.learn.gold import DocGold, load_gold_dir, norm
from kg.learn.model import PropertyModel, RelationModel
from kg.model import Document
from kg.schema import DOMAIN_RANGE

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.extract.context import DocContext

PROPERTIES = tuple(sorted(DOMAIN_RANGE))
L2 = 1e-3
STEPS = 300
RATE = 0.1
MIN_COUNT = 2  # features seen fewer times than this in training are dropped
MIN_PRECISION = 0.4  # the model's own statements must be at least this precise out of fold
# A relation's model is only switched on when it lifts that relation's out-of-fold F1 by at
# least this much: with a few dozen positives, smaller gains are noise.
MIN_GAIN = 0.02
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))  # 0.05 .. 0.95
INNER_FOLDS = 5


@dataclass
class DocExamples:
    """One gold document's candidates, their labels and what the rules found."""

    document: Document
    ctx: DocContext
    cands: list[Candidate]
    labels: list[frozenset[str]]  # relations the gold states between the pair
    groups: list[tuple[str, str]]  # entity-level pair key: statements about one pair count once
    gold_pairs: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # per relation
    rule_true: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # gold pairs found
    rule_false: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # wrong ones
    pair_gold: list[set[tuple[str, str]]] = field(default_factory=list)  # gold pairs per cand


def _key(ids: frozenset[str], text: str) -> str:
    return "|".join(sorted(ids)) if ids else "t:" + norm(text)


def examples_for(document: Document, ctx: DocContext, gold: DocGold) -> DocExamples:
    ids = [gold.ids(f) for f in ctx.found]
    keys = [_key(i, f.text) for i, f in zip(ids, ctx.found, strict=True)]
    gold_pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s, p, o in gold.relations:
        gold_pairs[p].add((s, o))

    def true_pairs(a: int, pred: str, b: int) -> set[tuple[str, str]]:
        return {(s, o) for s in ids[a] for o in ids[b]} & gold_pairs.get(pred, set())

    ex = DocExamples(document, ctx, [], [], [], dict(gold_pairs))
    for h in ctx.hits:
        found = true_pairs(h.subj, h.pred, h.obj)
        if found:
            ex.rule_true.setdefault(h.pred, set()).update(found)
        else:
            ex.rule_false.setdefault(h.pred, set()).add((keys[h.subj], keys[h.obj]))
    for c in candidates(ctx):
        ex.cands.append(c)
        ex.labels.append(frozenset(p for p in c.preds if true_pairs(c.subj, p, c.obj)))
        ex.groups.append((keys[c.subj], keys[c.obj]))
        ex.pair_gold.append({(s, o) for s in ids[c.subj] for o in ids[c.obj]})
    return ex


def collect(
    sets: Sequence[tuple[Path, Path]], nlp: Language, batch_size: int = 4
) -> list[DocExamples]:
    """Parse every gold document of each (corpus dir, gold dir) and make its examples."""
    from kg.extract import Extractor
    from kg.extract.gazetteer import Gazetteer
    from kg.extract.nlp import parse

    extractor = Extractor(nlp, Gazetteer.load(), relation_model=None)
    golds: list[DocGold] = []
    documents: list[Document] = []
    for corpus_dir, gold_dir in sets:
        if not corpus_dir.is_dir():
            raise KgError(E.E001, corpus_dir)
        for g in load_gold_dir(gold_dir):
            path = corpus_dir / g.doc
            if not path.is_file():
                raise KgError(E.E010, gold_dir / g.doc, f"no text {path} for this gold file")
            golds.append(g)
            documents.append(read_file(path, g.doc))
    out = []
    for (document, doc), g in zip(parse(nlp, documents, batch_size), golds, strict=True):
        out.append(examples_for(document, extractor.rules_context(doc), g))
    return sorted(out, key=lambda e: e.document.path)


# --- logistic regression -------------------------------------------------------------------


def fit(rows: list[tuple[str, ...]], y: list[bool]) -> tuple[dict[str, float], float]:
    """L2 logistic regression over sparse binary features; weights rounded to 4 places."""
    counts = Counter(f for r in rows for f in set(r))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    if not rows or not any(y) or all(y):
        rate = sum(y) / len(y) if y else 0.0
        bias = float(np.log((rate + 1e-3) / (1 - rate + 1e-3)))
        return {}, round(bias, 4)
    index = {f: k for k, f in enumerate(vocab)}
    row_ids: list[int] = []
    cols: list[int] = []
    for i, r in enumerate(rows):
        for f in sorted(set(r)):
            k = index.get(f)
            if k is not None:
                row_ids.append(i)
                cols.append(k)
    row = np.array(row_ids, dtype=np.int64)
    col = np.array(cols, dtype=np.int64)
    target = np.array(y, dtype=np.float64)
    n, d = len(rows), len(vocab)
    w = np.zeros(d)
    b = 0.0
    # Adam, full batch: a fixed number of steps in a fixed order is deterministic.
    m, v = np.zeros(d + 1), np.zeros(d + 1)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = b + np.bincount(row, weights=w[col], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - target) / n
        grad = np.empty(d + 1)
        grad[:d] = np.bincount(col, weights=err[row], minlength=d) + L2 * w
        grad[d] = err.sum()
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        update = RATE * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
        w -= update[:d]
        b -= float(update[d])
    weights = {f: round(float(x), 4) for f, x in zip(vocab, w, strict=True) if abs(x) >= 0.005}
    return weights, round(b, 4)


def _rows(docs: Sequence[DocExamples], pred: str) -> tuple[list[tuple[str, ...]], list[bool]]:
    rows, y = [], []
    for ex in docs:
        for c, lab in zip(ex.cands, ex.labels, strict=True):
            if pred in c.preds and pred not in c.asserted:
                rows.append(c.features)
                y.append(pred in lab)
    return rows, y


def fit_all(docs: Sequence[DocExamples]) -> dict[str, PropertyModel]:
    """One model per relation, threshold 1 (asserting nothing) until one is chosen."""
    out = {}
    for pred in PROPERTIES:
        weights, bias = fit(*_rows(docs, pred))
        out[pred] = PropertyModel(weights, bias, 1.0, ())
    return out


# --- thresholds and confidence from out-of-fold scores -------------------------------------


def folds(docs: Sequence[DocExamples], k: int) -> list[list[DocExamples]]:
    """``k`` document-level folds: documents sorted by name, dealt out in turn."""
    ordered = sorted(docs, key=lambda e: e.document.path)
    return [ordered[i::k] for i in range(k)]


@dataclass
class Scored:
    """Out-of-fold scores of one relation's candidates, one per entity-level pair."""

    # (doc, subj key, obj key) -> (best score, gold pairs it would find)
    groups: dict[tuple[str, str, str], tuple[float, frozenset[tuple[str, str]]]]
    rule_true: set[tuple[str, str, str]]
    rule_false: int
    gold: int


def score_out_of_fold(
    docs: Sequence[DocExamples], k: int
) -> dict[str, Scored]:
    scored = {
        p: Scored({}, set(), 0, 0) for p in PROPERTIES
    }
    for held in folds(docs, k):
        if not held:
            continue
        names = {e.document.path for e in held}
        models = fit_all([e for e in docs if e.document.path not in names])
        for ex in held:
            doc = ex.document.path
            for pred in PROPERTIES:
                s = scored[pred]
                s.gold += len(ex.gold_pairs.get(pred, ()))
                s.rule_true |= {(doc, a, b) for a, b in ex.rule_true.get(pred, ())}
                s.rule_false += len(ex.rule_false.get(pred, ()))
            for c, lab, grp, pg in zip(ex.cands, ex.labels, ex.groups, ex.pair_gold, strict=True):
                for pred in c.preds:
                    if pred in c.asserted:
                        continue
                    score = models[pred].score(c.features)
                    hits = frozenset(pg & ex.gold_pairs.get(pred, set())) if pred in lab else (
                        frozenset())
                    key = (doc, *grp)
                    old = scored[pred].groups.get(key)
                    if old is None or score > old[0]:
                        scored[pred].groups[key] = (score, hits | (old[1] if old else frozenset()))
                    else:
                        scored[pred].groups[key] = (old[0], old[1] | hits)
    return scored


def choose(s: Scored) -> tuple[float, tuple[tuple[float, float], ...]]:
    """The threshold with the best out-of-fold F1 of rules + model (the model's own
    statements at least MIN_PRECISION precise), and the precision by score above it."""
    base_f1 = _f1(len(s.rule_true), s.rule_false, s.gold)
    best_t, best_f1 = 1.0, base_f1
    for t in THRESHOLDS:
        found = set(s.rule_true)
        tp_model = fp_model = 0
        for (doc, _, _), (score, hits) in s.groups.items():
            if score >= t:
                if hits:
                    tp_model += 1
                    found |= {(doc, a, b) for a, b in hits}
                else:
                    fp_model += 1
        if tp_model + fp_model == 0 or tp_model / (tp_model + fp_model) < MIN_PRECISION:
            continue
        f1 = _f1(len(found), s.rule_false + fp_model, s.gold)
        if f1 > best_f1 + 1e-9 and f1 >= base_f1 + MIN_GAIN:
            best_t, best_f1 = t, f1
    return best_t, _calibrate(s, best_t)


def _f1(tp: int, fp: int, gold: int) -> float:
    return 2 * tp / (gold + tp + fp) if gold + tp + fp else 0.0


def _calibrate(s: Scored, threshold: float) -> tuple[tuple[float, float], ...]:
    """Out-of-fold precision of the model's statements per score band at or above the
    threshold; bands with fewer than 5 statements join the band below; then made
    non-decreasing with score (pool adjacent violators)."""
    if threshold >= 1.0:
        return ()
    edges = [threshold] + [e for e in (0.5, 0.7, 0.9) if e > threshold]
    bands: list[list[float]] = [[e, 0, 0] for e in edges]  # lowest, true, total
    for score, hits in s.groups.values():
        if score < threshold:
            continue
        band = max(i for i, e in enumerate(edges) if score >= e)
        bands[band][1] += bool(hits)
        bands[band][2] += 1
    merged: list[list[float]] = []
    for band in bands:
        if merged and band[2] < 5:
            merged[-1][1] += band[1]
            merged[-1][2] += band[2]
        else:
            merged.append(list(band))
    while len(merged) > 1 and merged[0][2] < 5:
        merged[1] = [merged[0][0], merged[0][1] + merged[1][1], merged[0][2] + merged[1][2]]
        merged.pop(0)
    pooled: list[list[float]] = []
    for band in merged:
        pooled.append(list(band))
        while len(pooled) > 1 and _prec(pooled[-2]) > _prec(pooled[-1]):
            last = pooled.pop()
            pooled[-1][1] += last[1]
            pooled[-1][2] += last[2]
    return tuple((round(b[0], 2), round(_prec(b), 2)) for b in pooled)


def _prec(band: list[float]) -> float:
    return band[1] / band[2] if band[2] else 0.0


def train_model(docs: Sequence[DocExamples], inner_folds: int = INNER_FOLDS) -> RelationModel:
    """Fit on all of ``docs``; thresholds and confidence from ``inner_folds``-fold CV."""
    scored = score_out_of_fold(docs, inner_folds)
    fitted = fit_all(docs)
    props = {}
    stats = {}
    for pred in PROPERTIES:
        threshold, calibration = choose(scored[pred])
        pm = fitted[pred]
        # A relation left off (threshold 1) ships no weights: the file stays small.
        weights = pm.weights if threshold < 1.0 else {}
        props[pred] = PropertyModel(weights, pm.bias, threshold, calibration)
        s = scored[pred]
        above = [h for sc, h in s.groups.values() if sc >= threshold]
        stats[f"model:{pred}"] = {
            "statements": len(above),
            "correct": sum(1 for h in above if h),
            "precision": round(sum(1 for h in above if h) / len(above), 3) if above else None,
        }
    meta = {
        "documents": len(docs),
        "inner_folds": inner_folds,
        "out_of_fold": stats,
    }
    return RelationModel(props, meta)
