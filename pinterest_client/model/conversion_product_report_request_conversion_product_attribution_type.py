# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.conversion_product_report_request import (
    ConversionProductReportRequestConversionProductAttributionType as ConversionProductReportRequestConversionProductAttributionType,
)

__all__ = ["ConversionProductReportRequestConversionProductAttributionType"]
