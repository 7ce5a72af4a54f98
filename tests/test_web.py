"""The web chat in a real browser, against `python app.py` started as a user would start it.

One app process for the module (a temporary BOT_DATA_DIR and a copy of seeds/ as
BOT_SEEDS_DIR; the index is built on start), driven by Debian's Chromium through
Playwright. Every request the page makes is recorded: none may go to another host.
"""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest

from tests.articles import BAKERY, HOSTILE
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "artifacts"
START_TIMEOUT = 120
ANSWER_TIMEOUT = 60_000
DONE = "#nb-chat .nb-a:not(.nb-streaming)"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BOT_"))}
    env.update(BOT_DATA_DIR=str(tmp / "data"), BOT_SEEDS_DIR=str(seeds), BOT_PORT=str(port), BOT_HOST="127.0.0.1",
               BOT_LLM="extractive", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False")
    log = open(tmp / "app.log", "wb")
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(f"app.py exited with {proc.returncode}:\n{(tmp / 'app.log').read_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"app.py did not listen within {START_TIMEOUT}s:\n{(tmp / 'app.log').read_text()[-3000:]}")
            time.sleep(0.5)
    yield {"url": f"http://127.0.0.1:{port}/", "port": port, "data": tmp / "data", "seeds": seeds, "tmp": tmp}
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("no chromium on PATH")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def requests_seen():
    return []


@pytest.fixture
def page(app, browser, requests_seen):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.on("request", lambda r: requests_seen.append(r.url))
    pg.goto(app["url"])
    pg.wait_for_selector("#nb-question textarea", timeout=30_000)
    yield pg
    context.close()


def ask(page, question: str):
    """Type a question, send it, wait for the finished answer; returns the answer's element."""
    n = page.locator(DONE).count()
    page.fill("#nb-question textarea", question)
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll({DONE!r}).length > {n}", timeout=ANSWER_TIMEOUT)
    return page.locator(DONE).nth(n)


def upload(page, name: str, content: str | bytes) -> str:
    """Add a file through the page's upload button; returns the message shown for it (it names the file)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    page.locator("input[type=file]").first.set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}])
    msg = page.locator("#nb-upload-msg").locator(".nb-ok, .nb-warn").filter(has_text=name.rsplit(".", 1)[0])
    msg.wait_for(timeout=ANSWER_TIMEOUT)
    return msg.inner_text()


def test_first_screen_shows_the_articles_and_example_questions(page):
    arts = page.locator("#nb-articles li")
    assert arts.count() == 3
    listed = page.inner_text("#nb-articles")
    assert "Once-disgraced Birmingham children's services now rated good by Ofsted" in listed
    assert "05.Jul 2016" in listed  # the date the article gives
    assert "004_4b179ad614762097" in listed
    assert page.locator("#nb-chat button", has_text="?").count() >= 3  # example questions


def test_an_answer_has_markers_and_its_quote_is_highlighted_in_the_sources_panel(page):
    answer = ask(page, "What did Preet Kaur Gill say about the report?")
    assert "so proud" in answer.inner_text()
    marker = answer.locator("a.nb-cite").first
    assert marker.inner_text() == "[1]"
    panel = page.locator("#nb-sources")
    card = panel.locator(".nb-source").first
    assert "Once-disgraced Birmingham children's services now rated good by Ofsted" in card.inner_text()
    assert "003_e853d6f147eabd0e" in card.inner_text()
    mark = card.locator("mark")
    assert "Preet Kaur Gill, Labour MP for Birmingham Edgbaston, said the report made her" in mark.inner_text()
    assert len(card.locator(".nb-passage").inner_text()) > len(mark.inner_text()) + 100  # the passage around it
    marker.click()
    page.wait_for_selector("#nb-sources .nb-source.nb-flash", timeout=5_000)

    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(1600)  # let the flash fade
    page.screenshot(path=str(ARTIFACTS / "screenshot-chat.png"))


def test_a_follow_up_shows_its_standalone_question_and_a_refusal_its_reason(page):
    ask(page, "What did Preet Kaur Gill say about the report?")
    follow = ask(page, "What did she say next?")
    assert "Understood as:" in follow.inner_text() and "Preet Kaur Gill" in follow.locator(".nb-standalone").inner_text()
    assert "Preet Kaur Gill" in page.inner_text("#nb-sources .nb-standalone")

    refused = ask(page, "What is the capital of France?")
    assert "nb-refused" in refused.get_attribute("class")
    assert "can't answer" in refused.inner_text() and "France" in refused.inner_text()
    panel = page.locator("#nb-sources")
    assert "Not answered" in panel.locator(".nb-reason").inner_text()
    assert "France" in panel.locator(".nb-reason").inner_text()
    assert panel.locator(".nb-source mark").count() == 1  # the nearest passage, highlighted

    # a marker of the first answer brings back that answer's sources
    page.locator(DONE).first.locator("a.nb-cite").first.click()
    page.wait_for_selector("#nb-src-0-1.nb-flash", timeout=5_000)
    assert "Preet Kaur Gill" in page.inner_text("#nb-sources .nb-for")


def test_a_vote_is_saved_and_a_new_chat_clears_the_conversation(page, app):
    ask(page, "What did Preet Kaur Gill say about the report?")
    page.locator("#nb-chat button[aria-label='Like']").first.click()
    db = app["data"] / "feedback.sqlite3"
    deadline = time.monotonic() + 15
    rows = []
    while time.monotonic() < deadline and not rows:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                rows = con.execute("SELECT vote, question, standalone_question, answer, citations FROM feedback").fetchall()
        except sqlite3.OperationalError:  # not written yet
            pass
        time.sleep(0.2)
    assert rows, "no vote in the feedback file"
    vote, q, standalone, answer, citations = rows[-1]
    assert (vote, q) == ("up", "What did Preet Kaur Gill say about the report?")
    assert standalone and "so proud" in answer and "003_e853d6f147eabd0e" in citations

    page.click("#nb-new")
    page.wait_for_function(f"document.querySelectorAll({DONE!r}).length === 0", timeout=10_000)
    page.wait_for_selector("#nb-sources .nb-empty", timeout=10_000)
    assert page.locator("#nb-chat .nb-q").count() == 0


def test_a_too_long_question_is_refused_with_a_clear_message(page):
    page.fill("#nb-question textarea", "why " * 600)
    page.keyboard.press("Enter")
    page.wait_for_selector("text=the question is too long", timeout=10_000)
    assert page.locator("#nb-chat .nb-q").count() == 0


def test_an_uploaded_article_is_listed_and_answerable(page, app):
    msg = upload(page, "wexcombe_bakery.txt", BAKERY)
    assert "Added" in msg and "Little Wexcombe bakery festival" in msg
    assert "Little Wexcombe bakery festival draws record crowds" in page.inner_text("#nb-articles")
    assert (app["seeds"] / "wexcombe_bakery.txt").exists()
    answer = ask(page, "Who won the prize for the best sourdough loaf at the Little Wexcombe festival?")
    assert "Marigold Threlfall" in answer.inner_text()
    assert "wexcombe_bakery" in page.inner_text("#nb-sources")

    bad = upload(page, "notes.txt", "Notes from Little Wexcombe\n\nThe bakers met.".encode("utf-16"))
    assert "notes.txt was not added" in bad and ("binary" in bad or "not UTF-8" in bad)
    assert page.locator("#nb-articles li").count() == 4


def test_article_html_and_links_are_shown_as_text_and_nothing_loads_from_another_host(page, app, requests_seen):
    assert "Added" in upload(page, "quillbrook.txt", HOSTILE)
    page.wait_for_function("document.querySelectorAll('#nb-articles li').length >= 4")
    answer = ask(page, "What did a reader send about the Quillbrook lantern parade?")
    shown = answer.inner_text() + page.inner_text("#nb-sources")
    assert "<img src=http://203.0.113.7/pixel.gif" in shown or "javascript:alert" in shown
    page.wait_for_timeout(1000)
    for root in ("#nb-chat", "#nb-sources", "#nb-articles"):
        assert page.locator(f"{root} img[src*='203.0.113']").count() == 0
        assert page.locator(f"{root} a[href^='javascript']").count() == 0
        assert page.locator(f"{root} script").count() == 0
    assert page.title() != "pwned"
    ours = f"127.0.0.1:{app['port']}"
    foreign = {u for u in requests_seen if urlsplit(u).scheme in ("http", "https", "ws", "wss")
               and urlsplit(u).netloc != ours}
    assert requests_seen and not foreign


def test_the_ask_endpoint_works_from_gradio_client(app):
    from gradio_client import Client

    client = Client(app["url"], verbose=False)
    got = client.predict("What did Preet Kaur Gill say about the report?", [], api_name="/ask")
    assert got["refused"] is False and "so proud" in got["answer"]
    assert got["citations"][0]["source"] == "003_e853d6f147eabd0e" and got["citations"][0]["verified"]
    follow = client.predict("What did she say next?", ["What did Preet Kaur Gill say about the report?"],
                            api_name="/ask")
    assert "Preet Kaur Gill" in follow["standalone_question"]
