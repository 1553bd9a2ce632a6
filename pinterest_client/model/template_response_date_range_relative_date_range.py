# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TemplateResponseDateRangeRelativeDateRange(Model):
    """The relative date range of the template"""

    end_days_in_past: Optional[float]
    """The end date of the date range"""

    start_days_in_past: Optional[float]
    """The start date of the date range"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('end_days_in_past', 'float'),
        ('start_days_in_past', 'float'),
        ('type', 'str'),
    )
