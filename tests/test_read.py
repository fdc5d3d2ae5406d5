from __future__ import annotations

from pathlib import Path

import pytest

from provenance.read import InputError, html_to_text, markdown_to_text, read_text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        read_text(p)


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_text(p)


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        # a PDF whose first kilobytes happen to be plain ASCII: no NUL byte gives it away
        ("report.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
        ("article.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20, "ZIP container"),
        ("article.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "legacy Office"),
        ("article.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello.}", "RTF document"),
    ],
)
def test_document_formats_are_named(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=says):
        read_text(p)


def test_text_that_mentions_a_pdf_is_text(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("%PDF is how a PDF file starts. PK is how a ZIP file starts.\n")
    assert read_text(p).startswith("%PDF is")


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000)
    with pytest.raises(InputError, match="limit"):
        read_text(p, max_bytes=100)


def test_legacy_encodings_are_detected(tmp_path: Path) -> None:
    russian = "Москва заявила, что переговоры продолжатся в следующем месяце. " * 5
    p = tmp_path / "cp1251.txt"
    p.write_bytes(russian.encode("cp1251"))
    assert read_text(p).strip() == russian.strip()


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    text = "Hà Nội công bố kế hoạch mới.\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    assert read_text(tmp_path / "bom.txt") == text
    assert read_text(tmp_path / "u16.txt") == text


def test_crlf_normalised(tmp_path: Path) -> None:
    p = tmp_path / "win.txt"
    p.write_bytes(b"First line.\r\nSecond line.\r\n")
    assert read_text(p) == "First line.\nSecond line.\n"


def test_html_reduced_to_visible_text() -> None:
    page = (
        "<!doctype html><html><head><title>T</title><script>alert(1)</script>"
        "<style>p{}</style></head><body><h1>Headline</h1><p>First &amp; only "
        "<b>paragraph</b>.</p><figure><figcaption>Photo: Reuters</figcaption></figure></body></html>"
    )
    text = html_to_text(page)
    assert "alert" not in text and "p{}" not in text
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    assert blocks == ["Headline", "First & only paragraph.", "Photo: Reuters"]


def test_markdown_reduced_to_text() -> None:
    md = "# Title\n\nSome **bold** and [a link](http://x.y) text.\n\n- item one\n- item two\n\n---\n"
    text = markdown_to_text(md)
    assert "Title" in text and "Some bold and a link text." in text
    assert "item one" in text and "**" not in text and "](" not in text and "---" not in text
