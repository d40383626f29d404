"""The language-model path: build the chat model, read its [n] markers, keep the valid ones."""

from __future__ import annotations

import re
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel

from bot.schemas import ABSTAIN_MESSAGE
from bot.verify import Claim
from knowledge.index import Hit

_MARKER = re.compile(r"[\[［【](\d{1,2})[\]］】]")


@dataclass(frozen=True, slots=True)
class ModelOutput:
    """The model's answer with markers renumbered to what survived, and its claims."""

    text: str
    claims: tuple[Claim, ...]
    abstained: bool


def chat_model(base_url: str, model: str, api_key: str | None = None,
               timeout_s: float = 30.0) -> BaseChatModel:
    """An OpenAI-compatible chat model (langchain-openai), imported only when configured."""
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    return ChatOpenAI(base_url=base_url, model=model, api_key=SecretStr(api_key or "none"),
                      temperature=0, timeout=timeout_s, max_retries=1)


def read_markers(text: str, hits: list[Hit]) -> ModelOutput:
    """Keep markers that point at a provided article; drop the others from the text."""
    if ABSTAIN_MESSAGE in text or not text.strip():
        return ModelOutput(ABSTAIN_MESSAGE, (), True)
    used: list[int] = []

    def keep(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(hits):
            return ""
        if n not in used:
            used.append(n)
        return f"[{n}]"

    cleaned = _MARKER.sub(keep, text).strip()
    claims = tuple(Claim(hits[n - 1].document.doc_id, hits[n - 1].article.key, marker=n) for n in used)
    return ModelOutput(cleaned, claims, False)
