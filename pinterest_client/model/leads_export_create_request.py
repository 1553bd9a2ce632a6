# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class LeadsExportCreateRequest(Model):
    """LeadsExportCreateRequest (component schema `LeadsExportCreateRequest`)."""

    ad_id: str
    """ID for the ad collecting leads"""

    end_date: str
    """Export leads collected on and before end date (UTC). Format: YYYY-MM-DD"""

    start_date: str
    """Export leads collected on and after start date (UTC). Format: YYYY-MM-DD"""

    _fields = (
        Field('ad_id', 'str', required=True, pattern='^\\d+$'),
        Field('end_date', 'str', required=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
        Field('start_date', 'str', required=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
    )
