# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class LeadsExportCreateResponse(Model):
    """LeadsExportCreateResponse (component schema `LeadsExportCreateResponse`)."""

    leads_export_id: Optional[str]
    """ID for the leads export job"""

    _fields = (
        Field('leads_export_id', 'str', pattern='^\\d+$'),
    )
