# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class CatalogsDeleteHotelItem(Model):
    """A hotel item to be deleted"""

    hotel_id: str
    """The catalog hotel id in the merchant namespace"""

    operation: str

    _spec = (
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
    )
