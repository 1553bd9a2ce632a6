# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

EntityId = str
"""EntityId (component schema `EntityId`)."""


__all__ = ["EntityId"]
