# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class CatalogsFeedCredentials(Model):
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    password: str = Field("str", required=True)
    """The required password for downloading a feed."""

    username: str = Field("str", required=True)
    """The required username for downloading a feed."""

    _positional = ("password", "username")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            password: str,
            username: str,
        ) -> None: ...


__all__ = ["CatalogsFeedCredentials"]
