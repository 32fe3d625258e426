"""Import every area's tables so that the shared metadata knows them all."""

import thungngoen.audit.tables
import thungngoen.auth.tables
import thungngoen.circulation.tables
import thungngoen.ledger.tables
import thungngoen.savings.tables
import thungngoen.wallet.programs.tables
import thungngoen.wallet.promptpay_topups.tables
import thungngoen.wallet.redemption.tables
import thungngoen.wallet.tables  # noqa: F401
from thungngoen.wallet.vouchers import tables as voucher_tables  # noqa: F401
