# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.advertiser_defined_events_get_response import (
    AdvertiserDefinedEventsGetResponseItemsItem as AdvertiserDefinedEventsGetResponseItemsItem,
)

__all__ = ["AdvertiserDefinedEventsGetResponseItemsItem"]
