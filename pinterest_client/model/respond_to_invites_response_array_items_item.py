# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.respond_to_invites_response_array import (
    RespondToInvitesResponseArrayItemsItem as RespondToInvitesResponseArrayItemsItem,
)

__all__ = ["RespondToInvitesResponseArrayItemsItem"]
