# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class CatalogsCreativeAssetsProductGroupProductCounts(Model):
    """Product counts for a Creative Assets CatalogsProductGroup"""

    catalog_type: str

    total: float

    videos: float

    _fields = (
        Field('catalog_type', 'str', required=True, enum=('CREATIVE_ASSETS',)),
        Field('total', 'float', required=True, minimum=0),
        Field('videos', 'float', required=True, minimum=0),
    )
