# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class CreateAssetAccessRequestErrorMessageItem(Model):
    """CreateAssetAccessRequestErrorMessageItem (inline schema)."""

    code: Optional[int]
    """Error code associated with the error in requesting asset access."""

    messages: Optional[List[str]]

    _fields = (
        Field('code', 'int'),
        Field('messages', 'list[str]'),
    )
