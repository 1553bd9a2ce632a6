# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.lead_form_common import LeadFormCommonPolicyLinksItem as LeadFormCommonPolicyLinksItem

__all__ = ["LeadFormCommonPolicyLinksItem"]
