"""`BOT_EMBEDDINGS=openai`: vectors from an OpenAI-compatible server, kept in their own collections.

The scripted server on 127.0.0.1 plays the embeddings endpoint; the index is built twice into
one `BOT_DATA_DIR`, once per embedding model, and neither touches the other's vectors.
"""
from __future__ import annotations

from pydantic import SecretStr

from bot.chain import build_chain
from index.store import Store
from tests.conftest import make_settings
from tests.openai_server import OpenAIServer


def test_openai_embeddings_live_in_their_own_collections(tmp_path, seeds_copy, embeddings):
    local = make_settings(tmp_path, seeds_copy)
    local_bot = build_chain(local, Store(local, embeddings=embeddings))
    local_counts = local_bot.store.count()
    question = "Who was the children's social care director in Birmingham in 2010?"
    local_answer = local_bot.ask(question)

    with OpenAIServer() as srv:
        oa = make_settings(tmp_path, seeds_copy, embeddings="openai", openai_base_url=srv.base_url,
                           openai_api_key=SecretStr("sk-test-embeddings"))
        assert oa.collection_prefix != local.collection_prefix
        bot = build_chain(oa)
        assert bot.store.count() == local_counts  # the same chunks, embedded by the other model
        names = {c.name for c in bot.store.client.list_collections()}
        assert {f"{p}_{k}" for p in (local.collection_prefix, oa.collection_prefix)
                for k in ("chunks", "sentences", "articles")} <= names
        dims = {len(bot.store.chunks.get(limit=1, include=["embeddings"])["embeddings"][0]),
                len(local_bot.store.chunks.get(limit=1, include=["embeddings"])["embeddings"][0])}
        assert dims == {64, 384}  # the scripted server's vectors and MiniLM's, never mixed

        before = len(srv.requests)
        ans = bot.ask(question)
        assert len(srv.requests) > before and srv.requests[-1]["path"].endswith("/embeddings")
        assert ans.mode == "extractive" and srv.chat_requests() == []
        for c in ans.citations:
            assert bot.store.get_article(c.source).text[c.start:c.end] == c.quote

    # the local index is untouched and answers as before
    again = build_chain(local, Store(local, embeddings=embeddings))
    assert again.store.count() == local_counts
    assert again.ask(question).answer == local_answer.answer
