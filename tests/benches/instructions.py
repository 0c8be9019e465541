#!/usr/bin/env python3
"""Instructions per run of each side of each benchmark case, counted by callgrind: exact and
the same on a loaded machine, where clocks are not. Builds the `instructions` bench with the
bench profile (the default release profile unless CARGO_PROFILE_BENCH_* says otherwise),
runs each side N and 2N times under `valgrind --tool=callgrind`, and prints
(count(2N) - count(N)) / N, so that input generation, start-up and first-run effects cancel.

    python3 tests/benches/instructions.py [WORD...]

Only the cases whose name contains every WORD are counted; the 10 MB batch only when a WORD
names it (generating it under callgrind takes minutes).
"""

import json
import re
import subprocess
import sys

SIDES = ["api", "api_callparty_json", "serde_derive"]


def executable():
    build = subprocess.run(
        ["cargo", "bench", "-p", "callparty-tests", "--bench", "instructions", "--no-run",
         "--locked", "--message-format=json"],
        check=True, stdout=subprocess.PIPE, text=True)
    for line in build.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable") \
                and message["target"]["name"] == "instructions":
            return message["executable"]
    sys.exit("cargo built no `instructions` executable")


def count(exe, case, side, runs):
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe, case, side,
         str(runs)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    collected = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if not collected:
        sys.exit(f"no instruction count from callgrind for {case} / {side}:\n{done.stderr}")
    return int(collected.group(1))


def per_run(exe, case, side):
    runs = 50 if "one CallParty" in case else 10 if "50 parties" in case else 2
    return (count(exe, case, side, 2 * runs) - count(exe, case, side, runs)) / runs


def main():
    words = sys.argv[1:]
    exe = executable()
    names = subprocess.run([exe, "--list"], check=True, stdout=subprocess.PIPE,
                           text=True).stdout.splitlines()
    print("| case | models | ApiModel, serde_json | ApiModel, callparty::json | serde_derive, serde_json "
          "| serde_derive / ApiModel | serde_derive / callparty::json |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in names:
        if not all(word in name for word in words):
            continue
        if "10 MB" in name and not any("10 MB" in word for word in words):
            continue
        if name.endswith("IgnoredAny floor"):
            print(f"| {name} | {per_run(exe, name, 'ignored_any'):,.0f} | | | | |", flush=True)
            continue
        api, api_json, sd = (per_run(exe, name, side) for side in SIDES)
        print(f"| {name} | {api:,.0f} | {api_json:,.0f} | {sd:,.0f} | **{sd / api:.3f}×** "
              f"| **{sd / api_json:.3f}×** |", flush=True)


if __name__ == "__main__":
    main()
