"""The one settings object, read from the environment once at the edge and passed down.

It lives in `index/` because both layers need it and `index/` never imports `bot/`;
`bot.settings` re-exports it. Tests build it directly: `Settings(data_dir=tmp, seeds_dir=...)`.
Nothing here loads a model or opens a store.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BOT_", extra="ignore", populate_by_name=True)

    # corpus and state
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    data_dir: Path = PROJECT_ROOT / "data"

    # answering
    llm: Literal["extractive", "openai"] | None = None
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key"))
    openai_base_url: str | None = Field(default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url"))
    openai_model: str = "gpt-4o-mini"
    openai_timeout: float = 20.0
    openai_max_retries: int = 1
    openai_max_tokens: int = 400         # the longest answer the model may write
    openai_context_chars: int = 4500     # passages handed to the model, in characters (small local models: less)

    # embeddings and vector store
    embeddings: Literal["local", "openai"] = "local"
    openai_embedding_model: str = "text-embedding-3-small"
    chroma_host: str | None = None
    chroma_port: int = 8000

    # web chat
    host: str = "127.0.0.1"
    port: int = 7860
    auth_user: str | None = None          # BOT_AUTH_USER + BOT_AUTH_PASSWORD: ask for a login
    auth_password: SecretStr | None = None
    concurrency: int | None = Field(default=None, ge=1)  # BOT_CONCURRENCY: answered at once (app default 8)
    queue_size: int | None = Field(default=None, ge=1)   # BOT_QUEUE_SIZE: waiting beyond that (64); more get "busy"

    # limits
    max_question_chars: int = 2000
    max_article_bytes: int = 2_000_000
    chunk_chars: int = 700
    retrieve_k: int = 12
    index_batch: int = 128  # chunks embedded and written together (with their sentences)

    @model_validator(mode="after")
    def _default_llm(self) -> "Settings":
        if self.llm is None:
            self.llm = "openai" if (self.openai_api_key or self.openai_base_url) else "extractive"
        self.seeds_dir = Path(self.seeds_dir).expanduser()
        self.data_dir = Path(self.data_dir).expanduser()
        return self

    @property
    def collection_prefix(self) -> str:
        """Vectors of two embedding models never share a collection."""
        return "minilm" if self.embeddings == "local" else "openai_" + self.openai_embedding_model.replace("-", "_").replace(".", "_")
