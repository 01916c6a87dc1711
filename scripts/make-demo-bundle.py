#!/usr/bin/env python3
"""Builds demo/data/alibaba-nvidia-2025-09-24.json from the seed articles,
with outlet, title and date from the gold file. Run from the repo root:
    python3 scripts/make-demo-bundle.py [SHARED_DIR]
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared"
gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))

articles = []
for article_id, meta in sorted(gold["articles"].items()):
    text = (shared / "seeds" / meta["file"]).read_text(encoding="utf-8")
    articles.append({
        "id": article_id,
        "source": meta["source"],
        "published": meta["published"],
        "title": meta["title"],
        "text": text,
    })

bundle = {
    "bundle": "alibaba-nvidia-2025-09-24",
    "topic": "Alibaba shares jump on Nvidia partnership and AI spending",
    "articles": articles,
}
out = root / "demo" / "data" / "alibaba-nvidia-2025-09-24.json"
out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {out.relative_to(root)} ({len(articles)} articles)")
