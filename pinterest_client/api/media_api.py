# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""MediaApi: Register and manage media uploads."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.media import Media
    from pinterest_client.model.media_list_response import MediaListResponse
    from pinterest_client.model.media_upload import MediaUpload
    from pinterest_client.model.media_upload_create import MediaUploadCreate


_MEDIA_LIST = Operation(
    "media/list",
    "GET",
    "/media",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "MediaListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_read",
)


_MEDIA_CREATE = Operation(
    "media/create",
    "POST",
    "/media",
    body="MediaUploadCreate",
    body_name="media_upload_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "MediaUpload", "201": "MediaUpload"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_MEDIA_GET = Operation(
    "media/get",
    "GET",
    "/media/{media_id}",
    params=(Param("media_id", "path", "str", required=True, pattern="^\\d+$"),),
    responses={"200": "Media"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_read",
)


class MediaApi(ApiBase):
    """Register and manage media uploads."""

    @calls(_MEDIA_LIST)
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> MediaListResponse:
        """List media uploads (``GET /media``)

        List media uploads filtered by given parameters.

        **[Learn
        more](https://developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-video-pins)**
        about video Pin creation.

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: MediaListResponse
        """
        return self.api_client.call(_MEDIA_LIST, options, bookmark=bookmark, page_size=page_size)

    media_list_with_http_info = WithHttpInfo("media_list")

    @calls(_MEDIA_CREATE)
    def media_create(
        self,
        media_upload_create: Optional[Union[MediaUploadCreate, Dict[str, Any]]] = None,
        *,
        media_upload_request: Optional[Union[MediaUploadCreate, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> MediaUpload:
        """Register media upload (``POST /media``)

        Register your intent to upload media.

        The response includes all of the information needed to upload the media to Pinterest.

        To upload the media, make an HTTP POST request (using `curl`, for example) to `upload_url` using the
        `Content-Type` header value. Send the media file's contents as the request's `file` parameter and also
        include all of the parameters from `upload_parameters`.

        **[Learn
        more](https://developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-video-pins)**
        about video Pin creation.

        :param media_upload_create: Resource create operation model.
        Deprecated: also accepts `media_upload_request=` for `media_upload_create`.
        :returns: MediaUpload
        """
        media_upload_create = renamed(
            "media_create", "media_upload_create", media_upload_create, {"media_upload_request": media_upload_request}
        )
        return self.api_client.call(_MEDIA_CREATE, options, media_upload_create=media_upload_create)

    media_create_with_http_info = WithHttpInfo("media_create")

    @calls(_MEDIA_GET)
    def media_get(
        self,
        media_id: str,
        **options: Unpack[CallOptions],
    ) -> Media:
        """Get media upload details (``GET /media/{media_id}``)

        Get details for a registered media upload, including its current status.

        **[Learn
        more](https://developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-video-pins)**
        about video Pin creation.

        :param media_id: Unique identifier for this media upload. Used to track status and for attaching during Pin
            creation.
        :returns: Media
        """
        return self.api_client.call(_MEDIA_GET, options, media_id=media_id)

    media_get_with_http_info = WithHttpInfo("media_get")
