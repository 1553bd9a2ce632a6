# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.catalogs_vertical_product_group import CatalogsVerticalProductGroup


class CatalogsProductGroupsListResponse(Model):
    """CatalogsProductGroupsListResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[CatalogsVerticalProductGroup] = Field("list[CatalogsVerticalProductGroup]", required=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[CatalogsVerticalProductGroup]] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupsListResponse"]
