"""The session-wide network guard: loopback works, anything else fails before a packet is sent."""
from __future__ import annotations

import socket
import threading

import pytest


@pytest.mark.parametrize("address", [("10.255.255.1", 80), ("192.0.2.1", 443)])
def test_non_loopback_connections_are_refused_by_the_guard(address):
    with pytest.raises(OSError, match="network guard"):
        socket.create_connection(address, timeout=1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match="network guard"):
            s.connect_ex(address)
    finally:
        s.close()


def test_loopback_is_allowed():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    got = []
    t = threading.Thread(target=lambda: got.append(server.accept()[0].recv(5)))
    t.start()
    with socket.create_connection(("127.0.0.1", port), timeout=2) as c:
        c.sendall(b"hello")
    t.join(5)
    server.close()
    assert got == [b"hello"]
