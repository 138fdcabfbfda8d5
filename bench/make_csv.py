"""Writes an N-row firm CSV for a framework folder (headers = question codes), for the benchmark.

Usage: make_csv.py FRAMEWORK ROWS OUT [REGIONS]: the firms spread evenly over the first REGIONS of the 31
provincial regions (default: the 10 of the first benchmark).
"""
import csv, random, sys

fw, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
PROVINCES = ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
             "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
             "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
             "宁夏回族自治区", "新疆维吾尔自治区"]
with open(f"{fw}/questions.csv", encoding="utf-8-sig") as f:
    qs = [r for r in csv.DictReader(f) if r["source"] == "firm"]
regions = ["北京", "广东省", "上海市", "浙江", "江苏省", "四川", "湖北省", "山东", "安徽省", "福建"]
if len(sys.argv) > 4:
    regions = PROVINCES[:int(sys.argv[4])]
labels = ["非常不同意", "不同意", "一般", "同意", "非常同意"]
rnd = random.Random(7)
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["统一社会信用代码", "企业名称", "所在地区"] + [q["code"] for q in qs])
    for i in range(n):
        row = [f"ID{i:08d}", f"企业{i}", regions[i % len(regions)]]
        for q in qs:
            s = q["scale"]
            if s == "yesno":
                row.append(rnd.choice(("是", "否")))
            elif s in ("number", "percent"):
                row.append(str(round(rnd.uniform(0, 50), 2)))
            else:
                row.append(labels[rnd.randrange(5)])
        w.writerow(row)
