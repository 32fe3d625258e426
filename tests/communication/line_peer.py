"""The local LINE server lives with the benchmark, which uses it too."""

from thungngoen.bench.peers.line import TOKEN, LinePeer, line_server

__all__ = ["TOKEN", "LinePeer", "line_server"]
