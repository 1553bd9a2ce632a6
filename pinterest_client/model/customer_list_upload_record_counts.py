# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class CustomerListUploadRecordCounts(Model):
    """Record processing counts"""

    invalid: int
    """Number of invalid records processed"""

    processed: int
    """Number of records processed"""

    valid: int
    """Number of valid records processed"""

    _spec = (
        ('invalid', 'int', 'required'),
        ('processed', 'int', 'required'),
        ('valid', 'int', 'required'),
    )
