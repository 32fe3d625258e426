"""Personal data as lists show it: enough to tell two people apart, not enough to call or
identify them. Only a person's own page (a logged read) shows more."""


def mask_phone(phone: str | None) -> str:
    """``0812345678`` → ``08x-xxx-5678``."""
    if not phone:
        return ""
    return f"{phone[:2]}x-xxx-{phone[-4:]}"


def mask_national_id(last4: str | None) -> str:
    """The last four digits in the card's layout: ``x-xxxx-xxxx9-01-2``."""
    if not last4:
        return ""
    return f"x-xxxx-xxxx{last4[0]}-{last4[1:3]}-{last4[3]}"
