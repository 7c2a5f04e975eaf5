"""Training the relation model from gold: examples, then one calibrated classifier each.

Examples: every candidate pair (``kg.learn.features``) of every gold document, whatever the
hand rules said of it; positive for a relation when both mentions name gold entities (as the
reference scorer compares names) and the gold states that relation between them (either way
round for a symmetric one). Fitting and calibration: ``kg.learn.fit`` (scikit-learn,
out of fold by article). The same gold gives the same model file, byte for byte.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.corpus.reader import read_file
from kg.errors import E, KgError
from kg.extract.confidence import MODEL_PREFIX
from kg.learn.candidates import candidates
from kg.learn.features import Candidate
from kg.learn.fit import FOLDS, fit_property
from kg.learn.gold import DocGold, load_gold_dir
from kg.learn.model import SYMMETRIC, PropertyModel, RelationModel
from kg.model import Document
from kg.schema import DOMAIN_RANGE

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.extract.context import DocContext

PROPERTIES = tuple(sorted(DOMAIN_RANGE))
# A statement is made when its calibrated probability reaches this: more likely right than
# wrong. (Thresholds chosen for the best out-of-fold F1 inside the training articles were
# lower and did not carry to the other set: precision fell by half, docs/learning.md.)
THRESHOLD = 0.5
# Per relation, a threshold other than THRESHOLD where leaving one real set out at a time
# favoured it (docs/learning.md, Session 12).
THRESHOLDS: dict[str, float] = {}
# Per relation, what the shipped model does, chosen from the cross-set figures alone (train
# on seeds + corpus-extra, score corpus-more; train on corpus-more, score corpus-extra;
# docs/learning.md): "add" to the rules' statements where that lifted F1 both ways, "replace"
# them where the model alone beat the rules (nowhere yet), else "off".
MODES: dict[str, str] = {p: "off" for p in PROPERTIES} | {
    "locatedIn": "add",  # +0.072 on corpus-more, +0.033 on corpus-extra
    "participatesIn": "add",  # +0.061 on corpus-more, +0.000 on corpus-extra
    # session 15: +0.019 over 5 folds of the 63 real sets, +0.03 on two batches of new text
    "tradesWith": "add",
}


@dataclass
class DocExamples:
    """One gold document's candidates and their labels."""

    document: Document
    ctx: DocContext
    cands: list[Candidate]
    labels: list[frozenset[str]]  # relations the gold states between the pair
    pairs: list[tuple[str, str]]  # the entity-level pair (gold ids, else the names)
    gold: dict[str, int]  # gold statements per relation
    # the gold's people: each name key (``kg.learn.gold.norm``) -> Official or Person
    people: dict[str, str] = field(default_factory=dict)


def examples_for(document: Document, ctx: DocContext, gold: DocGold) -> DocExamples:
    ids = [gold.ids(f) for f in ctx.found]
    gold_pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s, p, o in gold.relations:
        gold_pairs[p].add((s, o))
        if p in SYMMETRIC:
            gold_pairs[p].add((o, s))

    def true(a: int, pred: str, b: int) -> bool:
        pairs = gold_pairs.get(pred)
        return bool(pairs) and any((s, o) in pairs for s in ids[a] for o in ids[b])

    keys = ["|".join(sorted(i)) or "t:" + f.text for i, f in zip(ids, ctx.found, strict=True)]
    counts = Counter(p for _, p, _ in gold.relations)
    people = {k: cls for cls, keys in gold.entities.values() if cls in ("Official", "Person")
              for k in keys}
    ex = DocExamples(document, ctx, [], [], [], dict(counts), people)
    for c in candidates(ctx):
        ex.cands.append(c)
        ex.labels.append(frozenset(p for p in c.preds if true(c.subj, p, c.obj)))
        a, b = keys[c.subj], keys[c.obj]
        ex.pairs.append((min(a, b), max(a, b)))  # one statement whichever way it is read
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
        out.append(examples_for(document, extractor.rules_context(doc, date=document.date), g))
    return sorted(out, key=lambda e: e.document.path)


# --- fitting -------------------------------------------------------------------------------


def rows_for(
    docs: Sequence[DocExamples], pred: str
) -> tuple[list[tuple[str, ...]], list[bool], list[str], list[tuple[str, str, str]]]:
    """Every candidate for ``pred`` (whatever the rules said of it), its label, its article
    and its statement (article, entity pair)."""
    rows, y, groups, statements = [], [], [], []
    for ex in docs:
        for c, lab, pair in zip(ex.cands, ex.labels, ex.pairs, strict=True):
            if pred in c.preds:
                rows.append(c.features)
                y.append(pred in lab)
                groups.append(ex.document.path)
                statements.append((ex.document.path, *pair))
    return rows, y, groups, statements


def out_of_fold(
    y: Sequence[bool], oof: Sequence[float], statements: Sequence[tuple[str, str, str]],
    threshold: float = THRESHOLD,
) -> tuple[int, int]:
    """(statements, right) the model makes out of fold at ``threshold``: one per article and
    entity pair, at its best candidate's probability."""
    best: dict[tuple[str, str, str], tuple[float, bool]] = {}
    for label, p, key in zip(y, oof, statements, strict=True):
        old = best.get(key)
        best[key] = (max(p, old[0]) if old else p, label or (old[1] if old else False))
    made = [label for p, label in best.values() if p >= threshold]
    return len(made), sum(made)


# Per article, the model's out-of-fold probability for each (subject name, relation, object
# name) it had a candidate for: what ``RelationModel.agreement`` says of new text.
OofProbs = dict[str, dict[tuple[str, str, str], float]]


def train_model(
    docs: Sequence[DocExamples], modes: Mapping[str, str] | None = None
) -> RelationModel:
    """One calibrated classifier per relation, fitted on all of ``docs`` (sorted by article:
    the same gold gives the same file). ``modes``: relation -> add/replace/off (default
    ``MODES``; a relation left off makes no statements, but its weights still read the rules'
    statements' pairs: ``RelationModel.agreement``)."""
    return train_with_oof(docs, modes)[0]


def train_with_oof(
    docs: Sequence[DocExamples], modes: Mapping[str, str] | None = None
) -> tuple[RelationModel, OofProbs]:
    """``train_model``, and the out-of-fold probabilities of every candidate pair of
    ``docs`` (each scored by a classifier fitted without its article)."""
    modes = MODES if modes is None else modes
    ordered = sorted(docs, key=lambda e: e.document.path)
    props: dict[str, PropertyModel] = {}
    stats: dict[str, dict[str, Any]] = {}
    oof_probs: OofProbs = {ex.document.path: {} for ex in ordered}
    for pred in PROPERTIES:
        rows, y, groups, statements = rows_for(ordered, pred)
        fitted = fit_property(rows, y, groups)
        gold = sum(ex.gold.get(pred, 0) for ex in ordered)
        threshold = THRESHOLDS.get(pred, THRESHOLD)
        made, right = out_of_fold(y, fitted.oof, statements, threshold)
        stats[f"{MODEL_PREFIX}{pred}"] = {
            "candidates": len(y),
            "positives": sum(y),
            "gold": gold,
            "statements": made,
            "correct": right,
            "precision": round(right / made, 3) if made else None,
        }
        props[pred] = PropertyModel(
            fitted.weights, fitted.bias, threshold, fitted.calibration, modes.get(pred, "off")
        )
        _record_oof(ordered, pred, fitted.oof, oof_probs)
    meta = {"documents": len(ordered), "folds": FOLDS, "out_of_fold": stats}
    return RelationModel(props, meta), oof_probs


def _record_oof(
    docs: Sequence[DocExamples], pred: str, oof: Sequence[float], out: OofProbs
) -> None:
    """Spread ``pred``'s out-of-fold probabilities (in ``rows_for`` order) over the name
    pairs of ``docs``, keeping the best per pair."""
    k = 0
    for ex in docs:
        found, probs = ex.ctx.found, out[ex.document.path]
        for c in ex.cands:
            if pred not in c.preds:
                continue
            s, o = found[c.subj].text, found[c.obj].text
            keys = [(s, pred, o), (o, pred, s)] if pred in SYMMETRIC else [(s, pred, o)]
            prob = round(oof[k], 3)  # as the model file gives it at run time
            for key in keys:
                if prob > probs.get(key, -1.0):
                    probs[key] = prob
            k += 1


def with_modes(model: RelationModel, modes: Mapping[str, str]) -> RelationModel:
    """``model`` with each relation's mode set from ``modes`` (others off)."""
    return RelationModel(
        {p: replace(pm, mode=modes.get(p, "off")) for p, pm in model.properties.items()},
        model.meta,
    )
