# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class QuizPinResult(Model):
    """The result, and link out, based on the user’s choice."""

    android_deep_link: Optional[str] = Field("str")

    destination_url: Optional[str] = Field("str")

    ios_deep_link: Optional[str] = Field("str")

    organic_pin_id: Optional[str] = Field("str")

    result_id: Optional[float] = Field("float")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            android_deep_link: Optional[str] = ...,
            destination_url: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            organic_pin_id: Optional[str] = ...,
            result_id: Optional[float] = ...,
        ) -> None: ...


__all__ = ["QuizPinResult"]
