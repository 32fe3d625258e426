"""Thai translations of the wallet's pages, one catalogue per kind of user and one for the
operator's program and community fund pages (English source string → Thai), and of the
wallet's rejection codes."""

from thungngoen.wallet.banks import BANK_TEXTS
from thungngoen.wallet.texts import (
    agent,
    allowance,
    funds,
    member,
    program_rules,
    programs,
    rejections,
    send,
    shop,
)

THAI: dict[str, str] = (
    BANK_TEXTS
    | member.THAI
    | send.THAI
    | shop.THAI
    | agent.THAI
    | programs.THAI
    | program_rules.THAI
    | funds.THAI
    | allowance.THAI
)
THAI_BY_CODE: dict[str, str] = (
    rejections.THAI_BY_CODE
    | member.THAI_BY_CODE
    | shop.THAI_BY_CODE
    | agent.THAI_BY_CODE
    | programs.THAI_BY_CODE
)
