# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class ConversionTagsOcpmEligibleResponse(Model):
    """ConversionTagsOcpmEligibleResponse (component schema `ConversionTagsOcpmEligibleResponse`)."""

    _additional = "list[ConversionEventResponse]"


__all__ = ["ConversionTagsOcpmEligibleResponse"]
