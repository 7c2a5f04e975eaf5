"""Helpers shared by the tests that drive the graph page in headless Chromium."""

from __future__ import annotations

from typing import Any

# vis animates zooms frame by frame, so on a busy machine they outlast any fixed wait: wait
# until the view has not moved for ten frames.
SETTLE_JS = """() => new Promise(resolve => {
  let last = '', still = 0;
  const tick = () => {
    const p = kg.network.getViewPosition(), now = [p.x, p.y, kg.network.getScale()].join();
    still = now === last ? still + 1 : 0; last = now;
    if (still >= 10) resolve(true); else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})"""


def settle(page: Any) -> None:
    """Return once the page's network view has stopped moving."""
    page.evaluate(SETTLE_JS)
