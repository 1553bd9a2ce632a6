# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

ResourceIdToRoles = str
"""A string representing a json object mapping a resource id to a list of business roles."""


__all__ = ["ResourceIdToRoles"]
