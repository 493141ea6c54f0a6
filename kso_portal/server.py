"""Running the portal with uvicorn: in the foreground (``kso-portal serve``) or in a background thread
on 127.0.0.1 with a free port (tests, benchmarks, the desktop's sync tests)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI


@dataclass
class RunningServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def start_in_thread(
    app: FastAPI,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    tls_cert: str | None = None,
    tls_key: str | None = None,
) -> RunningServer:
    """Start uvicorn on ``host`` (port 0: a free one) and return once it accepts connections.

    ``log_config=None`` leaves logging to the host process, so its handlers (pytest's caplog) see
    uvicorn's and the portal's records alike.
    """
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,
        access_log=True,
        lifespan="off",
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="kso-portal", daemon=True)
    thread.start()
    # Started is an event in uvicorn's own loop; poll it (bounded) rather than sleep a fixed time.
    for _ in range(2000):
        if server.started or not thread.is_alive():
            break
        time.sleep(0.005)
    if not server.started:
        server.should_exit = True
        raise RuntimeError("kso-portal did not start")
    sock = server.servers[0].sockets[0]
    bound_host, bound_port = sock.getsockname()[:2]
    scheme = "https" if tls_cert else "http"
    return RunningServer(f"{scheme}://{bound_host}:{bound_port}", server, thread)
