# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class CatalogsHotelProductGroupProductCounts(Model):
    """Product counts for a Hotel CatalogsProductGroup"""

    catalog_type: str

    total: float

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('total', 'float', 'required', {'minimum': 0}),
    )
