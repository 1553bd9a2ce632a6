# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AudienceInsightCategoryCommon(Model):
    """AudienceInsightCategoryCommon (component schema).

    Deprecated by Pinterest.
    """

    id: Optional[str]

    index: Optional[float]

    key: Optional[str]

    name: Optional[str]

    ratio: Optional[float]

    _fields = (
        Field('id', 'str'),
        Field('index', 'float'),
        Field('key', 'str'),
        Field('name', 'str'),
        Field('ratio', 'float'),
    )
