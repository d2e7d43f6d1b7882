"""The rule set the running app tags with, loaded once at start-up."""

from __future__ import annotations

from flask import current_app
from markupsafe import Markup, escape

from app.engine import Classifier
from app.engine.text import word_spans


def classifier() -> Classifier:
    """The classifier built from the app's rule folder."""
    return current_app.extensions["hatcheck.classifier"]


def highlight(text: str, spots: tuple[int, ...]) -> Markup:
    """The text, escaped, with the words at these word positions wrapped in <mark>."""
    spans = word_spans(text)
    marked = sorted(spans[i] for i in spots if i < len(spans))
    out, last = [], 0
    for start, end in marked:
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]),
                Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)
