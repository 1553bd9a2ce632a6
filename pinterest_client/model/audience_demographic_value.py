# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AudienceDemographicValue(Model):
    """Demographic detail for a single audience demographic"""

    key: Optional[str] = Field("str")
    """Unique key for demographic item"""

    name: Optional[str] = Field("str")
    """Display name for demographic"""

    ratio: Optional[float] = Field("float")
    """Value of demographic item as a percent of total audience"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
            ratio: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AudienceDemographicValue"]
