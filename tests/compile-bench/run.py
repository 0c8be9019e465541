#!/usr/bin/env python3
"""Compile-time comparison: ApiModel/ApiEnum against serde_derive + hand-written enum impls.

For each N it generates three crates with gen.py (api, serde, plain), builds their
dependencies once, then times `cargo build` of the generated crate alone after
`touch src/lib.rs` (CARGO_INCREMENTAL=0, so nothing is reused), in debug and release. The
flavours' runs are interleaved (api, serde, plain, then plain, serde, api, ...), so a change
in machine load hits every flavour alike. It also records the .rlib size and, when a nightly
toolchain is installed, the line count of the macro-expanded crate.

callparty is copied first (core/ and macros/ of this checkout) into OUT/callparty, so edits
made in the checkout while the comparison runs do not change what is measured.

Results go to OUT/results.json (kept between invocations, one entry per N and profile), and
OUT/compile-time.md and OUT/compile-time.svg are written from it.

    python3 tests/compile-bench/run.py [--out /tmp/compile-bench] [--ns 100,500,1500]
        [--runs 5] [--runs-override 1500:release=3] [--profiles debug,release]
        [--no-expand] [--report-only]
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import plot  # noqa: E402

FLAVOURS = ["api", "serde", "plain"]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def snapshot_callparty(out, source=REPO):
    """core/ and macros/ of `source` with a workspace manifest of their own."""
    dest = os.path.join(out, "callparty")
    ignore = shutil.ignore_patterns("target", "*.orig", "*.rej")
    for member in ["core", "macros"]:
        if os.path.exists(os.path.join(dest, member)):
            shutil.rmtree(os.path.join(dest, member))
        shutil.copytree(os.path.join(source, member), os.path.join(dest, member), ignore=ignore)
    # core's rustdoc may include files from the root (README.md).
    for path in glob.glob(os.path.join(source, "*.md")):
        shutil.copy(path, dest)
    manifest = open(os.path.join(source, "Cargo.toml")).read()
    lines = []
    for line in manifest.splitlines():
        if line.startswith("members"):
            line = 'members = ["macros", "core"]'
        elif line.startswith("exclude"):
            continue
        lines.append(line)
    write_if_changed(os.path.join(dest, "Cargo.toml"), "\n".join(lines) + "\n")
    commit = subprocess.run(["git", "-C", source, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "-C", source, "status", "--porcelain", "core", "macros"],
                           capture_output=True, text=True).stdout.strip()
    return os.path.join(dest, "core"), commit + ("+changes" if dirty else "")


def write_if_changed(path, text):
    if not os.path.exists(path) or open(path).read() != text:
        with open(path, "w") as f:
            f.write(text)


def crate_dir(out, flavour, n):
    return os.path.join(out, "crates", f"{flavour}-{n}")


def cargo(args, cwd, env, toolchain=None, capture=False):
    cmd = ["cargo"] + ([f"+{toolchain}"] if toolchain else []) + args
    result = subprocess.run(cmd, cwd=cwd, env=env,
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise subprocess.CalledProcessError(result.returncode, cmd, stderr=result.stderr)
    return result


def build_env(out):
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = os.path.join(out, "target")
    env["CARGO_INCREMENTAL"] = "0"
    env.pop("RUSTFLAGS", None)
    return env


def profile_args(profile):
    return ["--release"] if profile == "release" else []


def prebuild_dependencies(crate, profile, env):
    """Builds the dependencies with an empty lib.rs, then puts the models back."""
    lib = os.path.join(crate, "src", "lib.rs")
    text = open(lib).read()
    try:
        with open(lib, "w") as f:
            f.write("//! Empty while the dependencies build.\n")
        cargo(["build", "-q"] + profile_args(profile), crate, env)
    finally:
        with open(lib, "w") as f:
            f.write(text)


def timed_build(crate, profile, env):
    os.utime(os.path.join(crate, "src", "lib.rs"))
    start = time.perf_counter()
    cargo(["build", "--offline", "-q"] + profile_args(profile), crate, env)
    return time.perf_counter() - start


def rlib_size(out, flavour, n, profile):
    pattern = os.path.join(out, "target", profile, "deps", f"libmodels_{flavour}_{n}-*.rlib")
    paths = sorted(glob.glob(pattern), key=os.path.getmtime)
    return os.path.getsize(paths[-1]) if paths else None


def expanded_lines(out, crate, env):
    """Lines of `cargo +nightly rustc -- -Zunpretty=expanded`, or None without nightly."""
    env = dict(env, CARGO_TARGET_DIR=os.path.join(out, "target-nightly"))
    try:
        result = cargo(["rustc", "--offline", "-q", "--profile=check", "--", "-Zunpretty=expanded"],
                       crate, env, toolchain="nightly", capture=True)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        log(f"no expanded line count: {getattr(error, 'stderr', error)}")
        return None
    return result.stdout.count("\n")


def load(path):
    return json.load(open(path)) if os.path.exists(path) else {"entries": {}}


def save(path, results):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
    os.replace(tmp, path)


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": cpu, "rustc": rustc}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.environ.get("COMPILE_BENCH_OUT", "/tmp/compile-bench"))
    parser.add_argument("--ns", default="100,500,1500")
    parser.add_argument("--profiles", default="debug,release")
    parser.add_argument("--flavours", default=",".join(FLAVOURS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--runs-override", action="append", default=[],
                        help="N:profile=runs, e.g. 1500:release=3")
    parser.add_argument("--source", default=REPO,
                        help="the checkout whose core/ and macros/ are measured (default: this one)")
    parser.add_argument("--no-expand", action="store_true")
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args()

    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    results_path = os.path.join(out, "results.json")
    results = load(results_path)

    if not args.report_only:
        callparty, version = snapshot_callparty(out, os.path.abspath(args.source))
        env = build_env(out)
        flavours = args.flavours.split(",")
        overrides = {}
        for item in args.runs_override:
            key, runs = item.split("=")
            overrides[key] = int(runs)
        results["machine"] = machine()
        for n in [int(n) for n in args.ns.split(",")]:
            for flavour in flavours:
                crate = crate_dir(out, flavour, n)
                gen.write(n, flavour, crate, callparty)
                # The checkout's versions of serde, serde_json, syn, ... for every flavour.
                if not os.path.exists(os.path.join(crate, "Cargo.lock")):
                    shutil.copy(os.path.join(REPO, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
            for profile in args.profiles.split(","):
                runs = overrides.get(f"{n}:{profile}", args.runs)
                log(f"N={n} {profile}: building the dependencies (not timed)")
                for flavour in flavours:
                    prebuild_dependencies(crate_dir(out, flavour, n), profile, env)
                times = {flavour: [] for flavour in flavours}
                for run in range(runs):
                    order = flavours if run % 2 == 0 else list(reversed(flavours))
                    for flavour in order:
                        seconds = timed_build(crate_dir(out, flavour, n), profile, env)
                        times[flavour].append(seconds)
                        log(f"N={n} {profile} run {run + 1}/{runs} {flavour}: {seconds:.2f} s")
                entry = {
                    "n": n, "profile": profile, "callparty": version,
                    "date": time.strftime("%Y-%m-%d %H:%M"),
                    "load_after": os.getloadavg()[0],
                    "flavours": {
                        flavour: {
                            "times": times[flavour],
                            "median": statistics.median(times[flavour]),
                            "rlib_bytes": rlib_size(out, flavour, n, profile),
                        } for flavour in flavours
                    },
                }
                results["entries"][f"{n}:{profile}"] = entry
                save(results_path, results)
            if not args.no_expand:
                lines = results.setdefault("expanded_lines", {})
                for flavour in flavours:
                    count = expanded_lines(out, crate_dir(out, flavour, n), env)
                    if count is not None:
                        lines[f"{n}:{flavour}"] = count
                        log(f"N={n} {flavour}: {count} expanded lines")
                save(results_path, results)

    markdown = plot.markdown(results)
    with open(os.path.join(out, "compile-time.md"), "w") as f:
        f.write(markdown)
    with open(os.path.join(out, "compile-time.svg"), "w") as f:
        f.write(plot.svg(results))
    print(markdown)
    log(f"wrote {out}/compile-time.md and {out}/compile-time.svg")


if __name__ == "__main__":
    main()
