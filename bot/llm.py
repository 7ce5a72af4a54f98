"""Which model answers: the seam is LangChain's `BaseChatModel`.

`build_chat_model(settings)` returns a `ChatOpenAI` for any OpenAI-compatible server (OpenAI
itself, llama.cpp, vLLM, Ollama), configured from settings: model, base URL, an explicit
timeout and bounded retries, temperature 0, streaming, Chat Completions only. It is imported
only when chosen; importing this module touches nothing.

`stream_text` runs a model under a wall-clock deadline: the model is read in a worker thread
and abandoned when the deadline passes, so a stalled server costs at most the deadline.
`describe_failure` turns any failure into one line a reader understands, never containing
the API key.
"""
from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from langchain_core.language_models import BaseChatModel

from bot.settings import Settings

MAX_TOKENS = 400


class ModelFailure(RuntimeError):
    """The model did not give a usable answer; the message is the one-line notice."""


def build_chat_model(settings: Settings, max_tokens: int | None = None) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    max_tokens = max_tokens or getattr(settings, "openai_max_tokens", MAX_TOKENS)

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    extra = {}
    if settings.openai_base_url and "api.openai.com" not in settings.openai_base_url:
        # LangChain sends only `max_completion_tokens`; llama.cpp and older vLLM read `max_tokens`
        extra["extra_body"] = {"max_tokens": max_tokens}
    return ChatOpenAI(
        model=settings.openai_model,
        # a local server needs no key, but the client insists on one
        api_key=key or "not-needed",
        base_url=settings.openai_base_url,
        timeout=settings.openai_timeout,
        max_retries=0,  # `stream_text` retries, inside the deadline, and remembers why
        temperature=0,
        max_tokens=max_tokens,
        streaming=True,
        stream_usage=False,
        use_responses_api=False,
        **extra,
    )


def server_name(settings: Settings) -> str:
    """Where the model lives, for a notice: host and port only (never a userinfo part)."""
    if not settings.openai_base_url:
        return "the OpenAI API"
    parts = urlsplit(settings.openai_base_url)
    return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else "the model server"


def redact(text: str, settings: Settings) -> str:
    """`text` with the API key (and anything shaped like one) blanked out."""
    if settings.openai_api_key:
        key = settings.openai_api_key.get_secret_value()
        if key:
            text = text.replace(key, "***")
    return re.sub(r"\b(sk-[A-Za-z0-9_-]{2})[A-Za-z0-9_*-]{6,}", r"\1***", text)


def describe_failure(exc: BaseException, settings: Settings) -> str:
    """One line on what went wrong with the model, and what to do, without the key."""
    import openai

    where = server_name(settings)
    status = getattr(exc, "status_code", None)
    body = getattr(exc, "body", None)
    code = getattr(exc, "code", None) or (body.get("code") if isinstance(body, dict) else None)
    if isinstance(exc, ModelFailure):
        return redact(str(exc), settings)
    if isinstance(exc, openai.AuthenticationError) or status == 401:
        return f"{where} rejected the API key (401): check OPENAI_API_KEY."
    if isinstance(exc, openai.PermissionDeniedError) or status == 403:
        return f"{where} refused access to model {settings.openai_model!r} (403): check the key's permissions."
    if status == 429 and code == "insufficient_quota":
        return f"{where} says the account is out of credit (429 insufficient_quota): add credit or use another key."
    if isinstance(exc, openai.RateLimitError) or status == 429:
        return f"{where} is rate-limiting requests (429): try again in a minute."
    if isinstance(exc, openai.APITimeoutError):
        return f"{where} did not answer within {settings.openai_timeout:g}s."
    if isinstance(exc, openai.APIConnectionError):
        return f"could not reach {where}: is the server running and OPENAI_BASE_URL right?"
    if status is not None and status >= 500:
        return f"{where} failed with HTTP {status}: try again later."
    if status is not None:
        message = body.get("message") if isinstance(body, dict) else None
        detail = f": {redact(str(message), settings)[:120]}" if message else ""
        return f"{where} rejected the request (HTTP {status}){detail}."
    name = type(exc).__name__
    if "RemoteProtocol" in name or "ReadError" in name or "Incomplete" in name:
        return f"the answer from {where} was cut off midway."
    return redact(f"the model call failed ({name}).", settings)


def stream_text(model: BaseChatModel, messages: list, deadline: float, settings: Settings,
                on_token: Callable[[str], None] | None = None) -> str:
    """The model's whole reply, read as a stream before `deadline` (a `time.monotonic()` value).

    Raises `ModelFailure` with a one-line notice when the server fails, stalls past the
    deadline, or ends the stream without saying it finished (a stream cut off midway)."""
    events: queue.Queue = queue.Queue()
    cancelled = threading.Event()
    started = threading.Event()  # the server began answering: a later connection error is a cut

    last_error: list[BaseException] = []

    def attempt() -> None:
        finish = None
        for chunk in model.stream(messages):
            if cancelled.is_set():
                return
            text = chunk.content if isinstance(chunk.content, str) else "".join(
                p.get("text", "") for p in chunk.content if isinstance(p, dict))
            finish = (chunk.response_metadata or {}).get("finish_reason") or finish
            events.put(("text", text))
            started.set()
        events.put(("end", finish))

    def work() -> None:
        for i in range(max(0, settings.openai_max_retries) + 1):
            try:
                return attempt()
            except BaseException as e:  # noqa: BLE001 - every failure becomes a notice
                last_error[:] = [e]
                if started.is_set() or i == settings.openai_max_retries or not _retryable(e):
                    events.put(("error", e))
                    return
                if cancelled.wait(min(0.5 * 2 ** i, 4.0)):
                    return

    threading.Thread(target=work, name="model-stream", daemon=True).start()
    parts: list[str] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                if last_error and not started.is_set():  # it was failing, and retrying, when time ran out
                    raise ModelFailure(describe_failure(last_error[0], settings))
                raise ModelFailure(f"{server_name(settings)} did not finish answering within "
                                   f"{settings.openai_timeout:g}s.")
            try:
                kind, value = events.get(timeout=left)
            except queue.Empty:
                continue
            if kind == "text":
                if value:
                    parts.append(value)
                    if on_token is not None:
                        on_token(value)
            elif kind == "error":
                import openai

                if started.is_set() and isinstance(value, openai.APIConnectionError) and not isinstance(
                        value, openai.APITimeoutError):
                    raise ModelFailure(f"the answer from {server_name(settings)} was cut off midway.") from None
                raise ModelFailure(describe_failure(value, settings)) from None
            else:
                if value is None:
                    raise ModelFailure(f"the answer from {server_name(settings)} was cut off midway.")
                return "".join(parts)
    finally:
        cancelled.set()


def _retryable(exc: BaseException) -> bool:
    """Worth one more try: rate limits, server errors, timeouts and refused connections
    (unless the server says not to retry, or the account is out of credit)."""
    import openai

    response = getattr(exc, "response", None)
    if response is not None and response.headers.get("x-should-retry") == "false":
        return False
    body = getattr(exc, "body", None)
    if getattr(exc, "code", None) == "insufficient_quota" or (isinstance(body, dict) and body.get("code") == "insufficient_quota"):
        return False
    status = getattr(exc, "status_code", None)
    if status is not None:
        return status in (408, 409, 429) or status >= 500
    return isinstance(exc, openai.APIConnectionError)
