"""Issue 7, item 5: renderers and redaction on arbitrary input.

- Rendering escapes whatever text it is given: any string put in a review field comes
  back from the Markdown and Word outputs as the same characters, and never as mark-up
  in the HTML.
- Redaction never crashes on arbitrary text and never leaves an identifier it reported.
"""

from __future__ import annotations

import io

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sardoc.content import load_review
from sardoc.paths import data_dir
from sardoc.render import Rendering, render_docx, render_html, render_markdown
from sardoc.sources import docx as docx_reader
from sardoc.sources import markdown as md_reader

REVIEW = load_review(data_dir("samples") / "adult-a" / "review.yaml")
TEMPLATES = data_dir("templates")

# Printable text on one line, with the characters mark-up cares about made likely.
TEXT = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"])
        | st.sampled_from(list("<>&\"'*_[]()#`|\\{}%!-+.:")),
        min_size=1,
        max_size=80,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: len(s) > 0)
)


def with_conclusion(text: str):
    return REVIEW.model_copy(update={"conclusions": text})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_markdown_and_html_keep_any_text_exactly(text):
    # A Markdown character reference ("&amp;") would be read as the character, so
    # the property is about text as people type it, not entity syntax.
    assume("&" not in text or ";" not in text)
    job = Rendering(with_conclusion(text), "sar-report", False, TEMPLATES)
    md = render_markdown(job)
    doc = md_reader.read(data_dir("samples") / "x.md", md.encode("utf-8"))
    section = [p.text for p in doc.paragraphs if p.section[-1:] == ("15. Conclusions",)]
    assert section[-1] == text
    page = render_html(job, md)
    from lxml import html as lh

    tree = lh.fromstring(page)
    conclusions = tree.xpath("//h2[.='15. Conclusions']/following-sibling::p[1]")[0]
    assert conclusions.text_content() == text
    assert not conclusions.getchildren()  # no mark-up made from the text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_word_keeps_any_text_exactly(text):
    assume("&" not in text or ";" not in text)
    job = Rendering(with_conclusion(text), "sar-report", False, TEMPLATES)
    data = render_docx(job)
    doc = docx_reader.read(data_dir("samples") / "x.docx", data)
    assert any(p.text == text for p in doc.paragraphs)
    assert io.BytesIO(data).getbuffer().nbytes > 0


NAMEISH = st.lists(
    st.sampled_from(
        [
            "Mrs Okafor",
            "Jane Hughes",
            "07700 900123",
            "NT4 2AB",
            "Adult C",
            "the GP",
            "943 476 5919",
            "born 4 March 1941",
            "jane@example.org",
            "Rosewood Care Home",
            "visited",
            "and",
            "said",
            ".",
            ",",
            "\n\n",
        ]
    ),
    min_size=1,
    max_size=25,
).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(NAMEISH, st.text(max_size=300)))
def test_redaction_never_crashes_and_leaves_nothing_it_found(tmp_path_factory, body):
    from sardoc.api import check
    from sardoc.errors import SardocError
    from sardoc.redact import redact_file

    folder = tmp_path_factory.mktemp("fuzz")
    src = folder / "draft.md"
    src.write_text("# Review\n\n" + body + "\n", encoding="utf-8")
    out = folder / "out.md"
    try:
        summary = redact_file(src, out)
    except SardocError:
        return  # refused clearly (for example text that is not text)
    left = [f for f in check([out]).findings if f.rule_id.startswith("PII")]
    assert summary.remaining == len(left) == 0
