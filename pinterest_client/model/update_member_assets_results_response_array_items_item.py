# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_member_assets_results_response_array import (
    UpdateMemberAssetsResultsResponseArrayItemsItem as UpdateMemberAssetsResultsResponseArrayItemsItem,
)

__all__ = ["UpdateMemberAssetsResultsResponseArrayItemsItem"]
