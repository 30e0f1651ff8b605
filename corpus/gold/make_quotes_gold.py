#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the Marsad gold set of quotations and time expressions from its annotated sources.

Sources (UTF-8, in source/): quotes-dev.txt, quotes-test.txt

Paragraph markup:
  @@ qdev-01 2021-07-28        starts a paragraph: its id and publication date (what relative
                               dates resolve against); the text may span several lines, joined
                               with one space; a line "¶" is a paragraph break (two newlines)
  <<T:value|surface>>          a time expression and its ISO 8601 value
  [[Qn:kind:speaker|content]]  quotation n: kind direct|indirect|mixed, the speaker's id
                               (an actor id such as per:mustafa-al-kadhimi, role:<name> for a
                               speaker named only by a role, or - for none), its content
  {{Cn|surface}}               the cue of quotation n
  {{S:id|surface}}             where the text names a speaker (any occurrence may be marked;
                               a speaker is right when the system's speaker overlaps one of
                               these with the quotation's id)
  Markup nests (a time inside a quotation). Lines starting with '#' are comments.

Usage: python3 make_quotes_gold.py   (writes quotes-dev.jsonl, quotes-test.jsonl and checks them)
Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = [("quotes-dev.txt", "quotes-dev.jsonl"), ("quotes-test.txt", "quotes-test.jsonl")]
OPEN = re.compile(r"<<T:([^|]+)\||\[\[Q(\d+):(direct|indirect|mixed):([^|]+)\||\{\{C(\d+)\||\{\{S:([^|]+)\|")
CLOSERS = {">>": "T", "]]": "Q", "}}": "CS"}
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|T\d{2}:\d{2})(/(\d{4}(-\d{2}(-\d{2})?)?|T\d{2}:\d{2}))?$")


def parse(marked, pid):
    text, stack, times, quotes, cues, speakers = [], [], [], {}, {}, []
    i = 0
    while i < len(marked):
        m = OPEN.match(marked, i)
        if m:
            stack.append((m, len(text)))
            i = m.end()
            continue
        two = marked[i:i + 2]
        if two in CLOSERS and stack:
            m, start = stack.pop()
            kind = m.group(0)[:3]
            end = len(text)
            if kind.startswith("<<"):
                if not VALUE.match(m.group(1)):
                    raise ValueError(f"{pid}: bad time value {m.group(1)}")
                times.append({"start": start, "end": end, "value": m.group(1)})
            elif kind.startswith("[[Q"):
                speaker = None if m.group(4) == "-" else m.group(4)
                quotes[int(m.group(2))] = {"start": start, "end": end, "kind": m.group(3), "speaker": speaker}
            elif kind.startswith("{{C"):
                cues[int(m.group(5))] = {"start": start, "end": end}
            else:
                speakers.append({"start": start, "end": end, "id": m.group(6)})
            i += 2
            continue
        text.append(marked[i])
        i += 1
    if stack:
        raise ValueError(f"{pid}: unclosed markup {stack[-1][0].group(0)}")
    text = "".join(text)
    out = []
    for n in sorted(quotes):
        if n not in cues:
            raise ValueError(f"{pid}: quotation {n} has no cue")
        q = quotes[n]
        q["text"] = text[q["start"]:q["end"]]
        q["cue"] = dict(cues[n], text=text[cues[n]["start"]:cues[n]["end"]])
        if q["speaker"] and not any(s["id"] == q["speaker"] for s in speakers):
            raise ValueError(f"{pid}: speaker {q['speaker']} of quotation {n} is never marked")
        out.append(q)
    for t in times:
        t["text"] = text[t["start"]:t["end"]]
    for s in speakers:
        s["text"] = text[s["start"]:s["end"]]
    return text, sorted(times, key=lambda t: t["start"]), out, speakers


def paragraphs(path):
    pid, date, lines = None, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.startswith("@@"):
                if pid:
                    yield pid, date, lines
                _, pid, date = line.split()
                lines = []
            elif line.strip():
                lines.append(line.strip())
    if pid:
        yield pid, date, lines


def join(lines):
    out = ""
    for line in lines:
        if line == "¶":
            out += "\n\n"
        else:
            out += ("" if not out or out.endswith("\n") else " ") + line
    return out


def main():
    for source, target in SPLITS:
        records = []
        for pid, date, lines in paragraphs(os.path.join(HERE, "source", source)):
            text, times, quotes, speakers = parse(join(lines), pid)
            records.append({"id": pid, "published": date, "text": text, "quotes": quotes, "times": times,
                            "speakers": speakers})
        with open(os.path.join(HERE, target), "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{target}: {len(records)} paragraphs, {sum(len(r['quotes']) for r in records)} quotations, "
              f"{sum(len(r['times']) for r in records)} time expressions", file=sys.stderr)


if __name__ == "__main__":
    main()
