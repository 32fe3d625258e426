"""Thai texts of the vouchers pages (English source string → Thai) and of its rejection codes."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {}
