# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.item_response import ItemResponseOption2 as ItemResponseOption2

__all__ = ["ItemResponseOption2"]
