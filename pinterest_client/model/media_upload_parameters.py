# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class MediaUploadParameters(Model):
    """MediaUploadParameters (component schema)."""

    content_type: Optional[str] = Field("str", wire="Content-Type")

    key: Optional[str] = Field("str")

    policy: Optional[str] = Field("str")

    x_amz_algorithm: Optional[str] = Field("str", wire="x-amz-algorithm")

    x_amz_credential: Optional[str] = Field("str", wire="x-amz-credential")

    x_amz_date: Optional[str] = Field("str", wire="x-amz-date")

    x_amz_security_token: Optional[str] = Field("str", wire="x-amz-security-token")

    x_amz_signature: Optional[str] = Field("str", wire="x-amz-signature")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            content_type: Optional[str] = ...,
            key: Optional[str] = ...,
            policy: Optional[str] = ...,
            x_amz_algorithm: Optional[str] = ...,
            x_amz_credential: Optional[str] = ...,
            x_amz_date: Optional[str] = ...,
            x_amz_security_token: Optional[str] = ...,
            x_amz_signature: Optional[str] = ...,
        ) -> None: ...


__all__ = ["MediaUploadParameters"]
