"""Thai translations of the wallet's pages, one catalogue per kind of user (English source
string → Thai), and of the wallet's rejection codes."""

from thungngoen.wallet.texts import agent, member, shop, treasury

THAI: dict[str, str] = member.THAI | shop.THAI | agent.THAI | treasury.THAI
THAI_BY_CODE: dict[str, str] = (
    member.THAI_BY_CODE | shop.THAI_BY_CODE | agent.THAI_BY_CODE | treasury.THAI_BY_CODE
)
