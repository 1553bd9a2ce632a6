# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_invites_results_response_array import (
    UpdateInvitesResultsResponseArrayItemsItem as UpdateInvitesResultsResponseArrayItemsItem,
)

__all__ = ["UpdateInvitesResultsResponseArrayItemsItem"]
