#!/usr/bin/env python3
"""Check an ecoscore indicator framework folder against SPEC section 1.

Usage:
    python3 indicators/check_framework.py DIR [DIR ...]
    python3 indicators/check_framework.py --regions indicators/regions.csv

Checks, for each framework DIR: the four CSV files and their columns; codes unique over nodes and
questions and matching [A-Za-z][A-Za-z0-9_.-]*; exactly one root; parents exist; no cycles; weights
> 0; aggregation and role values known; subsystem1 and subsystem2 both present or both absent;
scales known; goalposts both-or-neither with min < max and only on number/percent; transform blank
or log (number/percent only); every node has a question beneath it; question texts unique (zh and en
together, after NFKC + trim + white-space collapse + case-fold); aliases not equal to another
question's code, text or alias, nor to a metadata alias; no text or alias starting with another
question's code; meta roles known, aliases not shared; optional node advice (advice_zh, advice_en)
in both languages, one paragraph, at most 300 characters (warnings);
scales with integer values and labels unique within a scale; multi-select questions (select blank,
single or multi; multi on a scale of scales.csv without negative values, goalposts >= 0 on the count
chosen, no transform; option only on yesno questions); missing.csv (answer,meaning: answers not
blank, not declared twice, not a label or value of a scale, nor a yes/no answer when the framework has
yesno questions); AHP matrices in ahp/ (right children,
exactly reciprocal, Saaty values, CR < 0.1). If DIR holds a regions.csv it is checked too.
Prints every problem with file and line, worded as `ecoscore framework check` words it (this checker is
stricter on a few points, which ecoscore does not check); exit code 0 when clean, 3 when a problem
refuses the framework (as ecoscore's), 2 for a wrong command line.
"""
import csv
import os
import re
import sys
import unicodedata
from fractions import Fraction

CODE_RE = re.compile(r'^[A-Za-z][A-Za-z0-9_.-]*$')
BUILTIN = {'number', 'percent', 'yesno'}
HERE = os.path.dirname(os.path.abspath(__file__))
ROLES = ['id', 'name', 'region', 'industry', 'size', 'community', 'submitted', 'duration', 'province', 'city',
         'case', 'rater']
PANEL_ROLES = ('case', 'rater')
TIMING_ROLES = ('submitted', 'duration')
RI = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
SAATY = {Fraction(k) for k in range(1, 10)} | {Fraction(1, k) for k in range(2, 10)}
YESNO_ANSWERS = {'是', '有', '已', 'yes', 'y', 'true', '1', '√', '✓', '否', '无', '没有', '未', 'no', 'n',
                 'false', '0', '×', '2'}
# characters that the sub-question header patterns of SPEC section 2 split on; a question text
# holding them could be read as "stem - X" or "stem:X"
RISKY = [' - ', '—', ':', '：']


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return ' '.join(s.split()).casefold()


class Checker:
    def __init__(self):
        self.problems = []
        self.warnings = []

    def err(self, where, msg):
        self.problems.append(f'{where}: {msg}')

    def warn(self, where, msg):
        self.warnings.append(f'{where}: {msg}')

    def read(self, path, columns):
        """Rows as dicts with their 1-based line numbers; None when the file is missing."""
        if not os.path.exists(path):
            self.err(path, 'file missing')
            return None
        with open(path, encoding='utf-8-sig', newline='') as f:
            rows = list(csv.reader(f))
        if not rows:
            self.err(path, 'empty file')
            return None
        header = [h.strip() for h in rows[0]]
        for c in columns:
            if c not in header:
                self.err(f'{path}:1', f'column "{c}" missing')
        out = []
        for i, r in enumerate(rows[1:], start=2):
            if not any(x.strip() for x in r):
                continue
            if len(r) != len(header):
                self.err(f'{path}:{i}', f'{len(r)} fields, header has {len(header)}')
            d = {h: (r[j].strip() if j < len(r) else '') for j, h in enumerate(header)}
            d['_line'] = i
            out.append(d)
        return out

    @staticmethod
    def positive(s):
        if s == '':
            return 1.0
        try:
            v = float(s)
        except ValueError:
            return None
        return v if v > 0 and v == v and v != float('inf') else None

    ADVICE_MAX = 300

    def check_advice(self, where, r):
        """Optional columns advice_zh, advice_en: what a region profile shows where the node holds it back."""
        zh, en = r.get('advice_zh', ''), r.get('advice_en', '')
        if bool(zh) != bool(en):
            self.warn(where, 'advice in one language only; a report in the other language shows it as written')
        for col, text in (('advice_zh', zh), ('advice_en', en)):
            if '\n' in text or '\r' in text:
                self.warn(where, f'{col} holds a line break; a profile cell shows one paragraph')
            if len(text) > self.ADVICE_MAX:
                self.warn(where, f'{col} has {len(text)} characters; keep it under {self.ADVICE_MAX} so that it '
                          'fits a profile row and a brief')

    def check_dir(self, d):
        fpath, qpath = os.path.join(d, 'framework.csv'), os.path.join(d, 'questions.csv')
        spath, mpath = os.path.join(d, 'scales.csv'), os.path.join(d, 'meta.csv')
        nodes = self.read(fpath, ['code', 'parent', 'name_zh', 'name_en', 'weight', 'aggregation', 'role'])
        questions = self.read(qpath, ['code', 'parent', 'source', 'scale', 'reverse', 'min', 'max',
                                      'transform', 'weight', 'text_zh', 'text_en', 'aliases'])
        scales = self.read(spath, ['scale', 'value', 'label'])
        meta = self.read(mpath, ['role', 'aliases'])
        if nodes is None or questions is None:
            return
        scale_names = self.check_scales(spath, scales or [])
        scale_values = {}
        scale_labels = {}
        for r in scales or []:
            try:
                scale_values.setdefault(r['scale'], set()).add(int(r['value']))
            except ValueError:
                continue
            scale_labels.setdefault(r['scale'], {})[norm(r['label'])] = int(r['value'])
        self.question_rows = questions
        meta_aliases = self.check_meta(mpath, meta or [])

        codes = {}
        for path, rows in ((fpath, nodes), (qpath, questions)):
            for r in rows:
                c, where = r['code'], f'{path}:{r["_line"]}'
                if c == '':
                    self.err(where, 'code is blank; every row needs a code')
                    continue
                if not CODE_RE.match(c):
                    self.err(where, f'code "{c}" is not valid: it must start with a letter and hold only letters, '
                             'digits, _ . -')
                if c in codes:
                    self.err(where, f'duplicate code "{c}" (first on {codes[c]}); codes are unique over nodes and '
                             'questions')
                else:
                    codes[c] = f'{os.path.basename(path)}:{r["_line"]}'
        node_codes = {r['code'] for r in nodes}
        question_codes = {r['code'] for r in questions} - node_codes
        parent_of = {}
        line_of = {}
        roots = []
        for r in nodes:
            where = f'{fpath}:{r["_line"]}'
            line_of.setdefault(r['code'], r['_line'])
            if r['parent'] == '':
                if roots:
                    self.err(where, f'a second root "{r["code"]}" (the root is "{roots[0][0]}" on line '
                             f'{roots[0][1]}); give it a parent')
                roots.append((r['code'], r['_line']))
            elif r['parent'] not in node_codes:
                if r['parent'] in question_codes:
                    self.err(where, f'parent "{r["parent"]}" is a question; a node\'s parent must be a node')
                else:
                    self.err(where, f'unknown parent "{r["parent"]}"; write the code of a node of framework.csv')
            parent_of.setdefault(r['code'], r['parent'])
            if self.positive(r['weight']) is None:
                self.err(where, f'weight "{r["weight"]}" is not a number > 0; write a positive number or leave it '
                         'blank for 1')
            if r['aggregation'].lower() not in ('', 'arithmetic', 'geometric'):
                self.err(where, f'aggregation "{r["aggregation"]}" is neither arithmetic nor geometric; write one '
                         'of them or leave it blank for arithmetic')
            if r['role'].lower() not in ('', 'subsystem1', 'subsystem2'):
                self.err(where, f'role "{r["role"]}" is not subsystem1 or subsystem2; leave it blank for other nodes')
            if not r['name_zh'] and not r['name_en']:
                self.err(where, f'node "{r["code"]}" has no name; give it a name_zh or a name_en')
            self.check_advice(where, r)
        if not nodes:
            self.err(f'{fpath}:1', 'no nodes; the framework needs at least a root')
        elif not roots:
            self.err(f'{fpath}:1', 'no root: exactly one node must have an empty parent')
        by_role = {}
        for r in nodes:
            role = r['role'].lower()
            if role not in ('subsystem1', 'subsystem2'):
                continue
            if role in by_role:
                first = by_role[role]
                self.err(f'{fpath}:{r["_line"]}', f'a second node with role {role} ("{first["code"]}" on line '
                         f'{first["_line"]} has it); at most one node per role')
            else:
                by_role[role] = r
        for role, other in (('subsystem1', 'subsystem2'), ('subsystem2', 'subsystem1')):
            if role in by_role and other not in by_role:
                self.err(f'{fpath}:{by_role[role]["_line"]}', f'role {role} is set but no node has role {other}; '
                         'set both or neither')
        in_cycle = set()
        for r in nodes:  # cycles, each said once, from its node highest in framework.csv
            if r['code'] in in_cycle:
                continue
            path, on_path, x = [], set(), r['code']
            while x in parent_of and parent_of[x] != '' and x not in on_path:
                on_path.add(x)
                path.append(x)
                x = parent_of[x]
            if x in on_path and x not in in_cycle:
                cycle = path[path.index(x):]
                in_cycle.update(cycle)
                first = min(cycle, key=lambda c: line_of[c])
                k = cycle.index(first)
                shown = [cycle[(k + i) % len(cycle)] for i in range(len(cycle) + 1)]
                self.err(f'{fpath}:{line_of[first]}', f'cycle {" → ".join(shown)} (each node\'s parent); one of '
                         'them must lead up to the root')

        texts = {}
        has_question = set()
        # multi-select and option questions read the same columns, so they may share texts and aliases
        shared = {r['code'] for r in questions
                  if r.get('select', '').lower() == 'multi' or (r['scale'] == 'yesno' and r.get('option', ''))}
        for r in questions:
            where = f'{qpath}:{r["_line"]}'
            if r['parent'] == '':
                self.err(where, 'parent is blank; a question\'s parent must be a node of framework.csv')
            elif r['parent'] not in node_codes:
                if r['parent'] in question_codes:
                    self.err(where, f'parent "{r["parent"]}" is a question; a question\'s parent must be a node')
                else:
                    self.err(where, f'unknown parent "{r["parent"]}"; write the code of a node of framework.csv')
            else:
                x, seen = r['parent'], set()
                while x and x not in seen:
                    seen.add(x)
                    has_question.add(x)
                    x = parent_of.get(x, '')
            if r['source'].lower() not in ('firm', 'region', 'expert'):
                self.err(where, f'source "{r["source"]}" is neither firm, region nor expert; write one of them')
            sc = r['scale']
            builtin = sc.lower() in BUILTIN
            kind = sc.lower() if builtin else 'named'
            # an unknown scale is said once: the checks that depend on the question's kind are left out
            unknown = not builtin and sc not in scale_names
            if unknown:
                self.err(where, f'unknown scale "{sc}"; use number, percent, yesno or '
                         + ('a scale named in scales.csv' if scales is not None
                            else 'a scale of scales.csv (there is no scales.csv)'))
            if r['reverse'].lower() not in ('', 'true', 'false'):
                self.err(where, f'reverse "{r["reverse"]}" is not true or false; write true or false, or leave it '
                         'blank for false')
            if self.positive(r['weight']) is None:
                self.err(where, f'weight "{r["weight"]}" is not a number > 0; write a positive number or leave it '
                         'blank for 1')
            select = r.get('select', '').lower()
            multi = select == 'multi' and not builtin
            if select == 'multi' and builtin:
                self.err(where, 'select multi needs a scale of scales.csv listing the options (value = option '
                         f'number, label = option text), not "{sc}"')
            elif select not in ('', 'single', 'multi'):
                self.err(where, f'select "{r["select"]}" is neither single nor multi; leave it blank for an '
                         'ordinary question')
            if multi and not unknown and min(scale_values.get(sc, {0})) < 0:
                self.err(where, f'scale "{sc}" has the value {min(scale_values[sc])}; the options of a '
                         'multi-select question are numbered 1, 2, … (0 = none of these), never negative')
            if r.get('option', '') and kind != 'yesno' and not unknown:
                self.err(where, f'option "{r["option"]}" is only for yesno questions (a yes/no question standing '
                         'for one option of a multi-select question); leave it blank')
            numeric = kind in ('number', 'percent')
            lo, hi = r['min'], r['max']
            goalposts = None
            if lo == '' and hi == '':
                pass
            elif not (numeric or multi or unknown):
                self.err(where, 'min/max goalposts are only for number, percent and multi-select questions; leave '
                         'them blank here')
            elif lo == '' or hi == '':
                self.err(where, ('max without min' if lo == '' else 'min without max')
                         + '; give both goalposts or neither')
            else:
                nums = []
                for bound, v, example in (('min', lo, '0'), ('max', hi, '100')):
                    try:
                        nums.append(float(v))
                    except ValueError:
                        self.err(where, f'{bound} "{v}" is not a number; write a number such as {example}')
                if len(nums) == 2:
                    if not nums[0] < nums[1]:
                        self.err(where, f'min {lo} is not below max {hi}; min must be smaller than max')
                    else:
                        goalposts = nums
            log = r['transform'].lower() == 'log'
            if r['transform'] != '' and not log:
                self.err(where, f'transform "{r["transform"]}" is not log; leave it blank for none')
            elif log and not numeric and not unknown:
                self.err(where, 'transform log is only for number and percent questions; leave it blank here')
            elif multi and goalposts and goalposts[0] < 0:
                self.err(where, 'the goalposts of a multi-select question count options chosen; they must be >= 0')
            elif log and goalposts and (goalposts[0] < 0 or goalposts[1] < 0):
                self.err(where, 'with transform log the goalposts must be >= 0 (a negative answer is invalid)')
            for lang in ('text_zh', 'text_en'):
                t = r[lang]
                if not t:
                    self.warn(where, f'{lang} empty')
                    continue
                k = norm(t)
                if k in texts and texts[k][0] != r['code'] and not (r['code'] in shared and texts[k][0] in shared):
                    self.err(where, f'{lang} "{t}" repeats the text of {texts[k][0]}')
                texts.setdefault(k, (r['code'], where))
                for s in RISKY:
                    if s in t:
                        self.warn(where, f'{lang} holds "{s}", which a sub-question header pattern splits on')
        for r in nodes:
            if r['code'] not in has_question and r['code'] not in in_cycle:
                self.err(f'{fpath}:{r["_line"]}', f'node "{r["code"]}" has no question beneath it; add a question '
                         'under it or remove it')

        # aliases: never another question's code/text/alias, never a meta alias
        lower_codes = {norm(c): c for c in codes}
        owner = {k: v[0] for k, v in texts.items()}
        for r in questions:
            where = f'{qpath}:{r["_line"]}'
            for a in [x for x in r['aliases'].split('|') if x.strip()]:
                k = norm(a)
                if k in lower_codes and lower_codes[k] != r['code']:
                    self.err(where, f'alias "{a}" is the code {lower_codes[k]}')
                if k in owner and owner[k] != r['code'] and not (r['code'] in shared and owner[k] in shared):
                    self.err(where, f'alias "{a}" is a text or alias of {owner[k]}')
                owner.setdefault(k, r['code'])
        # SPEC section 2: a header whose first token is a code matches that question, so no text or
        # alias may start with the code of another question
        qcodes = {norm(r['code']): r['code'] for r in questions}
        for r in questions:
            where = f'{qpath}:{r["_line"]}'
            for t in [r['text_zh'], r['text_en']] + r['aliases'].split('|'):
                first = re.split(r'[\s、:：）)]', norm(t), maxsplit=1)[0] if t.strip() else ''
                if first in qcodes and qcodes[first] != r['code']:
                    self.err(where, f'"{t}" starts with the code {qcodes[first]}')
        for k, role in meta_aliases.items():
            first = re.split(r'[\s、:：）)]', k, maxsplit=1)[0]
            if first in qcodes:
                self.err(mpath, f'{role} alias "{k}" starts with the code {qcodes[first]}')
            if k in owner:
                self.err(mpath, f'{role} alias "{k}" is a text or alias of question {owner[k]}')
            if k in lower_codes:
                self.err(mpath, f'{role} alias "{k}" is the code {lower_codes[k]}')

        mpath2 = os.path.join(d, 'missing.csv')
        if os.path.exists(mpath2):
            self.check_missing(mpath2, scale_labels, scale_values,
                               any(r['scale'] == 'yesno' for r in questions))
        self.check_ahp(d, nodes, parent_of)
        rpath = os.path.join(d, 'regions.csv')
        if os.path.exists(rpath):
            self.check_regions(rpath)
        cpath = os.path.join(d, 'cities.csv')
        if os.path.exists(cpath):
            self.check_cities(cpath, rpath if os.path.exists(rpath) else os.path.join(HERE, 'regions.csv'))
        upath = os.path.join(d, 'unit.csv')
        if os.path.exists(upath):
            rows = self.read(upath, ['unit_zh', 'unit_en'])
            if rows is not None and len(rows) != 1:
                self.err(upath, f'needs exactly one row under unit_zh,unit_en (e.g. 学校,school); it has {len(rows)}')
            elif rows is not None and not (rows[0]['unit_zh'].strip() and rows[0]['unit_en'].strip()):
                self.err(f'{upath}:{rows[0]["_line"]}', 'unit_zh and unit_en must both be filled in (e.g. 学校,school)')

    def check_scales(self, path, rows):
        labels = {}
        values = {}
        for r in rows:
            where = f'{path}:{r["_line"]}'
            name = r['scale']
            if name in BUILTIN:
                self.err(where, f'scale "{name}" shadows a built-in')
            try:
                v = int(r['value'])
            except ValueError:
                self.err(where, f'value "{r["value"]}" is not an integer')
                continue
            values.setdefault(name, set()).add(v)
            k = (name, norm(r['label']))
            if not r['label']:
                self.err(where, 'empty label')
            elif k in labels and labels[k] != v:
                self.err(where, f'label "{r["label"]}" means two values in {name}')
            elif k in labels:
                self.warn(where, f'label "{r["label"]}" repeated')
            labels[k] = v
        for name, vs in values.items():
            if len(vs) < 2:
                self.err(path, f'scale {name} has fewer than two values')
            elif vs != set(range(min(vs), max(vs) + 1)):
                self.warn(path, f'scale {name} has gaps: {sorted(vs)}')
        return set(values)

    def check_missing(self, path, labels, values, yesno):
        rows = self.read(path, ['answer', 'meaning'])
        seen = {}
        for r in rows or []:
            where = f'{path}:{r["_line"]}'
            a = r['answer']
            if not a:
                self.err(where, 'blank answer')
                continue
            k = norm(a)
            if k in seen:
                self.err(where, f'answer "{a}" declared twice (first on line {seen[k]})')
                continue
            seen[k] = r['_line']
            clash = None
            for name in sorted(set(labels) | set(values)):
                if k in labels.get(name, {}):
                    clash = f'a label of scale {name}'
                    break
                if re.fullmatch(r'[+-]?\d{1,9}', k) and int(k) in values.get(name, set()):
                    clash = f'a value of scale {name}'
                    break
            if clash is None and yesno and k in YESNO_ANSWERS:
                clash = 'a yes/no answer'
            if clash:
                self.err(where, f'answer "{a}" is {clash}')

    def check_meta(self, path, rows):
        seen = {}
        given = set()
        for r in rows:
            where = f'{path}:{r["_line"]}'
            role = r['role'].lower()
            if role not in ROLES:
                self.err(where, f'unknown role "{r["role"]}"')
            if role in given:
                self.err(where, f'role {role} given twice')
            given.add(role)
            for a in [x for x in r['aliases'].split('|') if x.strip()]:
                k = norm(a)
                if k in seen and seen[k] != role:
                    self.err(where, f'alias "{a}" also names {seen[k]}')
                elif k in seen:
                    self.warn(where, f'alias "{a}" repeated')
                seen[k] = role
        sources = [q['source'].lower() for q in getattr(self, 'question_rows', [])]
        panel = 'expert' in sources
        only_panel = panel and all(x == 'expert' for x in sources)
        for role in ROLES:
            # an expert panel's rows have a case and a rater, not a firm's id, name or region (and vice versa)
            if (not panel) if role in PANEL_ROLES else (only_panel and role not in TIMING_ROLES):
                continue
            if role not in given:
                self.warn(path, f'no aliases for role {role}')
        return seen

    def check_ahp(self, d, nodes, parent_of):
        ahp = os.path.join(d, 'ahp')
        if not os.path.isdir(ahp):
            return
        try:
            import numpy as np
        except ImportError:
            self.err(ahp, 'numpy is needed to check AHP matrices')
            return
        node_codes = {r['code'] for r in nodes}
        for fn in sorted(os.listdir(ahp)):
            path = os.path.join(ahp, fn)
            if os.path.isdir(path) and not fn.startswith('.'):
                # one matrix per expert: ahp/PARENT/EXPERT.csv
                if os.path.exists(path + '.csv'):
                    self.err(path, f'both ahp/{fn}.csv and the folder ahp/{fn}/ exist; keep one')
                    continue
                experts = sorted(e for e in os.listdir(path) if e.endswith('.csv') and not e.startswith('.'))
                if not experts:
                    self.err(path, 'holds no expert matrix (EXPERT.csv)')
                for e in experts:
                    self.check_matrix(np, os.path.join(path, e), fn, node_codes, parent_of, expert=True)
                continue
            if not fn.endswith('.csv'):
                continue
            self.check_matrix(np, path, fn[:-4], node_codes, parent_of, expert=False)

    def check_matrix(self, np, path, parent, node_codes, parent_of, expert):
        if parent not in node_codes:
            self.err(path, f'"{parent}" is not a node')
            return
        children = [c for c, p in parent_of.items() if p == parent]
        with open(path, encoding='utf-8-sig', newline='') as f:
            rows = [r for r in csv.reader(f) if any(x.strip() for x in r)]
        head = [x.strip() for x in rows[0][1:]]
        if sorted(head) != sorted(children) or len(set(head)) != len(head):
            self.err(f'{path}:1', f'children {head} are not the node children {children}')
            return
        n = len(head)
        m = [[None] * n for _ in range(n)]
        ok = True
        if len(rows) != n + 1:
            self.err(path, f'{len(rows) - 1} rows for {n} children')
            return
        for i, r in enumerate(rows[1:]):
            if r[0].strip() != head[i]:
                self.err(f'{path}:{i + 2}', f'row "{r[0]}" where "{head[i]}" was expected (same order as the header)')
                ok = False
            for j in range(n):
                cell = r[j + 1].strip() if j + 1 < len(r) else ''
                try:
                    v = Fraction(cell)
                except (ValueError, ZeroDivisionError):
                    self.err(f'{path}:{i + 2}', f'"{cell}" is not a number or fraction')
                    ok = False
                    return
                if v not in SAATY:
                    self.err(f'{path}:{i + 2}', f'"{cell}" is not on Saaty\'s 1-9 scale')
                m[i][j] = v
        if not ok:
            return
        for i in range(n):
            if m[i][i] != 1:
                self.err(path, f'diagonal {head[i]} is not 1')
            for j in range(n):
                if m[i][j] * m[j][i] != 1:
                    self.err(path, f'{head[i]}/{head[j]} = {m[i][j]} and {head[j]}/{head[i]} = {m[j][i]} are not reciprocal')
        w, cr, lam = ahp_weights(np.array([[float(x) for x in row] for row in m]))
        if cr >= 0.1 and expert:
            self.warn(path, f'consistency ratio {cr:.4f} is not below 0.1 (ecoscore warns; --ahp-max-cr can leave this expert out)')
        elif cr >= 0.1:
            self.err(path, f'consistency ratio {cr:.4f} is not below 0.1')
        self.info.append(f'{path}: lambda_max {lam:.4f}, CR {max(cr, 0.0):.4f}, weights ' +
                         ', '.join(f'{c} {x:.4f}' for c, x in zip(head, w)))

    def check_cities(self, path, regions_path):
        """cities.csv: code,name_zh,short_zh,province,name_en,aliases; province names a row of regions.csv."""
        rows = self.read(path, ['code', 'name_zh', 'province'])
        if rows is None:
            return
        with open(regions_path, encoding='utf-8-sig', newline='') as f:
            provinces = {}
            for r in csv.DictReader(f):
                for k in [r.get('code', ''), r.get('name_zh', ''), r.get('short_zh', ''), r.get('name_en', '')] + \
                        (r.get('aliases') or '').split('|'):
                    if k.strip():
                        provinces.setdefault(norm(k), r['code'])
        seen = {}
        for r in rows:
            where = f'{path}:{r["_line"]}'
            if not r['code'].strip() or not r['name_zh'].strip():
                self.err(where, 'code and name_zh are required for every city')
                continue
            if norm(r['province']) not in provinces:
                self.err(where, f'province "{r["province"]}" of city "{r["name_zh"]}" is not in the region '
                                f'dictionary; give the code or name of a row of regions.csv')
                continue
            names = [r['code'], r['name_zh'], r.get('short_zh', ''), r.get('name_en', '')] + \
                    [a for a in (r.get('aliases') or '').split('|') if a.strip()]
            for a in names:
                k = norm(a)
                if not k:
                    continue
                if k in seen and seen[k] != r['_line']:
                    self.err(where, f'"{a}" also names the city on line {seen[k]}; a name must mean one city')
                seen.setdefault(k, r['_line'])
        self.info.append(f'{path}: {len(rows)} cities')

    def check_regions(self, path):
        rows = self.read(path, ['code', 'name_zh', 'short_zh', 'name_en', 'aliases'])
        if rows is None:
            return
        seen = {}
        codes = set()
        for r in rows:
            where = f'{path}:{r["_line"]}'
            if not re.fullmatch(r'\d{6}', r['code']):
                self.err(where, f'code "{r["code"]}" is not 6 digits')
            if r['code'] in codes:
                self.err(where, f'duplicate code {r["code"]}')
            codes.add(r['code'])
            names = [r['code'], r['name_zh'], r['short_zh'], r['name_en']] + \
                    [a for a in r['aliases'].split('|') if a.strip()]
            for a in names:
                k = norm(a)
                if k in seen and seen[k] != r['code']:
                    self.err(where, f'"{a}" also names region {seen[k]}')
                elif k in seen and a in (r['aliases'] or '').split('|'):
                    self.warn(where, f'alias "{a}" repeats a name of the same region')
                seen[k] = r['code']
        self.info.append(f'{path}: {len(rows)} regions, {len(seen)} distinct names')

    info = []


def ahp_weights(a):
    """Principal eigenvector (normalised), CR and lambda_max of a pairwise matrix."""
    import numpy as np
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    lam = float(vals[k].real)
    w = np.abs(vecs[:, k].real)
    w = w / w.sum()
    n = a.shape[0]
    ci = (lam - n) / (n - 1) if n > 1 else 0.0
    ri = RI[n - 1] if n <= len(RI) else 1.49
    cr = ci / ri if ri > 0 else 0.0
    return w, cr, lam


def main(argv):
    if not argv or argv[0] in ('-h', '--help'):
        print(__doc__)
        return 2
    ch = Checker()
    ch.info = []
    i = 0
    while i < len(argv):
        if argv[i] == '--regions':
            ch.check_regions(argv[i + 1])
            i += 2
        else:
            ch.check_dir(argv[i])
            i += 1
    for x in ch.info:
        print('info    ', x)
    for x in ch.warnings:
        print('warning ', x)
    for x in ch.problems:
        print('ERROR   ', x)
    print(f'{len(ch.problems)} error(s), {len(ch.warnings)} warning(s)')
    if ch.problems:
        print(f'{", ".join(argv)}: the framework is refused, {len(ch.problems)} problem'
              f'{"" if len(ch.problems) == 1 else "s"} (listed above); fix them in the framework files '
              '(see docs/framework-format.md) and run the check again.')
    return 3 if ch.problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
