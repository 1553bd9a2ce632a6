# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``FeedFields1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CatalogsHotelFeedsCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.catalogs_hotel_feeds_create_request import CatalogsHotelFeedsCreateRequest

FeedFields1 = CatalogsHotelFeedsCreateRequest

__all__ = ["FeedFields1"]
