"""Key rings for the tests: ``use_keys("a", "b")`` makes "a" current and "b" older."""

from collections.abc import Callable, Iterator

import pytest

from tests.wallet.conftest import funded, world
from thungngoen import keyring

__all__ = ["KEY_A", "KEY_B", "UseKeys", "funded", "use_keys", "world"]

KEY_A = "key-A-" + "x1y2z3w4v5u6t7s8r9q0p" * 2
KEY_B = "key-B-" + "m1n2o3p4q5r6s7t8u9v0w" * 2
UseKeys = Callable[..., keyring.KeyRing]


def use(current: str, *older: str) -> keyring.KeyRing:
    ring = keyring.KeyRing(
        keyring.make_key(current), tuple(keyring.make_key(k) for k in older), "test ring"
    )
    return keyring.activate(ring)


@pytest.fixture(autouse=True)
def use_keys() -> Iterator[UseKeys]:
    """Key A from the start (autouse: before ``world`` hashes its PINs), then as told."""
    use(KEY_A)
    yield use
    keyring.reset()
