"""Thai texts of the console dashboard (English source string → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
