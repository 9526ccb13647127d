"""User text is shown literally where Qt guesses HTML: tool tips and the case summary escape
markup and entities, keep line breaks, and leave any script alone."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.views.browser.summary_html import esc
from desktop.views.literal import literal_tooltip


@given(st.text())
def test_no_markup_survives_escaping(text):
    for out in (esc(text), literal_tooltip(text)):
        assert "<" not in out.replace("<br>", "").replace("<p>", "").replace("</p>", "")


def test_markup_and_entities_stay_literal():
    assert esc('<b>"R&D"</b> it\'s &amp;') == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; it&#x27;s &amp;amp;"
    assert literal_tooltip("a<br>b\n芯片") == "<p>a&lt;br&gt;b<br>芯片</p>"
