# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""One module per model (`from pinterest_client.model.board import Board`); an inline schema is defined in the module of
the schema that owns it and re-exported by its own. See `pinterest_client.models` for all of them.
"""
