"""Thai texts of the member pages (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the member pages' operations, in Thai."""
