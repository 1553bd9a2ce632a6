# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime

from pinterest_client.model_utils import Field, Model


class CatalogsDbItem(Model):
    """db_item"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    _fields = (
        Field('created_at', 'datetime', required=True),
        Field('id', 'str', required=True),
        Field('updated_at', 'datetime', required=True),
    )
