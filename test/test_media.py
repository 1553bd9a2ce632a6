"""upload_media(): register, stream a multipart upload without Pinterest auth, poll to success or failure."""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import io
import os
import tempfile
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import urllib3
from loopback import Loopback, Recorded, Reply, serve_in_background

from pinterest_client import (
    JobFailedError,
    JobTimeoutError,
    TransferError,
    upload_media,
    wait_for_media,
)
from pinterest_client.media import MultipartStream
from pinterest_client.model.media import Media

MEDIA_ID = "549755885175"
UPLOAD_PARAMETERS = {
    "x-amz-date": "20240101T000000Z",
    "x-amz-signature": "sig-abc",
    "x-amz-security-token": "tok-xyz",
    "x-amz-algorithm": "AWS4-HMAC-SHA256",
    "key": f"uploads/{MEDIA_ID}/video.mp4",
    "policy": "eyJleHBpcmF0aW9uIjoiMjAyNC0wMS0wMVQwMDowMDowMFoifQ==",
    "x-amz-credential": "AKIA/20240101/us-east-1/s3/aws4_request",
    "Content-Type": "multipart/form-data",
}


class FakeMediaService:
    """Routes for the loopback server: /v5/media (register, get) and an S3-like /bucket/ upload URL."""

    def __init__(self, server: Loopback, *, statuses: List[str], upload_replies: Optional[List[Reply]] = None) -> None:
        self.server = server
        self.upload_url = server.url + "/bucket/"
        self.statuses = list(statuses)
        self.upload_replies = list(upload_replies or [])
        self.polls = 0

    def __call__(self, req: Recorded) -> Optional[Reply]:
        if req.method == "POST" and req.path == "/v5/media":
            body = {
                "media_id": MEDIA_ID,
                "media_type": "video",
                "upload_url": self.upload_url,
                "upload_parameters": UPLOAD_PARAMETERS,
            }
            return Reply(201, body)
        if req.method == "POST" and req.path == "/bucket/":
            return self.upload_replies.pop(0) if self.upload_replies else Reply(204, b"")
        if req.method == "GET" and req.path == f"/v5/media/{MEDIA_ID}":
            self.polls += 1
            status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
            return Reply(200, {"media_id": MEDIA_ID, "media_type": "video", "status": status})
        return Reply(404, {"code": 404, "message": f"no route {req.method} {req.path}"})

    def uploads(self) -> List[Recorded]:
        return [r for r in self.server.requests if r.path == "/bucket/"]


def parse_multipart(content_type: str, body: bytes) -> List[Tuple[str, Optional[str], Optional[str], bytes]]:
    """``[(name, filename, part content type, payload)]`` in order, parsed by the stdlib."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts.append(
            (
                part.get_param("name", header="content-disposition"),
                part.get_filename(),
                part.get("Content-Type"),
                payload,
            )
        )
    return parts


@pytest.fixture
def video() -> Iterator[str]:
    data = os.urandom(200_003)
    with tempfile.NamedTemporaryFile(suffix=".mp4", delete=False) as fh:
        fh.write(data)
    yield fh.name
    os.unlink(fh.name)


# -- the upload request ---------------------------------------------------------------------------


def test_upload_streams_a_multipart_form_without_pinterest_auth_and_polls_to_success(
    server: Loopback, client, video: str
) -> None:
    service = FakeMediaService(server, statuses=["registered", "processing", "processing", "succeeded"])
    server.handler = service
    media_id = upload_media(client, video, poll_interval=0.01)
    assert media_id == MEDIA_ID

    register = server.requests[0]
    assert (register.method, register.path, register.json) == ("POST", "/v5/media", {"media_type": "video"})
    assert register.headers["Authorization"].startswith("Bearer ")

    (upload,) = service.uploads()
    assert "Authorization" not in upload.headers and "authorization" not in {k.lower() for k in upload.headers}
    assert "Transfer-Encoding" not in upload.headers
    assert int(upload.headers["Content-Length"]) == len(upload.body)
    assert upload.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert upload.headers["User-Agent"].startswith("pinterest-client-python/")
    parts = parse_multipart(upload.headers["Content-Type"], upload.body)
    names = [p[0] for p in parts]
    assert names == list(UPLOAD_PARAMETERS) + ["file"]  # every parameter, in order, then the file last
    for name, filename, _, payload in parts[:-1]:
        assert filename is None and payload.decode() == UPLOAD_PARAMETERS[name]
    name, filename, part_type, payload = parts[-1]
    assert filename == os.path.basename(video) and part_type == "video/mp4"
    with open(video, "rb") as fh:
        assert payload == fh.read()

    assert service.polls == 4
    polls = [r for r in server.requests if r.method == "GET"]
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in polls)


def test_upload_from_a_binary_file_object(server: Loopback, client) -> None:
    service = FakeMediaService(server, statuses=["succeeded"])
    server.handler = service
    stream = io.BytesIO(b"HEADER" + b"\x00\x01video-bytes" * 1000)
    stream.seek(6)  # uploads from the current position
    assert upload_media(client, stream, filename='clip "one".mov', poll_interval=0.01) == MEDIA_ID
    (upload,) = service.uploads()
    parts = parse_multipart(upload.headers["Content-Type"], upload.body)
    assert parts[-1][1] == "clip %22one%22.mov"
    assert parts[-1][3] == b"\x00\x01video-bytes" * 1000


def test_wait_false_returns_after_the_upload(server: Loopback, client, video: str) -> None:
    service = FakeMediaService(server, statuses=["registered"])
    server.handler = service
    assert upload_media(client, video, wait=False) == MEDIA_ID
    assert service.polls == 0 and len(service.uploads()) == 1


def test_sources_that_cannot_be_streamed_are_rejected_before_any_request(server: Loopback, client) -> None:
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(read_end, "rb") as pipe, pytest.raises(ValueError, match="seekable"):
            upload_media(client, pipe)
    finally:
        os.close(write_end)
    with pytest.raises(TypeError, match="binary mode"):
        upload_media(client, io.StringIO("text"))  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        upload_media(client, "/no/such/video.mp4")
    assert server.requests == []


# -- processing outcome --------------------------------------------------------------------------


def test_processing_failure_raises_job_failed(server: Loopback, client, video: str) -> None:
    server.handler = FakeMediaService(server, statuses=["processing", "failed"])
    with pytest.raises(JobFailedError) as info:
        upload_media(client, video, poll_interval=0.01)
    error = info.value
    assert error.status == "failed" and error.job == f"media {MEDIA_ID}"
    assert isinstance(error.last, Media) and error.last.media_id == MEDIA_ID
    assert f"media {MEDIA_ID} failed (status 'failed')" in str(error)


def test_processing_past_the_deadline_raises_job_timeout(server: Loopback, client, video: str) -> None:
    service = FakeMediaService(server, statuses=["processing"])
    server.handler = service
    started = time.monotonic()
    with pytest.raises(JobTimeoutError) as info:
        upload_media(client, video, timeout=0.4, poll_interval=0.05, max_poll_interval=0.1)
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 3
    assert info.value.status == "processing" and info.value.timeout == 0.4
    assert isinstance(info.value, TimeoutError)
    assert service.polls >= 3


def test_wait_for_media_alone(server: Loopback, client) -> None:
    server.handler = FakeMediaService(server, statuses=["processing", "succeeded"])
    media = wait_for_media(client, MEDIA_ID, poll_interval=0.01)
    assert isinstance(media, Media) and media.status == "succeeded"


# -- upload errors and retries ------------------------------------------------------------------


S3_DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Invalid according to Policy: Policy expired.</Message></Error>"
)


def test_a_rejected_upload_raises_transfer_error(server: Loopback, client, video: str) -> None:
    service = FakeMediaService(
        server, statuses=["succeeded"], upload_replies=[Reply(403, S3_DENIED, {"Content-Type": "application/xml"})]
    )
    service.upload_url += "?X-Amz-Signature=SECRETSIG"
    server.handler = service
    with pytest.raises(TransferError) as info:
        upload_media(client, video)
    error = info.value
    assert error.http_status == 403 and error.body == S3_DENIED
    assert "AccessDenied: Invalid according to Policy: Policy expired." in str(error)
    assert "SECRETSIG" not in str(error)
    assert service.polls == 0


def test_a_5xx_upload_is_retried_with_the_file_rewound(server: Loopback, client, video: str) -> None:
    service = FakeMediaService(
        server, statuses=["succeeded"], upload_replies=[Reply(503, b"<Error><Code>SlowDown</Code></Error>")]
    )
    server.handler = service
    assert upload_media(client, video, poll_interval=0.01) == MEDIA_ID
    first, second = service.uploads()
    assert len(first.body) == len(second.body) == int(second.headers["Content-Length"])
    boundary = lambda r: r.headers["Content-Type"].split("boundary=")[1]  # noqa: E731
    assert first.body.replace(boundary(first).encode(), b"B") == second.body.replace(boundary(second).encode(), b"B")


def test_an_upload_429_waits_as_retry_after_says(server: Loopback, client, video: str) -> None:
    service = FakeMediaService(
        server,
        statuses=["succeeded"],
        upload_replies=[Reply(429, b"<Error><Code>SlowDown</Code></Error>", {"Retry-After": "1"})],
    )
    server.handler = service
    started = time.monotonic()
    assert upload_media(client, video, poll_interval=0.01) == MEDIA_ID
    assert len(service.uploads()) == 2
    assert 0.9 <= time.monotonic() - started < 5  # the presigned transfer honours Retry-After (issue 17)


def test_no_retry_when_disabled(server: Loopback, client, video: str) -> None:
    server.handler = FakeMediaService(server, statuses=["succeeded"], upload_replies=[Reply(500, b"oops")])
    with pytest.raises(TransferError, match="HTTP 500 oops"):
        upload_media(client, video, upload_retries=0)


# -- the streaming body ---------------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 7, 100, 16384, -1])
def test_multipart_stream_matches_urllib3s_encoder(chunk: int) -> None:
    data = os.urandom(50_000)
    fields = [("key", "uploads/1/v.mp4"), ("policy", "p\u00e9"), ("Content-Type", "multipart/form-data")]
    stream = MultipartStream(
        fields, io.BytesIO(data), len(data), filename="v.mp4", file_content_type="video/mp4", boundary="BOUNDARY"
    )
    out = bytearray()
    while True:
        piece = stream.read(chunk)
        if not piece:
            break
        assert chunk < 0 or len(piece) <= chunk
        out += piece
    expected, content_type = urllib3.encode_multipart_formdata(
        fields + [("file", ("v.mp4", data, "video/mp4"))], boundary="BOUNDARY"
    )
    assert bytes(out) == expected
    assert len(stream) == len(expected) and stream.content_type == content_type


def test_a_file_that_shrinks_while_uploading_fails_loudly() -> None:
    stream = MultipartStream([], io.BytesIO(b"short"), 100)
    with pytest.raises(ValueError, match="ended after 5 of 100 bytes"):
        while stream.read(64):
            pass


class _SinkHandler(BaseHTTPRequestHandler):
    """Reads the upload in small chunks into a temp file (never the whole body in memory)."""

    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        server: Any = self.server
        remaining = int(self.headers["Content-Length"])
        digest = hashlib.sha256()
        with open(server.sink_path, "wb") as out:
            while remaining:
                chunk = self.rfile.read(min(remaining, 65536))
                if not chunk:
                    break
                out.write(chunk)
                digest.update(chunk)
                remaining -= len(chunk)
        server.seen = {"headers": dict(self.headers), "missing": remaining, "sha256": digest.hexdigest()}
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_memory_does_not_grow_with_the_file_size(server: Loopback, client, tmp_path) -> None:
    size = 48 * 1024 * 1024
    big = tmp_path / "big.mp4"
    with open(big, "wb") as fh:  # 48 MiB of non-zero data, written in chunks
        block = os.urandom(1 << 20)
        for _ in range(size >> 20):
            fh.write(block)
    sink = ThreadingHTTPServer(("127.0.0.1", 0), _SinkHandler)
    sink.daemon_threads = True
    sink.sink_path = str(tmp_path / "received.bin")  # type: ignore[attr-defined]
    serve_in_background(sink)
    try:
        service = FakeMediaService(server, statuses=["succeeded"])
        service.upload_url = f"http://127.0.0.1:{sink.server_address[1]}/bucket/"
        server.handler = service
        tracemalloc.start()
        try:
            upload_media(client, str(big), poll_interval=0.01)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        sink.shutdown()
        sink.server_close()
    seen: Dict[str, Any] = sink.seen  # type: ignore[attr-defined]
    assert seen["missing"] == 0
    assert peak < 4 * 1024 * 1024, f"peak traced memory {peak} bytes for a {size}-byte upload"
    assert "Authorization" not in seen["headers"]
    # the received body holds the file intact between the form fields and the closing boundary
    received = tmp_path / "received.bin"
    total = received.stat().st_size
    assert total == int(seen["headers"]["Content-Length"]) and total > size
    with open(received, "rb") as fh:
        head = fh.read(4096)
        start = head.index(b"\r\n\r\n", head.index(b'name="file"')) + 4
        fh.seek(start)
        file_digest, original = hashlib.sha256(), hashlib.sha256()
        remaining = size
        while remaining:
            chunk = fh.read(min(remaining, 1 << 20))
            file_digest.update(chunk)
            remaining -= len(chunk)
        assert fh.read().startswith(b"\r\n--")
    with open(big, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            original.update(chunk)
    assert file_digest.hexdigest() == original.hexdigest()


# -- against the fake Pinterest (when it is available) --------------------------------------------


def test_upload_then_create_a_video_pin_on_the_fake_pinterest(video: str) -> None:
    testing = pytest.importorskip("pinterest_client.testing")
    from pinterest_client.api.boards_api import BoardsApi
    from pinterest_client.api.pins_api import PinsApi

    with testing.FakePinterest(media_processing_polls=2) as fake, fake.api_client() as api_client:
        board = BoardsApi(api_client).boards_create({"name": "Videos"})
        media_id = upload_media(api_client, video, poll_interval=0.01)
        uploads = fake.requests_for(testing.UPLOAD_OPERATION)
        assert len(uploads) == 1 and "authorization" not in uploads[0].headers
        pin = PinsApi(api_client).pins_create(
            {"board_id": board.id, "media_source": {"source_type": "video_id", "media_id": media_id}}
        )
        assert pin.board_id == board.id


class _RecordedReads(io.BytesIO):
    """A file that remembers the size of every read asked of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: List[int] = []

    def read(self, size: Optional[int] = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


def test_the_upload_reads_and_sends_the_file_in_1_mib_blocks(pinterest_fake) -> None:
    from pinterest_client.media import BLOCK_SIZE

    size = 3 * BLOCK_SIZE + 12345
    source = _RecordedReads(os.urandom(size))
    with pinterest_fake.api_client() as api_client:
        upload_media(api_client, source, wait=False, filename="v.mp4")
    assert BLOCK_SIZE == 1 << 20
    assert source.reads == [BLOCK_SIZE, BLOCK_SIZE, BLOCK_SIZE, 12345], source.reads
    (upload,) = pinterest_fake.requests_for("media/upload")
    assert upload.status == 204 and upload.upload["file"].size == size
