"""The people-typing model: whether a person the text names holds a party or state post.

The hand rules call a person an Official when they read a post next to a name; where they
read none, the person stays a Person. Posts are written in more ways than rules list
("Guangxi Zhuang autonomous region vice-chairman X", "X, the CPC chief of Y", "HE X"), so a
calibrated logistic regression over the words around every mention of the person
(``kg.learn.people_features``) decides the people the rules read no title for (their class is
then a default, not a decision): such a Person the model finds at least ``promote`` likely to
be an Official becomes one, and such an Official below ``demote`` becomes a Person. The
thresholds and the choice to leave titled people alone were made by five-fold cross-validation
over the annotated sets, grouped by set (docs/learning.md, session 17). The file is
``kg/data/people_model.json``, written by ``kg train --people-out`` (``kg.learn.people_train``);
scoring needs no scikit-learn.
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
from kg.learn.fit import interpolate, raw_score
from kg.learn.people_features import people, person_features, token_classes
from kg.schema import allowed

if TYPE_CHECKING:
    from kg.extract.context import DocContext

MODEL_FILE = "people_model.json"
FORMAT = 1
PROMOTE = 0.7  # a Person at least this likely an Official becomes one
DEMOTE = 0.1  # an Official less likely than this becomes a Person


@dataclass(frozen=True)
class PeopleModel:
    weights: dict[str, float]
    bias: float
    calibration: tuple[tuple[float, float], ...]
    promote: float = PROMOTE
    demote: float = DEMOTE
    meta: dict[str, Any] | None = None

    def probability(self, features: Sequence[str] | set[str]) -> float:
        """The calibrated probability that a person with these features is an Official."""
        return interpolate(self.calibration, raw_score(self.weights, self.bias, tuple(features)))

    def apply(self, ctx: DocContext) -> int:
        """Retype the document's people where the model is sure enough; how many changed."""
        # the people the rules read a title for (a state post, a company's, a former one) are
        # left alone: their class is a decision, not a default; nine in ten are right
        untitled = [idxs for _, idxs in people(ctx)
                    if not any(ctx.found[i].titles for i in idxs)]
        if not untitled:
            return 0
        classes = token_classes(ctx)
        changed = 0
        for idxs in untitled:
            official = any(ctx.found[i].cls == "Official" for i in idxs)
            p = self.probability(person_features(ctx, idxs, classes))
            if official and p < self.demote:
                new = "Person"
            elif not official and p >= self.promote:
                new = "Official"
            else:
                continue
            for i in idxs:
                ctx.found[i].cls = new
            changed += 1
        if changed:  # a Person serves nowhere: the rules' statements must fit the new classes
            found = ctx.found
            ctx.hits = [h for h in ctx.hits
                        if allowed(h.pred, found[h.subj].cls, found[h.obj].cls)]
        return changed

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "meta": self.meta or {},
            "promote": self.promote,
            "demote": self.demote,
            "bias": self.bias,
            "calibration": [list(c) for c in self.calibration],
            "weights": dict(sorted(self.weights.items())),
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: Path | str = MODEL_FILE) -> PeopleModel:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            return cls(
                weights={str(k): float(v) for k, v in data["weights"].items()},
                bias=float(data["bias"]),
                calibration=tuple((float(a), float(b)) for a, b in data["calibration"]),
                promote=float(data["promote"]),
                demote=float(data["demote"]),
                meta=dict(data.get("meta") or {}),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise KgError(E.E030, Path(source), f"not a people model: {err}") from None


@cache
def _packaged() -> PeopleModel | None:
    path = resources.files("kg").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return PeopleModel.from_json(path.read_text(encoding="utf-8"), f"kg/data/{MODEL_FILE}")


def default_people_model() -> PeopleModel | None:
    """The shipped people-typing model, or None when the package has none."""
    return _packaged()
