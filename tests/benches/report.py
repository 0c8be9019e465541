#!/usr/bin/env python3
"""Turns criterion's results of the `models`, `enums` and `unions` benches into the Markdown
tables of BENCHMARKS.md: median throughput of each side and the ratios of ours, through
`serde_json` and (for models) through `callparty::json`, to serde_derive through `serde_json`
(throughput, so > 1 means ours is faster).

    python3 tests/benches/report.py [CRITERION_DIR]

CRITERION_DIR defaults to $CARGO_TARGET_DIR/criterion, or target/criterion.
"""

import glob
import json
import os
import sys

# Table order; a case of another input or models comes last.
INPUTS = ["one CallParty", "CallSessionObject, 50 parties", "10 MB notification batch",
          "20,000 PeerInfo (3 strings)", "20,000 RecordingInfo", "20,000 CallStatusInfo",
          "20,000 closed enum values (11 + alias)", "20,000 closed enum values (29)"]
DIRECTIONS = ["decode", "from_reader", "encode"]
MODELS = ["kept", "plain", "borrowed", "closed", "IgnoredAny floor"]


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


def cell(entry):
    return f"{rate(entry)} ({time(entry)})" if entry else ""


def ratio(entry, serde):
    return f"**{serde['ns'] / entry['ns']:.2f}×**" if entry and serde else ""


def order(case):
    """Sort key of a case name `direction input | models`."""
    head, _, models = case.partition(" | ")
    direction, _, input_name = head.partition(" ")
    return (DIRECTIONS.index(direction) if direction in DIRECTIONS else len(DIRECTIONS),
            INPUTS.index(input_name) if input_name in INPUTS else len(INPUTS), input_name,
            MODELS.index(models) if models in MODELS else len(MODELS), models)


def models(results, per_model):
    out = ["| case | models | ApiModel, serde_json | ApiModel, callparty::json | serde_derive, serde_json "
           "| ApiModel / serde_derive | callparty::json / serde_derive |",
           "|---|---|---:|---:|---:|---:|---:|"]
    cases = sorted({group for group, _ in results if " | " in group}, key=order)
    for case in cases:
        if case.partition(" ")[2].startswith("20,000") != per_model:
            continue
        api = results.get((case, "api"))
        api_json = results.get((case, "api_callparty_json"))
        sd = results.get((case, "serde_derive"))
        floor = results.get((case, "ignored_any"))
        if floor:
            out.append(f"| {case} | {cell(floor)} | | | | |")
        elif api or sd:
            out.append(f"| {case} | {cell(api)} | {cell(api_json)} | {cell(sd)} "
                       f"| {ratio(api, sd)} | {ratio(api_json, sd)} |")
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
    print(models(results, per_model=False))
    print()
    print(models(results, per_model=True))
    print()
    print(enums(results))
    print()
    print(unions(results))


if __name__ == "__main__":
    main()
