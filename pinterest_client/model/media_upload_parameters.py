# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class MediaUploadParameters(Model):
    """MediaUploadParameters (component schema)."""

    content_type: Optional[str]

    key: Optional[str]

    policy: Optional[str]

    x_amz_algorithm: Optional[str]

    x_amz_credential: Optional[str]

    x_amz_date: Optional[str]

    x_amz_security_token: Optional[str]

    x_amz_signature: Optional[str]

    _spec = (
        ('Content-Type', 'str', '', None, 'content_type'),
        ('key', 'str'),
        ('policy', 'str'),
        ('x-amz-algorithm', 'str', '', None, 'x_amz_algorithm'),
        ('x-amz-credential', 'str', '', None, 'x_amz_credential'),
        ('x-amz-date', 'str', '', None, 'x_amz_date'),
        ('x-amz-security-token', 'str', '', None, 'x_amz_security_token'),
        ('x-amz-signature', 'str', '', None, 'x_amz_signature'),
    )

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
