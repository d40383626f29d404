"""The errors the bot and knowledge-base API answer with (codes are stable: clients branch on them).

The knowledge library raises its own plain errors (knowledge/errors.py); `knowledge_errors()` turns each
into the typed HTTP error below with the same code and message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from knowledge import errors as kb
from server.core.errors import AppError, BadRequest, NotFound, RateLimited, ServiceUnavailable, UnsupportedMediaType


class KnowledgeNotReady(ServiceUnavailable):
    code = "bot.knowledge_not_ready"
    message = "知识库正在加载，请稍后再试"


class AskRateLimited(RateLimited):
    code = "bot.rate_limited"
    message = "提问过于频繁，请稍后再试"


class QuestionNotFound(NotFound):
    """An unanswered question that does not exist (the generic `not_found` code, as before)."""

    message = "问题不存在"


class DocumentNotFound(NotFound):
    code = kb.DocumentNotFound.code
    message = kb.DocumentNotFound.message


class NoArticles(BadRequest):
    code = kb.NoArticles.code
    message = kb.NoArticles.message


class UnsupportedFile(UnsupportedMediaType):
    code = kb.UnsupportedFile.code
    message = kb.UnsupportedFile.message


class UnreadableFile(BadRequest):
    code = kb.UnreadableFile.code
    message = kb.UnreadableFile.message


KNOWLEDGE_ERRORS: dict[type[kb.KnowledgeError], type[AppError]] = {
    kb.DocumentNotFound: DocumentNotFound,
    kb.NoArticles: NoArticles,
    kb.UnsupportedFile: UnsupportedFile,
    kb.UnreadableFile: UnreadableFile,
}


@contextmanager
def knowledge_errors() -> Iterator[None]:
    """Run knowledge-library calls; their errors leave as the matching HTTP errors (details kept)."""
    try:
        yield
    except kb.KnowledgeError as exc:
        raise KNOWLEDGE_ERRORS[type(exc)](details=exc.details or None) from None
