# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class UserSummary(Model):
    """UserSummary"""

    type: Optional[str]
    """Always "user" """

    username: Optional[str]
    """Username"""

    _fields = (
        Field('type', 'str'),
        Field('username', 'str'),
    )
