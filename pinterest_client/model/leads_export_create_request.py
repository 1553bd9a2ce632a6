# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class LeadsExportCreateRequest(Model):
    """LeadsExportCreateRequest (component schema `LeadsExportCreateRequest`)."""

    ad_id: str = Field("str", required=True, pattern="^\\d+$")
    """ID for the ad collecting leads"""

    end_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Export leads collected on and before end date (UTC). Format: YYYY-MM-DD"""

    start_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Export leads collected on and after start date (UTC). Format: YYYY-MM-DD"""

    _positional = ("start_date", "end_date", "ad_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            start_date: str,
            end_date: str,
            ad_id: str,
        ) -> None: ...


__all__ = ["LeadsExportCreateRequest"]
