# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.get_business_assets_response import GetBusinessAssetsResponse


class BusinessAssetsGetResponse(Model):
    """BusinessAssetsGetResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[GetBusinessAssetsResponse] = Field("list[GetBusinessAssetsResponse]", required=True)
    """List of assets the requesting business has access to."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[GetBusinessAssetsResponse]] = ...,
        ) -> None: ...


__all__ = ["BusinessAssetsGetResponse"]
