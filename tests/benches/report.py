#!/usr/bin/env python3
"""Turns criterion's results of the `models`, `enums` and `unions` benches into the Markdown
tables of BENCHMARKS.md: median throughput of each side and the ratio ours / serde_derive
(throughput, so > 1 means ours is faster).

    python3 tests/benches/report.py [CRITERION_DIR]

CRITERION_DIR defaults to $CARGO_TARGET_DIR/criterion, or target/criterion.
"""

import glob
import json
import os
import sys


def load(root):
    results = {}
    for path in glob.glob(os.path.join(root, "**", "new", "benchmark.json"), recursive=True):
        bench = json.load(open(path))
        estimates = json.load(open(os.path.join(os.path.dirname(path), "estimates.json")))
        median_ns = estimates["median"]["point_estimate"]
        throughput = bench.get("throughput") or {}
        results[(bench["group_id"], bench["function_id"])] = {
            "ns": median_ns,
            "bytes": throughput.get("Bytes"),
            "elements": throughput.get("Elements"),
        }
    return results


def rate(entry):
    seconds = entry["ns"] / 1e9
    if entry["bytes"]:
        return f"{entry['bytes'] / seconds / 2**20:,.0f} MiB/s"
    return f"{entry['elements'] / seconds / 1e6:,.1f} M/s"


def time(entry):
    ns = entry["ns"]
    for unit, scale in [("ms", 1e6), ("µs", 1e3)]:
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.0f} ns"


def models(results):
    out = ["| case | models | ApiModel | serde_derive | ApiModel / serde_derive |",
           "|---|---|---:|---:|---:|"]
    for direction in ["decode", "encode"]:
        for label, name in [("party", "one CallParty"), ("session50", "CallSessionObject, 50 parties"),
                            ("batch10mb", "10 MB notification batch")]:
            group = f"{direction}/{label}"
            for pair in ["kept", "lean", "borrowed"]:
                api = results.get((group, f"{pair}_api"))
                sd = results.get((group, f"{pair}_serde"))
                if not api or not sd:
                    continue
                out.append(f"| {direction} {name} | {pair} | {rate(api)} ({time(api)}) "
                           f"| {rate(sd)} ({time(sd)}) | **{sd['ns'] / api['ns']:.2f}×** |")
            floor = results.get((group, "ignored_any"))
            if floor:
                out.append(f"| {direction} {name} | `IgnoredAny` floor | {rate(floor)} ({time(floor)}) | | |")
    return "\n".join(out)


def enums(results):
    out = ["| case | ApiEnum | hand-written `match` | serde_derive unit enum "
           "| ApiEnum / hand-written | ApiEnum / serde_derive |",
           "|---|---:|---:|---:|---:|---:|"]
    for kind in ["from_str", "deserialize"]:
        for label, name in [("reason29", "29 values"), ("code11", "11 values + alias")]:
            group = f"{kind}/{label}"
            api = results.get((group, "api_enum"))
            hand = results.get((group, "hand_match"))
            sd = results.get((group, "serde_derive"))
            if not api or not hand or not sd:
                continue
            out.append(f"| `{kind}`, {name} | {rate(api)} | {rate(hand)} | {rate(sd)} "
                       f"| **{hand['ns'] / api['ns']:.2f}×** | {sd['ns'] / api['ns']:.2f}× |")
    return "\n".join(out)


def unions(results):
    out = ["| case | models | ApiUnion | serde_derive | ApiUnion / serde_derive |",
           "|---|---|---:|---:|---:|"]
    for label, case, models in [
        ("one_key", "one key, 20,000 `TransferTarget`s", "strings"),
        ("tag_first", "tagged, tag first, 4,000 events", "lean"),
        ("tag_first_kept", "tagged, tag first, 4,000 events", "kept"),
        ("tag_first_borrowed", "tagged, tag first, 4,000 events", "borrowed"),
        ("tag_last", "tagged, tag last, 4,000 events", "lean"),
        ("tag_last_kept", "tagged, tag last, 4,000 events", "kept"),
        ("tag_last_borrowed", "tagged, tag last, 4,000 events", "borrowed"),
        ("by_kind", "by kind, 4,000 ids or parties", "lean"),
    ]:
        group = f"decode/{label}"
        api = results.get((group, "api_union"))
        sd = results.get((group, "serde_derive"))
        if not api or not sd:
            continue
        out.append(f"| {case} | {models} | {rate(api)} ({time(api)}) | {rate(sd)} ({time(sd)}) "
                   f"| **{sd['ns'] / api['ns']:.2f}×** |")
    return "\n".join(out)


def main():
    default = os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "criterion")
    root = sys.argv[1] if len(sys.argv) > 1 else default
    results = load(root)
    if not results:
        sys.exit(f"no criterion results under {root}: run `cargo bench -p callparty-tests` first")
    print(models(results))
    print()
    print(enums(results))
    print()
    print(unions(results))


if __name__ == "__main__":
    main()
