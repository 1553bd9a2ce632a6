# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_array_response_element import AdArrayResponseElement


class AdArrayResponse(Model):
    """AdArrayResponse"""

    items: Optional[List[AdArrayResponseElement]] = Field("list[AdArrayResponseElement]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AdArrayResponseElement]] = ...,
        ) -> None: ...


__all__ = ["AdArrayResponse"]
