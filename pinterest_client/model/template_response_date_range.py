# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.template_response_date_range_absolute_date_range import (
        TemplateResponseDateRangeAbsoluteDateRange,
    )
    from pinterest_client.model.template_response_date_range_dynamic_date_range import (
        TemplateResponseDateRangeDynamicDateRange,
    )
    from pinterest_client.model.template_response_date_range_relative_date_range import (
        TemplateResponseDateRangeRelativeDateRange,
    )


class TemplateResponseDateRange(Model):
    """TemplateResponseDateRange (inline schema)."""

    absolute_date_range: Optional[TemplateResponseDateRangeAbsoluteDateRange]
    """The absolute date range of the template"""

    dynamic_date_range: Optional[TemplateResponseDateRangeDynamicDateRange]
    """The dynamic date range of the template"""

    relative_date_range: Optional[TemplateResponseDateRangeRelativeDateRange]
    """The relative date range of the template"""

    _spec = (
        ('absolute_date_range', 'TemplateResponseDateRangeAbsoluteDateRange', 'nullable'),
        ('dynamic_date_range', 'TemplateResponseDateRangeDynamicDateRange', 'nullable'),
        ('relative_date_range', 'TemplateResponseDateRangeRelativeDateRange', 'nullable'),
    )
