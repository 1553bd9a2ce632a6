# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.leads_export_status import LeadsExportStatus, LeadsExportStatusValue


class LeadsExportResponseData(Model):
    """LeadsExportResponseData (component schema `LeadsExportResponseData`)."""

    download_url: Optional[str] = Field("str", nullable=True)

    export_status: Optional[Union[LeadsExportStatus, str]] = Field("LeadsExportStatus")
    """Status of a leads export job"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            download_url: Optional[str] = ...,
            export_status: Optional[Union[LeadsExportStatus, LeadsExportStatusValue]] = ...,
        ) -> None: ...


__all__ = ["LeadsExportResponseData"]
