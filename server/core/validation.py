"""Validation errors in Chinese: each field error names the field by its Chinese label (its `title`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

# pydantic error type → a sentence; {placeholders} come from the error's context.
_MESSAGES: dict[str, str] = {
    "missing": "必须填写",
    "extra_forbidden": "不是可接受的字段",
    "string_type": "应为文本",
    "string_too_short": "至少需要 {min_length} 个字符",
    "string_too_long": "不能超过 {max_length} 个字符",
    "string_pattern_mismatch": "格式不正确",
    "string_unicode": "应为有效的文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_parsing_size": "数值超出范围",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "finite_number": "应为有限的数字",
    "decimal_type": "应为数字",
    "decimal_parsing": "应为数字",
    "decimal_max_digits": "数字位数过多",
    "decimal_max_places": "小数位数不能超过 {decimal_places} 位",
    "decimal_whole_digits": "整数部分位数过多",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "multiple_of": "应为 {multiple_of} 的倍数",
    "bool_type": "应为是或否（true/false）",
    "bool_parsing": "应为是或否（true/false）",
    "literal_error": "应为以下之一：{expected}",
    "enum": "应为以下之一：{expected}",
    "list_type": "应为列表",
    "tuple_type": "应为列表",
    "set_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "too_short": "至少需要 {min_length} 项",
    "too_long": "不能超过 {max_length} 项",
    "date_type": "应为日期（YYYY-MM-DD）",
    "date_parsing": "应为日期（YYYY-MM-DD）",
    "date_from_datetime_parsing": "应为日期（YYYY-MM-DD）",
    "date_from_datetime_inexact": "应为日期，不含时间",
    "date_past": "应为过去的日期",
    "date_future": "应为将来的日期",
    "datetime_type": "应为时间（ISO 8601，如 2026-11-22T09:30:00+08:00）",
    "datetime_parsing": "应为时间（ISO 8601，如 2026-11-22T09:30:00+08:00）",
    "datetime_from_date_parsing": "应为时间（ISO 8601，如 2026-11-22T09:30:00+08:00）",
    "datetime_object_invalid": "时间无效",
    "timezone_aware": "时间须带时区（如 +08:00）",
    "timezone_naive": "时间不应带时区",
    "time_type": "应为时刻（HH:MM）",
    "time_parsing": "应为时刻（HH:MM）",
    "url_type": "应为网址",
    "url_parsing": "应为有效的网址",
    "url_scheme": "网址协议不被接受",
    "url_too_long": "网址过长",
    "uuid_type": "应为 UUID",
    "uuid_parsing": "应为 UUID",
    "json_invalid": "不是有效的 JSON",
    "json_type": "应为 JSON",
    "union_tag_invalid": "类型不正确",
    "union_tag_not_found": "缺少类型字段",
    "none_required": "应为空",
    "bytes_type": "应为文本",
    "recursion_loop": "数据嵌套过深",
}
_FALLBACK = "格式不正确"


def _label_of(info: FieldInfo | None, name: str) -> str:
    if info is not None and info.title:
        return info.title
    return name


def _field_info(model: type[BaseModel] | None, loc: tuple[int | str, ...]) -> tuple[str, FieldInfo | None]:
    """Follow `loc` through nested models; the innermost named field and its info."""
    current: Any = model
    label, info = "", None
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None) if isinstance(current, type) else None
        if not fields or part not in fields:
            return label or str(part), info if fields is None else None
        info = fields[part]
        label = _label_of(info, str(part))
        current = _inner_model(info.annotation)
    return label, info


def _inner_model(annotation: Any) -> Any:
    """The first pydantic model inside list[...] / X | None / ... of an annotation, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _sentence(err: Any) -> str:
    kind = err["type"]
    if kind == "value_error":  # raised by our own validators: their text is already Chinese
        return str(err["msg"]).removeprefix("Value error, ")
    if kind == "assertion_error":
        return str(err["msg"]).removeprefix("Assertion failed, ")
    template = _MESSAGES.get(kind, _FALLBACK)
    ctx = {k: _plain(v) for k, v in (err.get("ctx") or {}).items()}
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template.split("{", 1)[0].rstrip("：，, ") or _FALLBACK


def _plain(value: Any) -> str:
    text = str(value)
    return text.replace("'", "").replace(" or ", "、").replace(", ", "、")


def validation_details(exc: ValidationError, model: type[BaseModel] | None = None) -> dict[str, Any]:
    """Field errors in a stable, client-friendly form: path, label, type and a Chinese sentence (no input echoed)."""
    fields = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(err["loc"])
        label, _ = _field_info(model, loc)
        sentence = _sentence(err)
        fields.append({
            "field": ".".join(str(p) for p in loc),
            "label": label,
            "type": err["type"],
            "message": f"{label}：{sentence}" if label else sentence,
        })
    return {"fields": fields}


def first_message(details: dict[str, Any]) -> str | None:
    """The first field message, to lead the error's own message."""
    fields = details.get("fields") or []
    return str(fields[0]["message"]) if fields else None
