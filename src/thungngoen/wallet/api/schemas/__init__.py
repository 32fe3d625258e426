"""The request and response shapes of the wallet's routes, by subject (one module would
pass 300 lines); the routes import them from here. Amounts are integer satang
(100 = 1 baht).

``ProgramOut`` and ``AllowanceOut`` stay in ``api.programs``: the circulation area has a
``ProgramOut`` too, so the OpenAPI document names both by their module
(``thungngoen__wallet__api__programs__ProgramOut``), and moving the class would rename it.
"""

from thungngoen.wallet.api.schemas.agents import (
    AgentFloatOut,
    CashTopUp,
    FloatLimitIn,
    HandoverIn,
    HandoverOut,
    Reserve,
)
from thungngoen.wallet.api.schemas.funds import (
    FundGiftIn,
    FundGiftOut,
    FundMovementOut,
    FundStatementOut,
)
from thungngoen.wallet.api.schemas.members import (
    Line,
    SignedUp,
    SignUp,
    Wallet,
)
from thungngoen.wallet.api.schemas.payments import (
    Confirm,
    OpenRequestOut,
    PayCode,
    PayCodeAsk,
    PaymentOut,
    RequestView,
    SendCoin,
    ShopPayment,
    TransferOut,
)
from thungngoen.wallet.api.schemas.programs import (
    AllowancePayment,
    ClosingOut,
    EventMerchant,
    ParticipantIn,
    ParticipantOut,
    ProgramCreate,
    ProgramTermsIn,
)
from thungngoen.wallet.api.schemas.shops import (
    Charge,
    Refund,
    RequestAsk,
    RequestMade,
    ShopSignUp,
)

__all__ = [
    "AgentFloatOut",
    "AllowancePayment",
    "CashTopUp",
    "Charge",
    "ClosingOut",
    "Confirm",
    "EventMerchant",
    "FloatLimitIn",
    "FundGiftIn",
    "FundGiftOut",
    "FundMovementOut",
    "FundStatementOut",
    "HandoverIn",
    "HandoverOut",
    "Line",
    "OpenRequestOut",
    "ParticipantIn",
    "ParticipantOut",
    "PayCode",
    "PayCodeAsk",
    "PaymentOut",
    "ProgramCreate",
    "ProgramTermsIn",
    "Refund",
    "RequestAsk",
    "RequestMade",
    "RequestView",
    "Reserve",
    "SendCoin",
    "ShopPayment",
    "ShopSignUp",
    "SignUp",
    "SignedUp",
    "TransferOut",
    "Wallet",
]
