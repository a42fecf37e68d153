"""Probing: does a Kafka broker answer, is a port free."""

from __future__ import annotations

import socket
import struct

# Probing


def api_versions_ok(host: str, port: int, timeout: float = 2.0) -> bool:
    """True when ``host:port`` answers a Kafka ApiVersions (v0) request without error."""
    correlation_id = 0x5753
    client_id = b"wirestream-broker"
    body = struct.pack(">hhih", 18, 0, correlation_id, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(struct.pack(">i", len(body)) + body)
            head = _recv_exact(sock, 4)
            size = struct.unpack(">i", head)[0]
            if not 6 <= size <= 1 << 20:
                return False
            payload = _recv_exact(sock, size)
    except OSError:
        return False
    got_id, error_code = struct.unpack(">ih", payload[:6])
    return got_id == correlation_id and error_code == 0


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed")
        buf += chunk
    return bytes(buf)


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def hostport(host: str, port: int) -> str:
    """``host:port``, with an IPv6 host in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
