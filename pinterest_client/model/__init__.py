# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""One module per model (`from pinterest_client.model.board import Board`), each re-exporting its class from the module of its initial (`pinterest_client.model._b`); see `pinterest_client.models` for all of them."""
