"""The channels a notification travels on, each an adapter behind ``Channel``."""

from thungngoen.communication.channels.base import Channel, Outgoing
from thungngoen.communication.channels.email import EmailChannel
from thungngoen.communication.channels.line import LineChannel
from thungngoen.communication.channels.sms import SmsChannel
from thungngoen.config import Settings


def configured(settings: Settings) -> list[Channel]:
    """The channels this server's settings give it (none: the inbox only)."""
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
    return found


__all__ = ["Channel", "EmailChannel", "LineChannel", "Outgoing", "SmsChannel", "configured"]
