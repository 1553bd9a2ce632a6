# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.item_response import ItemResponseOption1 as ItemResponseOption1

__all__ = ["ItemResponseOption1"]
