# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LeadFormUpdateRequestAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`LeadFormUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.lead_form_update_request import LeadFormUpdateRequest

LeadFormUpdateRequestAllOf = LeadFormUpdateRequest

__all__ = ["LeadFormUpdateRequestAllOf"]
