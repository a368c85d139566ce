#!/usr/bin/python3
"""Writes a copy of a pcf workbook that the Python peer (/work/shared/peer/peer.py, contract v1) accepts, for the
performance comparison in bench/run.sh: the peer does not take the bilingual "是 yes" / "否 no" of the
Stages sheet's Included column, nor carbon content and oxidation rate beside a given factor value (pcf
documents them as parameters; the peer refuses them), nor a factor per kg or m³ computed from NCV × carbon
content × oxidation × 44/12 (it wants them per energy unit). The first is rewritten as 是/否, the parameters
beside a value are removed, and a computed factor is written as its value: the numbers stay the same. Usage: peer_workbook.py IN.xlsx OUT.xlsx"""
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
stages = next(ws for ws in wb.worksheets if ws.title.endswith("Stages"))
for row in stages.iter_rows(min_row=2):
    v = row[3].value
    if isinstance(v, str) and v.strip() in ("是 yes", "否 no"):
        row[3].value = v.strip().split()[0]
factors = next(ws for ws in wb.worksheets if ws.title.endswith("Factors"))
head = [c.value or "" for c in factors[1]]
value = next(i for i, h in enumerate(head) if "Value" in h)
cc = next(i for i, h in enumerate(head) if "Carbon content" in h)
of = next(i for i, h in enumerate(head) if "Oxidation" in h)
ncv = next(i for i, h in enumerate(head) if "NCV" in h and "unit" not in h)
ncv_unit = next(i for i, h in enumerate(head) if "NCV unit" in h)
GJ_PER = {"GJ/t": 1e-3, "GJ/10^4Nm3": 1e-4}  # GJ per kg, GJ per m³
for row in factors.iter_rows(min_row=2):
    if row[value].value is None and row[cc].value is not None and row[ncv_unit].value in GJ_PER:
        tj = row[ncv].value * GJ_PER[row[ncv_unit].value] / 1000
        row[value].value = tj * row[cc].value * 1000 * row[of].value * 44 / 12
        row[ncv].value = row[ncv_unit].value = None
    if row[value].value is not None:
        row[cc].value = None
        row[of].value = None
wb.save(sys.argv[2])
