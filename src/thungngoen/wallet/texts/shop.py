"""Thai texts of the shop pages (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the shop pages' operations, in Thai."""
