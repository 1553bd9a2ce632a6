# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class CreateAssetAccessRequestErrorMessageItem(Model):
    """CreateAssetAccessRequestErrorMessageItem (inline schema)."""

    code: Optional[int]
    """Error code associated with the error in requesting asset access."""

    messages: Optional[List[str]]

    _spec = (
        ('code', 'int'),
        ('messages', 'list[str]'),
    )
