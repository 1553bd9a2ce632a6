# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LeadFormCommonPolicyLinks`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`LeadFormCommonPolicyLinksItem`, the same class under its current name.
"""

from pinterest_client.model.lead_form_common_policy_links_item import LeadFormCommonPolicyLinksItem

LeadFormCommonPolicyLinks = LeadFormCommonPolicyLinksItem

__all__ = ["LeadFormCommonPolicyLinks"]
