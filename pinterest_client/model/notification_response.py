# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``NotificationResponse`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`NotificationPostResponse`, the same class under its current name.
"""

from pinterest_client.model.notification_post_response import NotificationPostResponse

NotificationResponse = NotificationPostResponse

__all__ = ["NotificationResponse"]
