# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class TrendingPin(Model):
    """Pin image data for trending topics"""

    height: int = Field("int", required=True)
    """Height of the pin image in pixels"""

    id: str = Field("str", required=True)
    """Unique identifier for the pin"""

    src: str = Field("str", required=True)
    """URL of the pin image"""

    width: int = Field("int", required=True)
    """Width of the pin image in pixels"""

    _positional = ("height", "id", "src", "width")

    if TYPE_CHECKING:

        def __init__(
            self,
            height: int,
            id: str,
            src: str,
            width: int,
        ) -> None: ...


__all__ = ["TrendingPin"]
