"""Spec descriptions -> clean text for docstrings and docs pages.

Pinterest's descriptions mix Markdown with HTML (``<p>``, ``<br>``, ``<ul><li>``, ``<a href>``,
``<strong>``, ``<code>``) and link to pages of its developer site by site-relative paths
(``/docs/reference/pagination/``), which are dead in an IDE tooltip. :func:`clean` turns the HTML
into the Markdown it means, makes links absolute (and corrects a misspelt host) and unwraps hard
line breaks inside paragraphs, so a description reads the same in a tooltip, in ``help()`` and on a docs page.
"""

from __future__ import annotations

import html
import re
import textwrap

#: Where Pinterest's site-relative links point.
SITE = "https://developers.pinterest.com"

_LINK = re.compile(r"""<a\s[^>]*?href=["']([^"']*)["'][^>]*>(.*?)</a\s*>""", re.I | re.S)
_MD_LINK = re.compile(r"\]\((/[^)\s]*)\)")
_INLINE = (
    (re.compile(r"</?(strong|b)\s*>", re.I), "**"),
    (re.compile(r"</?(em|i)\s*>", re.I), "*"),
    (re.compile(r"</?code\s*>", re.I), "`"),
)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_PARAGRAPH = re.compile(r"</?p(\s[^>]*)?/?>", re.I)
_ITEM = re.compile(r"<li(\s[^>]*)?>", re.I)
_ITEM_END = re.compile(r"</li\s*>", re.I)
_LIST = re.compile(r"</?(ul|ol)(\s[^>]*)?>", re.I)
#: Any other tag: known ones only, so that a placeholder such as ``<payment_id>`` stays as text.
_OTHER_TAG = re.compile(r"</?(span|div|h[1-6]|table|tr|td|th|tbody|thead|sup|sub|u|s|small)(\s[^>]*)?/?>", re.I)


#: A misspelt host of Pinterest's developer site in the spec (no such site): ``developer.`` for ``developers.``.
_MISSPELT_SITE = re.compile(r"^https?://developer\.pinterest\.com(?=/|$)")


def absolute(url: str) -> str:
    """``url`` as a link that works anywhere: site-relative paths on Pinterest's developer site,
    its misspelt host corrected."""
    return SITE + url if url.startswith("/") else _MISSPELT_SITE.sub(SITE, url)


def clean(text: str) -> str:
    """``text`` with HTML turned into Markdown, site-relative links made absolute, runs of blank
    lines collapsed and common indentation removed."""
    if not text:
        return ""
    text = _LINK.sub(lambda m: f"[{_strip_tags(m.group(2)).strip()}]({absolute(m.group(1))})", text)
    text = _MD_LINK.sub(lambda m: f"]({absolute(m.group(1))})", text)
    for pattern, mark in _INLINE:
        text = pattern.sub(mark, text)
    text = _BREAK.sub("\n", text)
    text = _PARAGRAPH.sub("\n\n", text)
    text = _ITEM.sub("\n- ", text)
    text = _ITEM_END.sub("", text)
    text = _LIST.sub("\n\n", text)
    text = _OTHER_TAG.sub("", text)
    text = html.unescape(text)
    text = textwrap.dedent("\n".join(line.rstrip() for line in text.splitlines()))
    lines = [line.strip() if line.lstrip().startswith("- ") else line for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)
