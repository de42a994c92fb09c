#!/usr/bin/env python3
"""Mutation score per group, from the XML reports of `./mvnw -Pmutation ... mutationCoverage`.

Usage: python3 dev/mutation-scores.py [--survivors]
A mutant counts as killed when a test failed or timed out on it (PIT's own definition).
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

GROUPS = [
    ("date parser and fuzzy dates", re.compile(r"org\.campaignmodel\.(EdtfParser|FuzzyDate)")),
    ("quantities and disparities", re.compile(r"org\.campaignmodel\.(Quantity|Disparity)")),
    ("validators and the rule walk", re.compile(r"org\.campaignmodel\.(internal|validation)\.")),
    ("exports (no goal)", re.compile(r"org\.campaignmodel\.json\.export\.")),
    ("JSON codec", re.compile(r"org\.campaignmodel\.json\.")),
]
KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR"}

root = pathlib.Path(__file__).resolve().parent.parent
reports = [root / m / "target/pit-reports/mutations.xml" for m in ("core", "json")]
total, killed, survivors = collections.Counter(), collections.Counter(), []
for report in reports:
    if not report.exists():
        sys.exit(f"{report} is missing; run the mutation profile first (see the README)")
    for mutation in ET.parse(report).getroot():
        cls = mutation.findtext("mutatedClass")
        group = next((name for name, pattern in GROUPS if pattern.match(cls)), "other")
        total[group] += 1
        if mutation.get("status") in KILLED:
            killed[group] += 1
        else:
            survivors.append((cls, int(mutation.findtext("lineNumber")), mutation.findtext("description")))
for name, _ in GROUPS:
    if total[name]:
        print(f"{name}: {killed[name]} of {total[name]} killed, {100 * killed[name] / total[name]:.1f}%")
if "--survivors" in sys.argv:
    for cls, line, description in sorted(survivors):
        print(f"  {cls}:{line} {description}")
