"""Reading an article from disk: whatever arrives, a clean text or one clear error.

Fact-checkers paste what they find: UTF-8 with or without a BOM, Windows code pages, saved web pages,
Markdown. Text is decoded (the encoding detected when it is not UTF-8), HTML reduced to its visible
text, Markdown markup removed, and line endings normalised; everything else (PDF, Word and other
document containers are named as such) is an `InputError` carrying the exit code the CLI returns.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # ~4M words: far past any article, short of a runaway file

EXIT_INPUT = 2  # bad input: missing, empty, binary, undecodable, too large


class InputError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# Documents a fact-checker may pass as they downloaded them: their text is inside a container this tool
# does not open, so say what the file is and how to get text out of it, rather than "binary".
_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document: extract its text first (e.g. `pdftotext FILE.pdf FILE.txt`)"),
    (b"PK\x03\x04", "a ZIP container (.docx, .odt, .epub, ...): save or export it as plain text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc): save it as plain text first"),
    (b"{\\rtf", "an RTF document: save it as plain text first"),
)


def decode(data: bytes, name: str = "input") -> str:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")  # a BOM or blank lines may precede the signature
    for signature, what in _DOCUMENT_SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"{name}: {what}")
    if b"\x00" in data[:8192] and not _is_utf16(data):
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif _is_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: looks like UTF-16 but does not decode: {exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # charset-normalizer always proposes something; demand a plausible text, not a guess at noise
    if best is None or best.chaos > 0.2:
        raise InputError(f"{name}: not valid UTF-8 and no text encoding fits it (binary or corrupt file?)")
    return str(best)


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The plain text of an article file (HTML and Markdown reduced to their text)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{p}: {size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    text = to_plain_text(decode(data, str(p)), suffix=p.suffix.lower())
    if not text.strip():
        raise InputError(f"{p}: empty (no text to compare)")
    return text


def to_plain_text(text: str, suffix: str = "") -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in (".html", ".htm", ".xhtml") or looks_like_html(text):
        return html_to_text(text)
    if suffix in (".md", ".markdown") or looks_like_markdown(text):
        return markdown_to_text(text)
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(p|div|body|article|h[1-6])[\s>]", head))


def looks_like_markdown(text: str) -> bool:
    lines = text.splitlines()[:200]
    marks = sum(bool(re.match(r"\s{0,3}(#{1,6} |[-*+] |\d+\. |> )", line)) for line in lines)
    links = len(re.findall(r"\[[^\]\n]+\]\([^)\n]+\)", text[:20000]))
    return marks >= 2 or links >= 2 or bool(re.search(r"^\s{0,3}#{1,6} \S", text[:2000], re.M))


class _VisibleText(HTMLParser):
    BLOCK = frozenset(
        {
            "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
            "article", "header", "footer", "figure", "figcaption", "blockquote", "pre", "title", "aside", "nav",
            "main", "dd", "dt",
        }
    )  # fmt: skip
    HIDDEN = frozenset(["script", "style", "noscript", "template", "head", "svg"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(text: str) -> str:
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    return _tidy_blocks("".join(parser.parts))


def markdown_to_text(text: str) -> str:
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)  # headings stay as their own line
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)  # an image keeps its alt text
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", line)
        line = re.sub(r"`([^`]+)`", r"\1", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):  # a horizontal rule
            line = ""
        out.append(html.unescape(line))
    return _tidy_blocks("\n".join(out))


def _tidy_blocks(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
