"""Output safety in a real browser: answers and sources quoting image tags, Markdown images,
`javascript:` links, <script>, <svg onload>, <iframe> and onclick; nothing runs, nothing is
loaded from another host. Debian's Chromium through Playwright, against the session's app."""
from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from tests.reliability.payloads import HOSTILE_QUESTIONS
from tests.reliability.support import record

pytestmark = pytest.mark.browser

DONE = "#nb-chat .nb-a:not(.nb-streaming)"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def test_hostile_markup_in_answers_and_sources_stays_text(app):
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("no chromium on PATH")
    seen: list[str] = []
    shown_markup = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=ARGS)
        try:
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            page.on("request", lambda r: seen.append(r.url))
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(app.url)
            page.wait_for_selector("#nb-question textarea", timeout=60_000)
            for i, q in enumerate(HOSTILE_QUESTIONS):
                page.fill("#nb-question textarea", q)
                page.keyboard.press("Enter")
                page.wait_for_function(f"document.querySelectorAll({DONE!r}).length > {i}", timeout=120_000)
                page.locator(DONE).nth(i).click()  # shows that answer's sources
                page.wait_for_timeout(300)
                text = page.inner_text("#nb-chat") + page.inner_text("#nb-sources")
                shown_markup += any(m in text for m in ("<img", "<script", "javascript:", "![", "<svg", "<iframe"))
            page.wait_for_timeout(1500)
            dom = {}
            for root in ("#nb-chat", "#nb-sources", "#nb-articles"):
                dom[root] = page.evaluate("""root => {
                    const el = document.querySelector(root); if (!el) return null;
                    const all = [...el.querySelectorAll('*')];
                    return {
                      img_foreign: el.querySelectorAll('img[src*="203.0.113"], img[src="x"]').length,
                      script: el.querySelectorAll('script').length,
                      iframe: el.querySelectorAll('iframe').length,
                      svg_onload: el.querySelectorAll('svg[onload]').length,
                      js_links: el.querySelectorAll('a[href^="javascript" i]').length,
                      foreign_links: el.querySelectorAll('a[href*="203.0.113"]').length,
                      on_attrs: all.filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                    };
                }""", root)
            pwned = page.evaluate("window.__pwned || null")
            title = page.title()
        finally:
            browser.close()
    ours = urlsplit(app.url).netloc
    foreign = sorted({u for u in seen if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                      and urlsplit(u).netloc != ours})
    record("output_browser", {"questions": len(HOSTILE_QUESTIONS), "answers_showing_markup_as_text": shown_markup,
                              "scripts_run": 0 if pwned is None and title != "pwned" else 1, "dialogs": dialogs,
                              "foreign_requests": foreign, "page_requests": len(seen), "dom": dom})
    assert shown_markup >= 3  # the markup was really in front of the browser, as text
    assert pwned is None and title != "pwned" and not dialogs
    assert all(v is not None and not any(v.values()) for v in dom.values()), dom
    assert seen and not foreign, foreign
