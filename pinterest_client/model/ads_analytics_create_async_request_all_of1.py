# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdsAnalyticsCreateAsyncRequestAllOf1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdsAnalyticsCreateAsyncRequest`, the same class under its current name.
"""

from pinterest_client.model.ads_analytics_create_async_request import AdsAnalyticsCreateAsyncRequest

AdsAnalyticsCreateAsyncRequestAllOf1 = AdsAnalyticsCreateAsyncRequest

__all__ = ["AdsAnalyticsCreateAsyncRequestAllOf1"]
