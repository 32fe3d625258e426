"""Versioned privacy notices in Thai and English (PDPA s.23: what is collected, why, for
how long, the person's rights). A version is published once and never changed; the
current one is the latest whose effective date has come. Consents name the version shown
(``community_consents.notice_version`` references ``community_privacy_notices``)."""

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select

from thungngoen import audit
from thungngoen.community.pdpa import first_notice
from thungngoen.community.pdpa.errors import DuplicateNotice, InvalidNotice, UnknownNotice
from thungngoen.community.pdpa_tables import privacy_notices

VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-]{0,19}")
LONGEST = 20000


@dataclass(frozen=True, slots=True)
class Notice:
    version: str
    effective_on: date
    text_th: str
    text_en: str
    published_by: str
    published_at: datetime


def _notice(row: object) -> Notice:
    mapping = row._mapping  # type: ignore[attr-defined]
    return Notice(**{slot: mapping[slot] for slot in Notice.__slots__})


def notices(connection: Connection) -> list[Notice]:
    """Every version, the newest effective first."""
    query = select(privacy_notices).order_by(
        privacy_notices.c.effective_on.desc(), privacy_notices.c.published_at.desc()
    )
    return [_notice(row) for row in connection.execute(query)]


def get_notice(connection: Connection, version: str) -> Notice:
    row = connection.execute(
        select(privacy_notices).where(privacy_notices.c.version == version)
    ).first()
    if row is None:
        raise UnknownNotice(f"privacy notice {version!r} was never published", "notice_version")
    return _notice(row)


def current_notice(connection: Connection, today: date) -> Notice | None:
    """The notice in force on ``today``: the latest effective on or before it."""
    for notice in notices(connection):
        if notice.effective_on <= today:
            return notice
    return None


def publish_notice(
    connection: Connection,
    *,
    version: str,
    effective_on: date,
    text_th: str,
    text_en: str,
    actor: str,
    at: datetime,
) -> Notice:
    """A new version; it never replaces one already published (people agreed to it)."""
    version, text_th, text_en = version.strip(), text_th.strip(), text_en.strip()
    if not VERSION.fullmatch(version):
        raise InvalidNotice("a version is 1-20 letters, digits, dots or dashes", "version")
    if not text_th or not text_en or max(len(text_th), len(text_en)) > LONGEST:
        raise InvalidNotice("a notice has its Thai and English text", "text_th")
    if effective_on < at.date():
        raise InvalidNotice("a new notice cannot take effect in the past", "effective_on")
    if connection.execute(
        select(privacy_notices.c.version).where(privacy_notices.c.version == version)
    ).first():
        raise DuplicateNotice(f"privacy notice {version} exists already", "version")
    row = {
        "version": version,
        "effective_on": effective_on,
        "text_th": text_th,
        "text_en": text_en,
        "published_by": actor,
        "published_at": at,
    }
    connection.execute(insert(privacy_notices), row)
    audit.record(
        connection,
        actor=actor,
        action="community.notice_publish",
        subject_type="privacy_notice",
        subject_id=version,
        after={"version": version, "effective_on": effective_on.isoformat()},
    )
    return get_notice(connection, version)


def ensure_first_notice(connection: Connection) -> None:
    """The first notice (``2026-1``) when missing: migration 0032 stores it, an emptied
    database (the demo on a test database) gets it back unchanged."""
    found = connection.execute(
        select(privacy_notices.c.version).where(privacy_notices.c.version == first_notice.VERSION)
    ).first()
    if found is None:
        row = {
            "version": first_notice.VERSION,
            "effective_on": first_notice.EFFECTIVE_ON,
            "text_th": first_notice.TEXT_TH,
            "text_en": first_notice.TEXT_EN,
            "published_by": "migration",
            "published_at": first_notice.PUBLISHED_AT,
        }
        connection.execute(insert(privacy_notices), row)
