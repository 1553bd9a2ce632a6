# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from typing import TYPE_CHECKING

from pinterest_client.model.conversion_product_report_request import (
    ConversionProductReportRequestConversionProductAttributionType as ConversionProductReportRequestConversionProductAttributionType,
)

if TYPE_CHECKING:
    from pinterest_client.model.conversion_product_report_request import (
        ConversionProductReportRequestConversionProductAttributionTypeValue as ConversionProductReportRequestConversionProductAttributionTypeValue,
    )

__all__ = ["ConversionProductReportRequestConversionProductAttributionType"]
