"""Thai texts of the community-data area (English source string → Thai), its labels of
types, sectors and tenures, and its rejection codes."""

from thungngoen.community.texts import labels, rejections

THAI: dict[str, str] = labels.THAI
THAI_BY_CODE: dict[str, str] = rejections.THAI_BY_CODE
