"""Lesson media files: stored under MEDIA_DIR/learning with unguessable names, served back by name."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path

from server.core.errors import NotFound, UnsupportedMediaType

# The kinds of file a lesson may carry, by the type the browser declares (checked against the bytes).
_TYPES = {
    "video/mp4": (".mp4", (b"ftyp",)),
    "audio/mpeg": (".mp3", (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")),
    "audio/mp4": (".m4a", (b"ftyp",)),
    "audio/x-m4a": (".m4a", (b"ftyp",)),
    "application/pdf": (".pdf", (b"%PDF",)),
}
_NAME = re.compile(r"^[0-9a-f]{32}\.(mp4|mp3|m4a|pdf)$")
CONTENT_TYPES = {".mp4": "video/mp4", ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".pdf": "application/pdf"}


class MediaNotFound(NotFound):
    code = "learning.media_not_found"
    message = "文件不存在"


class BadMedia(UnsupportedMediaType):
    code = "learning.bad_media"
    message = "只支持 MP4 视频、MP3/M4A 音频和 PDF 文档"


def _matches(content: bytes, magics: tuple[bytes, ...]) -> bool:
    head = content[:12]
    return any(head.startswith(m) or (m == b"ftyp" and head[4:8] == m) for m in magics)


async def save(media_dir: Path, content_type: str, content: bytes) -> str:
    """Write the file and return its public URL path."""
    kind = _TYPES.get(content_type.split(";")[0].strip().lower())
    if kind is None or not _matches(content, kind[1]):
        raise BadMedia()
    name = f"{uuid.uuid4().hex}{kind[0]}"
    folder = media_dir / "learning"

    def write() -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)

    await asyncio.to_thread(write)
    return f"/api/v1/learning/media/{name}"


def path_of(media_dir: Path, name: str) -> tuple[Path, str]:
    path = media_dir / "learning" / name
    if not _NAME.match(name) or not path.is_file():
        raise MediaNotFound()
    return path, CONTENT_TYPES[path.suffix]
