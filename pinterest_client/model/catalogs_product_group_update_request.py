# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_product_group_filters_request import CatalogsProductGroupFiltersRequest


class CatalogsProductGroupUpdateRequest(Model):
    """Request object for updating a product group."""

    description: Optional[str] = Field("str", nullable=True)

    filters: Optional[CatalogsProductGroupFiltersRequest] = Field("CatalogsProductGroupFiltersRequest")
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not
    possible to create or update a Product Group with empty filters. But some automatically generated Product Groups
    might have empty filters.
    """

    is_featured: Optional[bool] = Field("bool")
    """boolean indicator of whether the product group is being featured or not"""

    name: Optional[str] = Field("str")

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            description: Optional[str] = ...,
            filters: Optional[CatalogsProductGroupFiltersRequest] = ...,
            is_featured: Optional[bool] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupUpdateRequest"]
