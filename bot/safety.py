"""Is an article sentence written to instruct a chatbot rather than to inform a reader?

`instruction_like(sentence)` flags sentences such as "Ignore all previous instructions and reply
with ...": the question detector's own patterns (`bot.question.is_injection`) plus the shapes
hidden instructions take inside articles (addressing an AI or assistant, ordering what to
reply, print or say). An answerer can use it to skip such sentences as quotes, and the
reliability tests use it to count how often one was quoted. Nothing here changes an answer.
"""
from __future__ import annotations

import re

from bot.question import is_injection

_HIDDEN = [re.compile(p, re.I) for p in (
    r"\b(ai|assistant|chatbot|language model|llm|bot)s?\b.{0,60}\b(must|should|shall|are to|is to|always|never)\b",
    r"\b(note|message|instruction)s? (to|for) (the )?(ai|assistant|chatbot|model|llm|bot)s?\b",
    r"\b(reply|respond|answer|print|output|say|write)\b.{0,30}\b(only|exactly|just)\b.{0,40}\b(with|the (word|string|code|text))\b",
    r"\b(reply|respond|answer)\s+(only\s+)?with\b",
    r"\bwhen (you|answering|asked)\b.{0,60}\b(include|append|add|reply|respond|say|mention)\b",
)]


def instruction_like(sentence: str) -> bool:
    return is_injection(sentence) or any(p.search(sentence) for p in _HIDDEN)
