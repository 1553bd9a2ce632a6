# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class CatalogsCreativeAssetsProductGroupProductCounts(Model):
    """Product counts for a Creative Assets CatalogsProductGroup"""

    catalog_type: str

    total: float

    videos: float

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('total', 'float', 'required', {'minimum': 0}),
        ('videos', 'float', 'required', {'minimum': 0}),
    )
