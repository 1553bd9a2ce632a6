# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List


class LeadFormTestRequest(Model):
    """Request to create test data for lead data test API."""

    answers: List[str] = Field("list[str]", required=True)
    """Test lead answers. Should follow the creation order."""

    _positional = ("answers",)

    if TYPE_CHECKING:

        def __init__(
            self,
            answers: List[str],
        ) -> None: ...


__all__ = ["LeadFormTestRequest"]
