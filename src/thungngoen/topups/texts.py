"""Thai texts of the topups pages (English source string → Thai) and of its rejection codes."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
