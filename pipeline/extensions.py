"""Custom attributes on ``Doc`` and ``Span``, registered once on import."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS: dict[str, object] = {
    "meta": None,  # dict: id, source, published, publisher, url, title, author_code
    "dateline": None,  # dict: place, place_code, date, start, end
    "author_code": "",
    "sponsorships": None,  # list of dicts, see sponsorships/finder.py
    "acronyms": None,  # dict: acronym -> long form
}

SPAN_EXTENSIONS: dict[str, object] = {
    "norm": "",
    "kind": "",
    "country": "",
    "method": "",
    "title": "",
    "geonameid": "",
    "lat": "",
    "lon": "",
    "date_start": "",
    "date_end": "",
    "precision": "",
    "year_inferred": "",
}


def register() -> None:
    """Register the extensions (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
