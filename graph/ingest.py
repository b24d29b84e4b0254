"""Read text files and clean OCR noise, keeping a map back to original offsets.

Pure functions, no spaCy. ``clean_text`` returns the cleaned string and, for each of
its characters, the offset of the character it came from in the original.
"""
from __future__ import annotations

import errno
import hashlib
import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .records import Document

TEXT_SUFFIXES = (".txt", ".md")

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
           "\u00ab": '"', "\u00bb": '"'}
_DASHES = {"\u2013": "-", "\u2212": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"}
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}

# A printed page's running head on a line of its own, "244 THE OIL OFFENSIVE" or "THE OIL
# OFFENSIVE 245" (capitals and a page number, no comma: a dateline "LONDON, NOV 3" stays),
# set off by a blank line (a headline "500 BOMBERS HIT LEUNA" over its dateline is not).
# The page break may fall inside a sentence, so the blank lines go with it.
_RUNNING_HEAD = re.compile(r"(?P<before>(?:^|\n)[ \t\n]*)"
                           r"(?:\d{1,4}[ \t]+[A-Z][A-Z '\-:&]{3,}[A-Z]|[A-Z][A-Z '\-:&]{3,}[A-Z][ \t]+\d{1,4})"
                           r"(?P<after>[ \t]*(?:\n[ \t]*)*)(?=\n|$)")


def _running_head(m: re.Match) -> str:
    blank_before = m.group("before").count("\n") >= 2 or (m.start() == 0 and "\n" in m.group("before"))
    blank_after = m.group("after").count("\n") >= 1
    return "" if blank_before or blank_after else m.group(0)


# OCR reads the digit one as "l" or "I" and zero as "O" inside numbers: "l944", "1O November".
_OCR_ONE = re.compile(r"(?<![A-Za-z0-9])[lI](?=9\d\d(?!\d))")
_OCR_ZERO = re.compile(r"(?<=\d)O(?=\d|\b)|(?<![A-Za-z])O(?=\d)")

# A line-break hyphenation: "pro- duction", "pro-\nduction" (lower case both sides).
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])|(?<=[a-z])- +(?=[a-z])")
# Footnote markers glued after sentence punctuation or a closing quote: 'disperse.4*"',
# 'illustrated.458', 'oil."15°', '.”42'. Digits (and OCR junk like * ° † ‡) that follow
# . , ; : ! ? or a closing quote directly, and are followed by space, a quote or the end
# (but not the digits of a number: "53,000 tons", "1.5 million").
_FOOTNOTE = re.compile(r"(?<![0-9][.,])(?<=[.,;:!?\"'\u201d\u2019])(\d{1,3}[*°†‡§]?|[*°†‡§]+\d{0,3})(?=[\s\"'\u201c\u201d]|$)")
# Markers glued straight to a word: 'Germany12 ' (letters then digits then space), only
# where the word is alphabetic and the digits are 1-3 long.
_GLUED = re.compile(r"(?<=[a-z]{3})\d{1,3}(?=[\s.,;:]|$)")
# Superscript digits are note marks wherever they stand ("Brüx.³ Speer", "Pölitz¹²"): a printed
# text never writes a number that way (a unit, "m²" or "km²", is left alone).
_SUPERSCRIPT = re.compile(r"(?:(?<=[^\W\d]{3})|(?<=[.,;:!?\"'\u201d\u2019]))[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
# A line wrapped inside a sentence (OCR'd pages keep the printed line breaks): the next line
# goes on in lower case or with a number, or the line stops on a word no sentence or
# catalogue entry ends with. Such a break is a space; other line breaks stay (catalogue
# entries and headlines are one per line).
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
_OPEN_ENDINGS = {"of", "to", "the", "a", "an", "and", "or", "in", "by", "for", "with", "on", "at", "from", "that",
                 "as", "his", "her", "its", "their"}


def _soft_wrap(m: re.Match) -> str:
    text, end = m.string, m.end()
    nxt = text[end:end + 2].lstrip(" \t")
    before = text[max(0, m.start() - 40):m.start()].split()
    last = before[-1].lower() if before else ""
    if nxt[:1].islower() or nxt[:1].isdigit() or nxt[:1] == "(" or last in _OPEN_ENDINGS:
        return " "
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    words = line.split()
    if len(line.strip()) >= _PROSE_LINE and line.rstrip()[-1:] not in _LINE_FINAL and \
            sum(w[:1].islower() for w in words) >= 0.4 * len(words):
        return " "  # a full line of prose that stops mid-sentence ("... writing again on 8 | January, ...")
    return m.group(0)


# A printed line of prose is long and mostly in lower case; a headline, a dateline or a
# heading is short or capitalised, and a catalogue entry ends with a full stop.
_PROSE_LINE = 45
_LINE_FINAL = set(".!?:;\"')]\u201d\u2019")


def _apply(text: str, cmap: list[int], pattern: re.Pattern, repl) -> tuple[str, list[int]]:
    """Replace matches of ``pattern`` keeping the offset map aligned.

    ``repl`` maps a match to its replacement; replaced characters inherit the offset
    of the first character of the match.
    """
    out: list[str] = []
    out_map: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        out_map.extend(cmap[pos:m.start()])
        r = repl(m)
        out.append(r)
        out_map.extend([cmap[m.start()]] * len(r))
        pos = m.end()
    out.append(text[pos:])
    out_map.extend(cmap[pos:len(text)])
    return "".join(out), out_map


def clean_text(original: str) -> tuple[str, list[int]]:
    """Clean OCR'd text. Returns (text, char_map) with ``len(char_map) == len(text) + 1``.

    >>> clean_text("pro- duction")[0]
    'production'
    >>> clean_text('to rebuild and disperse.4*" That')[0]
    'to rebuild and disperse." That'
    >>> clean_text("\u201cHe said\u201d \u2014 no")[0]
    '"He said" - no'
    >>> clean_text("his letter to Harris of\\n6 November, argued\\nthat")[0]
    'his letter to Harris of 6 November, argued that'
    >>> clean_text("Letter from Portal, 1944.\\nMinute by Bufton")[0]
    'Letter from Portal, 1944.\\nMinute by Bufton'
    >>> clean_text("hit Leuna and Br\u00fcx.\u00b3 Speer called it")[0]
    'hit Leuna and Br\u00fcx. Speer called it'
    >>> clean_text("the un\ufb01nished Novem-\\n\\n244 THE OIL OFFENSIVE\\n\\nber raids")[0]
    'the unfinished November raids'
    """
    chars: list[str] = []
    cmap: list[int] = []
    for i, ch in enumerate(original):
        if ch in _INVISIBLE:
            continue
        ch = _QUOTES.get(ch, _DASHES.get(ch, ch))
        if ch in _LIGATURES:  # "unﬁnished": the letters the typesetter joined
            ch = _LIGATURES[ch]
        elif ch == "\u2014":  # em dash: keep it a separate token
            ch = " - "
        elif ch == "\r":
            continue
        elif unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t":
            ch = " "
        for c in ch:
            chars.append(c)
            cmap.append(i)
    text = "".join(chars)
    text, cmap = _apply(text, cmap, _RUNNING_HEAD, _running_head)
    text, cmap = _apply(text, cmap, _OCR_ONE, lambda m: "1")
    text, cmap = _apply(text, cmap, _OCR_ZERO, lambda m: "0")
    text, cmap = _apply(text, cmap, _HYPHEN_BREAK, lambda m: "")
    text, cmap = _apply(text, cmap, _FOOTNOTE, lambda m: "")
    text, cmap = _apply(text, cmap, _GLUED, lambda m: "")
    text, cmap = _apply(text, cmap, _SUPERSCRIPT, lambda m: "")
    text, cmap = _apply(text, cmap, _LINE_BREAK, _soft_wrap)
    text, cmap = _apply(text, cmap, re.compile(r"[ \t]{2,}"), lambda m: " ")
    # (a closing line break is no word, but the parser reads ahead: "attacked rail yards near
    # Vienna.\n" parsed with the yards a modifier of Vienna)
    text, cmap = _apply(text, cmap, re.compile(r"\s+\Z"), lambda m: "")
    cmap.append(len(original))
    return text, cmap


_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF", b"BZh",
          b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf")


def looks_binary(data: bytes) -> bool:
    """Known binary signatures, or more than 10% NUL/control bytes in the first 8 KB (a
    stray NUL in an OCR'd text is cleaned, not refused)."""
    head = data[:8192]
    if head.startswith(_MAGIC):
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > (0.10 if len(head) >= 64 else 0.30)


_MD_LINE = re.compile(r"^([ \t]*(?:#{1,6}|>+|[-*+]|\d+[.)])[ \t]+)", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`+)")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE)


def blank_markdown(text: str) -> str:
    r"""Replace Markdown markup (heading hashes, list bullets, quote marks, emphasis, table
    pipes and rules) by spaces. The length does not change, so offsets stay exact.

    >>> blank_markdown("## Letters\n- **Letter from Portal** | 1944")
    '   Letters\n    Letter from Portal     1944'
    """
    def spaces(m: re.Match) -> str:
        return " " * len(m.group(0))

    text = _MD_TABLE_RULE.sub(spaces, text)
    text = _MD_LINE.sub(spaces, text)
    text = _MD_EMPHASIS.sub(spaces, text)
    return text.replace("|", " ")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, falling back to cp1252/latin-1 with a warning."""
    warnings: list[str] = []
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), [f"{path}: decoded as UTF-16"]
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            warnings.append(f"{path}: not valid UTF-8; decoded as Windows-1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            warnings.append(f"{path}: not valid UTF-8; decoded as Latin-1")
    return text, warnings


def doc_id_for(path: Path, data: bytes) -> str:
    """A stable id: the file stem plus a short content hash (safe for IRIs)."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.stem)[:60].strip("_") or "doc"
    return f"{stem}_{hashlib.sha1(data).hexdigest()[:8]}"


def read_document(path: Path, max_bytes: int | None = None) -> Document:
    """Read and clean one file. Raises InputError with a one-line reason."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"{path}: file is larger than the limit of {max_bytes} bytes")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    original, warnings = decode(data, str(path))
    if not original.strip():
        warnings.append(f"{path}: empty file, skipped")
    text, cmap = clean_text(blank_markdown(original) if path.suffix.lower() == ".md" else original)
    return Document(doc_id=doc_id_for(path, data), path=str(path), original=original, text=text,
                    char_map=tuple(cmap), warnings=tuple(warnings))


def collect_paths(paths: list[Path]) -> list[Path]:
    """Expand folders recursively into sorted .txt/.md files. Raises InputError."""
    files: list[Path] = []
    for p in paths:
        if p.is_symlink() and not p.exists():
            try:
                p.stat()
            except OSError as e:
                if e.errno == errno.ELOOP:
                    raise InputError(f"{p}: symbolic link loop") from None
            raise InputError(f"{p}: broken symbolic link")
        if not p.exists():
            raise InputError(f"{p}: no such file or directory")
        if p.is_dir():
            try:
                found = sorted(f for f in p.rglob("*") if f.suffix.lower() in TEXT_SUFFIXES and f.is_file())
            except OSError as e:
                raise InputError(f"{p}: cannot list folder ({e.strerror or e})") from None
            files.extend(found)
        else:
            files.append(p)
    if not files:
        raise InputError("no .txt or .md files found in " + ", ".join(str(p) for p in paths))
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique
