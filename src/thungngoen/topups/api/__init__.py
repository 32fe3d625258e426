"""The topups JSON API (``/api/v1``): thin routes over the area's operations."""

from thungngoen.topups.api.routes import router

__all__ = ["router"]
