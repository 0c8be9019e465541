#!/usr/bin/env python3
"""Instructions per run of each side of each benchmark case, counted by callgrind: exact and
the same on a loaded machine, where clocks are not. Builds the `instructions` bench with the
bench profile (the default release profile unless CARGO_PROFILE_BENCH_* says otherwise),
runs each side N and 2N times under `valgrind --tool=callgrind`, and prints
(count(2N) - count(N)) / N, so that input generation, start-up and first-run effects cancel.

    python3 tests/benches/instructions.py [WORD...]

Only the cases whose name contains every WORD are counted (and the IgnoredAny floor of their
input, from which each decode's distance is given in percent); the 10 MB batch only when a
WORD names it (generating it under callgrind takes minutes).
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
          "| serde_derive / ApiModel | serde_derive / callparty::json "
          "| ApiModel above the floor | serde_derive above the floor |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    floors = {}
    for name in floor_first(names):
        if not (all(word in name for word in words)
                or is_floor(name) and any(all(word in other for word in words)
                                          for other in names if input_of(other) == input_of(name))):
            continue
        if "10 MB" in name and not any("10 MB" in word for word in words):
            continue
        if is_floor(name):
            floors[input_of(name)] = floor = per_run(exe, name, 'ignored_any')
            print(f"| {name} | {floor:,.0f} | | | | | | |", flush=True)
            continue
        api, api_json, sd = (per_run(exe, name, side) for side in SIDES)
        floor = floors.get(input_of(name))
        above = (f"| +{(api / floor - 1) * 100:.0f}% | +{(sd / floor - 1) * 100:.0f}% "
                 if floor else "| | ")
        print(f"| {name} | {api:,.0f} | {api_json:,.0f} | {sd:,.0f} | **{sd / api:.3f}×** "
              f"| **{sd / api_json:.3f}×** {above}|", flush=True)


def input_of(case):
    """The input part of a case's name: `decode one CallParty` of `decode one CallParty | plain`."""
    return case.split(" | ")[0]


def is_floor(case):
    return case.endswith("| IgnoredAny floor")


def floor_first(names):
    """The cases in their order, each input's floor first: the others report their distance
    from it, in percent of the floor."""
    first = {}
    for index, name in enumerate(names):
        first.setdefault(input_of(name), index)
    return sorted(names, key=lambda name: (first[input_of(name)], not is_floor(name)))

if __name__ == "__main__":
    main()
