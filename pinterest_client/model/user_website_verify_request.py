# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class UserWebsiteVerifyRequest(Model):
    """User website verification request"""

    verification_method: Optional[str]

    website: Optional[str]

    _fields = (
        Field('verification_method', 'str', enum=('FILENAME', 'METATAG', 'DNSTXT')),
        Field('website', 'str'),
    )
