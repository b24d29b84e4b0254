"""Date expressions: find them in text and turn them into XSD literals.

>>> [d.value for d in find_dates("launched on May 12, 1944, and another on 28 May")]
['1944-05-12', '--05-28']
>>> find_dates("Portal's 22 December reply", default_year=1944)[0].value
'1944-12-22'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(1[6-9]\d\d|20\d\d)"
PATTERNS = [
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MON}\s*,?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}\s*,?\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MON}\s+{_YEAR}\b")),
    ("dm", re.compile(rf"\b{_DAY}\s+{_MON}(?!\w)")),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*\d)")),
    ("y", re.compile(rf"\b(?:in|of|during|since|until|by)\s+{_YEAR}\b")),
    # a month alone dates a document only after "of" ("a German report of December")
    ("m", re.compile(rf"\bof\s+{_MON}(?![\w.])(?!\s*,?\s*\d)")),
]
YEAR_RE = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str  # lexical form of the XSD literal
    datatype: str  # XSD local name: date, gYearMonth, gMonthDay, gYear, gMonth


def _fmt(kind: str, g: tuple[str, ...], default_year: int | None) -> tuple[str, str] | None:
    if kind == "dmy":
        d, m, y = int(g[0]), MONTHS[g[1].lower().rstrip(".")], int(g[2])
    elif kind == "mdy":
        m, d, y = MONTHS[g[0].lower().rstrip(".")], int(g[1]), int(g[2])
    elif kind == "my":
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower().rstrip('.')]:02d}", "gYearMonth"
    elif kind == "dm":
        d, m, y = int(g[0]), MONTHS[g[1].lower().rstrip(".")], default_year
    elif kind == "m":
        m = MONTHS[g[0].lower().rstrip(".")]
        return (f"{default_year:04d}-{m:02d}", "gYearMonth") if default_year else (f"--{m:02d}", "gMonth")
    elif kind == "md":
        m, d, y = MONTHS[g[0].lower().rstrip(".")], int(g[1]), default_year
    else:
        return g[0], "gYear"
    if not 1 <= d <= 31:
        return None
    if y is None:
        return f"--{m:02d}-{d:02d}", "gMonthDay"
    return f"{y:04d}-{m:02d}-{d:02d}", "date"


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """All non-overlapping dates in ``text``; a missing year is taken from ``default_year``."""
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if kind in ("y", "m"):
                s = m.start(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            # "May" is also a verb/name: require a day or year with it (the patterns do)
            val = _fmt(kind, m.groups(), default_year)
            if val is None:
                continue
            taken.append((s, e))
            out.append(DateMatch(s, e, text[s:e], val[0], val[1]))
    return sorted(out, key=lambda d: d.start)


def years_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every four-digit year, to infer the year of '22 December'."""
    return [(m.start(), int(m.group(1))) for m in YEAR_RE.finditer(text)]
