# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_updatable_hotel_attributes import CatalogsUpdatableHotelAttributes


class CatalogsUpdateHotelItem(Model):
    """Object describing an hotel item batch record"""

    attributes: CatalogsUpdatableHotelAttributes

    hotel_id: str
    """The catalog hotel item id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsUpdatableHotelAttributes', 'required'),
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPDATE',)}),
    )
    _positional = ('hotel_id', 'attributes')

    if TYPE_CHECKING:

        def __init__(
            self,
            hotel_id: str,
            attributes: CatalogsUpdatableHotelAttributes,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdateHotelItem"]
