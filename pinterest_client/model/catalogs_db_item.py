# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime


class CatalogsDbItem(Model):
    """db_item"""

    created_at: datetime.datetime = Field("datetime", required=True)

    id: str = Field("str", required=True)

    updated_at: datetime.datetime = Field("datetime", required=True)

    _positional = ("created_at", "id", "updated_at")

    if TYPE_CHECKING:

        def __init__(
            self,
            created_at: datetime.datetime,
            id: str,
            updated_at: datetime.datetime,
        ) -> None: ...


__all__ = ["CatalogsDbItem"]
