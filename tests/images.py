"""Small real images made on the fly for upload and fake-server tests."""

from __future__ import annotations

import io

from PIL import Image


def tiny_png(color: str = "red", size: int = 8) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buf, format="PNG")
    return buf.getvalue()


def tiny_jpeg(color: str = "blue", size: int = 8) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buf, format="JPEG")
    return buf.getvalue()
