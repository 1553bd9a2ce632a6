# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class ImageDetails(Model):
    """Image details containing the URL and dimensions."""

    height: Optional[int] = Field("int", required=True, nullable=True)

    url: str = Field("str", required=True)

    width: Optional[int] = Field("int", required=True, nullable=True)

    _positional = ("width", "height", "url")

    if TYPE_CHECKING:

        def __init__(
            self,
            width: Optional[int],
            height: Optional[int],
            url: str,
        ) -> None: ...


__all__ = ["ImageDetails"]
