"""A small TCP proxy on 127.0.0.1 that can cut a connection at the worst moment (test-only).

It forwards bytes both ways. When armed, it waits until a ``POST /v1/sync/push`` request has gone to the
portal and the first bytes of the answer come back (so the portal has committed), then resets the
connection to the client instead of passing the answer on: the "lost response after commit" of
sync-protocol.md §8, at the TCP level rather than inside the server. Every cut is counted and bounded.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from urllib.parse import urlsplit


class CuttingProxy:
    def __init__(self, target_url: str) -> None:
        parts = urlsplit(target_url)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.cuts_left = 0
        self.cuts_done = 0
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_next_push_responses(self, count: int) -> None:
        with self._lock:
            self.cuts_left = count

    def close(self) -> None:
        self._closed = True
        self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, timeout=30)
            state = {"push": False}
            threading.Thread(target=self._up, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client, state), daemon=True).start()

    def _up(self, client: socket.socket, upstream: socket.socket, state: dict[str, bool]) -> None:
        try:
            while data := client.recv(65536):
                if data[:4] in (b"POST", b"GET ", b"PUT ", b"DELE"):  # a new request on this connection
                    state["push"] = data.startswith(b"POST /v1/sync/push")
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            _close(upstream)

    def _down(self, upstream: socket.socket, client: socket.socket, state: dict[str, bool]) -> None:
        try:
            while data := upstream.recv(65536):
                if state["push"] and self._take_cut():
                    # SO_LINGER 0: close() sends a reset, as when wifi drops mid-answer.
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    # shutdown first: close() alone would wait for the other thread's blocked recv.
                    with contextlib.suppress(OSError):
                        client.shutdown(socket.SHUT_RDWR)
                    _close(client)
                    return
                client.sendall(data)
        except OSError:
            pass
        finally:
            _close(client)

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cuts_left <= 0:
                return False
            self.cuts_left -= 1
            self.cuts_done += 1
            return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.close()
