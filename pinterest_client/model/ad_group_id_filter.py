# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class AdGroupIdFilter(Model):
    """AdGroupIdFilter (component schema `AdGroupIdFilter`)."""

    ad_group_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of ad group ids"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_group_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["AdGroupIdFilter"]
