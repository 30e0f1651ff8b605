#!/usr/bin/env python3
"""Trains Marsad's learned NER network and exports it to ONNX.

Reads what `./marsad train-ner` wrote (every input feature is computed by Marsad's Java code, so
tagging computes it the same way): ANERcorp's train and test splits as one line per token
(key, stem, morphology, coarse class, fine class, shape, name lists, gold tag), and fastText
vectors learned from SaudiNewsNet. Writes tagger.onnx (the network, emission scores per token)
and tagger.json.gz (vocabularies, CRF transitions) for org.marsad.ner.neural.

Reproducible: fixed seeds, and PyTorch's CPU kernels are deterministic for these layers.
"""
import argparse
import gzip
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

TAGS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
SHAPES = ["ar", "ar+", "ar-p", "alnum", "num", "lat", "punct"]
MAX_CHARS = 16
PAD, UNK = 0, 1


def read_tagged(path):
    """Documents of sentences of token rows (lists of the eight fields)."""
    documents, sentence = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "#document":
                documents.append([])
            elif line == "":
                if sentence:
                    documents[-1].append(sentence)
                sentence = []
            else:
                sentence.append(line.split("\t"))
    return documents


def read_vectors(path, limit):
    """The `limit` most frequent words of a fastText .vec file and their vectors."""
    words, vectors = [], []
    with open(path, encoding="utf-8") as f:
        count, dim = map(int, f.readline().split())
        for line in f:
            parts = line.rstrip().split(" ")
            if len(parts) != dim + 1:
                continue
            words.append(parts[0])
            vectors.append([float(x) for x in parts[1:]])
            if len(words) == limit:
                break
    return words, torch.tensor(vectors)


class Vocab:
    """Strings to ids: 0 is padding, 1 anything unknown."""

    def __init__(self, items):
        self.items = ["<pad>", "<unk>"] + [i for i in items if i not in ("<pad>", "<unk>")]
        self.index = {s: i for i, s in enumerate(self.items)}

    def get(self, s):
        return self.index.get(s, UNK)

    def __len__(self):
        return len(self.items)


def frequent(values, minimum):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sorted(v for v, c in counts.items() if c >= minimum)


class Encoder:
    """Turns token rows into the network's input tensors; Java's NeuralNer does the same."""

    def __init__(self, words, train_rows):
        self.words = Vocab(words)
        self.chars = Vocab(frequent((c for r in train_rows for c in r[0]), 2))
        self.morphology = Vocab(frequent((r[2] for r in train_rows), 2))
        self.coarse = Vocab(frequent((r[3] for r in train_rows), 1))
        self.fine = Vocab(frequent((r[4] for r in train_rows), 1))
        self.shapes = Vocab(SHAPES)
        self.lists = sorted({l for r in train_rows for l in r[6].split(" ") if l != "-"})
        self.list_index = {l: i for i, l in enumerate(self.lists)}

    def word(self, key, stem):
        i = self.words.get(key)
        return i if i != UNK else self.words.get(stem)

    def encode(self, sentence):
        n = len(sentence)
        chars = torch.zeros(n, MAX_CHARS, dtype=torch.long)
        lists = torch.zeros(n, len(self.lists))
        for t, r in enumerate(sentence):
            for c, ch in enumerate(r[0][:MAX_CHARS]):
                chars[t, c] = self.chars.get(ch)
            for l in r[6].split(" "):
                if l in self.list_index:
                    lists[t, self.list_index[l]] = 1.0
        return dict(
            word=torch.tensor([self.word(r[0], r[1]) for r in sentence]),
            stem=torch.tensor([self.words.get(r[1]) for r in sentence]),
            chars=chars,
            morphology=torch.tensor([self.morphology.get(r[2]) for r in sentence]),
            coarse=torch.tensor([self.coarse.get(r[3]) for r in sentence]),
            fine=torch.tensor([self.fine.get(r[4]) for r in sentence]),
            shape=torch.tensor([self.shapes.get(r[5]) for r in sentence]),
            lists=lists,
        )

    def description(self):
        return dict(words=self.words.items, chars=self.chars.items, morphology=self.morphology.items,
                    coarse=self.coarse.items, fine=self.fine.items, shapes=self.shapes.items, lists=self.lists,
                    maxChars=MAX_CHARS)


INPUTS = ["word", "stem", "chars", "morphology", "coarse", "fine", "shape", "lists"]


class TokenEncoder(nn.Module):
    """Each token's vector: frozen fastText vectors of the word and its stem, a character CNN,
    and embeddings of its morphology, classes, shape and name lists."""

    def __init__(self, encoder, vectors, tune_vectors=False, dropout=0.5, char_dim=24, char_filters=48, width=128):
        super().__init__()
        table = torch.cat([torch.zeros(2, vectors.shape[1]), vectors])
        if tune_vectors:
            self.vectors = nn.Parameter(table)
        else:
            # Half precision halves the model file; frozen vectors lose nothing by it.
            self.register_buffer("vectors", table.half())
        self.char_embed = nn.Embedding(len(encoder.chars), char_dim, padding_idx=PAD)
        self.char_conv = nn.Conv1d(char_dim, char_filters, kernel_size=3, padding=1)
        self.morphology = nn.Embedding(len(encoder.morphology), 32)
        self.coarse = nn.Embedding(len(encoder.coarse), 16)
        self.fine = nn.Embedding(len(encoder.fine), 32)
        self.shape = nn.Embedding(len(encoder.shapes), 8)
        self.lists = nn.Linear(len(encoder.lists), 32)
        features = 2 * vectors.shape[1] + char_filters + 32 + 16 + 32 + 8 + 32
        # One projection of the concatenation: the sequence layers above then read `width`
        # numbers a token instead of ~370, which is most of their cost at tagging time.
        self.project = nn.Linear(features, width)
        self.dropout = nn.Dropout(dropout)
        self.dim = width

    def forward(self, word, stem, chars, morphology, coarse, fine, shape, lists):
        b, t, c = chars.shape
        x = self.char_embed(chars.reshape(b * t, c)).transpose(1, 2)
        x = self.char_conv(x)
        # Max over positions, with padded positions held out.
        mask = (chars.reshape(b * t, 1, c) > 0)
        x = torch.where(mask, x, torch.full_like(x, -1e4)).max(dim=2).values
        x = torch.where(x < -1e3, torch.zeros_like(x), x).reshape(b, t, -1)
        x = torch.cat([
            F.embedding(word, self.vectors).float(), F.embedding(stem, self.vectors).float(), x,
            self.morphology(morphology), self.coarse(coarse), self.fine(fine), self.shape(shape), torch.relu(self.lists(lists)),
        ], dim=-1)
        return torch.relu(self.project(self.dropout(x)))


class BiLstmTagger(nn.Module):
    def __init__(self, encoder, vectors, tune_vectors=False, hidden=100, dropout=0.5):
        super().__init__()
        self.tokens = TokenEncoder(encoder, vectors, tune_vectors, dropout)
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(self.tokens.dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, word, stem, chars, morphology, coarse, fine, shape, lists, lengths=None):
        x = self.dropout(self.tokens(word, stem, chars, morphology, coarse, fine, shape, lists))
        if lengths is not None:
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        else:
            h, _ = self.lstm(x)
        return self.out(self.dropout(h))


class CnnTagger(nn.Module):
    """Dilated convolutions (Strubell et al., 2017): every position at once, no recurrence."""

    def __init__(self, encoder, vectors, tune_vectors=False, width=128, dilations=(1, 2, 4, 1), dropout=0.5):
        super().__init__()
        self.tokens = TokenEncoder(encoder, vectors, tune_vectors, dropout)
        self.dropout = nn.Dropout(dropout)
        self.convs = nn.ModuleList(nn.Conv1d(width, width, 3, padding=d, dilation=d) for d in dilations)
        self.out = nn.Linear(width, len(TAGS))

    def forward(self, word, stem, chars, morphology, coarse, fine, shape, lists, lengths=None):
        x = self.dropout(self.tokens(word, stem, chars, morphology, coarse, fine, shape, lists))
        mask = (word >= 0).unsqueeze(1).float() if lengths is None else (
            torch.arange(word.shape[1]).unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(1).float()
        h = x.transpose(1, 2) * mask
        for conv in self.convs:
            h = (h + torch.relu(conv(self.dropout(h)))) * mask
        return self.out(self.dropout(h.transpose(1, 2)))


class Crf(nn.Module):
    """Linear-chain CRF over the emissions: start, transition and end scores."""

    def __init__(self, k):
        super().__init__()
        self.start = nn.Parameter(torch.zeros(k))
        self.transitions = nn.Parameter(torch.zeros(k, k))
        self.end = nn.Parameter(torch.zeros(k))

    def nll(self, emissions, tags, mask):
        b, t, k = emissions.shape
        score = self.start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + emissions[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            step = self.transitions[tags[:, i - 1], tags[:, i]] + emissions[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + emissions[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        lengths = mask.sum(1).long()
        score = score + self.end[tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)]
        return (torch.logsumexp(alpha + self.end, dim=1) - score).sum()

    def decode(self, emissions):
        """Best tag sequence of one sentence's emissions [t, k]."""
        score = self.start + emissions[0]
        back = []
        for i in range(1, emissions.shape[0]):
            total = score.unsqueeze(1) + self.transitions
            best, idx = total.max(0)
            back.append(idx)
            score = best + emissions[i]
        score = score + self.end
        tag = int(score.argmax())
        path = [tag]
        for idx in reversed(back):
            tag = int(idx[tag])
            path.append(tag)
        return path[::-1]


def batches(items, size, rng):
    order = list(range(len(items)))
    rng.shuffle(order)
    # Sentences of like length together, in shuffled groups: less padding, still random.
    chunks = [order[i:i + size * 20] for i in range(0, len(order), size * 20)]
    out = []
    for chunk in chunks:
        chunk.sort(key=lambda i: len(items[i][0]["word"]))
        out.extend(chunk[i:i + size] for i in range(0, len(chunk), size))
    rng.shuffle(out)
    return out


def collate(group):
    n = max(len(x["word"]) for x, _ in group)
    batch = {}
    for name in INPUTS:
        first = group[0][0][name]
        shape = (len(group), n) + tuple(first.shape[1:])
        t = torch.zeros(shape, dtype=first.dtype)
        for j, (x, _) in enumerate(group):
            t[j, :len(x[name])] = x[name]
        batch[name] = t
    tags = torch.zeros(len(group), n, dtype=torch.long)
    mask = torch.zeros(len(group), n)
    for j, (_, y) in enumerate(group):
        tags[j, :len(y)] = y
        mask[j, :len(y)] = 1
    return batch, tags, mask, mask.sum(1).long()


def spans(tags):
    out, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            out.add((start, i, kind))
            start = None
        if tag != "O" and start is None:
            start, kind = i, tag[2:]
    return out


def f1(gold, predicted):
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        gs, ps = spans(g), spans(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    return 100 * 2 * precision * recall / max(1e-9, precision + recall)


def predict(model, crf, encoded):
    model.eval()
    out = []
    with torch.no_grad():
        for x, _ in encoded:
            emissions = model(**{k: v.unsqueeze(0) for k, v in x.items()})[0]
            out.append([TAGS[i] for i in crf.decode(emissions)])
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--work", required=True)
    p.add_argument("--out")
    p.add_argument("--arch", default="bilstm", choices=["bilstm", "cnn"])
    p.add_argument("--dev", action="store_true")
    p.add_argument("--epochs", type=int, default=25)
    p.add_argument("--vocabulary", type=int, default=120000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tune-vectors", action="store_true", help="train the fastText vectors too")
    p.add_argument("--dropout", type=float, default=0.33)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)

    train_docs = read_tagged(os.path.join(args.work, "anercorp-train.tsv"))
    train = [s for d in train_docs for s in d]
    if args.dev:
        cut = len(train) * 9 // 10
        train, held_out = train[:cut], train[cut:]
    else:
        held_out = [s for d in read_tagged(os.path.join(args.work, "anercorp-test.tsv")) for s in d]
    words, vectors = read_vectors(os.path.join(args.work, "embeddings.vec"), args.vocabulary)
    encoder = Encoder(words, [r for s in train for r in s])
    tag_index = {t: i for i, t in enumerate(TAGS)}
    encode = lambda sents: [(encoder.encode(s), torch.tensor([tag_index[r[7]] for r in s])) for s in sents]
    train_set, held_set = encode(train), encode(held_out)
    print(f"{len(train_set)} training sentences, {len(held_set)} held out; {len(encoder.words)} words, "
          f"{len(encoder.lists)} list labels", file=sys.stderr)

    tagger = BiLstmTagger if args.arch == "bilstm" else CnnTagger
    model = tagger(encoder, vectors, tune_vectors=args.tune_vectors, dropout=args.dropout)
    crf = Crf(len(TAGS))
    params = [q for q in list(model.parameters()) + list(crf.parameters()) if q.requires_grad]
    optimiser = torch.optim.Adam(params, lr=2e-3)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda e: 1.0 / (1 + 0.05 * e))
    gold = [[TAGS[i] for i in y.tolist()] for _, y in held_set]
    for epoch in range(1, args.epochs + 1):
        model.train()
        start, total = time.time(), 0.0
        for group in batches(train_set, 32, rng):
            batch, tags, mask, lengths = collate([train_set[i] for i in group])
            emissions = model(**batch, lengths=lengths)
            loss = crf.nll(emissions, tags, mask) / len(group)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            optimiser.step()
            total += loss.item() * len(group)
        schedule.step()
        score = f1(gold, predict(model, crf, held_set)) if (args.dev or epoch == args.epochs) else float("nan")
        print(f"epoch {epoch}: loss {total / len(train_set):.3f}, held-out F1 {score:.2f} ({time.time() - start:.0f} s)",
              file=sys.stderr, flush=True)

    if args.out:
        torch.save({"model": model.state_dict(), "crf": crf.state_dict()}, os.path.join(args.work, f"state-{args.arch}{'-dev' if args.dev else ''}.pt"))
        export(model, crf, encoder, held_set[:3], args.out)


class ExportedBiLstm(nn.Module):
    """The BiLSTM tagger as ONNX can run it on a padded batch: the backward direction reads each
    sentence reversed within its own length, so padding never reaches a real token. The same
    weights as the trained bidirectional LSTM, split into its two directions."""

    def __init__(self, trained):
        super().__init__()
        self.tokens, self.out = trained.tokens, trained.out
        lstm = trained.lstm
        self.forward_lstm = nn.LSTM(lstm.input_size, lstm.hidden_size, batch_first=True)
        self.backward_lstm = nn.LSTM(lstm.input_size, lstm.hidden_size, batch_first=True)
        for name in ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"]:
            getattr(self.forward_lstm, name).data.copy_(getattr(lstm, name).data)
            getattr(self.backward_lstm, name).data.copy_(getattr(lstm, name + "_reverse").data)

    def forward(self, word, stem, chars, morphology, coarse, fine, shape, lists, lengths):
        x = self.tokens(word, stem, chars, morphology, coarse, fine, shape, lists)
        t = torch.arange(x.shape[1]).unsqueeze(0)
        reverse = torch.where(t < lengths.unsqueeze(1), lengths.unsqueeze(1) - 1 - t, t)
        index = reverse.unsqueeze(2).expand(-1, -1, x.shape[2])
        forward, _ = self.forward_lstm(x)
        backward, _ = self.backward_lstm(x.gather(1, index))
        backward = backward.gather(1, reverse.unsqueeze(2).expand(-1, -1, backward.shape[2]))
        return self.out(torch.cat([forward, backward], dim=-1))


def export(model, crf, encoder, examples, out):
    """The network to ONNX, taking a batch of padded sentences and their lengths."""
    os.makedirs(out, exist_ok=True)
    model.eval()
    if isinstance(model.tokens.vectors, nn.Parameter):
        tuned = model.tokens.vectors.detach().half()
        del model.tokens.vectors
        model.tokens.register_buffer("vectors", tuned)
    batch, _, _, lengths = collate(examples)
    if isinstance(model, BiLstmTagger):
        exported = ExportedBiLstm(model).eval()
        with torch.no_grad():
            valid = (torch.arange(lengths.max()).unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(2)
            difference = ((exported(**batch, lengths=lengths) - model(**batch, lengths=lengths)).abs() * valid).max().item()
        print(f"on real tokens the exported network differs from the trained one by {difference:.2e} at most", file=sys.stderr)
        model = exported
    inputs = tuple(batch[name] for name in INPUTS) + (lengths,)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    axes["lengths"] = {0: "batch"}
    axes["emissions"] = {0: "batch", 1: "tokens"}
    torch.onnx.export(model, inputs, os.path.join(out, "tagger.onnx"), input_names=INPUTS + ["lengths"],
                      output_names=["emissions"], dynamic_axes=axes, opset_version=13)
    description = encoder.description()
    description.update(tags=TAGS, start=crf.start.tolist(), end=crf.end.tolist(), transitions=crf.transitions.tolist())
    with gzip.open(os.path.join(out, "tagger.json.gz"), "wt", encoding="utf-8") as f:
        json.dump(description, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
