"""Thai first, English on request: the language of a request and the page catalogue.

Keys are the English source strings; English mode shows the key itself. A missing Thai
translation falls back to English rather than failing the page.
"""

from collections.abc import Callable

from fastapi import Request

from thungngoen.web.i18n_catalogue import THAI

LANGUAGE_COOKIE = "tn_lang"
LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"

Translate = Callable[[str], str]


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def translate(text: str, language: str) -> str:
    if language == "th":
        return THAI.get(text, text)
    return text


def translator(language: str) -> Translate:
    return lambda text: translate(text, language)
