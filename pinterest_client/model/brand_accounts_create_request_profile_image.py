# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class BrandAccountsCreateRequestProfileImage(Model):
    """Base64-encoded image media source"""

    content_type: str

    data: str

    _spec = (
        ('content_type', 'str', 'required', {'enum': ('image/jpeg', 'image/png')}),
        ('data', 'str', 'required', {'pattern': '[a-zA-Z0-9+\\/=]+'}),
    )
