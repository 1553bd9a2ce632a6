# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TemplateResponseDateRangeDynamicDateRange(Model):
    """The dynamic date range of the template"""

    range: Optional[str]
    """The dynamic range type"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('range', 'str', '', {'enum': ('YEAR_TO_DATE', 'QUARTER_TO_DATE', 'MONTH_TO_DATE', 'LAST_MONTH', 'LAST_QUARTER')}),
        ('type', 'str'),
    )
