"""The answer object of the contract, and the conversation turn that carries it."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    n: int
    source: str
    title: str
    quote: str
    start: int
    end: int
    verified: bool = False


class Answer(BaseModel):
    question: str
    standalone_question: str
    answer: str
    refused: bool = False
    refusal_reason: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    mode: str = "extractive"
    latency_ms: float = 0.0
    # extensions (the contract allows more fields)
    nearest: Citation | None = None
    notice: str | None = None
    model: str | None = None
    unsupported: bool = False
    dropped_citations: int = 0
    uncited_quotes: int = 0  # quotes a model wrote with no usable citation: unverified, counted in the eval

    def to_dict(self) -> dict:
        return self.model_dump()


class Turn(BaseModel):
    """One exchange of a conversation: what was asked and what the bot answered."""
    question: str
    answer: Answer | None = None
