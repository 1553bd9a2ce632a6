# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class LinkedBusiness(Model):
    """LinkedBusiness"""

    image_large_url: Optional[str] = Field("str")
    """image_large_url"""

    image_medium_url: Optional[str] = Field("str")
    """image_medium_url"""

    image_small_url: Optional[str] = Field("str")
    """image_small_url"""

    image_xlarge_url: Optional[str] = Field("str")
    """image_xlarge_url"""

    username: Optional[str] = Field("str")
    """Username"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            image_large_url: Optional[str] = ...,
            image_medium_url: Optional[str] = ...,
            image_small_url: Optional[str] = ...,
            image_xlarge_url: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LinkedBusiness"]
