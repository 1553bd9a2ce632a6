# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LeadFormArrayResponseItems`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`LeadFormArrayResponseItemsItem`, the same class under its current name.
"""

from pinterest_client.model.lead_form_array_response_items_item import LeadFormArrayResponseItemsItem

LeadFormArrayResponseItems = LeadFormArrayResponseItemsItem

__all__ = ["LeadFormArrayResponseItems"]
