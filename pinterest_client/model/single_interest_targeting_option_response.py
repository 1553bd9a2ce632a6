# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class SingleInterestTargetingOptionResponse(Model):
    """SingleInterestTargetingOptionData"""

    child_interests: Optional[List[str]]
    """child_interests"""

    id: Optional[str]
    """id"""

    level: Optional[int]
    """level"""

    name: Optional[str]
    """name"""

    _fields = (
        Field('child_interests', 'list[str]'),
        Field('id', 'str', pattern='\\d+'),
        Field('level', 'int'),
        Field('name', 'str'),
    )
