"""The media upload URL's body, read as it arrives: a ``multipart/form-data`` parser over the
request stream that keeps the small text fields and only measures the file (searching each chunk
for the boundary, never copying or holding it), so an upload runs at memory speed.

Like S3, it wants a ``Content-Length`` (a chunked upload is refused with ``411``).
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

CHUNK = 4 << 20
#: A text field larger than this is refused (S3 caps the policy form at 20 KB; this is generous).
MAX_FIELD = 1 << 20
MAX_HEADERS = 16 << 10


class UploadError(Exception):
    """The body is not the multipart form S3 expects: ``(status, S3 code, message)``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class UploadedFile:
    """What arrived in a file field: its name and size, not its bytes."""

    def __init__(self, filename: Optional[str], size: int) -> None:
        self.filename = filename
        self.size = size

    def __len__(self) -> int:
        return self.size

    def __repr__(self) -> str:
        return f"<UploadedFile {self.filename!r} {self.size} bytes>"


def boundary_of(content_type: str) -> Optional[bytes]:
    kind, _, params = content_type.partition(";")
    if kind.strip().lower() != "multipart/form-data":
        return None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "boundary" and value:
            return value.strip('"').encode("latin-1")
    return None


class _Stream:
    """``length`` bytes of ``rfile`` (a binary file object), read in chunks, with a push-back buffer."""

    def __init__(self, rfile: Any, length: int) -> None:
        self.rfile = rfile
        self.remaining = length
        self.buffer = b""

    def more(self) -> bool:
        if self.remaining <= 0:
            return False
        data = self.rfile.read(min(CHUNK, self.remaining))
        if not data:
            raise UploadError(400, "IncompleteBody", "The request body ended before Content-Length bytes arrived.")
        self.remaining -= len(data)
        self.buffer = self.buffer + data if self.buffer else data
        return True

    def until(self, marker: bytes, limit: int) -> bytes:
        """Everything up to ``marker`` (consumed, not returned), at most ``limit`` bytes."""
        while True:
            found = self.buffer.find(marker)
            if found >= 0:
                head, self.buffer = self.buffer[:found], self.buffer[found + len(marker) :]
                return head
            if len(self.buffer) > limit or not self.more():
                raise UploadError(
                    400, "MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data."
                )

    def count_until(self, marker: bytes) -> int:
        """Consume everything up to ``marker`` (and the marker) and answer its length: the file
        is never held nor copied, only searched, a chunk at a time."""
        keep = len(marker) - 1
        size, data = 0, self.buffer
        while True:
            found = data.find(marker)
            if found >= 0:
                self.buffer = data[found + len(marker) :]
                return size + found
            nxt = self._read()
            tail = data[-keep:] if keep else b""
            straddle = (tail + nxt[:keep]).find(marker) if keep else -1
            if 0 <= straddle < len(tail):  # the marker begins in this chunk and ends in the next
                self.buffer = nxt[straddle + len(marker) - len(tail) :]
                return size + len(data) - len(tail) + straddle
            size += len(data)
            data = nxt

    def _read(self) -> bytes:
        data = self.rfile.read(min(CHUNK, self.remaining)) if self.remaining > 0 else b""
        if not data:
            raise _malformed()
        self.remaining -= len(data)
        return data

    def skip_rest(self) -> bool:
        """Read and drop what is left of the body: false when it ended early."""
        while self.remaining > 0:
            data = self.rfile.read(min(CHUNK, self.remaining))
            if not data:
                return False
            self.remaining -= len(data)
        return True


def _malformed() -> UploadError:
    return UploadError(
        400, "MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data."
    )


def _disposition(headers: bytes) -> Tuple[Optional[str], Optional[str]]:
    name = filename = None
    for line in headers.decode("utf-8", "replace").split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() != "content-disposition":
            continue
        for param in value.split(";")[1:]:
            pname, _, pvalue = param.strip().partition("=")
            if pname.lower() == "name":
                name = pvalue.strip('"')
            elif pname.lower() == "filename":
                filename = pvalue.strip('"')
    return name, filename


def read_multipart(rfile: Any, length: int, content_type: str) -> Dict[str, Any]:
    """The form fields of a multipart body of ``length`` bytes on ``rfile``: text fields as
    ``str``, file fields (``file``, or any part with a filename) as :class:`UploadedFile`.
    Raises :class:`UploadError`; the stream is then consumed to its end."""
    boundary = boundary_of(content_type)
    stream = _Stream(rfile, length)
    try:
        if boundary is None:
            raise UploadError(
                400, "InvalidArgument", "POST requires exactly one file upload per request (multipart/form-data)."
            )
        return _parts(stream, b"--" + boundary)
    finally:
        stream.skip_rest()


def _parts(stream: _Stream, delimiter: bytes) -> Dict[str, Any]:
    fields: Dict[str, Any] = {}
    stream.until(delimiter, MAX_HEADERS)  # the preamble
    separator = b"\r\n" + delimiter
    while True:
        while len(stream.buffer) < 2 and stream.more():
            pass
        if stream.buffer.startswith(b"--"):
            return fields
        if not stream.buffer.startswith(b"\r\n"):
            raise UploadError(
                400, "MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data."
            )
        stream.buffer = stream.buffer[2:]
        name, filename = _disposition(stream.until(b"\r\n\r\n", MAX_HEADERS))
        if filename is not None or name == "file":
            value: Any = UploadedFile(filename, stream.count_until(separator))
        else:
            value = stream.until(separator, MAX_FIELD).decode("utf-8", "replace")
        if name:
            fields[name] = value
