# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""NotificationApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.notification_post_request import NotificationPostRequest
    from pinterest_client.model.notification_post_response import NotificationPostResponse


_NOTIFICATION_POST = Operation(
    "notification/post",
    "POST",
    "/notifications",
    body="NotificationPostRequest",
    body_name="notification_post_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "NotificationPostResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class NotificationApi(ApiBase):
    """Operations tagged `notification`."""

    @calls(_NOTIFICATION_POST)
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> NotificationPostResponse:
        """Receive notifications from external partners. (``POST /notifications``)

        Used by third-party partners to send notifications to Pinterest. These notifications could be specific for
        your use-case or generic notification that are accepted by Pinterests' systems. This API is gated and you
        need to request access to this feature.

        :param notification_post_request: notification event.
        :returns: NotificationPostResponse
        """
        return self.api_client.call(_NOTIFICATION_POST, options, notification_post_request=notification_post_request)

    notification_post_with_http_info = WithHttpInfo("notification_post")
