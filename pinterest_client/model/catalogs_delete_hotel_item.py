# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class CatalogsDeleteHotelItem(Model):
    """A hotel item to be deleted"""

    hotel_id: str
    """The catalog hotel id in the merchant namespace"""

    operation: str

    _fields = (
        Field('hotel_id', 'str', required=True),
        Field('operation', 'str', required=True, enum=('DELETE',)),
    )
