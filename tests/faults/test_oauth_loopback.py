"""The OAuth loopback receiver under hostile requests (issue 14, item 5). Any local program
or web page can reach 127.0.0.1, so while a login waits, the receiver gets: a wrong path, a
callback with no state and one with a forged state, a 1 MB query, a client that sends a
byte a second, and 200 connections at once. Through all of it, the real callback from the
browser is answered at once and ends the login with its code; nothing else does."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from antigravity_tray.core import loopback
from antigravity_tray.core.google import GoogleEndpoints
from antigravity_tray.core.oauth import LoginFlow

from support.helpers import free_port

REAL_CALLBACK_SECONDS = 1.0  # how long the browser may wait for its page, under attack


@pytest.fixture
def flow():
    login = LoginFlow(GoogleEndpoints(oauth_port=free_port()), timeout=60)
    login.start_receiver()
    yield login
    login.close()


def url(flow: LoginFlow, path: str = "/oauth-callback") -> str:
    return f"http://127.0.0.1:{flow.endpoints.oauth_port}{path}"


def raw(flow: LoginFlow) -> socket.socket:
    return socket.create_connection(("127.0.0.1", flow.endpoints.oauth_port), timeout=30)


def status_of(reply: bytes) -> int | None:
    first = reply.split(b"\r\n", 1)[0].split()
    return int(first[1]) if len(first) > 1 and first[1].isdigit() else None


def the_real_callback_lands(flow: LoginFlow) -> float:
    """The browser's callback: answered with the closing page, and the login gets its code.
    How long the browser waited, in seconds."""
    started = time.monotonic()
    reply = requests.get(url(flow), params={"code": "4/real-code", "state": flow.state}, timeout=10)
    waited = time.monotonic() - started
    assert reply.status_code == 200 and "close this tab" in reply.text
    assert flow.wait_for_code() == "4/real-code"
    return waited


def test_strays_and_forgeries_are_refused_and_do_not_end_the_login(flow):
    assert requests.get(url(flow, "/"), timeout=5).status_code == 404
    assert requests.get(url(flow, "/oauth-callback/../admin"), timeout=5).status_code == 404
    assert requests.get(url(flow), params={"code": "stolen"}, timeout=5).status_code == 400  # no state
    assert requests.get(url(flow), params={"code": "forged", "state": "guess"}, timeout=5).status_code == 400
    assert requests.post(url(flow), data={"code": "x", "state": flow.state}, timeout=5).status_code == 501
    assert the_real_callback_lands(flow) < REAL_CALLBACK_SECONDS


def test_a_one_megabyte_query_is_refused_without_harm(flow):
    query = "code=" + "A" * (1 << 20) + f"&state={flow.state}"
    with raw(flow) as client:
        try:
            client.sendall(f"GET /oauth-callback?{query} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            reply = client.recv(4096)
        except (BrokenPipeError, ConnectionResetError):
            reply = b""  # cut off while sending: the receiver stopped reading at 64 KB
    assert reply == b"" or status_of(reply) == 414
    assert the_real_callback_lands(flow) < REAL_CALLBACK_SECONDS


def test_a_client_sending_a_byte_a_second_is_cut_off_and_never_blocks_the_real_one(flow, monkeypatch):
    trickled = []

    def trickle() -> None:
        with raw(flow) as client:
            try:
                for byte in b"GET /oauth-callback?code=slow&state=" + flow.state.encode():
                    client.sendall(bytes([byte]))
                    trickled.append(time.monotonic())
                    time.sleep(1.0)
            except (BrokenPipeError, ConnectionResetError):
                pass
            trickled.append("cut off")

    started = time.monotonic()
    slow = threading.Thread(target=trickle, daemon=True)
    slow.start()
    time.sleep(2.5)  # the slow client is mid-request
    assert the_real_callback_lands(flow) < REAL_CALLBACK_SECONDS
    slow.join(loopback.REQUEST_SECONDS + 5)
    assert trickled[-1] == "cut off"
    lasted = trickled[-2] - started
    print(f"\nthe slow client was cut off after {lasted:.1f} s and {len(trickled) - 1} bytes")
    assert lasted <= loopback.REQUEST_SECONDS + 2


def test_two_hundred_connections_at_once_leave_room_for_the_real_callback(flow):
    port = flow.endpoints.oauth_port
    threads_before = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(100)]  # hold, say nothing

    def stray(n: int) -> int:
        return requests.get(url(flow, f"/probe-{n}"), timeout=30).status_code

    try:
        with ThreadPoolExecutor(max_workers=100) as pool:
            strays = pool.map(stray, range(100))  # and 100 requests at once, all answered
            real = requests.get(url(flow), params={"code": "4/real-code", "state": flow.state}, timeout=10)
            assert set(strays) == {404}
        waited = real.elapsed.total_seconds()
        assert real.status_code == 200 and flow.wait_for_code() == "4/real-code"
    finally:
        for client in idle:
            client.close()
    print(f"\nthe real callback under 200 connections: answered in {waited * 1000:.0f} ms")
    assert waited < REAL_CALLBACK_SECONDS
    deadline = time.monotonic() + loopback.REQUEST_SECONDS + 5
    while threading.active_count() > threads_before + 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert threading.active_count() <= threads_before + 2  # every connection's thread has ended


def test_everything_at_once(flow):
    """The cases above together, then the real callback, then more strays: the first real
    callback is the one the login keeps."""
    held = [raw(flow) for _ in range(50)]
    slow = raw(flow)
    slow.sendall(b"GET /oauth-callback?co")
    big = raw(flow)
    try:
        big.sendall(b"GET /oauth-callback?code=" + b"B" * (1 << 20))
    except (BrokenPipeError, ConnectionResetError):
        pass
    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            forged = list(
                pool.map(
                    lambda n: requests.get(url(flow), params={"code": f"f{n}", "state": f"s{n}"}, timeout=30),
                    range(40),
                )
            )
        assert {reply.status_code for reply in forged} == {400}
        real = requests.get(url(flow), params={"code": "4/real-code", "state": flow.state}, timeout=5)
        assert real.status_code == 200 and real.elapsed.total_seconds() < REAL_CALLBACK_SECONDS
        late = requests.get(url(flow), params={"code": "4/late", "state": flow.state}, timeout=5)
        assert late.status_code == 409  # a replay after the login got its code
        assert flow.wait_for_code() == "4/real-code"
    finally:
        for client in [*held, slow, big]:
            client.close()
