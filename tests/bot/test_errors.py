"""Every error of the knowledge library leaves the API as a typed HTTP error with the same code, and the
bot's own errors keep their codes and statuses (clients branch on them)."""

from __future__ import annotations

import pytest

from bot import errors
from knowledge import errors as kb
from server.core.errors import AppError

STATUSES = {
    "knowledge.document_not_found": 404, "knowledge.no_articles": 400, "knowledge.unsupported_format": 415,
    "knowledge.unreadable_file": 400, "bot.rate_limited": 429, "bot.knowledge_not_ready": 503, "not_found": 404,
}


def test_every_knowledge_error_has_an_http_twin_with_its_code_and_message() -> None:
    library = {cls for cls in vars(kb).values() if isinstance(cls, type) and issubclass(cls, kb.KnowledgeError)}
    assert set(errors.KNOWLEDGE_ERRORS) == library - {kb.KnowledgeError}
    for source, http in errors.KNOWLEDGE_ERRORS.items():
        assert (http.code, http.message) == (source.code, source.message)
        assert http.status == STATUSES[http.code]


@pytest.mark.parametrize("http", [errors.AskRateLimited, errors.KnowledgeNotReady, errors.QuestionNotFound])
def test_bot_errors_keep_their_codes_and_statuses(http: type[AppError]) -> None:
    assert STATUSES[http.code] == http.status


def test_a_library_error_is_raised_as_its_http_twin_with_its_details() -> None:
    with pytest.raises(errors.NoArticles) as caught, errors.knowledge_errors():
        raise kb.NoArticles(details={"warnings": [{"code": "no_articles"}]})
    assert caught.value.status == 400 and caught.value.details == {"warnings": [{"code": "no_articles"}]}
    assert caught.value.to_dict()["error"]["code"] == "knowledge.no_articles"
