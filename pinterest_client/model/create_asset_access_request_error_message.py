# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import ModelList


class CreateAssetAccessRequestErrorMessage(ModelList):
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    _item_type = 'CreateAssetAccessRequestErrorMessageItem'
