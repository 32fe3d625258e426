"""Thai texts of the treasury pages (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the treasury pages' operations, in Thai."""
