# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_error import BusinessAccessError


class UpdatePartnerResultsResponseArray(Model):
    """UpdatePartnerResultsResponseArray (component schema `UpdatePartnerResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]] = Field(
        "list[UpdatePartnerResultsResponseArrayItemsItem]"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdatePartnerResultsResponseArrayItemsItem(Model):
    """UpdatePartnerResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[BusinessAccessError] = Field("BusinessAccessError", nullable=True)

    member_or_partner_id: Optional[str] = Field("str", nullable=True, max_length=18, pattern="^\\d+$")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[BusinessAccessError] = ...,
            member_or_partner_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UpdatePartnerResultsResponseArray", "UpdatePartnerResultsResponseArrayItemsItem"]
