# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_partner_results_response_array import (
    UpdatePartnerResultsResponseArrayItemsItem as UpdatePartnerResultsResponseArrayItemsItem,
)

__all__ = ["UpdatePartnerResultsResponseArrayItemsItem"]
