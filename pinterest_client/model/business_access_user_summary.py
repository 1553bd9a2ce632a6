# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BusinessAccessUserSummary(Model):
    """Metadata of the member/partner that has access to the asset."""

    email: Optional[str] = Field("str", nullable=True)
    """Email of the business member/partner."""

    id: Optional[str] = Field("str", nullable=True, max_length=20, min_length=1)
    """Unique identifier of the business member/partner."""

    username: Optional[str] = Field("str", nullable=True)
    """Username of the business member/partner."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            email: Optional[str] = ...,
            id: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BusinessAccessUserSummary"]
