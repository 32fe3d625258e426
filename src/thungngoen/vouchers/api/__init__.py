"""The vouchers JSON API (``/api/v1``): thin routes over the area's operations."""

from thungngoen.vouchers.api.routes import router

__all__ = ["router"]
