# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue
    from pinterest_client.model.item_validation_event import ItemValidationEvent


class CatalogsRetailItemErrorResponse(Model):
    """Object describing a retail item error"""

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    errors: List[ItemValidationEvent] = Field("list[ItemValidationEvent]", required=True)
    """Array with the errors for the item id requested"""

    item_id: Optional[str] = Field("str")
    """The catalog item id in the merchant namespace"""

    _positional = ("catalog_type",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_type: Union[CatalogsType, CatalogsTypeValue],
            *,
            errors: Optional[List[ItemValidationEvent]] = ...,
            item_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailItemErrorResponse"]
