"""The channels a notification travels on, each an adapter behind ``Channel``."""

from thungngoen.communication.channels.base import Channel, Outgoing
from thungngoen.communication.channels.email import EmailChannel
from thungngoen.config import Settings


def configured(settings: Settings) -> list[Channel]:
    """The channels this server's settings give it (none: the inbox only)."""
    found: list[Channel] = []
    if settings.smtp_url:
        found.append(EmailChannel(settings.smtp_url, settings.mail_from, settings.smtp_per_second))
    return found


__all__ = ["Channel", "EmailChannel", "Outgoing", "configured"]
