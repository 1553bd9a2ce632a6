# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ssio_insertion_order_status import SSIOInsertionOrderStatus


class SsioInsertionOrdersStatusGetByAdAccountResponse(Model):
    """SsioInsertionOrdersStatusGetByAdAccountResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[SSIOInsertionOrderStatus] = Field("list[SSIOInsertionOrderStatus]", required=True)
    """Insertion orders status by ad acount id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[SSIOInsertionOrderStatus]] = ...,
        ) -> None: ...


__all__ = ["SsioInsertionOrdersStatusGetByAdAccountResponse"]
