"""What the settings page shows of Web Push: the server's VAPID public key (which the
page's script gives ``pushManager.subscribe``; none when this server sends no Web Push)
and my devices."""

from typing import Any

from fastapi import Request

from thungngoen.auth.users import User
from thungngoen.communication.push_subscriptions import devices
from thungngoen.communication.vapid import VapidError, vapid_for
from thungngoen.config import get_settings
from thungngoen.web.page_ops import engine_of, read


def public_key(request: Request) -> str | None:
    url = engine_of(request).url.render_as_string(hide_password=False)
    try:
        key = vapid_for(get_settings(), url)
    except VapidError:
        return None  # said loudly where the worker starts; the page offers no switch
    return key.public_key if key else None


async def push_context(request: Request, user: User) -> dict[str, Any]:
    return {
        "push_key": public_key(request),
        "push_devices": await read(request, lambda c: devices(c, user.id)),
    }
