"""kg.run.heap: objects frozen for the length of a block, then collected as before."""

import gc

from kg.run.heap import frozen


def test_frozen_block_then_unfrozen():
    before = gc.get_freeze_count()
    keep = [object() for _ in range(10)]
    with frozen():
        assert gc.get_freeze_count() >= before + len(keep)
    assert gc.get_freeze_count() == 0


def test_unfrozen_after_an_error():
    try:
        with frozen():
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0


def test_a_callers_freeze_is_kept():
    gc.freeze()
    try:
        with frozen():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
