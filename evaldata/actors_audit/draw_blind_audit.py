"""Draw audit rows from two pages snapshots (base, final) into one blind sheet.

python draw.py BASE.tsv FINAL.tsv OUTDIR
Per version: 60 quotes, 60 non-01 events, 20 statements (01), 40 actors, random.Random(1414), keys sorted first.
Rows equal in both versions (confidence ignored) are judged once. The sheet is shuffled and carries no version;
OUTDIR/key.tsv maps row ids to the versions that drew them.
"""

import random, sys, collections

N = {"QUOTE": 60, "EVENT01": 20, "EVENT": 60, "ACTOR": 40}


def rows(path):
    out = collections.defaultdict(set)
    bodies = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[1] == "BODY":
            bodies[f[0]] = (f[2], f[3])
            continue
        if f[1] == "EVENT":
            key = "\t".join(f[:6] + f[7:])  # without confidence
            out["EVENT01" if f[2].startswith("01") else "EVENT"].add(key)
        else:
            out[f[1]].add("\t".join(f))
    return out, bodies


base, _ = rows(sys.argv[1])
final, bodies = rows(sys.argv[2])
drawn = collections.defaultdict(set)
for tag, r in (("base", base), ("final", final)):
    for kind, n in N.items():
        pool = sorted(r[kind])
        rng = random.Random(1414)
        for key in rng.sample(pool, min(n, len(pool))):
            drawn[(kind, key)].add(tag)
items = sorted(drawn)
random.Random(7).shuffle(items)
od = sys.argv[3]
with open(f"{od}/sheet.tsv", "w") as s, open(f"{od}/key.tsv", "w") as k:
    s.write("row\tkind\tfile\tfields\tverdict\tnote\n")
    for i, (kind, key) in enumerate(items, 1):
        f = key.split("\t")
        s.write(f"{i}\t{kind}\t{f[0]}\t{' | '.join(f[2:])}\t\t\n")
        k.write(f"{i}\t{kind}\t{','.join(sorted(drawn[(kind, key)]))}\n")
with open(f"{od}/articles.tsv", "w") as a:
    for fid, (title, body) in sorted(bodies.items()):
        a.write(f"{fid}\t{title}\t{body}\n")
print(len(items), "rows")
