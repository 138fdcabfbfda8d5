#!/usr/bin/env python3
"""Generate bench/framework-150: a benchmark framework with exactly 150 firm questions.

Same A/B tree as indicators/default (framework.csv, scales.csv and meta.csv are copied from it, so
that the benchmark follows the default framework); 150 generated firm questions spread over A1-A6
and B1-B5 (110 agree5, 10 percent and 10 number with goalposts, 10 number with transform=log and
no goalposts, 10 yesno; every 14th agree5 item reverse-worded) plus 5 region questions. The output
is deterministic (a fixed seed), so re-running it gives identical files.

Usage (from the repository root):  python3 bench/make_framework.py [OUT_DIR]
Standard library only.
"""
import csv
import os
import random
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, 'indicators', 'default')
LEAVES = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B4', 'B5']
HEADER = ['code', 'parent', 'source', 'scale', 'reverse', 'min', 'max', 'transform', 'weight',
          'text_zh', 'text_en', 'aliases']
KINDS = ['agree5'] * 110 + ['percent'] * 10 + ['number'] * 10 + ['log'] * 10 + ['yesno'] * 10

REGION = [
    ['A2_R1', 'A2', 'region', 'number', '', '0', '10000', 'log', '', '本地区公共算力规模（PFLOPS）',
     'Public compute capacity in the region (PFLOPS)', ''],
    ['A4_R1', 'A4', 'region', 'number', '', '0', '1000', 'log', '',
     '本地区投向人工智能领域的政府引导基金规模（亿元）',
     "Size of the region's government guidance funds for AI (100 million yuan)", ''],
    ['A5_R1', 'A5', 'region', 'yesno', '', '', '', '', '', '本地区是否设立了人工智能政策沙盒或包容审慎监管试点',
     'Has the region set up an AI policy sandbox or an inclusive, prudent regulation pilot?', ''],
    ['B3_R1', 'B3', 'region', 'number', 'true', '0', '30', '', '', '企业服务事项平均审批办理天数（天）',
     'Average days to approve an enterprise service application (days)', ''],
    ['B4_R1', 'B4', 'region', 'yesno', '', '', '', '', '', '本地区是否设有数据交易所或数据交易中心',
     'Does the region have a data exchange or data trading centre?', ''],
]


def questions():
    kinds = KINDS[:]
    random.Random(150).shuffle(kinds)
    counters = {}
    agree_seen = 0
    rows = []
    for k, kind in enumerate(kinds):
        node = LEAVES[k % len(LEAVES)]
        i = counters[node] = counters.get(node, 0) + 1
        code = f'{node}_{i:02d}'
        reverse, lo, hi, transform = '', '', '', ''
        if kind == 'agree5':
            agree_seen += 1
            reverse = 'true' if agree_seen % 14 == 0 else ''
            scale = 'agree5'
            zh, en = f'{node}维度认知项{i}', f'Perception item {i} on {node}'
            if reverse:
                zh, en = zh + '（反向）', en + ' (reverse-worded)'
        elif kind == 'percent':
            scale, lo, hi = 'percent', '0', '30' if i % 2 else '100'
            zh, en = f'{node}维度比例项{i}（%）', f'Share item {i} on {node} (%)'
        elif kind == 'number':
            scale, lo, hi = 'number', '0', '1000'
            zh, en = f'{node}维度数值项{i}', f'Numeric item {i} on {node}'
        elif kind == 'log':
            scale, transform = 'number', 'log'
            zh, en = f'{node}维度计数项{i}', f'Count item {i} on {node}'
        else:
            scale = 'yesno'
            zh, en = f'{node}维度参与项{i}', f'Participation item {i} on {node}'
        rows.append([code, node, 'firm', scale, reverse, lo, hi, transform, '', zh, en, ''])
    rows.sort(key=lambda r: (LEAVES.index(r[1]), r[0]))
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'bench', 'framework-150')
    os.makedirs(out, exist_ok=True)
    for name in ('framework.csv', 'scales.csv', 'meta.csv'):
        shutil.copyfile(os.path.join(DEFAULT, name), os.path.join(out, name))
    rows = questions()
    by_node = {}
    for r in rows:
        by_node.setdefault(r[1], []).append(r)
    ordered = []
    for node in LEAVES:
        ordered += by_node[node] + [r for r in REGION if r[1] == node]
    with open(os.path.join(out, 'questions.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(HEADER)
        w.writerows(ordered)
    firm = sum(1 for r in ordered if r[2] == 'firm')
    print(f'{out}: {firm} firm and {len(ordered) - firm} region questions')


if __name__ == '__main__':
    main()
