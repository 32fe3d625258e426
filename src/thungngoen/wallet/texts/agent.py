"""Thai texts of the agent pages (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the agent pages' operations, in Thai."""
