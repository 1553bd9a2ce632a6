"""Vendored third-party tests run in their own subprocess (test/compat/compat_api_sdk.py), never here."""

collect_ignore = ["pinterest_api_sdk"]
