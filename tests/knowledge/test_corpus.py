"""The shared regulation corpus parses into exactly its official numbering."""

from __future__ import annotations

from pathlib import Path

from knowledge.corpus import iter_files, load_file, metadata_fields

EXPECTED = {
    "中国共产党章程": 55, "中国共产党支部工作条例（试行）": 37, "中国共产党纪律处分条例": 142,
    "中国共产党党员教育管理工作条例": 46, "中国共产党党和国家机关基层组织工作条例": 43,
    "中国共产党发展党员工作细则": 44, "中国共产党普通高等学校基层组织工作条例": 39,
    "关于中国共产党党费收缴、使用和管理的规定": 33, "中国共产党廉洁自律准则": 8,
    "党史学习教育工作条例": 34, "干部人事档案工作条例": 46, "党政机关厉行节约反对浪费条例": 63,
}


def test_every_file_parses_to_its_official_article_count(corpus_dir: Path) -> None:
    found = {}
    for path in iter_files([corpus_dir]):
        loaded = load_file(path)
        assert loaded.parsed.warnings == [], path.name
        numbers = [a.number for a in loaded.parsed.numbered]
        assert numbers == list(range(1, len(numbers) + 1))
        found[loaded.meta.title] = len(numbers)
    assert found == EXPECTED
    assert sum(found.values()) == 590


def test_headings_of_a_three_level_document(corpus_dir: Path) -> None:
    loaded = load_file(corpus_dir / "中国共产党纪律处分条例.txt")
    first = loaded.parsed.numbered[0]
    assert first.headings == ("第一编 总则", "第一章 指导思想、原则和适用范围")
    chapter_of_party = load_file(corpus_dir / "中国共产党章程.txt").parsed.numbered[0]
    assert chapter_of_party.headings == ("第一章 党员",)


def test_metadata_fields_from_version_lines() -> None:
    fields = metadata_fields(["版本: 中共中央组织部印发（中组发〔2008〕3号），自2008年4月1日起施行"])
    assert fields["doc_number"] == "中组发〔2008〕3号"
    assert fields["issuer"] == "中共中央组织部"
    assert str(fields["effective_date"]) == "2008-04-01"
    later = metadata_fields(["2018年9月21日中共中央政治局会议审议、2018年10月28日中共中央发布施行"])
    assert str(later["effective_date"]) == "2018-10-28"


def test_readme_is_not_ingested(corpus_dir: Path) -> None:
    assert all(p.name.lower() != "readme.md" for p in iter_files([corpus_dir]))
