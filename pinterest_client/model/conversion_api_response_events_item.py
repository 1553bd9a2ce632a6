# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.conversion_api_response import (
    ConversionApiResponseEventsItem as ConversionApiResponseEventsItem,
)

__all__ = ["ConversionApiResponseEventsItem"]
