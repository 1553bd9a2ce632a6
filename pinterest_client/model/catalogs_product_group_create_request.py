# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_filters_request import CatalogsProductGroupFiltersRequest


class CatalogsProductGroupCreateRequest(Model):
    """Request object for creating a product group."""

    description: Optional[str]

    feed_id: str
    """Catalog Feed id pertaining to the catalog product group."""

    filters: CatalogsProductGroupFiltersRequest
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters."""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    name: str

    _fields = (
        Field('description', 'str', nullable=True),
        Field('feed_id', 'str', required=True, pattern='^\\d+$'),
        Field('filters', 'CatalogsProductGroupFiltersRequest', required=True),
        Field('is_featured', 'bool'),
        Field('name', 'str', required=True),
    )
