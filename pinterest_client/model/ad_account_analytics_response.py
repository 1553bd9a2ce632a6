# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import ModelList


class AdAccountAnalyticsResponse(ModelList):
    """AdAccountAnalyticsResponse (component schema `AdAccountAnalyticsResponse`)."""

    _item_type = 'AdAccountAnalyticsResponseItem'
