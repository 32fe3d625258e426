"""The one rejection of the keys: the data needs a key the ring does not hold."""

from collections.abc import Collection

from thungngoen.errors import DomainError
from thungngoen.keyring import KeyRing


class KeysMismatch(DomainError):
    code = "secret_key_mismatch"


def mismatch_message(missing: Collection[str], ring: KeyRing) -> str:
    need = ", ".join(sorted(missing))
    have = ", ".join(key.id for key in ring.keys)
    return (
        f"ฐานข้อมูลนี้เขียนด้วยกุญแจลับ {need} ซึ่งไม่อยู่ในชุดกุญแจ ({have}) — PIN, QR และการตรวจเลขบัตร"
        "ซ้ำจะใช้ไม่ได้ จึงหยุดทำงาน ใส่กุญแจเดิมหรือกู้คืนจากสำรองข้อมูล /"
        f" this database was written with secret key(s) {need}, which the key ring"
        f" ({ring.source}: {have}) does not hold: every PIN, QR link and duplicate-ID check"
        " would fail, so Thung Ngoen stops. Give the key(s) (THUNGNGOEN_SECRET_KEY,"
        " THUNGNGOEN_OLD_SECRET_KEYS or the key-ring file) or restore them from the backup."
    )
