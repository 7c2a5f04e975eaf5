"""Which classes each relation joins (SCHEMA.md's subject -> object column).

The ontology states the same as rdfs:domain/rdfs:range unions; tests/test_schema.py checks
the two agree, so the resolver never emits an edge the shapes would reject.
"""

from __future__ import annotations

from kg.vocab import ENTITY_CLASSES

PLACES = frozenset({"Province", "City", "Country", "Region"})
AGENTS = frozenset(ENTITY_CLASSES)

DOMAIN_RANGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "holdsPositionIn": (
        frozenset({"Official", "Person"}),
        frozenset({"GovernmentBody", "Organization", "Enterprise", "Zone"}),
    ),
    # A foreign state's or province's governor or premier serves in that Region.
    "servesIn": (frozenset({"Official"}), PLACES | {"Zone"}),
    "visited": (
        frozenset({"Official", "Person"}),
        PLACES | {"Enterprise", "Zone", "Organization", "GovernmentBody"},
    ),
    "locatedIn": (
        frozenset(
            {"Enterprise", "Zone", "Organization", "GovernmentBody", "Event", "City", "Province"}
        ),
        PLACES,
    ),
    "implements": (
        frozenset({"Country", "Province", "City", "GovernmentBody", "Official", "Zone"}),
        frozenset({"Initiative"}),
    ),
    "participatesIn": (AGENTS - {"Initiative", "Event"}, frozenset({"Event", "Initiative"})),
    "supports": (
        frozenset({"GovernmentBody", "Official", "Zone", "City", "Province", "Organization"}),
        frozenset({"Enterprise", "Person"}),
    ),
    "tradesWith": (
        frozenset({"Enterprise", "Province", "City"}),
        PLACES,  # a Province too: trade with Hong Kong
    ),
    "investsIn": (
        frozenset({"Enterprise", "Province", "City"}),
        frozenset({"Country", "Region", "Province", "City", "Zone"}),
    ),
    "metWith": (
        frozenset({"Official", "Person"}),
        frozenset({"Official", "Person", "Enterprise", "Organization", "GovernmentBody"}),
    ),
}


def allowed(pred: str, subj_cls: str, obj_cls: str) -> bool:
    domain, range_ = DOMAIN_RANGE[pred]
    return subj_cls in domain and obj_cls in range_
