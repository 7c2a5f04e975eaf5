"""A post in a body seated in a place makes the place home (kg/extract/people/homes.py,
``_posted_there``), on invented sentences with invented names."""

from __future__ import annotations

from extracting import pairs, run

from kg.extract import Extractor

_TRIP = ("Mr. Li Ming, Deputy Director-general of the Foreign Affairs Office of Hubei Province, "
         "visited Bergen of Vestland from July 2 to 4, with a delegation of 5 persons. "
         "Accompanied by Mr. Lars Berg and Mr. Ole Dahl, both Vice Consul-general of Chinese "
         "Consulate-general in Bergen, the delegation held meeting with Mr. Karl, "
         "Director-general of the Trade Bureau of Vestland.")


def test_local_diplomats_visit_nothing_the_guest_leader_still_does(
        extractor: Extractor) -> None:
    visited = pairs(run(extractor, _TRIP), "visited")
    assert ("Li Ming", "Bergen") in visited
    assert not {p for p in visited if p[0] in ("Lars Berg", "Ole Dahl")}
