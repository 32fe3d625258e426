"""Thai texts of the console pages (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the console pages' operations, in Thai."""
