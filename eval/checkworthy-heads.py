#!/usr/bin/env python3
"""Check-worthiness heads over a `train checkworthy --export DIR` folder (issue 15).

Fits heads on the train rows of DIR, chooses every threshold and every knob on the dev rows,
and reports dev and test (dev-test) precision, recall and F1. The test rows are never used to
choose anything. Needs numpy and scipy.

  eval/checkworthy-heads.py DIR [--embedding minilm|minilm-q] [--only-ct24 CT24_TRAIN_TSV]
"""
import argparse
import re
import sys

import numpy as np
import scipy.optimize
import scipy.sparse as sp


def load(folder, embedding):
    split, label, linear, texts = [], [], [], []
    with open(f"{folder}/sentences.tsv", encoding="utf-8") as f:
        for line in f:
            s, y, p, _id, text = line.rstrip("\n").split("\t", 4)
            split.append(s)
            label.append(int(y))
            linear.append(float(p))
            texts.append(text)
    rows, cols, vals = [], [], []
    with open(f"{folder}/hashed.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            for item in line.split():
                k, v = item.split(":")
                rows.append(i)
                cols.append(int(k))
                vals.append(float(v))
    hashed = sp.csr_matrix((vals, (rows, cols)), shape=(len(split), max(cols) + 1), dtype=np.float64)
    emb = np.fromfile(f"{folder}/emb-{embedding}.f32", dtype="<f4").reshape(len(split), -1).astype(np.float64)
    return np.array(split), np.array(label), np.array(linear), texts, hashed, emb


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def static_embeddings(vocab_dir, embedding, texts, train):
    """Model2Vec-like: each word embedded alone once; a sentence is the SIF-weighted mean of its words."""
    vsplit, _, _, vtexts, _, vemb = load(vocab_dir, embedding)
    table = {w: vemb[i] for i, w in enumerate(vtexts) if vsplit[i] == "test"}
    counts = {}
    for t, is_train in zip(texts, train):
        if is_train:
            for w in WORD.findall(t.lower()):
                counts[w] = counts.get(w, 0) + 1
    total = sum(counts.values())
    out = np.zeros((len(texts), vemb.shape[1]))
    for i, t in enumerate(texts):
        for w in WORD.findall(t.lower()):
            if w in table:
                out[i] += table[w] * (1e-3 / (1e-3 + counts.get(w, 0) / total))
        norm = np.linalg.norm(out[i])
        if norm > 0:
            out[i] /= norm
    return out


def key(text):
    return "".join(c for c in text.lower() if c.isalnum())


def prf(scores, labels, threshold):
    pred = scores >= threshold
    tp = int(np.sum(pred & (labels == 1)))
    fp = int(np.sum(pred & (labels == 0)))
    fn = int(np.sum(~pred & (labels == 1)))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scores, labels):
    best = (-1.0, 0.5)
    for t in np.unique(scores):
        f = prf(scores, labels, t)[2]
        if f > best[0]:
            best = (f, t)
    return best[1]


def logistic(x, y, l2, weight):
    """L2-penalised logistic regression (bias unpenalised), fitted with L-BFGS."""
    n, d = x.shape
    w_pos = np.where(y == 1, weight, 1.0)

    def loss(theta):
        w, b = theta[:d], theta[d]
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        ll = np.sum(w_pos * (np.logaddexp(0, z) - y * z)) / n + 0.5 * l2 * w @ w
        g = w_pos * (p - y) / n
        return ll, np.concatenate([x.T @ g + l2 * w, [g.sum()]])

    theta = scipy.optimize.minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return lambda z: 1 / (1 + np.exp(-(z @ theta[:d] + theta[d])))


def mlp(x, y, xdev, ydev, hidden, seed, epochs=30, rate=1e-3, l2=1e-4, dropout=0.2):
    """One hidden ReLU layer, Adam, the epoch with the best dev F1 kept (early stopping on dev)."""
    rng = np.random.default_rng(seed)
    d = x.shape[1]
    params = [rng.normal(0, np.sqrt(2 / d), (d, hidden)), np.zeros(hidden), rng.normal(0, np.sqrt(1 / hidden), hidden), np.zeros(1)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]

    def forward(a, train):
        h = np.maximum(0, a @ params[0] + params[1])
        mask = None
        if train:
            mask = (rng.random(h.shape) > dropout) / (1 - dropout)
            h = h * mask
        return h, mask, 1 / (1 + np.exp(-(h @ params[2] + params[3])))

    best, kept, step = -1.0, None, 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), 64):
            idx = order[start:start + 64]
            a = x[idx]
            h, mask, p = forward(a, True)
            g = (p - y[idx]) / len(idx)
            grads = [None, None, h.T @ g + l2 * params[2], np.array([g.sum()])]
            gh = np.outer(g, params[2]) * mask * (h > 0)
            grads[0] = a.T @ gh + l2 * params[0]
            grads[1] = gh.sum(0)
            step += 1
            for i, gr in enumerate(grads):
                m[i] = 0.9 * m[i] + 0.1 * gr
                v[i] = 0.999 * v[i] + 0.001 * gr * gr
                params[i] -= rate * (m[i] / (1 - 0.9**step)) / (np.sqrt(v[i] / (1 - 0.999**step)) + 1e-8)
        pd = forward(xdev, False)[2]
        f = prf(pd, ydev, best_threshold(pd, ydev))[2]
        if f > best:
            best, kept = f, [p.copy() for p in params]
    final = kept

    def score(a):
        h = np.maximum(0, a @ final[0] + final[1])
        return 1 / (1 + np.exp(-(h @ final[2] + final[3])))

    return score


def report(name, dev_scores, test_scores, ydev, ytest):
    t = best_threshold(dev_scores, ydev)
    d = prf(dev_scores, ydev, t)
    e = prf(test_scores, ytest, t)
    print(f"| {name} | {d[0]:.3f} | {d[1]:.3f} | **{d[2]:.3f}** | {e[0]:.3f} | {e[1]:.3f} | {e[2]:.3f} |", flush=True)
    return d[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--embedding", default="minilm")
    ap.add_argument("--only-ct24", help="keep only train rows whose text is in this CT24 train file")
    ap.add_argument("--heads", default="emb,joint,blend,mlp,mlp-blend")
    ap.add_argument("--mlp-epochs", type=int, default=30)
    ap.add_argument("--mlp-seeds", type=int, default=3)
    ap.add_argument("--static", metavar="VOCAB_DIR",
                    help="replace the sentence embedding by a static one: the SIF-weighted mean of the embeddings of "
                         "single words, read from an export whose test rows are a word list")
    args = ap.parse_args()
    split, y, linear, texts, hashed, emb = load(args.folder, args.embedding)
    if args.static:
        emb = static_embeddings(args.static, args.embedding, texts, split == "train")
        args.embedding = "static " + args.embedding
    tr, dv, te = split == "train", split == "dev", split == "test"
    if args.only_ct24:
        with open(args.only_ct24, encoding="utf-8") as f:
            keys = {key(line.split("\t")[1]) for line in f if "\t" in line}
        tr = tr & np.array([key(t) in keys for t in texts])
    print(f"train {tr.sum()} ({y[tr].sum()} positive), dev {dv.sum()}, test {te.sum()}, embedding {args.embedding}", file=sys.stderr)
    heads = args.heads.split(",")
    report("linear model of the export (as trained in Java)", linear[dv], linear[te], y[dv], y[te])
    # Logistic on the embedding alone; L2 and positive weight chosen on dev.
    if "emb" in heads or "blend" in heads:
        best = (-1, None, None)
        for l2 in (1e-5, 1e-4, 1e-3):
            for weight in (1.0, 2.0):
                f = logistic(emb[tr], y[tr], l2, weight)
                s = f(emb[dv])
                fd = prf(s, y[dv], best_threshold(s, y[dv]))[2]
                print(f"  emb logistic l2={l2} weight={weight}: dev F1 {fd:.3f}", file=sys.stderr)
                if fd > best[0]:
                    best = (fd, (l2, weight), f)
        emb_head = best[2]
        report(f"{args.embedding} + logistic (l2, weight = {best[1]})", emb_head(emb[dv]), emb_head(emb[te]), y[dv], y[te])
    if "joint" in heads:
        best = (-1, None, None)
        for scale in (1.0, 3.0):
            x = sp.hstack([hashed, sp.csr_matrix(emb * scale)]).tocsr()
            for l2 in (1e-5, 1e-4):
                f = logistic(x[tr], y[tr], l2, 1.0)
                s = f(x[dv])
                fd = prf(s, y[dv], best_threshold(s, y[dv]))[2]
                print(f"  joint scale={scale} l2={l2}: dev F1 {fd:.3f}", file=sys.stderr)
                if fd > best[0]:
                    best = (fd, (scale, l2), (f, x))
        f, x = best[2]
        report(f"{args.embedding} + hashed features, one logistic (scale, l2 = {best[1]})", f(x[dv]), f(x[te]), y[dv], y[te])
    if "blend" in heads:
        ed, et = emb_head(emb[dv]), emb_head(emb[te])
        best = max((prf(a * linear[dv] + (1 - a) * ed, y[dv], best_threshold(a * linear[dv] + (1 - a) * ed, y[dv]))[2], a)
                   for a in np.linspace(0, 1, 11))
        a = best[1]
        report(f"blend {a:.1f} x linear + {1 - a:.1f} x {args.embedding} logistic", a * linear[dv] + (1 - a) * ed,
               a * linear[te] + (1 - a) * et, y[dv], y[te])
    if "mlp" in heads or "mlp-blend" in heads:
        mean, std = emb[tr].mean(0), emb[tr].std(0) + 1e-6
        z = (emb - mean) / std
        scores_dev, scores_te = [], []
        for seed in range(args.mlp_seeds):
            f = mlp(z[tr], y[tr].astype(float), z[dv], y[dv], 256, seed, epochs=args.mlp_epochs)
            scores_dev.append(f(z[dv]))
            scores_te.append(f(z[te]))
        md, mt = np.mean(scores_dev, 0), np.mean(scores_te, 0)
        report(f"{args.embedding} + MLP 256 ({args.mlp_seeds} seeds averaged, best of {args.mlp_epochs} epochs on dev)", md, mt, y[dv], y[te])
        if "mlp-blend" in heads:
            best = max((prf(a * linear[dv] + (1 - a) * md, y[dv], best_threshold(a * linear[dv] + (1 - a) * md, y[dv]))[2], a)
                       for a in np.linspace(0, 1, 11))
            a = best[1]
            report(f"blend {a:.1f} x linear + {1 - a:.1f} x {args.embedding} MLP", a * linear[dv] + (1 - a) * md,
                   a * linear[te] + (1 - a) * mt, y[dv], y[te])


if __name__ == "__main__":
    main()
