# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.create_asset_access_request_error_message import CreateAssetAccessRequestErrorMessage


class CreateAssetAccessRequestResponse(Model):
    """CreateAssetAccessRequestResponse (component schema `CreateAssetAccessRequestResponse`)."""

    exceptions: Optional[CreateAssetAccessRequestErrorMessage]
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    invites: Optional[Dict[str, str]]

    _fields = (
        Field('exceptions', 'CreateAssetAccessRequestErrorMessage', nullable=True),
        Field('invites', 'dict[str]', nullable=True),
    )
