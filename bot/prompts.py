"""Prompts for the optional language model: answer only from the numbered articles."""

from __future__ import annotations

from langchain_core.prompts import ChatPromptTemplate

from bot.schemas import ABSTAIN_MESSAGE
from knowledge.index import Hit

SYSTEM = (
    "你是党内法规问答助手。只能依据下面编号给出的党内法规条文回答问题，不得使用条文以外的知识，"
    "不得编造条文。回答用简洁的中文，每一句话后面用 [n] 标出所依据条文的编号，可以标多个。"
    f"如果这些条文不能回答问题，只回答：{ABSTAIN_MESSAGE}"
)

HUMAN = "条文：\n{context}\n\n问题：{question}"


def answer_prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([("system", SYSTEM), ("human", HUMAN)])


def context_block(hits: list[Hit]) -> str:
    """The numbered articles the model may cite: [1] 《title》第X条：text."""
    return "\n".join(f"[{n}] {h.citation}：{h.article.text}" for n, h in enumerate(hits, start=1))
