"""A scripted OpenAI-compatible server on 127.0.0.1, for the tests: real HTTP, real SSE.

Each request to `/v1/chat/completions` takes the next step from `server.script` (or
`server.default` when the script is empty) and either answers (streamed as server-sent
events, word by word, when the client asks to stream) or fails the way the step says:
an HTTP status with an OpenAI-shaped error body, headers then silence (a stall), a stream
cut off midway (the socket closed before the last chunk), or a plain close. `/v1/embeddings`
returns deterministic bag-of-words vectors. Every request is recorded in `server.requests`.

    with OpenAIServer() as srv:
        srv.script = [Reply('He said "it was inadequate" [1].')]
        settings = Settings(..., openai_base_url=srv.base_url)

Standard library only; nothing here knows about the bot.
"""
from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """A good completion: `text`, streamed in pieces of one word when the client streams."""
    text: str
    finish_reason: str = "stop"


@dataclass
class Fail:
    """An HTTP error with an OpenAI-shaped body: `{"error": {"message", "type", "code"}}`."""
    status: int
    message: str = "error"
    code: str | None = None
    type: str | None = None
    headers: dict = field(default_factory=dict)


@dataclass
class Stall:
    """200 and SSE headers (and `first` words, if any), then silence for `seconds`."""
    seconds: float = 60.0
    first: str = ""


@dataclass
class Cut:
    """Stream the first `after` words of `text`, then close the socket mid-body."""
    text: str
    after: int = 3


@dataclass
class Hangup:
    """Close the connection without any response."""


def _vector(text: str, dim: int = 64) -> list[float]:
    v = [0.0] * dim
    for w in text.lower().split():
        h = int.from_bytes(hashlib.sha256(w.strip(".,;:!?\"'()").encode()).digest()[:4], "little")
        v[h % dim] += 1.0 if h & 1 << 20 else -1.0
    norm = sum(x * x for x in v) ** 0.5 or 1.0
    return [x / norm for x in v]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _chunk(self, payload: bytes) -> None:
        self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()

    def _event(self, obj) -> None:
        data = obj if isinstance(obj, str) else json.dumps(obj)
        self._chunk(f"data: {data}\n\n".encode())

    def _sse_headers(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.flush()

    def _delta(self, model: str, content: str | None, finish: str | None = None, role: bool = False) -> dict:
        delta = {"role": "assistant", "content": ""} if role else ({"content": content} if content is not None else {})
        return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    def _abort(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.connection.close()
        self.close_connection = True

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        srv = self.server.owner
        with srv.lock:
            srv.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
        if self.path.rstrip("/").endswith("/embeddings"):
            return self._embeddings(body)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            return self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
        with srv.lock:
            step = srv.script.pop(0) if srv.script else srv.default
        if callable(step) and not isinstance(step, (Reply, Fail, Stall, Cut, Hangup)):
            step = step(body)
        model = body.get("model", "test-model")
        stream = bool(body.get("stream"))

        if isinstance(step, Hangup):
            return self._abort()
        if isinstance(step, Fail):
            err = {"message": step.message, "type": step.type or "api_error", "code": step.code}
            return self._json(step.status, {"error": err}, step.headers)
        if isinstance(step, Stall):
            self._sse_headers() if stream else None
            if not stream:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.flush()
            elif step.first:
                self._event(self._delta(model, None, role=True))
                for w in step.first.split(" "):
                    self._event(self._delta(model, w + " "))
            srv.stop.wait(step.seconds)
            return self._abort()
        if isinstance(step, Cut):
            self._sse_headers()
            self._event(self._delta(model, None, role=True))
            for w in step.text.split(" ")[: step.after]:
                self._event(self._delta(model, w + " "))
            return self._abort()
        assert isinstance(step, Reply), step
        if not stream:
            return self._json(200, {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                                    "model": model, "choices": [{"index": 0, "finish_reason": step.finish_reason,
                                    "message": {"role": "assistant", "content": step.text}}],
                                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
        self._sse_headers()
        self._event(self._delta(model, None, role=True))
        words = step.text.split(" ")
        for i, w in enumerate(words):
            self._event(self._delta(model, w + (" " if i < len(words) - 1 else "")))
        self._event(self._delta(model, None, finish=step.finish_reason))
        self._event("[DONE]")
        self._chunk(b"")

    def _embeddings(self, body: dict) -> None:
        inputs = body.get("input")
        inputs = [inputs] if isinstance(inputs, str) else list(inputs or [])
        data = []
        for i, text in enumerate(inputs):
            vec = _vector(text if isinstance(text, str) else " ".join(map(str, text)))
            if body.get("encoding_format") == "base64":
                emb = base64.b64encode(struct.pack(f"<{len(vec)}f", *vec)).decode()
            else:
                emb = vec
            data.append({"object": "embedding", "index": i, "embedding": emb})
        self._json(200, {"object": "list", "data": data, "model": body.get("model", "emb"),
                         "usage": {"prompt_tokens": 1, "total_tokens": 1}})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: "OpenAIServer"


class OpenAIServer:
    def __init__(self) -> None:
        self.script: list = []
        self.default = Reply("I can't answer that from the articles.")
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="openai-test-server", daemon=True)

    def chat_requests(self) -> list[dict]:
        return [r for r in self.requests if r["path"].rstrip("/").endswith("/chat/completions")]

    def reset(self) -> None:
        with self.lock:
            self.script.clear()
            self.requests.clear()
        self.default = Reply("I can't answer that from the articles.")

    def __enter__(self) -> "OpenAIServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def free_port() -> int:
    """A loopback port with nothing listening (for 'connection refused')."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
