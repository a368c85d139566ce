#!/usr/bin/python3
"""Turns bench/run.sh's raw timings (target/bench-run/raw.tsv) into the Markdown tables of bench/README.md:
medians of wall and CPU (user + sys) time, ratios measured in the same run, each beside its goal.
Usage: summarise.py OUTDIR BATCH_SIZE"""
import csv
import statistics
import sys
from collections import defaultdict

out, batch = sys.argv[1], int(sys.argv[2])
runs = defaultdict(list)
with open(f"{out}/raw.tsv") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        runs[r["label"]].append((float(r["wall_s"]), float(r["user_s"]) + float(r["sys_s"]), int(r["maxrss_kb"])))


def med(label, i):
    xs = [r[i] for r in runs.get(label, [])]
    return statistics.median(xs) if xs else float("nan")


def ratio(a, b, i):
    return med(a, i) / med(b, i) if runs.get(a) and runs.get(b) else float("nan")


if runs.get("version"):
    print("\n## Cold start (medians of %d rounds, interleaved)\n" % len(runs.get("version", [])))
    print("| command | wall s | CPU s | peak RSS MB |")
    print("|---|---:|---:|---:|")
    for label, what in [("version", "`./pcf --version` (baseline: JVM + launcher)"), ("validate", "`./pcf validate BOOK`"),
                        ("report", "`./pcf report BOOK -o X.pdf`"),
                        ("peer_html", "peer read + calc + MC 1,000 + HTML (`--no-pdf --iterations 1000`)"),
                        ("peer_pdf", "peer full pipeline with PDF (WeasyPrint)")]:
        if runs.get(label):
            print(f"| {what} | {med(label, 0):.2f} | {med(label, 1):.2f} | {med(label, 2) / 1024:.0f} |")
    print()
    print("| goal | measured (wall) | measured (CPU) | met (wall) |")
    print("|---|---:|---:|---|")
    v = ratio("validate", "peer_html", 0)
    print(f"| cold validate ≤ 1.5 × peer read+calc+HTML | {v:.2f} × | {ratio('validate', 'peer_html', 1):.2f} × | {'yes' if v <= 1.5 else 'no'} |")
    r = ratio("report", "peer_pdf", 0)
    print(f"| cold report ≤ 0.25 × peer PDF pipeline | {r:.2f} × | {ratio('report', 'peer_pdf', 1):.2f} × | {'yes' if r <= 0.25 else 'no'} |")
    print(f"| (validate − --version) / peer read+calc+HTML | {(med('validate', 0) - med('version', 0)) / med('peer_html', 0):.2f} × | "
          f"{(med('validate', 1) - med('version', 1)) / med('peer_html', 1):.2f} × | |")

if runs.get("batch"):
    w = med("batch", 0)
    print(f"\n## Batch\n\n| goal | measured |\n|---|---:|\n| {batch} example reports (PDF, adaptive MC) ≥ 4 reports/s on 2 cores |"
          f" **{batch / w:.2f} reports/s** (median of {len(runs['batch'])} runs: {w:.2f} s wall, range"
          f" {min(r[0] for r in runs['batch']):.2f}–{max(r[0] for r in runs['batch']):.2f} s; {med('batch', 1):.1f} s CPU;"
          f" JVM start included; "
          f"{'met' if batch / w >= 4 else 'not met'}) |")
    if runs.get("batch2") and len(runs["batch2"]) == len(runs["batch"]):
        # each round ran the batch and then one twice as long: the difference is BATCH reports in a warm process
        d = sorted(b2[0] - b[0] for b, b2 in zip(runs["batch"], runs["batch2"]))
        c = statistics.median(b2[1] - b[1] for b, b2 in zip(runs["batch"], runs["batch2"]))
        dm = statistics.median(d)
        print(f"| the same once warm: {2 * batch} reports less {batch}, in the same process | **{batch / dm:.2f} reports/s**"
              f" (median of {len(d)} rounds' differences: {dm:.2f} s wall for {batch} reports, range {d[0]:.2f}–{d[-1]:.2f} s;"
              f" {c:.1f} s CPU, {c / batch:.2f} s a report; {'met' if batch / dm >= 4 else 'not met'}) |")

mc = sorted((int(k[3:]), k) for k in runs if k.startswith("mc_"))
if mc:
    print("\n## Monte Carlo memory (`./pcf calc EXAMPLE --json --iterations N`)\n")
    print("| iterations | wall s | CPU s | peak RSS MB |\n|---:|---:|---:|---:|")
    for n, k in mc:
        print(f"| {n:,} | {med(k, 0):.2f} | {med(k, 1):.2f} | {med(k, 2) / 1024:.0f} |")

pages = {}
try:
    with open(f"{out}/pages.tsv") as f:
        for line in f:
            n, p = line.split()
            pages[int(n)] = p
except FileNotFoundError:
    pass
sizes = sorted((int(k[5:]), k) for k in runs if k.startswith("size_"))
if sizes:
    print("\n## Size curve (`PCF_JAVA_OPTS=-Xmx1g ./pcf report L.xlsx`, adaptive MC, zh+en)\n")
    print("| lines | wall s | CPU s | peak RSS MB | pages |\n|---:|---:|---:|---:|---:|")
    for n, k in sizes:
        print(f"| {n:,} | {med(k, 0):.1f} | {med(k, 1):.1f} | {med(k, 2) / 1024:.0f} | {pages.get(n, '?')} |")
