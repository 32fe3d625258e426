"""The redemption JSON API (``/api/v1``): thin routes over the area's operations."""

from thungngoen.redemption.api.routes import router

__all__ = ["router"]
