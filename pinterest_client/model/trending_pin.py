# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model


class TrendingPin(Model):
    """Pin image data for trending topics"""

    height: int
    """Height of the pin image in pixels"""

    id: str
    """Unique identifier for the pin"""

    src: str
    """URL of the pin image"""

    width: int
    """Width of the pin image in pixels"""

    _spec = (
        ('height', 'int', 'required'),
        ('id', 'str', 'required'),
        ('src', 'str', 'required'),
        ('width', 'int', 'required'),
    )
    _positional = ('height', 'id', 'src', 'width')

    if TYPE_CHECKING:

        def __init__(
            self,
            height: int,
            id: str,
            src: str,
            width: int,
        ) -> None: ...


__all__ = ["TrendingPin"]
