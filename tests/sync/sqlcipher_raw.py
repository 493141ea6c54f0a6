"""Read a SQLCipher 4 database file and its WAL page by page, decrypted with the raw key: every byte of
every page, live or free, so a test can search the physical file for text that should be gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4 default page size
RESERVE = 16 + 64  # per page: the IV, then the HMAC-SHA512
SALT = 16  # page 1 starts with the file's salt, in plain


def _decrypt_page(key: bytes, number: int, page: bytes) -> bytes:
    start = SALT if number == 1 else 0
    data = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def pages(db: Path, raw_key_hex: str) -> Iterator[tuple[str, int, bytes]]:
    """(file, page number, plaintext) for each page of the database file and each frame of its WAL."""
    key = bytes.fromhex(raw_key_hex)
    blob = db.read_bytes()
    for i in range(len(blob) // PAGE):
        yield "db", i + 1, _decrypt_page(key, i + 1, blob[i * PAGE : (i + 1) * PAGE])
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        offset = 32  # the WAL header
        while offset + 24 + PAGE <= len(data):
            number = int.from_bytes(data[offset : offset + 4], "big")
            frame = data[offset + 24 : offset + 24 + PAGE]
            if number:
                yield "wal", number, _decrypt_page(key, number, frame)
            offset += 24 + PAGE


def find(db: Path, raw_key_hex: str, needle: str) -> list[tuple[str, int]]:
    """Where ``needle`` occurs in the decrypted pages (UTF-8), as (file, page number)."""
    raw = needle.encode()
    return [(f, n) for f, n, text in pages(db, raw_key_hex) if raw in text]
