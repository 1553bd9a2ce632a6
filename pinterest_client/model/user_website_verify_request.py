# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class UserWebsiteVerifyRequest(Model):
    """User website verification request"""

    verification_method: Optional[str] = Field("str", enum=("FILENAME", "METATAG", "DNSTXT"))

    website: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            verification_method: Optional[str] = ...,
            website: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UserWebsiteVerifyRequest"]
