# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class CustomerListUploadErrorCountsItem(Model):
    """ErrorDetail"""

    count: int
    """Number of records with this error"""

    error_code: int
    """Numeric error code"""

    message: str
    """Error message description"""

    _fields = (
        Field('count', 'int', required=True),
        Field('error_code', 'int', required=True),
        Field('message', 'str', required=True),
    )
