# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class SingleInterestTargetingOptionResponse(Model):
    """SingleInterestTargetingOptionData"""

    child_interests: Optional[List[str]] = Field("list[str]")
    """child_interests"""

    id: Optional[str] = Field("str", pattern="\\d+")
    """id"""

    level: Optional[int] = Field("int")
    """level"""

    name: Optional[str] = Field("str")
    """name"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            child_interests: Optional[List[str]] = ...,
            id: Optional[str] = ...,
            level: Optional[int] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SingleInterestTargetingOptionResponse"]
