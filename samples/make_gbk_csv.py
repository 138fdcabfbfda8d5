"""Writes samples/firms-tencent-gbk.csv: a Tencent-Survey-style CSV export saved by Excel on Chinese
Windows (GBK / GB18030, no BOM), for the default framework. Deterministic (seed 11).

Usage: python3 samples/make_gbk_csv.py indicators/default samples/firms-tencent-gbk.csv
"""
import csv, io, random, sys

fw, out = sys.argv[1], sys.argv[2]
with open(f"{fw}/questions.csv", encoding="utf-8-sig") as f:
    qs = [r for r in csv.DictReader(f) if r["source"] == "firm"]
labels = ["非常不同意", "不同意", "一般", "同意", "非常同意"]
regions = ["四川省", "四川", "湖北", "湖北省", "陕西省", "重庆", "重庆市", "天津市"]
industries = ["智能制造", "计算机视觉", "自然语言处理", "智能驾驶", "AI芯片"]
sizes = ["大型", "中型", "小型", "微型"]
communities = ["研究群落", "开发群落", "应用群落"]
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def credit_code(rnd):
    body = "91" + "".join(rnd.choice("0123456789") for _ in range(6)) + "".join(rnd.choice(CH) for _ in range(9))
    s = sum(CH.index(c) * w for c, w in zip(body, W))
    return body + CH[(31 - s % 31) % 31]

rnd = random.Random(11)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["编号", "提交时间", "答题时长", "企业名称", "统一社会信用代码", "所在省份", "所属行业", "企业规模", "创新群落"]
           + [f"{i + 1}.{q['text_zh']}" for i, q in enumerate(qs)])
for i in range(24):
    quality = rnd.gauss(0, 1)
    row = [str(i + 1), f"2025-04-{rnd.randint(1, 28):02d} {rnd.randint(8, 22):02d}:{rnd.randint(0, 59):02d}:00",
           f"{rnd.randint(240, 1500)}秒", f"西部智能科技{i + 1:02d}有限公司", credit_code(rnd),
           rnd.choice(regions), rnd.choice(industries), rnd.choice(sizes), rnd.choice(communities)]
    for q in qs:
        if rnd.random() < 0.03:
            row.append("")
            continue
        s = q["scale"]
        if s == "yesno":
            row.append("是" if rnd.random() < 0.5 + 0.2 * quality else "否")
        elif s == "percent":
            row.append(f"{max(0.0, rnd.gauss(12 + 4 * quality, 6)):.1f}%")
        elif s == "number":
            row.append(f"{int(max(0, rnd.lognormvariate(2 + 0.5 * quality, 1))):,}")
        else:
            v = min(5, max(1, round(rnd.gauss(3.3 + 0.8 * quality, 0.9))))
            row.append(labels[v - 1])
    if i == 19:   # a respondent who gave up after the first page: excluded for low coverage
        row = row[:9 + 8] + [""] * (len(qs) - 8)
    if i == 20:   # no credit code given: scored as FILE#ROW with a missing-id warning
        row[4] = ""
    if i == 21:   # no province given: scored, but in no region (missing-region)
        row[5] = ""
    if i == 22:   # Excel turned the 18-digit code into a number: mangled-id warning
        row[4] = "9.14403E+17"
    w.writerow(row)
w.writerow([""] * 5)  # a blank line at the end, as Excel sometimes leaves
with open(out, "wb") as f:
    f.write(buf.getvalue().encode("gb18030"))
