"""Video upload in one call: register, stream the file to the upload URL, wait for processing.

    media_id = upload_media(api_client, "clip.mp4", progress=True)
    pin = PinCreate(board_id=board_id, media_source={"source_type": "video_id", "media_id": media_id})
    PinsApi(api_client).pins_create(pin)

The upload goes to the ``upload_url`` Pinterest returns (an S3 bucket) as ``multipart/form-data``:
every ``upload_parameters`` field, then the file as field ``file``. It carries no Pinterest
``Authorization`` header (the upload parameters are the credentials) and is streamed from disk in
blocks of :data:`BLOCK_SIZE` (1 MiB) with a ``Content-Length`` computed up front: memory use does
not grow with the file (one block at a time), and each block is one ``read`` from the file and one
``sendall`` to the socket (urllib3 would read a file-like body 16 KiB at a time, which caps an
upload at a third of what loopback or a fast link carries).
"""

from __future__ import annotations

import io
import logging
import mimetypes
import os
import secrets
from typing import IO, Any, Callable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from pinterest_client import _transfer
from pinterest_client._progress import Progress
from pinterest_client.api.media_api import MediaApi
from pinterest_client.api_client import ApiClient
from pinterest_client.exceptions import ApiException
from pinterest_client.jobs import (
    JobFailedError,
    TimeoutArg,
    TransferError,
    _backoff,
    _strip_query,
    transfer_error,
    wait_until,
)
from pinterest_client.model.media import Media
from pinterest_client.model.media_upload_create import MediaUploadCreate
from pinterest_client.rest import Request, make_timeout

__all__ = ["MEDIA_DONE", "MEDIA_FAILED", "MultipartStream", "upload_media", "wait_for_media"]

logger: logging.Logger = logging.getLogger("pinterest_client")

Source = Union[str, "os.PathLike[str]", IO[bytes]]

#: ``MediaUploadStatus`` values that end the wait.
MEDIA_DONE = frozenset({"succeeded"})
MEDIA_FAILED = frozenset({"failed"})

#: Default deadline for processing after the upload, and the polling intervals, in seconds.
DEFAULT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 10.0

#: Bytes read from the file, and handed to the socket, at a time.
BLOCK_SIZE = 1024 * 1024

#: The name this constant had before (64 KiB then).
CHUNK_SIZE = BLOCK_SIZE


class MultipartStream:
    """A ``multipart/form-data`` body produced while it is sent: the text ``fields`` first, then
    ``size`` bytes of ``fileobj`` as the file field, then the closing boundary. Iterating gives the
    body in blocks (the file :data:`BLOCK_SIZE` bytes at a time: what the upload sends); ``read(n)``
    gives it as a file would.

    ``len(stream)`` (and :attr:`content_length`) is known before the first byte is sent, so the
    request carries a ``Content-Length`` (S3 rejects chunked uploads). ``on_read(n)`` is called with
    the number of file bytes each read consumed (for progress).
    """

    def __init__(
        self,
        fields: Sequence[Tuple[str, str]],
        fileobj: IO[bytes],
        size: int,
        *,
        file_field: str = "file",
        filename: str = "upload",
        file_content_type: str = "application/octet-stream",
        boundary: Optional[str] = None,
        on_read: Optional[Callable[[int], None]] = None,
    ) -> None:
        self.boundary: str = boundary or "pinterest-client-" + secrets.token_hex(16)
        dash = b"--" + self.boundary.encode("ascii")
        head = bytearray()
        for name, value in fields:
            head += dash + b"\r\n"
            head += b'Content-Disposition: form-data; name="' + _quote(name) + b'"\r\n\r\n'
            head += value.encode("utf-8") + b"\r\n"
        head += dash + b"\r\n"
        head += b'Content-Disposition: form-data; name="' + _quote(file_field)
        head += b'"; filename="' + _quote(filename) + b'"\r\n'
        head += b"Content-Type: " + file_content_type.encode("latin-1") + b"\r\n\r\n"
        self._head = bytes(head)
        self._tail = b"\r\n" + dash + b"--\r\n"
        self._file = fileobj
        self.size = size
        self.content_length: int = len(self._head) + size + len(self._tail)
        self._on_read = on_read
        self._position = 0  # bytes of the whole body handed out so far

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return self.content_length

    def __iter__(self) -> Iterator[bytes]:
        """The rest of the body: what is left of the head, the file in blocks, the tail."""
        while self._position < self.content_length:
            yield self._piece(BLOCK_SIZE)

    def read(self, n: Optional[int] = -1) -> bytes:
        if n is None or n < 0:
            n = self.content_length - self._position
        if n == 0 or self._position >= self.content_length:
            return b""
        piece = self._piece(n)
        if len(piece) == n or self._position >= self.content_length:
            return piece  # the common case: one piece, no copy
        out = bytearray(piece)
        while len(out) < n and self._position < self.content_length:
            out += self._piece(n - len(out))
        return bytes(out)

    def _piece(self, want: int) -> bytes:
        """Up to ``want`` bytes from where the body stands, from one of its three parts."""
        head, file_end = len(self._head), len(self._head) + self.size
        position = self._position
        if position < head:
            piece = self._head[position : position + want]
        elif position < file_end:
            piece = self._file.read(min(want, file_end - position))
            if not isinstance(piece, bytes):
                if not isinstance(piece, bytearray):
                    raise TypeError("upload_media: the file must be opened in binary mode ('rb')")
                piece = bytes(piece)
            if not piece:
                raise ValueError(
                    f"upload_media: the file ended after {position - head} of {self.size} bytes "
                    "(was it truncated while uploading?)"
                )
            if self._on_read is not None:
                self._on_read(len(piece))
        else:
            start = position - file_end
            piece = self._tail[start : start + want]
        self._position = position + len(piece)
        return piece


def _quote(text: str) -> bytes:
    """A header parameter value: quotes and line breaks percent-encoded (as browsers do)."""
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A").encode("utf-8")


class _Opened:
    """The file to upload, its size and how to go back to its start for a retry."""

    def __init__(self, source: Source, filename: Optional[str]) -> None:
        self.owned = False
        if isinstance(source, (str, os.PathLike)):
            self.file: IO[bytes] = open(source, "rb")  # closed by close()
            self.owned = True
            self.start = 0
            self.size = os.fstat(self.file.fileno()).st_size
            self.rewindable = True
            default_name = os.path.basename(os.fspath(source))
        else:
            if isinstance(source, io.TextIOBase):
                raise TypeError("upload_media: the file must be opened in binary mode ('rb')")
            self.file = source
            seekable = getattr(source, "seekable", None)
            if seekable is None or not seekable():
                raise ValueError(
                    "upload_media: the upload needs the file's size before sending; pass a path or a seekable "
                    "binary file (not a pipe or a socket)"
                )
            self.start = source.tell()
            self.size = source.seek(0, os.SEEK_END) - self.start
            source.seek(self.start)
            self.rewindable = True
            name = getattr(source, "name", None)
            default_name = os.path.basename(name) if isinstance(name, str) else "upload"
        self.filename = filename or default_name or "upload"

    def rewind(self) -> None:
        self.file.seek(self.start)

    def close(self) -> None:
        if self.owned:
            self.file.close()


def _upload(
    api_client: ApiClient,
    url: str,
    parameters: Mapping[str, Any],
    opened: _Opened,
    *,
    timeout: TimeoutArg,
    retries: int,
    progress: bool,
    what: str,
) -> None:
    """POST the multipart body to ``url`` with no Pinterest credentials; connection errors, 5xx and
    429 are retried (``Retry-After`` honoured) as the client's ``RetryPolicy`` says, ``retries`` times."""
    fields: List[Tuple[str, str]] = [(str(k), str(v)) for k, v in parameters.items() if v is not None]
    content_type = mimetypes.guess_type(opened.filename)[0] or "application/octet-stream"
    shown = _strip_query(url)
    request_timeout = make_timeout(timeout) if timeout is not None else None
    policy = api_client.configuration.retries.replace(max_retries=max(0, retries))

    def attempt(deadline: Optional[float]) -> None:
        with Progress(f"upload {opened.filename}", enabled=progress, total=opened.size, unit="B") as bar:
            body = MultipartStream(
                fields,
                opened.file,
                opened.size,
                filename=opened.filename,
                file_content_type=content_type,
                on_read=bar.update,
            )
            headers = {
                "Content-Type": body.content_type,
                "Content-Length": str(body.content_length),
                "User-Agent": api_client.user_agent,
            }
            # An iterator, so that urllib3 sends the blocks as they come (a file-like body it would
            # read in its own 16 KiB blocksize); Content-Length is set, so nothing is chunked.
            request = Request("POST", url, headers, iter(body), timeout=request_timeout, deadline=deadline)
            response = _transfer.send(api_client, request._replace(follow_redirects=False))
        logger.debug("%s: uploaded %d bytes to %s -> %d", what, opened.size, shown, response.status)

    def rewind() -> bool:
        if opened.rewindable:
            opened.rewind()
        return opened.rewindable

    def failed(error: ApiException) -> TransferError:
        return transfer_error(error, f"{what}: upload to {shown} failed", what)

    _transfer.with_retries(
        attempt, policy, method="POST", what=f"{what}: upload to {shown}", on_failure=failed, rewind=rewind
    )


def wait_for_media(
    api_client: ApiClient,
    media_id: str,
    *,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> Media:
    """Poll ``media_get`` until the upload is ``succeeded``; return that ``Media``.

    :raises JobFailedError: Pinterest reports ``failed`` (an unreadable or unsupported video...).
    :raises JobTimeoutError: still ``registered``/``processing`` after ``timeout`` seconds.
    """
    api = MediaApi(api_client)
    media: Media = wait_until(
        lambda: api.media_get(media_id),
        lambda m: _status(m) in MEDIA_DONE,
        lambda m: _status(m) in MEDIA_FAILED,
        timeout,
        _backoff(poll_interval, max_poll_interval),
        progress,
        what=f"media {media_id}",
        handle=media_id,
    )
    return media


def _status(media: Any) -> Optional[str]:
    status = getattr(media, "status", None)
    return None if status is None else str(getattr(status, "value", status))


def upload_media(
    api_client: ApiClient,
    source: Source,
    *,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
    wait: bool = True,
    filename: Optional[str] = None,
    upload_timeout: TimeoutArg = None,
    upload_retries: int = 2,
) -> str:
    """Upload a video and return its ``media_id``, ready for ``pins_create``.

    1. registers the upload (``media_create`` with ``media_type="video"``);
    2. POSTs every ``upload_parameters`` field plus the file (field ``file``) to ``upload_url``, streamed,
       without the Pinterest ``Authorization`` header; 5xx and connection errors are retried
       ``upload_retries`` times (the file is rewound);
    3. polls ``media_get`` with backoff (``poll_interval`` growing to ``max_poll_interval``) until
       ``succeeded`` — unless ``wait=False``.

    :param source: a path, or a binary file object that can seek (its size is needed up front).
    :param timeout: seconds to wait for processing after the upload (``None``: no limit).
    :param progress: show upload bytes and processing polls (tqdm, or log lines).
    :param filename: the file name sent with the upload (default: the path's base name).
    :param upload_timeout: timeout of the upload request: seconds or ``(connect, read)``; default
        the client's.
    :raises TransferError: the upload URL answered non-2xx.
    :raises JobFailedError: processing failed. :raises JobTimeoutError: processing took too long.
    """
    opened = _Opened(source, filename)
    try:
        registration = MediaApi(api_client).media_create(MediaUploadCreate(media_type="video"))
        media_id = str(registration.media_id)
        what = f"media {media_id}"
        url = registration.upload_url
        if not url:
            raise JobFailedError(f"{what}: the registration has no upload_url", job=what, last=registration)
        parameters = registration.upload_parameters
        fields = parameters.to_wire() if parameters is not None else {}
        _upload(
            api_client,
            url,
            fields,
            opened,
            timeout=upload_timeout,
            retries=upload_retries,
            progress=progress,
            what=what,
        )
    finally:
        opened.close()
    if wait:
        wait_for_media(
            api_client,
            media_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            progress=progress,
        )
    return media_id
