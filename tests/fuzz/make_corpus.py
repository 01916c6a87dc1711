#!/usr/bin/env python3
"""Regenerates the committed seed corpus under tests/fuzz/corpus/<target>/.

Seeds: every bundle in demo/data/ and tests/data/ (whole, and one small
bundle per paragraph), the paragraphs themselves (for fuzz_extract), and a
handful of handmade edge cases. Run from anywhere; it rewrites the corpus
directories, so review `git diff --stat` afterwards.
"""
import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
MAX_PARAGRAPH_SEEDS = 60  # keeps the corpus small enough to review

HANDMADE_TEXTS = [
    "Shares rose 5% to $10 a share.",
    "Alibaba shares jumped 9.26% premarket to $178.18.",
    "Revenue was 380 billion yuan (about $53 billion), up 8-10% year over year.",
    "The stock trades at a P/E of 16 and about 11x forward earnings.",
    "It fell 17% after hours; HK$160.5 in Hong Kong, \u00a51,234 in Tokyo.",
    "more than 91 availability zones and one trillion parameters",
    "NaN Infinity 1e309 -0 " + "9" * 400 + "% of $" + "1" * 400,
    "\u202e5% \u200b$10 \uff15\uff05 \U0001F4C8 3\u00a0billion 4\u2009%",
    "\ufeffShares rose 5%.",
    "",
]

# Reports, for the report_from_json half of fuzz_report_roundtrip.
HANDMADE_REPORTS = [
    '{"version":"1","bundle":"b","topic":"t","articles":[{"id":"a","source":"S","title":"T",'
    '"published":"2025-09-24","url":"https://x.test/"}],"figures":[{"id":"f1","article":"a","text":"5%",'
    '"start":3,"end":5,"value":5,"low":4,"high":6,"unit":"percent","noun":"n","hedge":"range",'
    '"direction":"up","subject":"s","metric":"m","qualifiers":["q"],"same_amount_as":"f1"}],'
    '"cards":[{"id":"c1","label":"L","figures":["f1"],"sources":1,"subject":"s","metric":"m",'
    '"period":"p"}],"flags":[{"id":"d1","card":"c1","kind":"value_conflict","severity":"major",'
    '"figures":["f1"],"message":"m"}]}',
]

HANDMADE_BUNDLES = [
    '{"articles":[{"id":"a","text":"Shares rose 5%."}]}',
    '{"bundle":"b","topic":"t","articles":[{"id":"a","source":"S","url":"https://x.test/",'
    '"published":"2025-09-24","title":"T","text":"Revenue rose 8% to $3 billion."},'
    '{"id":"b","source":"R","text":"Revenue rose 26% to about $3.1bn."}]}',
    '{"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}',
    '{"articles":[{"id":"a","text":"\\ud800"}]}',
    '{"articles":[{"id":"a","text":"\\ud83d\\ude00 up 5%"}]}',
    '{"articles":[{"id":"a","text":1e309}]}',
    '{"articles":[{"id":"a","published":"2025-13-40","text":"x"}]}',
    "\ufeff" + '{"articles":[{"id":"a","text":"BOM 5%"}]}',
    "[" * 70 + "]" * 70,
    '{"articles":[]}',
    "{}",
]


def write(target: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def bundle_files():
    for folder in (ROOT / "demo" / "data", ROOT / "tests" / "data"):
        if folder.is_dir():
            yield from sorted(folder.glob("*.json"))


def main() -> None:
    for target in ("fuzz_bundle_parse", "fuzz_analyze", "fuzz_report_roundtrip", "fuzz_extract"):
        folder = CORPUS / target
        if folder.is_dir():
            for old in folder.iterdir():
                old.unlink()

    paragraphs = []
    for path in bundle_files():
        raw = path.read_bytes()
        for target in ("fuzz_bundle_parse", "fuzz_analyze", "fuzz_report_roundtrip"):
            write(target, raw)
        try:
            bundle = json.loads(raw)
        except ValueError:
            continue
        for article in bundle.get("articles", []):
            paragraphs += [p for p in str(article.get("text", "")).split("\n") if any(c.isdigit() for c in p)]

    paragraphs = paragraphs[:MAX_PARAGRAPH_SEEDS]
    for text in paragraphs + HANDMADE_TEXTS:
        write("fuzz_extract", text.encode())
        one = json.dumps({"articles": [{"id": "a", "source": "S", "text": text or " "}]}).encode()
        for target in ("fuzz_analyze", "fuzz_report_roundtrip"):
            write(target, one)
    for raw in HANDMADE_BUNDLES:
        for target in ("fuzz_bundle_parse", "fuzz_analyze", "fuzz_report_roundtrip"):
            write(target, raw.encode())
    write("fuzz_extract", b"\xff\xfe invalid \xed\xa0\x80 5%")
    for raw in HANDMADE_REPORTS:
        write("fuzz_report_roundtrip", raw.encode())


if __name__ == "__main__":
    main()
