# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""One module per API class (`from pinterest_client.api import boards_api`); see `pinterest_client.apis` for all of
them.
"""
