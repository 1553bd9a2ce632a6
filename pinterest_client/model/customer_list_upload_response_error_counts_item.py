# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class CustomerListUploadResponseErrorCountsItem(Model):
    """ErrorDetail"""

    count: int
    """Number of records with this error"""

    error_code: int
    """Numeric error code"""

    message: str
    """Error message description"""

    _spec = (
        ('count', 'int', 'required'),
        ('error_code', 'int', 'required'),
        ('message', 'str', 'required'),
    )
