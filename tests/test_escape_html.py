"""``escape_html`` stands in for ``html.escape`` on the start-up path (which must not import
``html``): it must escape exactly the same, for any text."""

from html import escape

from hypothesis import given
from hypothesis import strategies as st

from desktop.views.literal import escape_html, literal_tooltip


@given(st.text())
def test_escapes_exactly_like_the_standard_library(text):
    assert escape_html(text) == escape(text, quote=True)


def test_markup_and_entities_stay_literal():
    assert escape_html('<b>"R&D"</b> it\'s &amp;') == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; it&#x27;s &amp;amp;"
    assert literal_tooltip("a<br>b\n芯片") == "<p>a&lt;br&gt;b<br>芯片</p>"
