#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the Marsad gold entity set from the annotated sources.

Sources (UTF-8, in source/):
  dev.txt, test.txt, local.txt   paragraphs with inline markup
  actors.tsv          registry: id <TAB> type <TAB> English name <TAB> real|invented

Paragraph markup:
  @@ dev-01                    starts a paragraph (text may span several lines,
                               lines are joined with one space)
  [[P:id|surface]]             PERSON mention      (O: ORGANIZATION, L: LOCATION)
  {{title}}                    role/title of the PERSON mention that follows it
                               (only whitespace may separate them); the title may
                               itself contain [[...]] mentions
  Proclitics stay outside the brackets: و[[P:joe-biden|بايدن]],
  ل[[O:united-nations|لأمم المتحدة]] (for "للأمم المتحدة").
  Lines starting with '#' before the first '@@' are comments.

Usage:
  python3 make_gold.py            regenerate entities-dev.jsonl / entities-test.jsonl /
                                  entities-local.jsonl and validate them
  python3 make_gold.py --check    validate the existing JSONL files only
  python3 make_gold.py --ids      also print every id with its distinct mention texts
Standard library only.
"""
import json
import os
import re
import sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source")
SPLITS = [("dev", "entities-dev.jsonl"), ("test", "entities-test.jsonl"),
          ("local", "entities-local.jsonl")]
TYPES = {"P": "PERSON", "O": "ORGANIZATION", "L": "LOCATION"}
VALID_TYPES = set(TYPES.values())
PROCLITICS = set("وفبلك")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class MarkupError(Exception):
    pass


def read_registry():
    reg = {}
    with open(os.path.join(SRC, "actors.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise MarkupError(f"actors.tsv:{n}: expected 4 tab-separated fields")
            aid, typ, name, kind = parts
            if aid in reg:
                raise MarkupError(f"actors.tsv:{n}: duplicate id {aid}")
            if typ not in VALID_TYPES or kind not in ("real", "invented"):
                raise MarkupError(f"actors.tsv:{n}: bad type/kind")
            reg[aid] = (typ, name, kind)
    return reg


def read_source(path):
    paras, cur, buf = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("@@"):
                if cur is not None:
                    paras.append((cur, " ".join(buf)))
                cur, buf = s[2:].strip(), []
            elif cur is None:
                if s and not s.startswith("#"):
                    raise MarkupError(f"{path}: text before first @@")
            elif s:
                buf.append(s)
    if cur is not None:
        paras.append((cur, " ".join(buf)))
    return paras


def render(pid, raw):
    """Strip markup; return (text, entities)."""
    out, ents = [], []
    length = 0
    i, n = 0, len(raw)
    role_open = None          # output offset where an open {{ started
    pending = None            # (role_text, role_end_offset) awaiting a PERSON
    while i < n:
        if raw.startswith("[[", i):
            j = raw.find("]]", i)
            if j < 0:
                raise MarkupError(f"{pid}: unclosed [[")
            inner = raw[i + 2:j]
            m = re.match(r"^([POL]):([^|\]]+)\|([^|\]]+)$", inner)
            if not m:
                raise MarkupError(f"{pid}: bad entity markup [[{inner}]]")
            tag, eid, surface = m.groups()
            start = length
            out.append(surface)
            length += len(surface)
            ent = {"start": start, "end": length, "text": surface,
                   "type": TYPES[tag], "id": eid}
            if role_open is None and pending is not None:
                role_text, role_end = pending
                between = "".join(out)[role_end:start]
                if tag != "P" or between.strip():
                    raise MarkupError(f"{pid}: role {{{{{role_text}}}}} not directly before a PERSON")
                ent["role"] = role_text
                pending = None
            ents.append(ent)
            i = j + 2
        elif raw.startswith("{{", i):
            if role_open is not None or pending is not None:
                raise MarkupError(f"{pid}: nested or unconsumed role")
            role_open = length
            i += 2
        elif raw.startswith("}}", i):
            if role_open is None:
                raise MarkupError(f"{pid}: }} without {{")
            role_text = "".join(out)[role_open:length].strip()
            pending = (role_text, length)
            role_open = None
            i += 2
        else:
            ch = raw[i]
            if ch in "[]{}|":
                raise MarkupError(f"{pid}: stray markup character {ch!r} at {i}")
            out.append(ch)
            length += 1
            i += 1
    if role_open is not None or pending is not None:
        raise MarkupError(f"{pid}: role without following PERSON")
    text = "".join(out)
    if text != text.strip() or "  " in text:
        raise MarkupError(f"{pid}: irregular whitespace")
    return text, ents


def build():
    for split, fname in SPLITS:
        paras = read_source(os.path.join(SRC, split + ".txt"))
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for pid, raw in paras:
                text, ents = render(pid, raw)
                f.write(json.dumps({"id": pid, "text": text, "entities": ents},
                                   ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- validation

def load(fname):
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_letter(ch):
    return ch.isalpha()


def validate(show_ids=False):
    reg = read_registry()
    errors, warnings = [], []
    id_type = {}
    id_texts = defaultdict(Counter)
    id_splits = defaultdict(set)
    stats = {}
    all_docs = {}
    seen_pids = set()
    for split, fname in SPLITS:
        docs = load(fname)
        all_docs[split] = docs
        type_counts = Counter()
        roles = 0
        words = []
        for d in docs:
            pid, text, ents = d["id"], d["text"], d["entities"]
            if pid in seen_pids:
                errors.append(f"duplicate paragraph id {pid}")
            seen_pids.add(pid)
            nw = len(text.split())
            words.append(nw)
            if not 50 <= nw <= 110:
                warnings.append(f"{pid}: {nw} words (outside 50-110)")
            sents = [s for s in re.split(r"[.!?؟](?=\s|$)", text) if s.strip()]
            if not 2 <= len(sents) <= 5:
                warnings.append(f"{pid}: {len(sents)} sentences")
            prev_end = -1
            for e in sorted(ents, key=lambda e: e["start"]):
                s, t = e["start"], e["end"]
                if text[s:t] != e["text"]:
                    errors.append(f"{pid}: offset mismatch {e}")
                if s < prev_end:
                    errors.append(f"{pid}: overlapping spans at {s}")
                prev_end = t
                if e["type"] not in VALID_TYPES:
                    errors.append(f"{pid}: bad type {e['type']}")
                if not ID_RE.match(e["id"]):
                    errors.append(f"{pid}: bad id {e['id']}")
                if "role" in e:
                    roles += 1
                    if e["type"] != "PERSON":
                        errors.append(f"{pid}: role on non-PERSON {e}")
                    elif not text[:s].rstrip().endswith(e["role"]):
                        errors.append(f"{pid}: role not directly before {e['text']}")
                if id_type.setdefault(e["id"], e["type"]) != e["type"]:
                    errors.append(f"{pid}: id {e['id']} used with two types")
                if e["id"] not in reg:
                    errors.append(f"{pid}: id {e['id']} not in actors.tsv")
                elif reg[e["id"]][0] != e["type"]:
                    errors.append(f"{pid}: id {e['id']} type differs from actors.tsv")
                # boundaries: only proclitics may precede inside the word,
                # and the span must end at a word boundary
                w = s
                while w > 0 and is_letter(text[w - 1]):
                    w -= 1
                prefix = text[w:s]
                if len(prefix) > 3 or any(c not in PROCLITICS for c in prefix):
                    errors.append(f"{pid}: span {e['text']!r} preceded by {prefix!r}")
                if t < len(text) and is_letter(text[t]):
                    errors.append(f"{pid}: span {e['text']!r} ends inside a word")
                if e["text"] != e["text"].strip():
                    errors.append(f"{pid}: span has outer whitespace")
                type_counts[e["type"]] += 1
                id_texts[e["id"]][e["text"]] += 1
                id_splits[e["id"]].add(split)
        stats[split] = (len(docs), type_counts, roles, words)

    # possibly missed mentions: known surface forms occurring outside any span
    surfaces = {t for c in id_texts.values() for t in c if len(t) >= 3}
    for split, docs in all_docs.items():
        for d in docs:
            text = d["text"]
            covered = [(e["start"], e["end"]) for e in d["entities"]]
            for sf in surfaces:
                for m in re.finditer(re.escape(sf), text):
                    s, t = m.span()
                    if any(a <= s and t <= b for a, b in covered):
                        continue
                    w = s
                    while w > 0 and is_letter(text[w - 1]):
                        w -= 1
                    if any(c not in PROCLITICS for c in text[w:s]) or len(text[w:s]) > 3:
                        continue
                    if t < len(text) and is_letter(text[t]):
                        continue
                    warnings.append(f"{d['id']}: unannotated {sf!r} at {s}")

    unused = sorted(set(reg) - set(id_texts))
    if unused:
        warnings.append("registry ids never used: " + ", ".join(unused))

    if show_ids:
        print("== ids and their distinct mention texts ==")
        for aid in sorted(id_texts, key=lambda a: (id_type[a], a)):
            forms = " | ".join(f"{t} ({c})" for t, c in id_texts[aid].most_common())
            kind = reg.get(aid, ("", "", "?"))[2]
            print(f"{id_type[aid][:3]} {aid} [{kind}; {'+'.join(sorted(id_splits[aid]))}]: {forms}")
        print()

    print("== counts ==")
    total = Counter()
    for split, (n, tc, roles, words) in stats.items():
        total.update(tc)
        print(f"{split}: {n} paragraphs, {sum(tc.values())} mentions "
              f"(PERSON {tc['PERSON']}, ORGANIZATION {tc['ORGANIZATION']}, "
              f"LOCATION {tc['LOCATION']}), {roles} with role, "
              f"words/paragraph {min(words)}-{max(words)} (mean {sum(words)/len(words):.0f})")
    print(f"all: {sum(total.values())} mentions (PERSON {total['PERSON']}, "
          f"ORGANIZATION {total['ORGANIZATION']}, LOCATION {total['LOCATION']})")
    by_type = Counter(id_type.values())
    shared = [a for a in id_splits if {"dev", "test"} <= id_splits[a]]
    multi = [a for a in id_splits if len(id_splits[a]) > 1]
    invented = [a for a in id_texts if reg.get(a, ("", "", ""))[2] == "invented"]
    print(f"distinct actors: {len(id_texts)} (PERSON {by_type['PERSON']}, "
          f"ORGANIZATION {by_type['ORGANIZATION']}, LOCATION {by_type['LOCATION']}); "
          f"{len(shared)} occur in both dev and test; "
          f"{len(multi)} in more than one split; {len(invented)} invented")
    singleton = sum(1 for a in id_texts if sum(id_texts[a].values()) == 1)
    print(f"actors with one mention only: {singleton}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return not errors


def main():
    args = sys.argv[1:]
    try:
        if "--check" not in args:
            build()
        ok = validate(show_ids="--ids" in args)
    except MarkupError as ex:
        print("MARKUP ERROR:", ex)
        sys.exit(2)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
