"""The confidence of one rule statement: the lower bound of its kind's measured precision.

A rule's precision measured on the articles it was written on overstates its precision on
new text, and it is one number for very different statements (the same "title" rule reads
a Chinese governor's post and a foreign company's chief's). Here a statement's **kind** is
its rule, its relation and the classes of its two ends ("title holdsPositionIn
Official>GovernmentBody"); its confidence is the lower end of the Wilson interval (``Z``
standard errors) of the precision its kind had on the gold, so a kind seen a few times gets
a low figure however right it was. A kind seen fewer than ``MIN_STATEMENTS`` times is not
measured: it gets its rule's lower bound, but never more than ``THIN_CAP`` (below the 0.8 a
user filters on). A statement whose document states the same pair in another sentence too
(by any rule) is **restated**: it gets at least the lower bound of the precision restated
statements had on the gold, whatever its kind.

A second reading of the same pair: the relation model (``kg.learn``), whose features say
nothing of what a rule decided, scores the statement's pair too. Where it **agrees** (its
calibrated probability at least ``AGREE``) with a statement of a measured kind, the statement
gets at least the lower bound of the precision agreed statements of its relation had on the
gold (the model's probabilities there out of fold by article). And whatever its kind, a statement
gets at most the lower bound of the precision the rule statements of its relation had on the
gold when the model read their pairs as it reads this one (``READINGS``: no candidate, below
0.2, 0.2-0.5, 0.5 or more; too few of the relation in a band: all relations' band), taken
one-sided at 95% (``READ_Z``): two readings of the text, each measured, and a statement is
trusted only as far as the weaker says. A kind is measured on the articles its rule was
written on, where 93% of rule statements are right whatever their kind; the model's reading
is the one figure that tells the wrong ones apart on the other set and on real text
(docs/learning.md, "Two readings"). Judged cross-set (`kg train --cross-set`,
docs/learning.md): fitted on one gold set, the statements of another.

Every count is taken on the ``--gold`` articles of ``kg train --confidence`` plus (``also``)
its ``--confidence-gold`` sets: annotated real text the model is not trained on, read by the
model as new text is. The counts ship in ``kg/data/confidence.json`` (``kinds``, ``also``
inside it), written by ``kg train --confidence`` (``kg.evaluation.trust``); reading them
needs nothing but arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.extract.context import DocContext, RelationHit

Z = 1.0  # width of the interval, in standard errors
# width of the interval of a model band's bound (one-sided 95%): the band's cap is what keeps
# confidence honest on new text, where every other count here is in-sample (docs/confidence.md)
READ_Z = 1.64
MIN_STATEMENTS = 5  # a kind seen fewer times is not measured on its own
THIN_CAP = 0.75  # the most an unmeasured kind gets (its rule's lower bound, if lower)
AGREE = 0.5  # the relation model agrees with a rule statement at this probability or more
READINGS = (0.2, AGREE)  # bands of the model's probability for a rule statement's pair
NO_READING = "none"  # the model had no candidate for the pair
ALL = "*"  # the readings of every relation, for a relation with too few in a band


def reading_band(model: float | None) -> str:
    """The band of the model's probability for a pair: "none", "0", "1", "2"."""
    return NO_READING if model is None else str(sum(model >= t for t in READINGS))


def wilson_lower(right: float, n: float, z: float = Z) -> float:
    """The lower end of the Wilson score interval for ``right`` of ``n``."""
    if n <= 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - spread) / (1 + z * z / n))


def kind_of(ctx: DocContext, hit: RelationHit) -> str:
    """The classes of a statement's two ends, as its mentions have them: "Official>Province"."""
    return f"{ctx.found[hit.subj].cls}>{ctx.found[hit.obj].cls}"


Counts = Mapping[tuple[str, str, str], tuple[int, int]]  # (rule, relation, kind) -> (right, n)


def restated(ctx: DocContext, hits: Sequence[RelationHit]) -> list[bool]:
    """Per statement: does the document state the same names and relation in another
    sentence too (by any of ``hits``)?"""

    def key(h: RelationHit) -> tuple[str, str, str]:
        return (ctx.found[h.subj].text.casefold(), h.pred, ctx.found[h.obj].text.casefold())

    sentences: dict[tuple[str, str, str], set[int]] = {}
    for h in hits:
        sentences.setdefault(key(h), set()).add(h.sent.start)
    return [len(sentences[key(h)]) > 1 for h in hits]


@dataclass(frozen=True)
class KindTable:
    """Measured (right, statements) per statement kind, and the confidence they give."""

    counts: Counts
    about: str = ""
    again: tuple[int, int] = (0, 0)  # (right, n) of restated statements
    agreed: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # relation -> (right, n)
    # (relation or ALL, reading_band) -> (right, n); empty: the model's reading caps nothing
    read: Mapping[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    # the same counts on further gold sets (`kg train --confidence-gold`: real text the model
    # was not trained on), kept apart so the part measured on --gold can be remeasured
    also: KindTable | None = None
    rules: dict[tuple[str, str], tuple[int, int]] = field(init=False, repr=False, compare=False)
    pooled: KindTable = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # derived fields of a frozen dataclass: the counts with ``also``'s added
        pooled = self if self.also is None else _plus(self, self.also)
        rules: dict[tuple[str, str], tuple[int, int]] = {}
        for (rule, prop, _), (right, n) in pooled.counts.items():
            old = rules.get((rule, prop), (0, 0))
            rules[(rule, prop)] = (old[0] + right, old[1] + n)
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "pooled", pooled)

    def confidence(
        self, rule: str, prop: str, kind: str, again: bool = False, model: float | None = None
    ) -> float | None:
        """The statement's confidence, or None when its rule was never measured (``again``:
        the statement is restated in its document; ``model``: the relation model's calibrated
        probability for the statement's pair, None when it has none)."""
        floor = self.restated() if again else 0.0
        if (rule, prop) not in self.rules:
            return floor or None
        right, n = self.pooled.counts.get((rule, prop, kind), (0, 0))
        measured = n >= MIN_STATEMENTS
        if measured:
            value = wilson_lower(right, n)
        else:
            value = min(THIN_CAP, wilson_lower(*self.rules[(rule, prop)]))
        if model is not None and model >= AGREE and measured:
            floor = max(floor, self.agreement(prop))
        return min(max(floor, round(value, 3)), self.reading(prop, model))

    def reading(self, prop: str, model: float | None) -> float:
        """The most a statement of ``prop`` whose pair the model scores ``model`` gets: the
        lower bound (``READ_Z``) of the precision of the statements of its relation in the
        same band (all relations' band when fewer than MIN_STATEMENTS); 1.0 when none were
        measured."""
        band = reading_band(model)
        for key in ((prop, band), (ALL, band)):
            right, n = self.pooled.read.get(key, (0, 0))
            if n >= MIN_STATEMENTS:
                return round(wilson_lower(right, n, READ_Z), 3)
        return 1.0

    def agreement(self, prop: str) -> float:
        """The confidence a statement of ``prop`` the model agrees with gets at least."""
        right, n = self.pooled.agreed.get(prop, (0, 0))
        return round(wilson_lower(right, n), 3) if n >= MIN_STATEMENTS else 0.0

    def restated(self) -> float:
        """The confidence a restated statement gets at least (0 when too few were seen)."""
        right, n = self.pooled.again
        return round(wilson_lower(right, n), 3) if n >= MIN_STATEMENTS else 0.0

    def to_json(self) -> dict[str, Any]:
        nested: dict[str, dict[str, dict[str, list[int]]]] = {}
        for (rule, prop, kind), (right, n) in sorted(self.counts.items()):
            nested.setdefault(rule, {}).setdefault(prop, {})[kind] = [right, n]
        data = {"about": self.about, "z": Z, "read_z": READ_Z, "min_statements": MIN_STATEMENTS,
                "thin_cap": THIN_CAP, "restated": list(self.again), "agree": AGREE,
                "agreed": {p: list(c) for p, c in sorted(self.agreed.items())},
                "readings": list(READINGS),
                "read": {f"{p} {b}": list(c) for (p, b), c in sorted(self.read.items())},
                "counts": nested}  # fmt: skip
        if self.also is not None:
            data["also"] = self.also.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KindTable:
        counts = {
            (str(rule), str(prop), str(kind)): (int(c[0]), int(c[1]))
            for rule, props in data["counts"].items()
            for prop, kinds in props.items()
            for kind, c in kinds.items()
        }
        again = data.get("restated", [0, 0])
        agreed = {str(p): (int(c[0]), int(c[1])) for p, c in data.get("agreed", {}).items()}
        read = {(key.partition(" ")[0], key.partition(" ")[2]): (int(c[0]), int(c[1]))
                for key, c in data.get("read", {}).items()}  # fmt: skip
        also = data.get("also")
        return cls(counts, str(data.get("about", "")), (int(again[0]), int(again[1])), agreed,
                   read, cls.from_json(also) if also is not None else None)


def _plus(a: KindTable, b: KindTable) -> KindTable:
    """The counts of ``a`` and ``b`` added (``about`` and ``also`` left out)."""

    def add(x: Mapping[Any, tuple[int, int]], y: Mapping[Any, tuple[int, int]]
            ) -> dict[Any, tuple[int, int]]:  # fmt: skip
        out = dict(x)
        for key, (right, n) in y.items():
            old = out.get(key, (0, 0))
            out[key] = (old[0] + right, old[1] + n)
        return out

    again = (a.again[0] + b.again[0], a.again[1] + b.again[1])
    return KindTable(add(a.counts, b.counts), "", again, add(a.agreed, b.agreed),
                     add(a.read, b.read))
