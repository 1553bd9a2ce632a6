# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsRetailProductGroupProductCounts(Model):
    """Product counts for a Retail CatalogsProductGroup"""

    catalog_type: str

    in_stock: float

    out_of_stock: float

    preorder: float

    total: float

    videos: Optional[float]

    _fields = (
        Field('catalog_type', 'str', required=True, enum=('RETAIL',)),
        Field('in_stock', 'float', required=True, minimum=0),
        Field('out_of_stock', 'float', required=True, minimum=0),
        Field('preorder', 'float', required=True, minimum=0),
        Field('total', 'float', required=True, minimum=0),
        Field('videos', 'float', minimum=0),
    )
