# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BrandAccountsUpdateResponse(Model):
    """BrandAccountsUpdateResponse (inline schema)."""

    brand_account_id: Optional[str]
    """id of the newly created brand account"""

    _fields = (
        Field('brand_account_id', 'str'),
    )
