# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_group_array_response_element import AdGroupArrayResponseElement


class AdGroupArrayResponse(Model):
    """AdGroupArrayResponse (component schema `AdGroupArrayResponse`)."""

    items: Optional[List[AdGroupArrayResponseElement]] = Field("list[AdGroupArrayResponseElement]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AdGroupArrayResponseElement]] = ...,
        ) -> None: ...


__all__ = ["AdGroupArrayResponse"]
