# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BookClosedResponse(Model):
    """Creation fields"""

    conversion_metrics_ready: Optional[bool]
    """Are conversion metrics ready?"""

    non_conversion_metrics_ready: Optional[bool]
    """Are non-conversion metrics ready?"""

    _fields = (
        Field('conversion_metrics_ready', 'bool'),
        Field('non_conversion_metrics_ready', 'bool'),
    )
