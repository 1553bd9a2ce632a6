# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.catalogs_product_group_filter_keys import CatalogsProductGroupFilterKeys


class CatalogsProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsProductGroupFilterKeys] = Field("list[CatalogsProductGroupFilterKeys]", required=True)

    _positional = ("any_of",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            any_of: List[CatalogsProductGroupFilterKeys],
        ) -> None: ...


__all__ = ["CatalogsProductGroupFiltersAnyOf"]
