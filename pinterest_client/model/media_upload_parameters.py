# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('Content-Type', 'str', py='content_type'),
        Field('key', 'str'),
        Field('policy', 'str'),
        Field('x-amz-algorithm', 'str', py='x_amz_algorithm'),
        Field('x-amz-credential', 'str', py='x_amz_credential'),
        Field('x-amz-date', 'str', py='x_amz_date'),
        Field('x-amz-security-token', 'str', py='x_amz_security_token'),
        Field('x-amz-signature', 'str', py='x_amz_signature'),
    )
