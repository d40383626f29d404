"""Follow-up questions ("那预备党员呢？") rewritten into full questions using the previous turn."""

from __future__ import annotations

import re

from bot.schemas import Turn

_OPENERS = re.compile(r"^(那么|那要是|那如果|那|如果是|要是|假如是|还有|另外|换成|对于)")
_CLOSERS = re.compile(r"(的话|的|又|也|呢|吗|呀|啊|？|\?|。|！)+$")
_PRONOUNS = ("它", "这个", "这条", "该条", "上面", "刚才", "这种情况", "这样")
MAX_FOLLOWUP_CHARS = 14

# Topics that stand for one another in a follow-up ("支委会多久开一次？" → "那党小组会呢？"): a new topic
# replaces the previous question's topic of the same class, so the old topic (and its article) is gone.
TOPIC_CLASSES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "党支部委员会会议",
        "支部委员会会议",
        "党支部党员大会",
        "支委会",
        "支委会会议",
        "党员大会",
        "支部大会",
        "党小组会",
        "组织生活会",
        "民主生活会",
        "党课",
        "主题党日",
        "民主评议党员",
        "民主评议",
    ),
    "body": (
        "党支部委员会",
        "支部委员会",
        "总支部委员会",
        "党的基层委员会",
        "基层委员会",
        "党总支",
        "党支部",
        "党委",
        "党小组",
        "纪委",
        "纪律检查委员会",
        "党组",
        "临时党支部",
    ),
    "member": (
        "正式党员",
        "预备党员",
        "流动党员",
        "离退休党员",
        "退休党员",
        "学生党员",
        "农民党员",
        "下岗失业的党员",
        "入党积极分子",
        "积极分子",
        "发展对象",
        "入党申请人",
        "党支部书记",
        "支部书记",
        "副书记",
        "党小组组长",
        "培养联系人",
        "入党介绍人",
        "介绍人",
        "组织员",
    ),
    "place": ("国有企业", "机关", "农村", "村", "社区", "高校", "学校", "企业", "街道", "乡镇", "事业单位"),
    "sanction": ("严重警告", "警告", "撤销党内职务", "留党察看", "开除党籍"),
}
_CLASS_SUFFIXES = (("会", "meeting"), ("党员", "member"), ("分子", "member"), ("书记", "member"), ("人", "member"))


def is_followup(question: str) -> bool:
    """Short questions that lean on the previous turn for their topic."""
    q = question.strip()
    if any(p in q for p in _PRONOUNS):
        return True
    return len(q) <= MAX_FOLLOWUP_CHARS and bool(_OPENERS.match(q) or re.search(r"呢[？?]?$", q))


def focus(question: str) -> str:
    """What the follow-up is about: the question without openers and closing particles."""
    return _CLOSERS.sub("", _OPENERS.sub("", question.strip())).strip("，, ")


def _shared_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def substitute(previous: str, new: str, words: list[str]) -> str | None:
    """Replace the word of the previous question that plays the role of `new`.

    预备党员 replaces 正式党员 (same head 党员); 村 replaces 机关 only through a head, so
    unrelated words are never swapped.
    """
    best, best_len = None, 1
    for word in words:
        shared = _shared_suffix(word, new)
        if shared > best_len and word != new and word in previous:
            best, best_len = word, shared
    return previous.replace(best, new, 1) if best else None


def topic_class(term: str) -> str | None:
    for name, members in TOPIC_CLASSES.items():
        if term in members:
            return name
    return next((name for suffix, name in _CLASS_SUFFIXES if term.endswith(suffix)), None)


def replace_topic(previous: str, new: str) -> str | None:
    """The previous question with its topic of `new`'s class (the longest one it names) replaced by `new`."""
    kind = topic_class(new)
    if kind is None:
        return None
    present = [t for t in TOPIC_CLASSES[kind] if t in previous and t != new]
    if not present:
        return None
    old = max(present, key=len)
    return previous.replace(old, new, 1)


def rewrite(question: str, history: list[Turn], words: list[str]) -> str:
    """The question to search for: itself, or the previous question adapted to the follow-up.

    `words` are the tokens of the previous query (used to find what to replace).
    """
    if not history or not is_followup(question):
        return question
    previous = history[-1].query
    new = focus(question)
    if not new or any(p in question for p in _PRONOUNS):
        return f"{previous} {question}"
    replaced = replace_topic(previous, new) or substitute(previous, new, words)
    return replaced if replaced else f"{new} {previous}"
