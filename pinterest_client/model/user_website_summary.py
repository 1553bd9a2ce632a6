# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class UserWebsiteSummary(Model):
    """UserWebsiteSummary"""

    status: Optional[str]
    """Status of the verification process"""

    verified_at: Optional[str]
    """UTC timestamp when the verification happened - sometimes missing"""

    website: Optional[str]
    """Website with path or domain only"""

    _fields = (
        Field('status', 'str'),
        Field('verified_at', 'str'),
        Field('website', 'str'),
    )
