# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BookClosedResponse(Model):
    """Creation fields"""

    conversion_metrics_ready: Optional[bool]
    """Are conversion metrics ready?"""

    non_conversion_metrics_ready: Optional[bool]
    """Are non-conversion metrics ready?"""

    _spec = (
        ('conversion_metrics_ready', 'bool'),
        ('non_conversion_metrics_ready', 'bool'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            conversion_metrics_ready: Optional[bool] = ...,
            non_conversion_metrics_ready: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["BookClosedResponse"]
