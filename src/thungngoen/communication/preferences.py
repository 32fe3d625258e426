"""What a person wants to be told, where: their addresses on the channels, the
categories they switched off per channel, their language and quiet hours."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from thungngoen import notify, wallet
from thungngoen.communication import errors
from thungngoen.communication.digest_periods import DEFAULT, check_frequency
from thungngoen.communication.tables import addresses, preferences, settings
from thungngoen.thai import InvalidIdentifier, normalize_phone

CHANNELS = ("email", "line", "sms", "webpush")
"""What a person switches categories off on."""
ADDRESSED = ("email", "line", "sms")
"""The channels with one address a person gives (Web Push has a subscription a browser)."""
_EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,250}\.[A-Za-z]{2,}")
UNSUBSCRIBE = "unsubscribe"
UNSUBSCRIBE_LIFETIME = timedelta(days=365)


def set_address(
    connection: Connection, user_id: int, channel: str, address: str, now: datetime
) -> None:
    if channel not in ADDRESSED:
        raise errors.UnknownChannel(f"the channels are {', '.join(ADDRESSED)}")
    if channel == "email" and not _EMAIL.fullmatch(address):
        raise errors.BadAddress("this is not an email address")
    if channel == "sms":
        try:
            address = normalize_phone(address)
        except InvalidIdentifier as error:
            raise errors.BadAddress("this is not a Thai mobile number") from error
    mine = (addresses.c.user_id == user_id) & (addresses.c.channel == channel)
    connection.execute(delete(addresses).where(mine))
    values = {"user_id": user_id, "channel": channel, "address": address, "created_at": now}
    connection.execute(insert(addresses).values(values))


def set_preference(
    connection: Connection, user_id: int, category: str, channel: str, enabled: bool
) -> None:
    """Switch a category on or off on a channel (mandatory kinds are sent regardless)."""
    if category not in notify.CATEGORIES:
        raise errors.UnknownCategory(f"the categories are {', '.join(notify.CATEGORIES)}")
    if channel not in CHANNELS:
        raise errors.UnknownChannel(f"the channels are {', '.join(CHANNELS)}")
    key = (
        (preferences.c.user_id == user_id)
        & (preferences.c.category == category)
        & (preferences.c.channel == channel)
    )
    connection.execute(delete(preferences).where(key))
    if not enabled:
        row = {"user_id": user_id, "category": category, "channel": channel, "enabled": False}
        connection.execute(insert(preferences).values(row))


def set_settings(
    connection: Connection, user_id: int, language: str, quiet_hours: bool, digest: str = DEFAULT
) -> None:
    if language not in ("th", "en"):
        raise errors.UnknownLanguage("messages are in Thai (th) or English (en)")
    values = {"language": language, "quiet_hours": quiet_hours, "digest": check_frequency(digest)}
    found = connection.execute(update(settings).where(settings.c.user_id == user_id), values)
    if found.rowcount == 0:
        connection.execute(insert(settings).values(user_id=user_id, **values))


def switched_off(connection: Connection, user_id: int) -> set[tuple[str, str]]:
    query = select(preferences.c.category, preferences.c.channel).where(
        preferences.c.user_id == user_id, ~preferences.c.enabled
    )
    return {(row.category, row.channel) for row in connection.execute(query)}


def unsubscribe_token(user_id: int, category: str, channel: str, now: datetime) -> str:
    payload: dict[str, str | int] = {"u": user_id, "c": category, "ch": channel}
    return wallet.sign_token(UNSUBSCRIBE, payload, now + UNSUBSCRIBE_LIFETIME)


def unsubscribe(connection: Connection, token: str, now: datetime) -> tuple[str, str]:
    """One click from a message: its category goes off on its channel. Answers which."""
    payload = wallet.verify_token(UNSUBSCRIBE, token, now)
    user_id, category, channel = int(payload["u"]), str(payload["c"]), str(payload["ch"])
    set_preference(connection, user_id, category, channel, enabled=False)
    return category, channel


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str
    quiet_hours: bool
    addresses: dict[str, str]
    off: set[tuple[str, str]]
    """(category, channel) pairs switched off."""
    digest: str = DEFAULT
    """How often the digest comes: weekly, monthly or never."""

    def wants(self, category: str, channel: str) -> bool:
        return (category, channel) not in self.off


def preferences_of(connection: Connection, user_id: int) -> Preferences:
    found = connection.execute(select(settings).where(settings.c.user_id == user_id)).first()
    mine = select(addresses.c.channel, addresses.c.address).where(addresses.c.user_id == user_id)
    reach = {row.channel: row.address for row in connection.execute(mine)}
    language, quiet, digest = (
        (found.language, found.quiet_hours, found.digest) if found else ("th", True, DEFAULT)
    )
    return Preferences(language, quiet, reach, switched_off(connection, user_id), digest)


def remove_address(connection: Connection, user_id: int, channel: str) -> None:
    mine = (addresses.c.user_id == user_id) & (addresses.c.channel == channel)
    connection.execute(delete(addresses).where(mine))


def save_preferences(
    connection: Connection,
    user_id: int,
    wanted: Preferences,
    now: datetime,
) -> None:
    """Everything a person chose on the preferences page or API, at once."""
    if set(wanted.addresses) - set(ADDRESSED) or {ch for _, ch in wanted.off} - set(CHANNELS):
        raise errors.UnknownChannel(f"the channels are {', '.join(CHANNELS)}")
    if {category for category, _ in wanted.off} - set(notify.CATEGORIES):
        raise errors.UnknownCategory(f"the categories are {', '.join(notify.CATEGORIES)}")
    set_settings(connection, user_id, wanted.language, wanted.quiet_hours, wanted.digest)
    for channel in ADDRESSED:
        if channel in wanted.addresses:
            set_address(connection, user_id, channel, wanted.addresses[channel], now)
        else:
            remove_address(connection, user_id, channel)
    for category in notify.CATEGORIES:
        for channel in CHANNELS:
            set_preference(connection, user_id, category, channel, wanted.wants(category, channel))
