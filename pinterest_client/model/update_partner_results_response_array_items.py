# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdatePartnerResultsResponseArrayItems`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdatePartnerResultsResponseArrayItemsItem`, the same class under its current name.
"""

from pinterest_client.model.update_partner_results_response_array_items_item import (
    UpdatePartnerResultsResponseArrayItemsItem,
)

UpdatePartnerResultsResponseArrayItems = UpdatePartnerResultsResponseArrayItemsItem

__all__ = ["UpdatePartnerResultsResponseArrayItems"]
