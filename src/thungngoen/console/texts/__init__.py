"""Thai texts of the operator console (English source string → Thai): its pages, and the
audit log's sentences."""

from thungngoen.console.texts import audit, pages

THAI: dict[str, str] = pages.THAI | audit.THAI
THAI_BY_CODE: dict[str, str] = pages.THAI_BY_CODE

__all__ = ["THAI", "THAI_BY_CODE"]
