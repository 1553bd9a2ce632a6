# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_vertical_product_group import CatalogsVerticalProductGroup


class CatalogsProductGroupsListResponse(Model):
    """CatalogsProductGroupsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsVerticalProductGroup]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[CatalogsVerticalProductGroup]', required=True),
    )
