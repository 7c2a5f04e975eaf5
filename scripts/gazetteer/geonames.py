"""GeoNames helpers: Chinese GeoNames cities indexed to match our cities."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .romanise import fold

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class GeoIndex:
    """Chinese GeoNames cities indexed by Chinese name and by folded English name."""

    by_zh: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    by_en: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    admin1: dict[str, str] = field(default_factory=dict)  # province English -> admin1 code

    @classmethod
    def build(cls, cities: Iterable[dict[str, Any]]) -> GeoIndex:
        idx = cls()
        for c in cities:
            if c["countrycode"] != "CN":
                continue
            idx.by_en[fold(c["name"])].append(c)
            for alt in set(c["alternatenames"]):
                if _CJK.search(alt):
                    idx.by_zh[alt.removesuffix("市")].append(c)
        return idx

    @staticmethod
    def english_forms(c: dict[str, Any]) -> set[str]:
        return {fold(c["name"])} | {fold(a) for a in c["alternatenames"] if not _CJK.search(a)}

    def match(self, zh_base: str, names: list[str], province: str) -> dict[str, Any] | None:
        """Most populous record with our Chinese or English name, in the right province,
        whose English name agrees with ours (guards against same-named towns)."""
        wanted = {fold(n) for n in names}
        cands = self.by_zh.get(zh_base, []) + [c for n in wanted for c in self.by_en.get(n, [])]
        code = self.admin1.get(province)
        ok = [
            c for c in cands
            if (code is None or c["admin1code"] == code) and fold(c["name"]) in wanted
        ]
        return max(ok, key=lambda c: (c["population"], -c["geonameid"])) if ok else None
