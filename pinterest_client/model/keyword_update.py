# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class KeywordUpdate(Model):
    """KeywordUpdate"""

    archived: Optional[bool]
    """Is keyword archived?"""

    bid: Optional[int]
    """</p><strong>Note:</strong> bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group."""

    id: str
    """Keyword ID."""

    _fields = (
        Field('archived', 'bool'),
        Field('bid', 'int', nullable=True),
        Field('id', 'str', required=True, pattern='^\\d+$'),
    )
