# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""One module per model (`from pinterest_client.model.board import Board`); see `pinterest_client.models` for all of them."""
