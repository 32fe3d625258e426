"""The local SMTP server lives with the benchmark, which uses it too."""

from thungngoen.bench.peers.smtp import Inbox, free_port, smtp_server

__all__ = ["Inbox", "free_port", "smtp_server"]
