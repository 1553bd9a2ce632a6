# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class ItemValidationEvent(Model):
    """Object describing an item validation event"""

    attribute: Optional[str]
    """The attribute that the item validation event references"""

    code: Optional[int]
    """The event code that the item validation event references"""

    message: Optional[str]
    """Title message describing the item validation event"""

    _fields = (
        Field('attribute', 'str'),
        Field('code', 'int'),
        Field('message', 'str'),
    )
