"""app.py's edges without a browser: light to import, safe server settings."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, make_settings


def test_importing_app_loads_no_model_and_no_gradio():
    code = "import sys, app; bad = [m for m in ('gradio', 'torch', 'chromadb') if m in sys.modules]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_server_settings_suit_a_chat(tmp_path):
    import app

    kw = app.launch_kwargs(make_settings(tmp_path))
    assert kw["server_name"] == "127.0.0.1" and kw["server_port"] == 7860
    assert kw["auth"] is None
    assert app.CONCURRENCY > 1 and app.QUEUE_MAX > 0
    kw = app.launch_kwargs(make_settings(tmp_path, auth_user="editor", auth_password="s3cret", host="0.0.0.0"))
    assert kw["auth"] == ("editor", "s3cret") and kw["server_name"] == "0.0.0.0"
    assert app.launch_kwargs(make_settings(tmp_path, auth_user="editor"))["auth"] is None  # both or nothing
