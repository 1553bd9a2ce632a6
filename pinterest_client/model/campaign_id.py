# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CampaignId(Model):
    """CampaignId (component schema `CampaignId`)."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Campaign ID."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CampaignId"]
