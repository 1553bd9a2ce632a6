# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.conversion_events import (
    ConversionEventsDataItemCustomData as ConversionEventsDataItemCustomData,
)

__all__ = ["ConversionEventsDataItemCustomData"]
