"""Thai texts of the community-data area (English source string → Thai): its labels of
types, sectors and tenures, its pages, and its rejection codes."""

from thungngoen.community.texts import labels, pages, pdpa, rejections

THAI: dict[str, str] = labels.THAI | pages.THAI | pdpa.THAI
THAI_BY_CODE: dict[str, str] = rejections.THAI_BY_CODE | pdpa.THAI_BY_CODE
