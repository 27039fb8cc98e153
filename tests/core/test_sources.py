from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import DEV, imported_outside_the_lock, needs_dev

from reader.core.analysis import analyze
from reader.core.sections import find_sections
from reader.core.sources import SourceError, decode, open_article, parse

TRADITIONAL = "港大學生會候選會長曾於國家開發銀行、北京科技公司實習。鄭鎮熙稱沒接觸中聯辦。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_simplified_seed_round_trips_through_each_encoding(seed_text: str, encoding: str) -> None:
    assert decode(seed_text.encode(encoding)) == seed_text


def test_gb2312_is_read() -> None:
    text = "广州与深圳两座特大城市的联动，正擦出越来越多的火花。数字经济是增长最活跃的因素。"
    assert decode(text.encode("gb2312")) == text


@needs_dev
def test_big5_traditional_article_is_read() -> None:
    text = (DEV / "articles" / "dev05.txt").read_text(encoding="utf-8")[:600]
    assert decode(text.encode("big5", errors="ignore")) == text.encode(
        "big5", errors="ignore"
    ).decode("big5")
    assert decode(TRADITIONAL.encode("big5")) == TRADITIONAL


def test_utf16_big_endian_with_bom() -> None:
    assert decode(codecs.BOM_UTF16_BE + "中文新闻".encode("utf-16-be")) == "中文新闻"


def test_crlf_and_cr_become_newlines() -> None:
    assert parse("标题\r\n\r\n正文一\r正文二".encode(), source="x").text == "标题\n\n正文一\n正文二"


def test_truncated_utf8_keeps_everything_before_the_cut() -> None:
    data = "数字经济".encode()[:-1]
    assert decode(data) == "数字经\ufffd"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n \xe3\x80\x80\n".replace(b"\xe3\x80\x80", b" "), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        (bytes(range(128, 256)) * 20, "unknown encoding"),
    ],
)
def test_bad_bytes_raise_one_line_errors(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message) as raised:
        parse(data, source="x")
    assert "\n" not in str(raised.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        open_article(str(tmp_path / "missing.txt"))
    with pytest.raises(SourceError, match="is a directory"):
        open_article(str(tmp_path))


def test_bundled_article_opens() -> None:
    document = open_article(None)
    assert document.source == "bundled"
    assert document.text.startswith("广深“双子星”")


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>站点标题</title></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/a">国内新闻</a></li><li><a href="/b">财经频道</a></li></ul></nav>
<article><h1>广深携手共扩湾区数字经济</h1>
<p>交通互联、科创互利、产业互惠……相隔仅100余公里，广州与深圳两座特大城市的联动，正擦出越来越多的火花。</p>
<h2>湾区企业开启数字经济新想象</h2>
<p>在广深两地，基于数字技术的多元化探索，正呈现出百花齐放的新态势。这是一段足够长的正文，用来测试正文提取。</p>
<p>数字技术不仅为交通赋能，还将深度参与医疗产业的升级迭代，研究院在广州得到了长足发展。</p>
</article><footer><p>版权所有 联系我们 广告服务 网站地图</p></footer></body></html>"""


def test_html_keeps_the_article_and_drops_navigation() -> None:
    document = parse(HTML.encode(), source="page.html", suffix=".html")
    assert "首页" not in document.text and "财经频道" not in document.text
    assert "广告服务" not in document.text
    assert document.text.startswith("广深携手共扩湾区数字经济\n\n")
    sections = find_sections(document.text, document.headings)
    assert [s.title for s in sections if s.kind == "body"] == ["湾区企业开启数字经济新想象"]


# An article's HTML saved on its own, as a CMS or a feed hands it out: no <html>, no <body>.
FRAGMENT = """<section class="clearfix" id="content" role="main">
 <div class="region region-content"><div class="node node-article clearfix">
  <div class="submitted"><a class="username" href="/author/7">李明</a> 在 02/06/2014 提交</div>
  <div class="field field-name-body"><div class="field-items"><div class="field-item even">
   <p>市图书馆本周五起延长开放时间，周末晚上也可以借书，引来不少读者关注。馆方表示方便上班族。</p>
   <p>据介绍，新的开放时间从早上九点到晚上十点，周一闭馆整理。读者可以在网上预约座位。</p>
  </div></div></div>
 </div></div>
</section>"""


def test_an_html_fragment_without_a_body_opens_with_its_text() -> None:
    document = parse(FRAGMENT.encode(), source="article.html", suffix=".html")
    assert "市图书馆本周五起延长开放时间" in document.text
    assert "周一闭馆整理。读者可以在网上预约座位。" in document.text
    assert "<p>" not in document.text and "class=" not in document.text


def test_an_html_fragment_piped_in_is_read_as_html() -> None:
    document = parse(FRAGMENT.encode(), source="-")
    assert "市图书馆本周五起延长开放时间" in document.text
    assert "<section" not in document.text and "</p>" not in document.text


SHORT_PAGE = """<html><head><title>新能源车市场观察</title></head><body>
<h1>新能源车市场观察</h1>
<p>今年以来，市场指数一度冲高至17,000点，投资者情绪明显回暖。</p>
<p>工程师李明表示，新一代充电桩的功率将达到三百五十千瓦。</p>
<h2>工期</h2>
<p>整个项目预计需要三年零四个月才能完工。</p>
</body></html>"""


def test_a_short_pages_sub_heading_is_kept_as_a_section_title() -> None:
    document = parse(SHORT_PAGE.encode(), source="page.html", suffix=".html")
    assert [s.title for s in find_sections(document.text, document.headings)][-1] == "工期"
    assert "整个项目预计需要三年零四个月才能完工。" in document.text


def test_text_that_merely_mentions_a_tag_stays_text() -> None:
    text = "网页里的 <p> 标签表示段落，这是一篇讲网页的文章。"
    assert parse(text.encode(), source="-").text == text


# Pretty-printed HTML: each link and each run of text on a line of its own, indented.
PRETTY = """<html><body><article>
 <h1>
  图书馆延长开放时间
 </h1>
 <p>
  自从
  <a href="/news/1">
   市图书馆宣布延长开放时间
  </a>
  ，周末晚上也可以借书了，读者反应热烈。
 </p>
 <p>
  馆长 Jimmy
  Wales 表示，这是为了方便上班族，新的开放时间从早上九点到晚上十点。
 </p>
 <p>
  据介绍，图书馆今年还将新增两个自习室，座位总数达到八百个，读者可以在网上预约座位，也可以现场排队。
  馆方同时提醒读者，
  <strong>
   借书请带好读者证
  </strong>
  ，逾期归还将暂停借阅资格一个月。
 </p>
 <p>
  不少读者对此表示欢迎。一位在附近公司上班的读者说，以前下班后赶到图书馆已经闭馆，现在终于可以在晚上来看书了。
 </p>
</article></body></html>"""


def test_line_breaks_inside_pretty_printed_html_text_join_as_a_browser_joins_them() -> None:
    document = parse(PRETTY.encode(), source="page.html", suffix=".html")
    # no break between Chinese characters: the link is part of its sentence
    assert "自从市图书馆宣布延长开放时间，周末晚上也可以借书了，读者反应热烈。" in document.text
    # a space where Latin letters meet the break
    assert "馆长 Jimmy Wales 表示" in document.text
    assert "馆方同时提醒读者，借书请带好读者证，逾期归还" in document.text
    sections = find_sections(document.text, document.headings)
    assert [s.title for s in sections if s.kind == "body" and s.title] == []


def test_html_of_only_navigation_is_an_error() -> None:
    page = "<html><body><nav><a href='/'>首页</a><a href='/x'>新闻</a></nav></body></html>"
    with pytest.raises(SourceError, match="no article text"):
        parse(page.encode(), source="nav.html", suffix=".html")


def test_markdown_headings_become_section_titles() -> None:
    markdown = (
        "# 总标题\n\n导语第一段，介绍全文。\n\n## 第一部分\n\n正文**一**，"
        "见[链接](http://example.com)。\n\n## 第二部分\n\n正文二。\n"
    )
    document = parse(markdown.encode(), source="a.md", suffix=".md")
    assert "**" not in document.text and "http" not in document.text and "#" not in document.text
    sections = find_sections(document.text, document.headings)
    assert [(s.kind, s.title) for s in sections] == [
        ("title", "总标题"),
        ("lead", None),
        ("body", "第一部分"),
        ("body", "第二部分"),
    ]


def test_a_paragraph_of_sentences_marked_as_a_heading_reads_as_a_paragraph() -> None:
    # a page that marks its paragraphs ## lost their figures: a heading's are not counted
    paragraph = (
        "2016 年 5 月，该市宣布投入 30 亿元改造旧城区，计划三年完成。"
        "截至去年底，已有 120 个小区完工，惠及居民 8 万户。"
    )
    markdown = f"# 总标题\n\n导语第一段，介绍全文。\n\n## {paragraph}\n\n## 第二部分\n\n正文二。\n"
    document = parse(markdown.encode(), source="a.md", suffix=".md")
    article = analyze(document.text, headings=document.headings)
    assert [s.title for s in article.sections if s.kind == "body"] == ["第二部分"]
    assert [f.text for f in article.figures][:3] == ["2016 年 5 月", "30 亿元", "三年"]


def test_markdown_strikethrough_keeps_its_words_and_drops_its_tildes() -> None:
    from reader.core.markup import markdown_to_blocks

    markdown = "原文来自微信号「某某」：~~[一篇旧文](https://example.com)~~\n\n温度约~5度。\n"
    assert markdown_to_blocks(markdown) == [
        ("原文来自微信号「某某」：一篇旧文", False),
        ("温度约~5度。", False),
    ]


def test_bold_after_a_chinese_full_stop_drops_its_asterisks() -> None:
    # CommonMark leaves ** as text where a full stop ends the bold run before a Han character
    from reader.core.markup import markdown_to_blocks

    markdown = "**這已經不是第一次。**主要理由是成本。\n\n5 * 3 = 15，注*。\n"
    assert markdown_to_blocks(markdown) == [
        ("這已經不是第一次。主要理由是成本。", False),
        ("5 * 3 = 15，注*。", False),
    ]


def test_a_markdown_table_reads_as_aligned_rows_not_pipes() -> None:
    from reader.core.markup import markdown_to_blocks

    markdown = (
        "# 标题\n\n| 城市 | GDP（亿元） | 增速 |\n|---|---:|---|\n"
        "| 广州 | 28839 | 4.6% |\n| 深圳 | 32388 | 6.0% |\n"
    )
    table = markdown_to_blocks(markdown)[1][0]
    assert "|" not in table and "---" not in table
    rows = table.split("\n")
    assert [row.split() for row in rows] == [
        ["城市", "GDP（亿元）", "增速"],
        ["广州", "28839", "4.6%"],
        ["深圳", "32388", "6.0%"],
    ]
    # columns line up in terminal cells (城市 is four cells wide, as 广州 is)
    assert (
        len({row.index(cell) for row, cell in zip(rows, ["GDP", "28839", "32388"], strict=True)})
        == 1
    )


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("台东县宣布明天停班停课 | 生活新闻 | 某某新闻云", "台东县宣布明天停班停课"),
        ("海葵台风逼近北台湾│某某新闻网", "海葵台风逼近北台湾"),
        ("两国领导人举行会谈-新华网", "两国领导人举行会谈"),
        ("行动电源爆炸 业者紧急公告再道歉 - 科技", "行动电源爆炸 业者紧急公告再道歉"),
    ],
)
def test_a_pages_title_loses_its_site_and_section(title: str, headline: str) -> None:
    # a page with no heading of its own takes its <title>, without what the site adds to it
    body = "".join(
        f"<p>这是第{n}段足够长的正文，用来测试正文提取，说明一个网页的标题如何成为文章的标题。</p>"
        for n in range(3)
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    )
    document = parse(page.encode(), source="page.html", suffix=".html")
    assert document.text.startswith(headline + "\n\n")


def test_trafilatura_is_first_imported_only_under_the_one_lock() -> None:
    """Pages are read in worker threads (a library's index and the article opened from it can
    run at once), and a package first imported from two threads at once can be seen
    half-initialised. In a fresh interpreter, every first import of trafilatura's own modules
    must happen under the import lock."""
    out = imported_outside_the_lock(
        "trafilatura",
        "from reader.core.sources import parse",
        f"parse({SHORT_PAGE.encode()!r}, source='page.html', suffix='.html')",
    )
    assert out == "none"
