# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.create_invites_results_response_array import (
    CreateInvitesResultsResponseArrayItemsItemInvite as CreateInvitesResultsResponseArrayItemsItemInvite,
)

__all__ = ["CreateInvitesResultsResponseArrayItemsItemInvite"]
