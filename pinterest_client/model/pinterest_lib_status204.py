# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class PinterestLibStatus204(Model):
    """The resource was successfully deleted."""

    status_code: float = Field("float", wire="statusCode", required=True, enum=(204,))

    _defaults = {"statusCode": 204}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status_code: Optional[float] = ...,
        ) -> None: ...


__all__ = ["PinterestLibStatus204"]
