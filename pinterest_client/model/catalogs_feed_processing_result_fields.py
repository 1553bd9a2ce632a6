# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsFeedProcessingResultFields`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CatalogsFeedProcessingResult`, the same class under its current name.
"""

from pinterest_client.model.catalogs_feed_processing_result import CatalogsFeedProcessingResult

CatalogsFeedProcessingResultFields = CatalogsFeedProcessingResult

__all__ = ["CatalogsFeedProcessingResultFields"]
