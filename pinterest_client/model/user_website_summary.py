# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class UserWebsiteSummary(Model):
    """UserWebsiteSummary"""

    status: Optional[str] = Field("str")
    """Status of the verification process"""

    verified_at: Optional[str] = Field("str")
    """UTC timestamp when the verification happened - sometimes missing"""

    website: Optional[str] = Field("str")
    """Website with path or domain only"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: Optional[str] = ...,
            verified_at: Optional[str] = ...,
            website: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UserWebsiteSummary"]
