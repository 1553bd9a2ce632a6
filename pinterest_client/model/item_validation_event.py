# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class ItemValidationEvent(Model):
    """Object describing an item validation event"""

    attribute: Optional[str] = Field("str")
    """The attribute that the item validation event references"""

    code: Optional[int] = Field("int")
    """The event code that the item validation event references"""

    message: Optional[str] = Field("str")
    """Title message describing the item validation event"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attribute: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ItemValidationEvent"]
