# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

CustomColumnId = str
"""Custom Column ID"""


__all__ = ["CustomColumnId"]
