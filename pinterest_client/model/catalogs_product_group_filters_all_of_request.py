# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.catalogs_product_group_filter_keys import CatalogsProductGroupFilterKeys


class CatalogsProductGroupFiltersAllOfRequest(UnionModel):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the
    original client.

    Object holding a group of filters for request on catalog product group. This is a distinct schema It is not
    possible to create or update a Product Group with empty filters. But some automatically generated Product Groups
    might have empty filters.

    One of: `CatalogsProductGroupFiltersAllOfRequestOption1`, `CatalogsProductGroupFiltersAllOfRequestOption2`.
    """

    _variants = ("CatalogsProductGroupFiltersAllOfRequestOption1", "CatalogsProductGroupFiltersAllOfRequestOption2")


class CatalogsProductGroupFiltersAllOfRequestOption1(Model):
    """CatalogsProductGroupFiltersAllOfRequestOption1 (inline schema)."""

    any_of: List[CatalogsProductGroupFilterKeys] = Field(
        "list[CatalogsProductGroupFilterKeys]", required=True, min_items=1
    )

    _positional = ("any_of",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            any_of: List[CatalogsProductGroupFilterKeys],
        ) -> None: ...


class CatalogsProductGroupFiltersAllOfRequestOption2(Model):
    """CatalogsProductGroupFiltersAllOfRequestOption2 (inline schema)."""

    all_of: List[CatalogsProductGroupFilterKeys] = Field(
        "list[CatalogsProductGroupFilterKeys]", required=True, min_items=1
    )

    _positional = ("all_of",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            all_of: List[CatalogsProductGroupFilterKeys],
        ) -> None: ...


__all__ = [
    "CatalogsProductGroupFiltersAllOfRequest",
    "CatalogsProductGroupFiltersAllOfRequestOption1",
    "CatalogsProductGroupFiltersAllOfRequestOption2",
]
