# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.lead_form_response import LeadFormResponse


class LeadFormsListResponse(Model):
    """LeadFormsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[LeadFormResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[LeadFormResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[LeadFormResponse]] = ...,
        ) -> None: ...


__all__ = ["LeadFormsListResponse"]
