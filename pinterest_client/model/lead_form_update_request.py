# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.lead_form_common import LeadFormCommonPolicyLinksItem
    from pinterest_client.model.lead_form_question import LeadFormQuestion
    from pinterest_client.model.lead_form_status import LeadFormStatus, LeadFormStatusValue


class LeadFormUpdateRequest(Model):
    """LeadFormUpdateRequest (component schema `LeadFormUpdateRequest`)."""

    completion_message: Optional[str] = Field("str", nullable=True)
    """A message for people who complete the form to let them know what happens next."""

    disclosure_language: Optional[str] = Field("str", nullable=True)
    """Additional disclosure language to be included in the lead form."""

    has_accepted_terms: Optional[bool] = Field("bool")
    """Whether the advertiser has accepted Pinterest's terms of service for creating a lead ad.

    By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
    compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's [Lead Ad
    Terms](https://policy.pinterest.com/en/lead-ad-terms). As a reminder, all advertising on Pinterest is subject to
    the [Pinterest Advertising Services
    Agreement](https://business.pinterest.com/en/pinterest-advertising-services-agreement/) or an equivalent
    agreement as set forth on an IO
    """

    name: Optional[str] = Field("str", nullable=True)
    """Internal name of the lead form."""

    policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = Field(
        "list[LeadFormCommonPolicyLinksItem]", max_items=3, min_items=0
    )
    """List of additional policy links to be displayed on the lead form."""

    privacy_policy_link: Optional[str] = Field("str", nullable=True)
    """A link to the advertiser's privacy policy. This will be included in the lead form's disclosure language."""

    questions: Optional[List[LeadFormQuestion]] = Field("list[LeadFormQuestion]", max_items=10, min_items=0)
    """List of questions to be displayed on the lead form."""

    status: Optional[Union[LeadFormStatus, str]] = Field("LeadFormStatus")
    """Status of the lead form"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """The ID of this lead form to be updated"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            completion_message: Optional[str] = ...,
            disclosure_language: Optional[str] = ...,
            has_accepted_terms: Optional[bool] = ...,
            name: Optional[str] = ...,
            policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = ...,
            privacy_policy_link: Optional[str] = ...,
            questions: Optional[List[LeadFormQuestion]] = ...,
            status: Optional[Union[LeadFormStatus, LeadFormStatusValue]] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LeadFormUpdateRequest"]
