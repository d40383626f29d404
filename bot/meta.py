"""Questions about the knowledge base itself, answered from document metadata.

"支部工作条例现在还有效吗？" → status, version and dates of that regulation;
"哪些规定涉及党费？" → the regulations (and articles) that mention a topic;
"知识库收录了哪些法规？" → the list of regulations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.evidence import occurs
from knowledge.index import KnowledgeIndex
from knowledge.lexicon import canonical, normalize
from knowledge.query import triggered_rules
from knowledge.records import ArticleRecord, DocumentMeta, may_see

_STATUS = re.compile(r"有效|失效|废止|作废|现行|还能用|还适用|过时|最新|新版|旧版|版本|施行|生效|文号|印发|哪一年|哪年")
_LIST_ALL = re.compile(
    r"(收录|知识库|库里|库中).*(法规|规定|条例|文件)|(法规|规定|条例|文件).*(收录|知识库)"
    r"|^(都)?有(哪些|什么)(党内法规|法规|规定|条例|文件)[？?]?$"
)
_TOPIC = re.compile(
    r"(?:哪些|什么|哪几部|哪部|哪个)(?:党内法规|法规|规定|条例|文件|制度)"
    r"(?:里|中|上)?(?:涉及|提到|讲到|讲了|规定了|谈到|说到|包含|关于|有关)(?:了)?(?P<a>.+)"
    r"|(?:涉及|关于|有关)(?P<b>.+?)的(?:党内法规|法规|规定|条例|文件)(?:有)?(?:哪些|什么)"
)
_EFFECTIVE = re.compile(r"施行|生效|实施|何时|什么时候|哪1?天|哪一天|几号|日期")
# Words a status question may hold besides the status words (…从什么时候开始施行, …现在还有效吗).
_STATUS_FILLER = frozenset({"开始", "现在", "目前", "已经", "是否", "还是", "仍然", "依然"})
_COUNT = re.compile(r"多少|几")
MAX_TITLE_CHARS = 30
MAX_ARTICLES_PER_DOC = 8


@dataclass(frozen=True, slots=True)
class MetaAnswer:
    """A metadata answer: its text and the articles it points to (to be verified)."""

    text: str
    articles: tuple[ArticleRecord, ...] = ()
    found: bool = True


def describe(doc: DocumentMeta) -> str:
    facts = [doc.status]
    if doc.doc_number:
        facts.append(f"文号{doc.doc_number}")
    if doc.issuer:
        facts.append(f"{doc.issuer}发布")
    if doc.effective_date:
        facts.append(f"{doc.effective_date:%Y年%m月%d日}起施行")
    if doc.version > 1:
        facts.append(f"第{doc.version}版")
    if doc.superseded_by:
        facts.append(f"已被{doc.superseded_by}取代")
    return f"《{doc.title}》：" + "，".join(facts) + "。"


def answer_meta(index: KnowledgeIndex, question: str, role: str | None) -> MetaAnswer | None:
    """A metadata answer when the question is about the knowledge base, else None."""
    text = normalize(question)
    named, unknown, masked = index.registry.find(text)
    rest = re.sub(r"[|？?，,。！!\s]", "", masked)
    if (named or unknown) and _STATUS.search(rest) and len(rest) <= MAX_TITLE_CHARS and _only_status(index, rest):
        return _status(index, named, unknown, role, cite_effective=bool(_EFFECTIVE.search(rest)))
    if m := _TOPIC.search(text):
        topic = (m.group("a") or m.group("b") or "").strip("？?。！! ")
        return _topic(index, topic, role) if topic else None
    if _LIST_ALL.search(text) and not named:
        docs = [d for d in index.corpus.documents.values() if d.is_current and may_see(d.visibility, role)]
        listing = "\n".join(f"{i}. 《{d.title}》" for i, d in enumerate(docs, start=1))
        return MetaAnswer(f"知识库现收录{len(docs)}部现行有效的党内法规：\n{listing}")
    return None


def _only_status(index: KnowledgeIndex, rest: str) -> bool:
    """Whether the question, its title masked, asks nothing but the document's status or dates: "现在还有效吗" does;
    "总纲里提到的十一届三中全会是哪一年开的" and "已经废止的…一共有多少条" ask about something else, which the
    status line would not answer."""
    left = _EFFECTIVE.sub("", _STATUS.sub("", rest))
    if _COUNT.search(left):
        return False
    return not [t for t in index.tokenizer.cut(left)
                if len(t) >= 2 and not t.isdigit() and t not in _STATUS_FILLER and index.words.df(t) > 0]


def _status(index: KnowledgeIndex, named: list[str], unknown: list[str], role: str | None,
            cite_effective: bool = False) -> MetaAnswer:
    """Status, version and dates of the named regulations; asked when it takes effect, also the article of the
    current version that says so (quoted and verified like any citation)."""
    lines: list[str] = []
    cited: list[ArticleRecord] = []
    for key in named:
        versions = [d for d in index.documents_named(key) if may_see(d.visibility, role)]
        lines.extend(describe(d) for d in sorted(versions, key=lambda d: -d.version))
        current = [d for d in versions if d.is_current]
        if cite_effective and current:
            article = _effective_article(index, current[0])
            if article is not None:
                cited.append(article)
    if not lines:
        return MetaAnswer("", found=False)
    lines.extend(f"知识库未收录《{name}》。" for name in unknown)
    return MetaAnswer("\n".join(lines), tuple(cited))


def _effective_article(index: KnowledgeIndex, doc: DocumentMeta) -> ArticleRecord | None:
    """The last numbered article of a document that says from when it applies (…起施行 / 施行 / 生效)."""
    stating = [a for a in index.corpus.articles
               if a.doc_id == doc.doc_id and a.number and re.search(r"施行|生效", a.text)]
    return max(stating, key=lambda a: a.number) if stating else None


def _topic(index: KnowledgeIndex, topic: str, role: str | None) -> MetaAnswer:
    rules = triggered_rules(topic, index.tokenizer.lexicon.rules)
    terms = [canonical(topic), *(canonical(e) for r in rules for e in r.expansions)]
    by_doc: dict[str, list[ArticleRecord]] = {}
    for art in index.corpus.articles:
        doc = index.corpus.documents[art.doc_id]
        if not doc.is_current or not may_see(doc.visibility, role) or not art.number:
            continue
        body = canonical(art.text)
        if any(occurs(t, body) >= 1.0 for t in terms):
            by_doc.setdefault(doc.doc_id, []).append(art)
    if not by_doc:
        return MetaAnswer("", found=False)
    lines = [f"涉及“{topic}”的现行党内法规有{len(by_doc)}部："]
    cited: list[ArticleRecord] = []
    for doc_id, arts in sorted(by_doc.items(), key=lambda kv: -len(kv[1])):
        labels = "、".join(a.label for a in arts[:MAX_ARTICLES_PER_DOC])
        more = f"等{len(arts)}条" if len(arts) > MAX_ARTICLES_PER_DOC else ""
        lines.append(f"《{index.corpus.documents[doc_id].title}》{labels}{more}")
        cited.append(arts[0])
    return MetaAnswer("\n".join(lines), tuple(cited))
