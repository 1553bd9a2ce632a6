# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

LocalStoreId = str
"""Local store ID as string in format of integer"""


__all__ = ["LocalStoreId"]
