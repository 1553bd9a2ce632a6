# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model.conversion_tag import ConversionTag

ConversionTagResponse = ConversionTag
"""ConversionTagResponse"""


__all__ = ["ConversionTagResponse"]
