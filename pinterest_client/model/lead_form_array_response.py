# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.exception import Exception
    from pinterest_client.model.lead_form_response import LeadFormResponse


class LeadFormArrayResponse(Model):
    """LeadFormArrayResponse (component schema `LeadFormArrayResponse`)."""

    items: Optional[List[LeadFormArrayResponseItemsItem]] = Field("list[LeadFormArrayResponseItemsItem]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[LeadFormArrayResponseItemsItem]] = ...,
        ) -> None: ...


class LeadFormArrayResponseItemsItem(Model):
    """LeadFormArrayResponseItemsItem (inline schema)."""

    data: Optional[LeadFormResponse] = Field("LeadFormResponse")

    exceptions: Optional[List[Exception]] = Field("list[Exception]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[LeadFormResponse] = ...,
            exceptions: Optional[List[Exception]] = ...,
        ) -> None: ...


__all__ = ["LeadFormArrayResponse", "LeadFormArrayResponseItemsItem"]
