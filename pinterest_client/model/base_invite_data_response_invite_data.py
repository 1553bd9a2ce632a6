# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.base_invite_data_response import (
    BaseInviteDataResponseInviteData as BaseInviteDataResponseInviteData,
)

__all__ = ["BaseInviteDataResponseInviteData"]
