# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class Interest(Model):
    """Interest"""

    canonical_url: Optional[str]

    id: Optional[str]

    key: Optional[str]

    name: Optional[str]

    _fields = (
        Field('canonical_url', 'str'),
        Field('id', 'str', pattern='^\\d+$'),
        Field('key', 'str'),
        Field('name', 'str'),
    )
