"""The Thai banks a shop's payout account may be at, by their three-digit Bank of Thailand
code (the code a bulk payment file names the bank by), with their English and Thai names."""

from typing import Literal, get_args

BankCode = Literal[
    "002", "004", "006", "011", "014", "022", "024", "025", "030", "033", "034", "066", "067",
    "069", "070", "071", "073", "098",
]  # fmt: skip
"""The code of a bank in :data:`THAI_BANKS` (the API's strict field)."""

THAI_BANKS: dict[str, tuple[str, str]] = {
    "002": ("Bangkok Bank", "ธนาคารกรุงเทพ"),
    "004": ("Kasikornbank", "ธนาคารกสิกรไทย"),
    "006": ("Krungthai Bank", "ธนาคารกรุงไทย"),
    "011": ("TMBThanachart Bank", "ธนาคารทหารไทยธนชาต"),
    "014": ("Siam Commercial Bank", "ธนาคารไทยพาณิชย์"),
    "022": ("CIMB Thai Bank", "ธนาคารซีไอเอ็มบี ไทย"),
    "024": ("United Overseas Bank (Thai)", "ธนาคารยูโอบี"),
    "025": ("Bank of Ayudhya (Krungsri)", "ธนาคารกรุงศรีอยุธยา"),
    "030": ("Government Savings Bank", "ธนาคารออมสิน"),
    "033": ("Government Housing Bank", "ธนาคารอาคารสงเคราะห์"),
    "034": (
        "Bank for Agriculture and Agricultural Cooperatives",
        "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
    ),
    "066": ("Islamic Bank of Thailand", "ธนาคารอิสลามแห่งประเทศไทย"),
    "067": ("Tisco Bank", "ธนาคารทิสโก้"),
    "069": ("Kiatnakin Phatra Bank", "ธนาคารเกียรตินาคินภัทร"),
    "070": ("ICBC (Thai)", "ธนาคารไอซีบีซี (ไทย)"),
    "071": ("Thai Credit Bank", "ธนาคารไทยเครดิต"),
    "073": ("LH Bank", "ธนาคารแลนด์ แอนด์ เฮ้าส์"),
    "098": ("SME Development Bank", "ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย"),
}
"""Code → (English name, Thai name), in code order."""

assert tuple(THAI_BANKS) == get_args(BankCode)


def bank_name(code: str | None) -> str:
    """The English name of the bank ``code`` (a catalogue text), ``""`` for none or unknown."""
    return THAI_BANKS[code][0] if code in THAI_BANKS else ""


BANK_TEXTS: dict[str, str] = dict(THAI_BANKS.values())
"""The banks' names for the Thai catalogue (English → Thai)."""
