# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class BoardPrivacyFilter(Enum):
    """BoardPrivacyFilter (component schema `BoardPrivacyFilter`)."""

    ALL = "ALL"
    PUBLIC = "PUBLIC"
    PROTECTED = "PROTECTED"
    SECRET = "SECRET"
    PUBLIC_AND_SECRET = "PUBLIC_AND_SECRET"


__all__ = ["BoardPrivacyFilter"]
