"""The idempotency key of a money form: made when the form is shown, posted back with it,
and passed to the operation, so a double submit (double tap, reload, back and resubmit)
moves the money once."""

import secrets

from fastapi import HTTPException

KEY_FIELD = "idempotency_key"
MAX_FORM_KEY = 64
"""The ledger takes keys of up to 100 characters and the operations add their own prefix
(a pay code's is the longest: ``code:<16 hex>:``, then the payment's ``pay:<member>:``)."""


def new_form_key() -> str:
    return secrets.token_urlsafe(16)


def form_key(form: dict[str, str]) -> str:
    """The posted key; a form without a usable one is refused (400)."""
    key = form.get(KEY_FIELD, "").strip()
    if not 0 < len(key) <= MAX_FORM_KEY:
        raise HTTPException(status_code=400)
    return key


def form_key_or_new(form: dict[str, str]) -> str:
    """The posted key, or a new one for a form that came without."""
    return form.get(KEY_FIELD, "") or new_form_key()
