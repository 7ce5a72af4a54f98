"""A small scripted OpenAI-compatible server on 127.0.0.1 for the reliability tests (standard library).

`ScriptedOpenAI(mode)` answers `POST /v1/chat/completions` (streamed as SSE when asked) by mode:
  echo          the worst model: its reply is the whole prompt it was sent (every message's text)
  429           rate limited            quota    429 insufficient_quota (out of credit)
  500, 503      server errors           stall    200 + SSE headers, then silence for `stall_seconds`
  cut           a few words streamed, then the socket closed mid-answer
`refused_url()` is a base URL where nothing listens (connection refused). Every request is kept in
`.requests`; the server counts, bounded, what it was asked.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.reliability.support import free_port


def _prompt_text(body: dict) -> str:
    out = []
    for m in body.get("messages", []):
        c = m.get("content")
        if isinstance(c, list):
            c = " ".join(p.get("text", "") for p in c if isinstance(p, dict))
        out.append(f"{m.get('role')}: {c}")
    return "\n".join(out)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def _json(self, status, obj):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _sse_start(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _chunk(self, payload: bytes):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(payload), payload))
        self.wfile.flush()

    def _delta(self, text=None, finish=None):
        d = {"id": "c1", "object": "chat.completion.chunk", "created": int(time.time()), "model": "scripted",
             "choices": [{"index": 0, "delta": ({"content": text} if text is not None else {}),
                          "finish_reason": finish}]}
        self._chunk(b"data: " + json.dumps(d).encode() + b"\n\n")

    def do_GET(self):
        self._json(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})

    def do_POST(self):
        srv: ScriptedOpenAI = self.server.owner
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        with srv.lock:
            srv.requests.append(body)
        mode = srv.mode
        err = lambda s, code, msg, typ: self._json(s, {"error": {"message": msg, "type": typ, "code": code}})  # noqa: E731
        if mode == "429":
            return err(429, "rate_limit_exceeded", "Rate limit reached, retry later", "requests")
        if mode == "quota":
            return err(429, "insufficient_quota", "You exceeded your current quota", "insufficient_quota")
        if mode in ("500", "503"):
            return err(int(mode), None, "The server had an error", "server_error")
        text = _prompt_text(body) if mode in ("echo", "cut") else "ok"
        if not body.get("stream"):
            if mode == "stall":
                time.sleep(srv.stall_seconds)
            return self._json(200, {"id": "c1", "object": "chat.completion", "created": int(time.time()),
                                    "model": "scripted", "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": text}}]})
        self._sse_start()
        if mode == "stall":
            self._delta("")
            end = time.monotonic() + srv.stall_seconds
            while time.monotonic() < end and not srv.closing.is_set():
                time.sleep(0.2)
            return
        words = text.split(" ")
        if mode == "cut":
            for w in words[:4]:
                self._delta(w + " ")
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        for i in range(0, len(words), 20):
            self._delta(" ".join(words[i:i + 20]) + (" " if i + 20 < len(words) else ""))
        self._delta(None, "stop")
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")


class ScriptedOpenAI:
    def __init__(self, mode: str = "echo", stall_seconds: float = 120.0):
        self.mode = mode
        self.stall_seconds = stall_seconds
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def refused_url() -> str:
    return f"http://127.0.0.1:{free_port()}/v1"
