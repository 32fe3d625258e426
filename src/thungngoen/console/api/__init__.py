"""The operator's console API (``/api/v1/operator``): decide on shops, freeze accounts,
reset PINs — the same operations as the console's pages."""

from thungngoen.console.api.operator import router

__all__ = ["router"]
