"""Import every area's tables so that the shared metadata knows them all."""

import thungngoen.ledger.tables  # noqa: F401
