# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BookClosedResponse(Model):
    """Creation fields"""

    conversion_metrics_ready: Optional[bool] = Field("bool")
    """Are conversion metrics ready?"""

    non_conversion_metrics_ready: Optional[bool] = Field("bool")
    """Are non-conversion metrics ready?"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            conversion_metrics_ready: Optional[bool] = ...,
            non_conversion_metrics_ready: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["BookClosedResponse"]
