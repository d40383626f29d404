"""What can go wrong in the knowledge base, as plain exceptions (the domain serving it maps them to HTTP errors).

Each class fixes a stable `code` and a Chinese `message`; bot/errors.py gives every one of them a typed
HTTP error with the same code, so this library needs nothing of the server.
"""

from __future__ import annotations

from typing import Any, ClassVar


class KnowledgeError(Exception):
    """Base of the knowledge base's errors."""

    code: ClassVar[str] = "knowledge.error"
    message: ClassVar[str] = "知识库操作失败"

    def __init__(self, *, details: dict[str, Any] | None = None) -> None:
        self.details = details or {}
        super().__init__(self.message)


class DocumentNotFound(KnowledgeError):
    code = "knowledge.document_not_found"
    message = "文件不存在"


class NoArticles(KnowledgeError):
    code = "knowledge.no_articles"
    message = "未识别到任何条文（第X条），请检查文件内容"


class UnsupportedFile(KnowledgeError):
    code = "knowledge.unsupported_format"
    message = "仅支持 txt、md、docx、pdf、html 文件"


class UnreadableFile(KnowledgeError):
    code = "knowledge.unreadable_file"
    message = "文件无法解析，请确认文件未损坏"
