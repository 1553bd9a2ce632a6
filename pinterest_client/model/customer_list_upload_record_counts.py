# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class CustomerListUploadRecordCounts(Model):
    """Record processing counts"""

    invalid: int
    """Number of invalid records processed"""

    processed: int
    """Number of records processed"""

    valid: int
    """Number of valid records processed"""

    _fields = (
        Field('invalid', 'int', required=True),
        Field('processed', 'int', required=True),
        Field('valid', 'int', required=True),
    )
