"""The operator's money pages (placeholder until built)."""

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
