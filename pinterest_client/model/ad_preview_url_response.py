# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdPreviewURLResponse(Model):
    """AdPreviewURLResponse"""

    url: Optional[str] = Field("str")
    """'Preview URL, expires in 7 days. Can be used in an iframe.
    For example: https://ads.pinterest.com/ad-preview/74667c814dd2b19/
    The preview object ID/key is the last param - 74667c814dd2b19'
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdPreviewURLResponse"]
