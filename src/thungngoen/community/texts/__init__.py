"""Thai texts of the community-data area (English source string → Thai): its labels of
types, sectors and tenures, its pages, field collection, and its rejection codes."""

from thungngoen.community.texts import (
    field,
    imports,
    labels,
    pages,
    pdpa,
    rejections,
    relocation,
    rounds,
)

THAI: dict[str, str] = (
    labels.THAI | pages.THAI | relocation.THAI | rounds.THAI | field.THAI | imports.THAI | pdpa.THAI
)
THAI_BY_CODE: dict[str, str] = (
    rejections.THAI_BY_CODE
    | relocation.THAI_BY_CODE
    | field.THAI_BY_CODE
    | imports.THAI_BY_CODE
    | pdpa.THAI_BY_CODE
)
