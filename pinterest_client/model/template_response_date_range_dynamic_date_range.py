# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TemplateResponseDateRangeDynamicDateRange(Model):
    """The dynamic date range of the template"""

    range: Optional[str]
    """The dynamic range type"""

    type: Optional[str]
    """The date range type"""

    _fields = (
        Field('range', 'str', enum=('YEAR_TO_DATE', 'QUARTER_TO_DATE', 'MONTH_TO_DATE', 'LAST_MONTH', 'LAST_QUARTER')),
        Field('type', 'str'),
    )
