# SPDX-License-Identifier: GPL-3.0-or-later
# How the headline pairs of eval/news-claim-pairs.tsv were proposed for labelling (issue 17):
# TF-IDF cosine over content words of each headline against every Snopes fact-check (title + claim),
# then the selection rule below. Provenance, not part of the build; needs numpy and scipy.
#   python3 eval/propose-headline-pairs.py eval/headlines ../shared/eval/claim-retrieval/ct2022-2a-english/vclaims.jsonl
# prints one row per selected pair: repo commit path row_id rank score vclaim_id date title claim.
import csv, json, math, re, sys, collections
import numpy as np
from scipy import sparse
csv.field_size_limit(10**9)
ROOT = sys.argv[1]; VCLAIMS = sys.argv[2]
import random
SOURCES = [("KaiDMML/FakeNewsNet", "654361e1c8d5baa751baf1dac5032df621652280", "dataset/politifact_fake.csv"),
           ("SarithRavI/FakeNewsNet-extended", "0dee7a70a2a4221a59ebf6c5f0cd23f47c8bd043", "dataset/gossipcop_fake.csv")]
STOP = set("a an the of to in on for and or but is are was were be been being it its this that these those with as at by from has have had will would can could says said say after before over into about than then not no yes new his her their our your my he she they we you i who what when where why how does did do just up out more most all any some says video photo photos".split())
def toks(s):
    return [w for w in re.findall(r"[a-z0-9$]+", s.lower().replace("’","'").replace("'s","")) if w not in STOP and len(w) > 1]
checks = [json.loads(l) for l in open(VCLAIMS, encoding="utf-8")]
ctext = [c["title"] + " " + c["vclaim"] for c in checks]
heads = []
for repo, commit, path in SOURCES:
    with open(f"{ROOT}/{repo.replace('/','+')}/{commit}/{path}", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            t = row["title"].strip()
            if t: heads.append((repo, commit, path, row["id"], t))
docs = [toks(t) for t in ctext]
df = collections.Counter(w for d in docs for w in set(d))
vocab = {w: i for i, w in enumerate(df)}
N = len(docs)
def vec(tok):
    c = collections.Counter(w for w in tok if w in vocab)
    idx = [vocab[w] for w in c]; val = [(1 + math.log(n)) * math.log(N / df[w]) for w, n in c.items()]
    v = np.array(val); nrm = np.linalg.norm(v) or 1
    return idx, list(v / nrm)
def mat(toklists):
    rows, cols, vals = [], [], []
    for r, t in enumerate(toklists):
        i, v = vec(t); rows += [r]*len(i); cols += i; vals += v
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(toklists), len(vocab)))
C = mat(docs); H = mat([toks(h[4]) for h in heads])
S = (H @ C.T).tocsr()
rows = []
for r, h in enumerate(heads):
    row = S.getrow(r)
    if row.nnz == 0: continue
    order = np.argsort(-row.data)[:3]
    for rank, k in enumerate(order):
        c = checks[row.indices[k]]
        rows.append([h[0], h[1], h[2], h[3], str(rank + 1), f"{row.data[k]:.3f}", c["vclaim_id"], c.get("date", ""), h[4], c["vclaim"]])
# Selection: politifact, the best candidate of every distinct title scoring >= 0.35, and the second
# best too when the best scored >= 0.6; gossipcop, the best candidate of 80 distinct titles scoring >= 0.5.
seen = set(); sel = []; byhead = {}
for r in rows:
    if "politifact" in r[2]: byhead.setdefault(r[3], []).append(r)
for hid, rs in byhead.items():
    rs.sort(key=lambda r: int(r[4]))
    t = rs[0][8].strip().lower()
    if t in seen or float(rs[0][5]) < 0.35: continue
    seen.add(t); sel.append(rs[0])
    if float(rs[0][5]) >= 0.6 and len(rs) > 1: sel.append(rs[1])
gc = [r for r in rows if "gossipcop" in r[2] and r[4] == "1" and float(r[5]) >= 0.5]
random.Random(17).shuffle(gc)
n = 0
for r in gc:
    t = r[8].strip().lower()
    if t in seen: continue
    seen.add(t); sel.append(r); n += 1
    if n == 80: break
out = csv.writer(sys.stdout, delimiter="\t")
for r in sel: out.writerow(r)
