# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class PinMediaSourceImagesURLItem(Model):
    """PinMediaSourceImagesURLItem (component schema)."""

    description: Optional[str] = Field("str")

    link: Optional[str] = Field("str")

    title: Optional[str] = Field("str")

    url: str = Field("str", required=True)

    _positional = ("url",)

    if TYPE_CHECKING:

        def __init__(
            self,
            url: str,
            *,
            description: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImagesURLItem"]
