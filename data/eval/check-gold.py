#!/usr/bin/env python3
"""Checks gold files against their articles before they are scored.

    python3 data/eval/check-gold.py [--articles DIR] [--gold DIR] [ID ...]

For every gold/<id>.json (or only the ids given): the JSON parses; the article it names exists; every statement text,
person spelling, role title and role organization, organization spelling, meeting place and body is an exact substring
of the article (so the scorer's span matching can succeed); every statement text occurs once (so its offsets
are unambiguous); every statement speaker and meeting chair is a listed
person or organization; participation values are from the vocabulary of data/eval/README.md; dates are YYYY, YYYY-MM
or YYYY-MM-DD; no spelling belongs to two persons. Prints one line per problem (file: problem) and exits 1 if any.
Whether `plenary eval` reads the files is checked separately (README, "Corpus B").
"""
import argparse
import json
import re
import sys
from pathlib import Path

PARTICIPATION = {None, "convener", "chair", "speaker", "testifier", "delegation head", "attendee"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(gold_file: Path, articles: Path) -> list:
    problems = []
    try:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"cannot parse: {e}"]
    article_file = articles / gold.get("article", gold_file.stem + ".txt")
    if not article_file.is_file():
        return [f"article {article_file} not found"]
    text = article_file.read_text(encoding="utf-8")

    def inside(value, what):
        if value is not None and value not in text:
            problems.append(f"{what} not in article: {value!r}")

    names = set()
    owner = {}
    for p in gold.get("persons", []):
        names.add(p["name"])
        if p.get("participation") not in PARTICIPATION:
            problems.append(f"participation {p.get('participation')!r} of {p['name']} not in the vocabulary")
        for s in p.get("spellings", []):
            inside(s, f"spelling of {p['name']}")
            if owner.setdefault(s, p["name"]) != p["name"]:
                problems.append(f"spelling {s!r} belongs to {owner[s]} and {p['name']}")
        for r in p.get("roles", []):
            inside(r.get("title"), f"role title of {p['name']}")
            inside(r.get("organization"), f"role organization of {p['name']}")
    for o in gold.get("organizations", []):
        names.add(o["name"])
        for s in o.get("spellings", []):
            inside(s, f"spelling of organization {o['name']}")
    for m in gold.get("meetings", []):
        inside(m.get("place"), "meeting place")
        inside(m.get("body"), "meeting body")
        if m.get("chair") is not None and m["chair"] not in names:
            problems.append(f"chair {m['chair']!r} is not a listed person or organization")
        if m.get("date") is not None and not DATE.match(m["date"]):
            problems.append(f"meeting date {m['date']!r} is not YYYY[-MM[-DD]]")
    for s in gold.get("statements", []):
        inside(s["text"], f"statement of {s['speaker']}")
        if text.count(s["text"]) > 1:
            problems.append(f"statement of {s['speaker']} occurs more than once (offsets ambiguous): {s['text']!r}")
        if s["speaker"] not in names:
            problems.append(f"speaker {s['speaker']!r} is not a listed person or organization")
    return problems


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=here / "articles")
    ap.add_argument("--gold", type=Path, default=here / "gold")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args()
    files = [args.gold / f"{i}.json" for i in args.ids] if args.ids else sorted(args.gold.glob("*.json"))
    bad = 0
    for f in files:
        for problem in check(f, args.articles):
            print(f"{f.name}: {problem}")
            bad += 1
    print(f"{len(files)} gold files checked, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
