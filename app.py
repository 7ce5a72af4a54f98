"""The web chat: a thin Gradio 6 adapter over `bot/` (and `index/` for uploads).

`python app.py` builds the index if there is none, then serves the chat on BOT_HOST:BOT_PORT
(127.0.0.1:7860). `build_app(settings)` returns the `gr.Blocks` without launching it.
Everything shown comes from `bot/`: the answers (streamed when the model streams), the
sources panel and articles list (drawn by `bot.render`, all article and model text escaped),
feedback (`bot.feedback`), uploads (`index.ingest`). Nothing here retrieves or answers.

API (gradio_client): `Client(url).predict("question", [], api_name="/ask")` returns the
answer object of the contract as a dict; the second argument is the earlier questions of
the conversation, oldest first.
"""
import os
import uuid
from pathlib import Path
from typing import Any

CONCURRENCY = 8        # conversations answered at once (BOT_CONCURRENCY)
QUEUE_MAX = 64         # requests waiting beyond that (BOT_QUEUE_SIZE); more are turned away with "queue full"

CSS = """
.gradio-container {max-width: 1400px !important}
#nb-header h1 {margin: 0 0 .2em 0; font-size: 1.5em}
#nb-header p {margin: 0; opacity: .8}
.nb-q {white-space: normal}
.nb-a p {margin: 0 0 .6em 0}
.nb-a p:last-child {margin-bottom: 0}
.nb-standalone {font-size: .85em; opacity: .75; font-style: italic; margin-bottom: .4em}
.nb-refused {border-left: 3px solid #d97706; padding-left: .6em}
.nb-reason {color: #b45309; font-weight: 600}
.nb-error p {color: #b91c1c}
.nb-wait {opacity: .6; font-style: italic}
a.nb-cite {font-weight: 600; text-decoration: none; padding: 0 .1em; border-radius: 3px;
           background: rgba(37, 99, 235, .12); color: #1d4ed8 !important; cursor: pointer}
a.nb-cite:hover {background: rgba(37, 99, 235, .25)}
#nb-sources {max-height: 640px; overflow-y: auto}
.nb-sources h3 {margin: 0 0 .3em 0}
.nb-for {font-weight: 600; margin: 0 0 .2em 0}
.nb-sources .nb-standalone {margin: 0 0 .4em 0}
.nb-source {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6em .8em;
            margin: .6em 0; transition: box-shadow .3s, border-color .3s}
.nb-source.nb-flash {border-color: #2563eb; box-shadow: 0 0 0 3px rgba(37, 99, 235, .3)}
.nb-source header {font-size: .95em}
.nb-n {font-weight: 700; color: #1d4ed8}
.nb-meta {font-size: .8em; opacity: .75; margin: .15em 0 .35em 0}
.nb-ok {color: #15803d; margin-left: .4em}
.nb-warn {color: #b45309; margin-left: .4em}
.nb-sub {font-size: .85em; opacity: .8; margin: .6em 0 0 0}
.nb-passage {white-space: pre-wrap; font-size: .9em; line-height: 1.45; margin: 0}
.nb-passage mark {background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px}
.nb-articles {list-style: none; padding: 0; margin: 0; max-height: 260px; overflow-y: auto}
.nb-articles li {padding: .35em 0; border-bottom: 1px solid var(--border-color-primary)}
.nb-articles .nb-title {display: block; font-weight: 600; font-size: .9em}
.nb-articles .nb-meta {display: block; margin: 0}
.nb-date {margin-right: .5em}
"""

# Citation markers are in-page links: scroll the sources panel to the card and flash it.
# Clicking a marker also selects its message, which shows that answer's sources first.
HEAD = """
<script>
document.addEventListener("click", function (e) {
  var a = e.target.closest && e.target.closest("a.nb-cite");
  if (!a) return;
  e.preventDefault();
  var id = (a.getAttribute("href") || "").slice(1), tries = 0;
  (function show() {
    var card = document.getElementById(id);
    if (card) {
      card.scrollIntoView({behavior: "smooth", block: "nearest"});
      card.classList.add("nb-flash");
      setTimeout(function () { card.classList.remove("nb-flash"); }, 1500);
    } else if (tries++ < 40) { setTimeout(show, 75); }
  })();
}, true);
</script>
"""


def _theme():
    import gradio as gr

    # system fonts only: the page loads nothing from any other host
    return gr.themes.Soft(font=["ui-sans-serif", "system-ui", "sans-serif"],
                          font_mono=["ui-monospace", "SFMono-Regular", "monospace"])


def build_app(settings=None):
    """The chat page as a `gr.Blocks` over a bot built from `settings` (builds the index if there is none)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from bot import render
    from bot.answer import Answer, Turn
    from bot.chain import QuestionError, build_chain, clean_question
    from bot.examples import example_questions
    from bot.feedback import FeedbackStore
    from bot.settings import Settings
    from index.ingest import UploadError, ingest_upload

    settings = settings or Settings()
    bot = build_chain(settings)
    concurrency, queue_max = settings.concurrency or CONCURRENCY, settings.queue_size or QUEUE_MAX
    feedback = FeedbackStore(settings.data_dir)

    def messages(turns: list[dict]) -> list[dict]:
        out = []
        for t in turns:
            out.append({"role": "user", "content": render.user_html(t["question"])})
            out.append({"role": "assistant", "content": t["html"]})
        return out

    def sources_for(turns: list[dict], i: int | None = None) -> str:
        answered = [k for k, t in enumerate(turns) if t.get("answer")]
        if i is None:
            i = answered[-1] if answered else None
        if i is None or i >= len(turns) or not turns[i].get("answer"):
            return render.sources_html(None, 0, bot.store.get_article)
        return render.sources_html(Answer(**turns[i]["answer"]), i, bot.store.get_article)

    def articles_block() -> tuple[str, Any]:
        arts = bot.articles()
        return render.articles_html(arts), gr.update(label=f"Articles the bot has read ({len(arts)})")

    # ------------------------------------------------------------------ events
    def respond(question: str, turns: list[dict]):
        try:
            clean_question(question, settings.max_question_chars)
        except QuestionError as e:
            raise gr.Error(str(e), title="Question not asked")
        turns = list(turns or [])
        history = [Turn(question=t["question"], answer=Answer(**t["answer"]) if t.get("answer") else None)
                   for t in turns]
        i = len(turns)
        turn = {"question": question, "html": render.partial_html(""), "answer": None}
        turns.append(turn)
        yield messages(turns), "", gr.skip(), turns
        text = ""
        try:
            for piece in bot.stream(question, history):
                if isinstance(piece, str):
                    text += piece
                    turn["html"] = render.partial_html(text)
                    yield messages(turns), "", gr.skip(), turns
                else:
                    turn["answer"] = piece.to_dict()
                    turn["html"] = render.answer_html(piece, i)
        except QuestionError as e:
            turn["html"] = render.error_html(str(e))
        except Exception as e:  # the model or store failed: say so in the chat, keep the conversation
            turn["html"] = render.error_html(f"Sorry, no answer: {type(e).__name__}: {e}")
        if turn["answer"] is None and "nb-error" not in turn["html"]:
            turn["html"] = render.error_html("Sorry, no answer was produced.")
        yield messages(turns), "", sources_for(turns, i), turns

    def vote(data: gr.LikeData, turns: list[dict], conversation: str):
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        i = int(idx) // 2
        if not turns or i >= len(turns) or not turns[i].get("answer"):
            gr.Warning("Only answers can be voted on.")
            return
        liked = data.liked
        if isinstance(liked, str):
            liked = {"like": True, "up": True, "dislike": False, "down": False}.get(liked.lower())
        if liked is None:  # the thumb was clicked off again: nothing new to save
            return
        feedback.record(turns[i]["answer"], "up" if liked else "down", conversation)
        gr.Info("Thanks: your vote was saved.")

    def select(data: gr.SelectData, turns: list[dict]):
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        return sources_for(turns or [], int(idx) // 2)

    def upload(path: str | None):
        if not path:
            return gr.skip(), gr.skip(), ""
        p = Path(path)
        try:
            data = p.read_bytes()
            got = ingest_upload(settings, bot.store, p.name, data)
        except UploadError as e:
            return gr.skip(), gr.skip(), f'<p class="nb-warn">✗ {render.esc(e)}</p>'
        html, label = articles_block()
        date = f", {got.date}" if got.date else ""
        msg = (f'<p class="nb-ok">✓ Added “{render.esc(got.title)}” ({render.esc(got.id)}{render.esc(date)}): '
               f'{got.chunks} passage{"s" if got.chunks != 1 else ""} indexed; you can ask about it now.</p>')
        return html, label, msg

    def new_chat():
        return [], "", render.sources_html(None, 0, bot.store.get_article), [], uuid.uuid4().hex

    def on_load():
        html, label = articles_block()
        return html, label, uuid.uuid4().hex

    def ask(question: str, history: list[str] | None = None) -> dict:
        """Answer one question about the articles; `history` lists earlier questions of the conversation,
        oldest first. Returns the answer object (question, standalone_question, answer, refused,
        refusal_reason, citations with verbatim quotes and offsets, mode, latency_ms)."""
        turns: list[Turn] = []
        try:
            for q in history or []:
                turns.append(Turn(question=q, answer=bot.ask(q, turns)))
            return bot.ask(question, turns).to_dict()
        except QuestionError as e:
            raise gr.Error(str(e))

    # ------------------------------------------------------------------ page
    arts = bot.articles()
    with gr.Blocks(title="Ask the news articles", analytics_enabled=False, fill_width=True) as demo:
        turns = gr.State([])
        conversation = gr.State("")
        gr.HTML('<div id="nb-header"><h1>Ask the news articles</h1><p>Answers quote the articles word for word, '
                'with numbered sources you can check; if the articles do not say, the bot says so.</p></div>')
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    elem_id="nb-chat", label="Chat", height=560, latex_delimiters=[], sanitize_html=True,
                    feedback_options=("Like", "Dislike"), buttons=["copy"], autoscroll=True,
                    placeholder="**Ask a question about the articles.** Try one of these:",
                    examples=[{"text": q} for q in example_questions(arts)],
                )
                with gr.Row():
                    question = gr.Textbox(elem_id="nb-question", show_label=False, scale=6, lines=1, max_lines=4,
                                          placeholder="Ask about the articles…", autofocus=True)
                    ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="nb-ask")
                    new_btn = gr.Button("New chat", scale=1, min_width=100, elem_id="nb-new")
            with gr.Column(scale=2, min_width=340):
                sources = gr.HTML(render.sources_html(None, 0, bot.store.get_article), elem_id="nb-sources",
                                  padding=True)
                with gr.Accordion(f"Articles the bot has read ({len(arts)})", open=True) as art_box:
                    articles = gr.HTML(render.articles_html(arts), elem_id="nb-articles")
                    upload_btn = gr.UploadButton("Add an article (.txt)", file_types=[".txt"], file_count="single",
                                                 type="filepath", size="sm", elem_id="nb-upload")
                    upload_msg = gr.HTML("", elem_id="nb-upload-msg")

        chat_io = dict(inputs=[question, turns], outputs=[chatbot, question, sources, turns],
                       concurrency_limit=concurrency, concurrency_id="answer")
        question.submit(respond, api_name="chat", **chat_io)
        ask_btn.click(respond, api_visibility="private", **chat_io)
        def pick_example(data: gr.SelectData) -> str:
            return data.value["text"] if isinstance(data.value, dict) else str(data.value)

        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            respond, api_visibility="private", **chat_io)
        chatbot.like(vote, [turns, conversation], None, api_visibility="private")
        chatbot.select(select, [turns], sources, api_visibility="private")
        new_btn.click(new_chat, None, [chatbot, question, sources, turns, conversation], api_visibility="private")
        chatbot.clear(new_chat, None, [chatbot, question, sources, turns, conversation], api_visibility="private")
        upload_btn.upload(upload, upload_btn, [articles, art_box, upload_msg], api_name="upload")
        demo.load(on_load, None, [articles, art_box, conversation], api_visibility="private", show_progress="hidden")
        gr.api(ask, api_name="ask", concurrency_limit=concurrency, concurrency_id="answer")
    demo.queue(max_size=queue_max, default_concurrency_limit=concurrency)
    return demo


def launch_kwargs(settings) -> dict:
    auth = None
    if settings.auth_user and settings.auth_password:
        auth = (settings.auth_user, settings.auth_password.get_secret_value())
    return dict(server_name=settings.host, server_port=settings.port, auth=auth, theme=_theme(), css=CSS,
                head=HEAD, ssr_mode=False, show_error=True, max_file_size=settings.max_article_bytes * 2,
                footer_links=["api"],
                enable_monitoring=False)  # Gradio's default (None) serves /monitoring and /monitoring/summary to anyone


def main() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from bot.settings import Settings

    settings = Settings()
    demo = build_app(settings)
    demo.launch(**launch_kwargs(settings))


if __name__ == "__main__":
    main()
