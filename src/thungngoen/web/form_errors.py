"""What is wrong with a posted form, in the user's language, by field: mistakes the pages
find themselves (English catalogue texts) and the operations' refusals (``DomainError``)."""

from fastapi import Request

from thungngoen.errors import DomainError
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of, translate

FieldErrors = dict[str, str]
"""Field name → text to show under it (``"form"``: at the top of the form)."""

REQUIRED = "This field is required."
NOT_A_PHONE = "Not a Thai mobile number."


def translated(request: Request, text: str) -> str:
    """An English catalogue text in the user's language."""
    return translate(text, language_of(request))


def in_language(request: Request, problems: FieldErrors) -> FieldErrors:
    """English catalogue texts of the fields' problems, in the user's language."""
    return {field: translated(request, text) for field, text in problems.items()}


def rejection(request: Request, error: DomainError) -> str:
    """An operation's refusal in the user's language."""
    return error_text(error, language_of(request))


def refusal(
    request: Request, error: DomainError, field_of_code: dict[str, str], form: str = "form"
) -> FieldErrors:
    """An operation's refusal next to the field its code is about (else over the ``form``)."""
    return {field_of_code.get(error.code, form): rejection(request, error)}
