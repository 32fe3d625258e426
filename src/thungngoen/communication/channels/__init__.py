"""The channels a notification travels on, each an adapter behind ``Channel``."""

from sqlalchemy import Engine

from thungngoen.communication.channels.base import Channel, Outgoing
from thungngoen.communication.channels.email import EmailChannel
from thungngoen.communication.channels.line import LineChannel
from thungngoen.communication.channels.sms import SmsChannel
from thungngoen.communication.channels.webpush import WebPushChannel
from thungngoen.communication.vapid import VapidError, vapid_for
from thungngoen.config import Settings
from thungngoen.keyring import loudly


def configured(settings: Settings, engine: Engine | None = None) -> list[Channel]:
    """The channels this server's settings give it (none: the inbox only); Web Push, which
    reads the browsers' keys from the database, with ``engine`` and a VAPID key."""
    found: list[Channel] = []
    if settings.smtp_url:
        found.append(EmailChannel(settings.smtp_url, settings.mail_from, settings.smtp_per_second))
    if settings.line_channel_token:
        found.append(
            LineChannel(
                settings.line_channel_token,
                settings.line_api,
                settings.line_per_second,
                settings.line_multicast_per_second,
            )
        )
    if settings.sms_api:
        found.append(
            SmsChannel(
                settings.sms_api,
                settings.sms_key,
                settings.sms_per_second,
                settings.sms_gateway_idempotent,
            )
        )
    if engine is not None:
        found.extend(_webpush(settings, engine))
    return found


def _webpush(settings: Settings, engine: Engine) -> list[Channel]:
    try:
        key = vapid_for(settings, engine.url.render_as_string(hide_password=False))
    except VapidError as error:
        loudly(f"Web Push is off: {error}")
        return []
    if key is None:
        return []
    per_second, ttl = settings.webpush_per_second, settings.webpush_ttl_seconds
    return [WebPushChannel(key, engine, per_second, ttl)]


__all__ = [
    "Channel",
    "EmailChannel",
    "LineChannel",
    "Outgoing",
    "SmsChannel",
    "WebPushChannel",
    "configured",
]
