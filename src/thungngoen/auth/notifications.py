"""What the platform tells a person about their account's safety: these are mandatory
(nobody may switch off being told that their PIN locked or that someone logged in)."""

from datetime import datetime

from sqlalchemy import Connection

from thungngoen.notify import NotificationKind, Texts, notify

PIN_LOCKED = NotificationKind(
    "auth.pin_locked",
    "security",
    {},
    th=Texts(
        "รหัส PIN ถูกล็อก",
        "ใส่รหัส PIN ผิด 5 ครั้ง การจ่ายเงินถูกระงับไว้ก่อน ติดต่อผู้ดูแลเพื่อปลดล็อก ถ้าไม่ใช่คุณ โปรดแจ้งทันที",
    ),
    en=Texts(
        "Your PIN is locked",
        "Five wrong PINs: payments are stopped. Ask the operator to unlock them; if this "
        "was not you, tell them at once.",
    ),
    mandatory=True,
    urgent=True,
    link="/wallet/settings",
)

NEW_LOGIN = NotificationKind(
    "auth.new_login",
    "security",
    {"device": "text", "at": "moment"},
    th=Texts("มีการเข้าสู่ระบบ", "เข้าสู่ระบบเมื่อ {at} จาก {device} ถ้าไม่ใช่คุณ โปรดเปลี่ยนรหัสผ่านทันที"),
    en=Texts(
        "New login",
        "Logged in at {at} from {device}. If this was not you, change your password now.",
    ),
    mandatory=True,
    urgent=True,
    link="/wallet/settings",
)

KINDS = (PIN_LOCKED, NEW_LOGIN)


def tell_login(connection: Connection, user_id: int, user_agent: str, now: datetime) -> None:
    notify(
        connection,
        NEW_LOGIN,
        user_id,
        now,
        {"device": device_name(user_agent), "at": now.isoformat()},
    )


def device_name(user_agent: str) -> str:
    """A reader's name for a browser: ``Chrome / Android``, from the User-Agent."""
    agent = user_agent.lower()
    system = next((name for key, name in _SYSTEMS if key in agent), "?")
    browser = next((name for key, name in _BROWSERS if key in agent), "?")
    return f"{browser} / {system}" if user_agent else "?"


_SYSTEMS = (
    ("android", "Android"),
    ("iphone", "iPhone"),
    ("ipad", "iPad"),
    ("windows", "Windows"),
    ("mac os", "macOS"),
    ("linux", "Linux"),
)
_BROWSERS = (
    ("line/", "LINE"),
    ("edg/", "Edge"),
    ("firefox", "Firefox"),
    ("chrome", "Chrome"),
    ("safari", "Safari"),
    ("python", "API"),
    ("curl", "API"),
)
