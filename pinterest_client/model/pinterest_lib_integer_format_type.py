# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

PinterestLibIntegerFormatType = str
"""PinterestLibIntegerFormatType (component schema `Pinterest.Lib.IntegerFormatType`)."""


__all__ = ["PinterestLibIntegerFormatType"]
