# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.leads_export_status import LeadsExportStatus


class LeadsExportResponseData(Model):
    """LeadsExportResponseData (component schema `LeadsExportResponseData`)."""

    download_url: Optional[str]

    export_status: Optional[Union[LeadsExportStatus, str]]
    """Status of a leads export job"""

    _fields = (
        Field('download_url', 'str', nullable=True),
        Field('export_status', 'LeadsExportStatus'),
    )
