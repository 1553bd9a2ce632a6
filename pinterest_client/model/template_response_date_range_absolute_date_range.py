# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TemplateResponseDateRangeAbsoluteDateRange(Model):
    """The absolute date range of the template"""

    end_date: Optional[float]
    """The end date of the date range"""

    start_date: Optional[float]
    """The start date of the date range"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('end_date', 'float'),
        ('start_date', 'float'),
        ('type', 'str'),
    )
