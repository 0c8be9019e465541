"""Tables and an SVG plot of the compile-time results written by run.py (no dependencies)."""

COLOURS = {"api": "#1f77b4", "serde": "#d62728", "plain": "#7f7f7f"}
LABELS = {"api": "ApiModel / ApiEnum", "serde": "serde_derive + hand-written enums",
          "plain": "plain structs (no serde)"}


def entries(results, profile):
    found = [e for e in results["entries"].values() if e["profile"] == profile]
    return sorted(found, key=lambda e: e["n"])


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def spread(times):
    return f"{min(times):.2f}–{max(times):.2f}"


def markdown(results):
    out = []
    m = results.get("machine", {})
    if m:
        out.append(f"Machine: {m['nproc']} cores, {m['cpu']}, {m['rustc']}.\n")
    out.append("| N | profile | runs | ApiModel median (min–max) s | serde_derive median (min–max) s "
               "| plain median s | ApiModel / serde_derive | derive cost ratio* |")
    out.append("|---:|---|---:|---|---|---:|---:|---:|")
    for profile in ["debug", "release"]:
        for e in entries(results, profile):
            f = e["flavours"]
            api, serde = f.get("api"), f.get("serde")
            plain = f.get("plain")
            if not api or not serde:
                continue
            derive = "–"
            if plain:
                derive = ratio(api["median"] - plain["median"], serde["median"] - plain["median"])
            plain_cell = f"{plain['median']:.2f}" if plain else "–"
            out.append(
                f"| {e['n']} | {profile} | {len(api['times'])} "
                f"| {api['median']:.2f} ({spread(api['times'])}) "
                f"| {serde['median']:.2f} ({spread(serde['times'])}) "
                f"| {plain_cell} | {ratio(api['median'], serde['median'])} | {derive} |"
            )
    out.append("\n*derive cost ratio: (ApiModel − plain) / (serde_derive − plain), the time each "
               "derive adds on top of the same types without serde.\n")
    out.append("| N | profile | ApiModel .rlib | serde_derive .rlib | plain .rlib | ApiModel / serde_derive |")
    out.append("|---:|---|---:|---:|---:|---:|")
    for profile in ["debug", "release"]:
        for e in entries(results, profile):
            f = e["flavours"]
            sizes = {k: f[k].get("rlib_bytes") for k in f}
            if not sizes.get("api") or not sizes.get("serde"):
                continue
            kib = {k: (f"{v / 1024:,.0f} KiB" if v else "–") for k, v in sizes.items()}
            out.append(f"| {e['n']} | {profile} | {kib['api']} | {kib['serde']} | {kib.get('plain', '–')} "
                       f"| {ratio(sizes['api'], sizes['serde'])} |")
    lines = results.get("expanded_lines", {})
    if lines:
        out.append("\n| N | ApiModel expanded lines | serde_derive expanded lines | plain | ApiModel / serde_derive |")
        out.append("|---:|---:|---:|---:|---:|")
        for n in sorted({int(k.split(":")[0]) for k in lines}):
            api, serde, plain = (lines.get(f"{n}:{k}") for k in ["api", "serde", "plain"])
            out.append(f"| {n} | {api or '–':,} | {serde or '–':,} | {plain or '–':,} | {ratio(api, serde)} |")
    return "\n".join(out) + "\n"


def svg(results):
    width, height = 1020, 450
    panel_w, panel_h = 400, 300
    left, top = 70, 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="15">'
             'Build time of a crate of N models (median, dependencies prebuilt)</text>']
    for index, profile in enumerate(["debug", "release"]):
        x0 = left + index * (panel_w + 90)
        data = entries(results, profile)
        if not data:
            continue
        max_n = max(e["n"] for e in data)
        max_t = max(max(f["times"]) for e in data for f in e["flavours"].values())
        max_t = nice(max_t * 1.1)

        def px(n):
            return x0 + panel_w * n / max_n

        def py(t):
            return top + panel_h - panel_h * t / max_t

        parts.append(f'<text x="{x0 + panel_w / 2}" y="{top - 10}" text-anchor="middle" '
                     f'font-weight="bold">{profile}</text>')
        parts.append(f'<rect x="{x0}" y="{top}" width="{panel_w}" height="{panel_h}" '
                     'fill="none" stroke="#333"/>')
        for step in range(6):
            t = max_t * step / 5
            y = py(t)
            parts.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + panel_w}" y2="{y:.1f}" stroke="#ddd"/>')
            parts.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{t:g}</text>')
        for e in data:
            x = px(e["n"])
            parts.append(f'<text x="{x:.1f}" y="{top + panel_h + 18}" text-anchor="middle">{e["n"]}</text>')
            f = e["flavours"]
            if "api" in f and "serde" in f:
                parts.append(f'<text x="{x:.1f}" y="{top + 16}" text-anchor="middle" font-size="11">'
                             f'{f["api"]["median"] / f["serde"]["median"]:.2f}×</text>')
        parts.append(f'<text x="{x0 + panel_w / 2}" y="{top + panel_h + 38}" text-anchor="middle">N (models)</text>')
        parts.append(f'<text x="{x0 - 45}" y="{top + panel_h / 2}" text-anchor="middle" '
                     f'transform="rotate(-90 {x0 - 45} {top + panel_h / 2})">seconds</text>')
        for flavour, colour in COLOURS.items():
            points = [(e["n"], e["flavours"][flavour]) for e in data if flavour in e["flavours"]]
            if not points:
                continue
            path = " ".join(f"{px(n):.1f},{py(f['median']):.1f}" for n, f in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
            for n, f in points:
                parts.append(f'<line x1="{px(n):.1f}" y1="{py(min(f["times"])):.1f}" x2="{px(n):.1f}" '
                             f'y2="{py(max(f["times"])):.1f}" stroke="{colour}" stroke-width="1"/>')
                parts.append(f'<circle cx="{px(n):.1f}" cy="{py(f["median"]):.1f}" r="3.5" fill="{colour}"/>')
                parts.append(f'<text x="{px(n) - 6:.1f}" y="{py(f["median"]) - 7:.1f}" text-anchor="end" '
                             f'fill="{colour}" font-size="11">{f["median"]:.1f}</text>')
    y = height - 22
    x = left
    for flavour, colour in COLOURS.items():
        parts.append(f'<rect x="{x}" y="{y - 10}" width="14" height="4" fill="{colour}"/>')
        parts.append(f'<text x="{x + 20}" y="{y - 4}">{LABELS[flavour]}</text>')
        x += 280
    parts.append(f'<text x="{width - 10}" y="{height - 4}" text-anchor="end" font-size="10" fill="#666">'
                 'dots: median; bars: min–max of the runs; top of each panel: ApiModel / serde_derive</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def nice(value):
    """A round axis maximum at or above value."""
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1
    for step in [1, 2, 2.5, 5, 10]:
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude
