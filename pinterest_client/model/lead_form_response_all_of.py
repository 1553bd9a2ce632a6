# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LeadFormResponseAllOf`` is the original client's name (releases 0.1.8-0.1.12) for
:class:`LeadFormResponse`, the same class under its current name.
"""

from pinterest_client.model.lead_form_response import LeadFormResponse

LeadFormResponseAllOf = LeadFormResponse

__all__ = ["LeadFormResponseAllOf"]
