"""Import every area's tables so that the shared metadata knows them all."""

import thungngoen.audit.tables
import thungngoen.auth.tables
import thungngoen.ledger.tables
import thungngoen.wallet.tables  # noqa: F401
