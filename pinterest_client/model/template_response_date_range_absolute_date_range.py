# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.template_response import (
    TemplateResponseDateRangeAbsoluteDateRange as TemplateResponseDateRangeAbsoluteDateRange,
)

__all__ = ["TemplateResponseDateRangeAbsoluteDateRange"]
