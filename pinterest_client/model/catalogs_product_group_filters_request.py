# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class CatalogsProductGroupFiltersRequest(UnionModel):
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters.

    One of: `CatalogsProductGroupFiltersRequestAnyOf`, `CatalogsProductGroupFiltersRequestAllOf`.
    """

    _variants = ('CatalogsProductGroupFiltersRequestAnyOf', 'CatalogsProductGroupFiltersRequestAllOf')
