# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AudienceDemographicValue(Model):
    """Demographic detail for a single audience demographic"""

    key: Optional[str]
    """Unique key for demographic item"""

    name: Optional[str]
    """Display name for demographic"""

    ratio: Optional[float]
    """Value of demographic item as a percent of total audience"""

    _fields = (
        Field('key', 'str'),
        Field('name', 'str'),
        Field('ratio', 'float'),
    )
