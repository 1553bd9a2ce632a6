# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""InterestsApi: an API class of the original client whose operations Pinterest has since moved or removed.
Deprecated: kept so that code written against the original client imports and runs.
"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, WithHttpInfo
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api.user_account_api import UserAccountApi
from pinterest_client.legacy_calls import moved

if TYPE_CHECKING:
    from typing import Any


class InterestsApi(ApiBase):
    """Deprecated: the original client's ``InterestsApi``; Pinterest's API no longer has this tag."""

    def interests_followed_interests(self, *args: Any, **kwargs: Any) -> Any:
        """Deprecated: the original client's name for :meth:`UserAccountApi.user_account_followed_interests`, which it
        calls.
        """
        return moved(
            self, UserAccountApi.user_account_followed_interests, "interests_followed_interests", list(args), kwargs
        )

    interests_followed_interests_with_http_info = WithHttpInfo("interests_followed_interests")
