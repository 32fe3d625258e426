"""Backups that stay usable: the database copied while it runs, the keys its PINs, QR
links and digests need, a manifest, and the copy checked like ``verify`` (decision 0019,
docs/OPERATIONS.md)."""

from thungngoen.backup.manifest import BackupError, Facts, Manifest
from thungngoen.backup.restore import restore_backup
from thungngoen.backup.take import take_backup

__all__ = ["BackupError", "Facts", "Manifest", "restore_backup", "take_backup"]
