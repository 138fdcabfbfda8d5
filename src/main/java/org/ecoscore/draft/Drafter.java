package org.ecoscore.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.HeaderMatcher;

/**
 * Drafts a framework from platform exports (SPEC §6 {@code framework draft}; docs/platforms.md):
 * <ol>
 * <li>metadata columns are recognised by the built-in framework's meta.csv aliases, then by the platforms'
 * own headers ({@link PlatformMeta}); per role the first column of a framework alias wins, else the first
 * platform fallback (a respondent number as id, the IP location as region);</li>
 * <li>every other column is a question (one per column; the same text in several exports, once the platform's
 * question number and type tags are stripped, is one question read from each export's column, its answers
 * pooled), its scale inferred from the answers ({@link Inference}), or left out with the reason (a header that
 * misspells a metadata alias says which);</li>
 * <li>codes come from the question number ({@code Q1}, {@code Q6_1} for the first sub-item of question 6) or
 * from the header when it is a code (Qualtrics, LimeSurvey); texts from the header without number and type
 * tags, made unique;</li>
 * <li>finally the draft is matched against its own exports with ecoscore's {@link HeaderMatcher}: a column the
 * reader would not map to its question gets its header as an alias, so that the draft reads its exports
 * exactly as drafted.</li>
 * </ol>
 */
final class Drafter {
    static final String NODE = "ALL";

    private static final DraftWords ENGLISH = new DraftWords(true);
    private final Map<MetaRole, List<String>> frameworkMeta;
    /** 问卷星's tag for a fill-in question, (填空题) or （填空题）: its answers are typed, not chosen */
    private static final java.util.regex.Pattern FILL_IN = java.util.regex.Pattern.compile("[(（]\\s*填空题");
    /** the built-in framework's metadata aliases, for the misspelt metadata header of a left-out column */
    private final HeaderMatcher metaMatcher;
    private final Map<String, MetaRole> frameworkMetaByAlias = new HashMap<>();

    /** @param frameworkMeta the built-in framework's meta.csv aliases (the firm's own metadata columns) */
    Drafter(Map<MetaRole, List<String>> frameworkMeta) {
        this.frameworkMeta = frameworkMeta;
        this.metaMatcher = new HeaderMatcher(List.of(), frameworkMeta);
        for (Map.Entry<MetaRole, List<String>> e : frameworkMeta.entrySet()) {
            for (String a : e.getValue()) frameworkMetaByAlias.putIfAbsent(Text.normalise(a), e.getKey());
        }
    }

    /** A question being built: its columns, pooled answers, header parts. */
    private static final class Building {
        final String key;
        final List<ExportColumn> columns = new ArrayList<>();
        final ColumnValues values = new ColumnValues();
        final HeaderParts parts;
        final HeaderParts codeParts;
        final int subIndex;
        /** the question number (-1 when none) */
        final int number;
        /** a multi-select question's option columns (one per option; empty for a one-cell question) */
        final List<ExportColumn> optionColumns = new ArrayList<>();
        final List<String> optionLabels = new ArrayList<>();
        final List<Integer> optionValues = new ArrayList<>();
        String code;
        String text;
        Guess guess;
        final Set<String> aliases = new LinkedHashSet<>();

        Building(String key, HeaderParts parts, HeaderParts codeParts, int subIndex) {
            this.key = key;
            this.parts = parts;
            this.codeParts = codeParts;
            this.subIndex = subIndex;
            this.number = parts.number() >= 0 ? parts.number() : codeParts.number();
        }

        /** The text of a one-cell multi-select column: its stem, for a group whose headers have none. */
        String stemText;

        void stemFrom(Building m) {
            if (parts.stem().isBlank()) stemText = m.parts.stem();
        }

        boolean isOptionGroup() {
            return !optionColumns.isEmpty();
        }
    }

    Draft draft(List<ExportReader.Export> exports) {
        List<Draft.MetaColumn> metaUsed = new ArrayList<>();
        List<Draft.LeftOut> leftOut = new ArrayList<>();
        Map<MetaRole, LinkedHashSet<String>> metaHeaders = new EnumMap<>(MetaRole.class);
        Map<String, Building> byKey = new LinkedHashMap<>();
        for (ExportReader.Export e : exports) {
            List<ExportColumn> answers = new ArrayList<>();
            metaColumns(e, metaUsed, metaHeaders, answers);
            if (answers.isEmpty()) {
                throw nothingToDraft(e, e.file(), "every column is platform metadata (序号, 提交答卷时间, StartDate, …)")
                        .coded("draft-nothing", "form", "metadata");
            }
            Map<Integer, Integer> subItems = new HashMap<>();
            for (int i = 0; i < answers.size(); ) {
                int run = optionRun(answers, i);
                if (run >= 2) {
                    optionGroup(answers.subList(i, i + run), byKey);
                    i += run;
                    continue;
                }
                ExportColumn c = answers.get(i++);
                HeaderParts parts = HeaderParts.parse(c.text());
                HeaderParts codeParts = c.header().equals(c.text()) ? parts : HeaderParts.parse(c.header());
                int number = parts.number() >= 0 ? parts.number() : codeParts.number();
                int sub = parts.isSubItem() && number >= 0 ? subItems.merge(number, 1, Integer::sum) : 0;
                String exact = Text.normalise(c.header()) + "\u0000" + Text.normalise(c.text());
                String key = byText(parts, codeParts);
                Building same = key == null ? null : byKey.get(key);
                // one export's two columns of the same text stay two questions; the same text in another
                // export (问卷星 7、… and 腾讯问卷 7.…) is one question read from each export's column
                if (key == null || same != null && same.columns.stream()
                        .anyMatch(o -> o.file().equals(c.file()) && o.sheet().equals(c.sheet()))) {
                    key = exact;
                }
                Building b = byKey.computeIfAbsent(key, k -> new Building(k, parts, codeParts, sub));
                b.columns.add(c);
                b.values.merge(c.values());
            }
        }
        List<Building> questions = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Building b : byKey.values()) {
            if (b.isOptionGroup()) {
                b.guess = new Guess(Guess.Kind.MULTI, null, b.optionLabels.size() + " options, one column each", null);
            } else {
                b.guess = Inference.guess(b.values, b.parts.stem() + " " + (b.parts.item() == null ? ""
                        : b.parts.item()));
                if (b.guess.kind() != Guess.Kind.NUMBER && b.guess.kind() != Guess.Kind.PERCENT
                        && b.guess.kind() != Guess.Kind.MULTI && b.columns.stream().anyMatch(c -> FILL_IN.matcher(c.header()).find())) {
                    // new-user test: a 问卷星 fill-in (填空题) answered mostly 无 is a comment box, not a yes/no question;
                    // a fill-in of numbers stays a number
                    b.guess = Guess.leftOut("why.freeText", b.values.sample(3));
                }
                if (b.guess.kind() == Guess.Kind.LEFT_OUT && b.columns.size() > 1
                        && b.columns.stream().anyMatch(c -> Inference.mostlyDistinct(c.values()))) {
                    // two exports of one survey repeat every answer: judge free text column by column
                    b.guess = Guess.leftOut("why.freeText", b.values.sample(3));
                }
            }
        }
        mergeShapes(byKey);
        for (Building b : byKey.values()) {
            if (b.guess.kind() == Guess.Kind.LEFT_OUT) {
                for (ExportColumn c : b.columns) {
                    DraftWords.Phrase typo = metaTypo(c);
                    leftOut.add(new Draft.LeftOut(c, typo != null ? typo : b.guess.reason(), b.guess.evidence()));
                }
                continue;
            }
            for (String a : b.values.distinct.keySet()) if (Vocabulary.DONT_KNOW.contains(a)) missing.add(a);
            questions.add(b);
        }
        if (questions.isEmpty()) {
            throw nothingToDraft(exports.get(0), String.join(", ",
                    exports.stream().map(ExportReader.Export::file).toList()), "no column holds answers ecoscore can score (" + leftOut.size()
                    + " left out: " + String.join("; ", leftOut.stream().limit(5).map(l -> l.column().letters() + " "
                    + ENGLISH.say(l.reason())).toList()) + (leftOut.size() > 5 ? "; …" : "") + ")").coded("draft-nothing",
                    "form", "unscorable", "count", leftOut.size(), "columns", String.join("、", leftOut.stream()
                            .limit(5).map(l -> l.column().letters()).toList()) + (leftOut.size() > 5 ? "……" : ""));
        }
        codes(questions);
        texts(questions);
        for (Building b : questions) {
            if (b.guess.kind() != Guess.Kind.MULTI) continue;
            if (!b.isOptionGroup()) {
                for (Map.Entry<String, String> o : b.values.options.entrySet()) {
                    if (!Vocabulary.DONT_KNOW.contains(o.getKey())) b.optionLabels.add(o.getValue());
                }
            }
            Vocabulary options = Vocabulary.options(b.code + "_options", b.optionLabels,
                    b.optionValues.isEmpty() ? null : b.optionValues);
            boolean columnEach = b.isOptionGroup() && b.columns.size() == b.optionColumns.size();
            List<Object> words = new ArrayList<>();
            words.add(columnEach ? b.optionLabels.size() : options.labels().size());
            words.addAll(b.optionLabels);
            DraftWords.Phrase described = DraftWords.Phrase.of(columnEach ? "multi.columns" : "multi.options",
                    words.toArray());
            b.guess = new Guess(Guess.Kind.MULTI, options, ENGLISH.multi(described), described);
        }
        selfCheck(exports, questions, metaHeaders, leftOut);
        List<Draft.Question> out = new ArrayList<>();
        Map<String, Vocabulary> scales = new LinkedHashMap<>();
        for (Building b : questions) {
            out.add(new Draft.Question(b.code, b.text, b.guess, List.copyOf(b.aliases), List.copyOf(b.columns)));
            if (b.guess.scale() != null) scales.putIfAbsent(b.guess.scale().name(), b.guess.scale());
        }
        return new Draft(exports, out, scales, metaAliases(metaHeaders, questions), metaUsed, leftOut,
                List.copyOf(missing));
    }

    /**
     * The key of a question by its text once the platform's question number and type tags are stripped
     * ({@code 7、X} and {@code 7.X} both {@code X}), or null when the header is a code (Qualtrics, LimeSurvey)
     * or has no text of its own (a sub-item {@code 6、(X)}): those are matched by their exact header.
     */
    private static String byText(HeaderParts parts, HeaderParts codeParts) {
        if (parts.code() != null || codeParts.code() != null || parts.stem().isBlank()) return null;
        return "text\u0000" + Text.normalise(parts.stem()) + "\u0000"
                + (parts.item() == null ? "" : Text.normalise(parts.item()));
    }

    /**
     * Why a left-out column is left out when its header misspells a metadata alias of the built-in framework
     * (腾讯问卷's {@code 2.所在省分} for 所在省份: within two edits, {@link HeaderMatcher#misspelling}), the
     * closest role first; null when it misspells none.
     */
    private DraftWords.Phrase metaTypo(ExportColumn c) {
        HeaderMatcher.Misspelling best = null;
        MetaRole bestRole = null;
        for (MetaRole r : MetaRole.values()) {
            HeaderMatcher.Misspelling m = metaMatcher.misspelling(r, c.header());
            if (m != null && m.edits() > 0 && (best == null || m.edits() < best.edits())) {
                best = m;
                bestRole = r;
            }
        }
        return best == null ? null : DraftWords.Phrase.of(best.edits() == 1 ? "why.metaTypo1" : "why.metaTypo2", best.alias(),
                bestRole.id());
    }

    /** Sorts an export's columns into metadata (recorded) and answer columns. */
    private void metaColumns(ExportReader.Export e, List<Draft.MetaColumn> metaUsed,
                             Map<MetaRole, LinkedHashSet<String>> metaHeaders, List<ExportColumn> answers) {
        Map<MetaRole, ExportColumn> own = new EnumMap<>(MetaRole.class);
        Map<MetaRole, ExportColumn> fallback = new EnumMap<>(MetaRole.class);
        List<Draft.MetaColumn> recognised = new ArrayList<>();
        for (ExportColumn c : e.columns()) {
            MetaRole role = frameworkRole(c.header());
            if (role == null && !c.text().equals(c.header())) role = frameworkRole(c.text());
            if (role != null) {
                own.putIfAbsent(role, c);
                PlatformMeta.Known k = PlatformMeta.known(c.header());
                recognised.add(new Draft.MetaColumn(c, role, k == null ? "" : k.platform(), null));
                continue;
            }
            PlatformMeta.Known k = PlatformMeta.known(c.header());
            if (k == null && !c.text().equals(c.header())) k = PlatformMeta.known(c.text());
            if (k == null) {
                answers.add(c);
                continue;
            }
            if (k.role() != null && k.fallback()) fallback.putIfAbsent(k.role(), c);
            else if (k.role() != null) own.putIfAbsent(k.role(), c);
            recognised.add(new Draft.MetaColumn(c, k.role(), k.platform(), null));
        }
        boolean regionAsked = own.containsKey(MetaRole.PROVINCE) || own.containsKey(MetaRole.CITY);
        for (Map.Entry<MetaRole, ExportColumn> f : fallback.entrySet()) {
            if (f.getKey() == MetaRole.REGION && regionAsked) continue; // the platform's province/city columns
            own.putIfAbsent(f.getKey(), f.getValue());
        }
        for (Draft.MetaColumn m : recognised) {
            ExportColumn chosen = m.role() == null ? null : own.get(m.role());
            if (m.role() != null && chosen == null) {
                metaUsed.add(new Draft.MetaColumn(m.column(), null, m.platform(),
                        DraftWords.Phrase.of("note.provinceCity")));
                continue;
            }
            if (chosen == m.column()) {
                metaHeaders.computeIfAbsent(m.role(), r -> new LinkedHashSet<>()).add(m.column().header());
                metaUsed.add(new Draft.MetaColumn(m.column(), m.role(), m.platform(),
                        DraftWords.Phrase.of("note.read", m.role().id())));
            } else if (m.role() != null) {
                metaUsed.add(new Draft.MetaColumn(m.column(), null, m.platform(), DraftWords.Phrase.of("note.other",
                        chosen.letters(), chosen.header(), m.role().id())));
            } else {
                metaUsed.add(new Draft.MetaColumn(m.column(), null, m.platform(), DraftWords.Phrase.of("note.platform")));
            }
        }
    }

    private MetaRole frameworkRole(String header) {
        String h = Text.normalise(header);
        MetaRole r = frameworkMetaByAlias.get(h);
        if (r != null) return r;
        HeaderParts p = HeaderParts.parse(header);
        return p.isSubItem() ? null : frameworkMetaByAlias.get(Text.normalise(p.stem()));
    }

    /** Codes: the header when it is one, else Q + question number (+ _k for the k-th sub-item), made unique. */
    private static void codes(List<Building> questions) {
        Set<String> used = new HashSet<>();
        used.add(NODE.toLowerCase(java.util.Locale.ROOT));
        int unnumbered = 0;
        for (Building b : questions) {
            String code;
            int number = b.parts.number() >= 0 ? b.parts.number() : b.codeParts.number();
            if (b.isOptionGroup() && b.codeParts.code() != null && b.codeParts.code().matches(".+_\\d+")) {
                code = b.codeParts.code().replaceAll("_\\d+$", "");
            } else if (b.isOptionGroup()) {
                code = "Q" + number;
            } else if (b.codeParts.code() != null && b.codeParts != b.parts) {
                code = b.codeParts.code();
            } else if (b.parts.code() != null) {
                code = b.parts.code();
            } else if (number >= 0) {
                code = "Q" + number + (b.subIndex > 0 ? "_" + b.subIndex : "");
            } else {
                code = "Q" + (++unnumbered);
            }
            String unique = code;
            for (char suffix = 'b'; !used.add(unique.toLowerCase(java.util.Locale.ROOT)); suffix++) {
                unique = code + suffix;
            }
            b.code = unique;
        }
    }

    /** Texts: the sub-item, or the header without number and tags; made unique (normalised). */
    private static void texts(List<Building> questions) {
        Set<String> used = new HashSet<>();
        for (Building b : questions) used.add(Text.normalise(b.code));
        for (Building b : questions) {
            HeaderParts p = b.parts;
            String text = b.isOptionGroup() ? (b.stemText != null ? b.stemText
                    : p.stem().isBlank() ? "第" + b.number + "题" : p.stem())
                    : p.isSubItem() ? p.item() : p.stem();
            if (text == null || text.isBlank()) text = b.columns.get(0).text();
            if (used.contains(Text.normalise(text)) && p.isSubItem() && !p.stem().isBlank()) {
                text = p.stem() + "（" + p.item() + "）";
            }
            if (used.contains(Text.normalise(text))) text = text + "（" + b.code + "）";
            used.add(Text.normalise(text));
            b.text = text;
        }
    }

    /**
     * Matches every export's header row with the draft as ecoscore will: a question column that the reader
     * would not give its question gets its header as an alias; one that still goes elsewhere is left out, and so
     * is a question another column would take (the reader refuses two columns for one question).
     */
    private void selfCheck(List<ExportReader.Export> exports, List<Building> questions,
                           Map<MetaRole, LinkedHashSet<String>> metaHeaders, List<Draft.LeftOut> leftOut) {
        for (int pass = 0; pass < 4; pass++) {
            boolean changed = false;
            HeaderMatcher matcher = new HeaderMatcher(asQuestions(questions), metaAliases(metaHeaders, questions));
            Map<ExportColumn, Building> owner = new HashMap<>();
            for (Building b : questions) {
                for (ExportColumn c : b.columns) if (!b.optionColumns.contains(c)) owner.put(c, b);
            }
            for (ExportReader.Export e : exports) {
                for (ExportColumn c : e.columns()) {
                    int q = matcher.question(c.header());
                    Building want = owner.get(c);
                    if (want != null && (q < 0 || questions.get(q) != want)) {
                        changed |= want.aliases.add(c.header());
                    } else if (want == null && q >= 0 && matcher.match(c.header()).isQuestion()) {
                        Building taken = questions.get(q);
                        // a left-out or metadata column that the reader would take for a question
                        taken.text = taken.text + "（" + taken.code + "）";
                        for (ExportColumn own : taken.columns) taken.aliases.add(own.header());
                        changed = true;
                    }
                }
            }
            if (!changed) return;
        }
        HeaderMatcher matcher = new HeaderMatcher(asQuestions(questions), metaAliases(metaHeaders, questions));
        List<Building> drop = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Building b = questions.get(q);
            for (ExportColumn c : b.columns) {
                if (!b.optionColumns.contains(c) && matcher.question(c.header()) != q) drop.add(b);
            }
        }
        for (Building b : drop) {
            if (!questions.remove(b)) continue;
            for (ExportColumn c : b.columns) {
                leftOut.add(new Draft.LeftOut(c, DraftWords.Phrase.of("why.taken"), b.guess.evidence()));
            }
        }
    }

    /**
     * The length of the run of option columns of one multi-select question starting at {@code from}: sub-item
     * columns of one question number (问卷星 按序号 {@code 第8题(X)}, Qualtrics {@code Q5_1} "… - X") holding
     * only 0/1, 1 or the option's own text; 0 when there is no such run of at least two.
     */
    private static int optionRun(List<ExportColumn> answers, int from) {
        HeaderParts first = HeaderParts.parse(answers.get(from).text());
        int number = number(answers.get(from), first);
        if (number < 0 || !first.isSubItem()) return 0;
        int n = 0;
        boolean anyAnswer = false;
        for (int i = from; i < answers.size(); i++) {
            ExportColumn c = answers.get(i);
            HeaderParts p = HeaderParts.parse(c.text());
            if (!p.isSubItem() || number(c, p) != number || !binary(c.values(), p.item())) break;
            anyAnswer |= c.values().answers > 0;
            n++;
        }
        return n >= 2 && anyAnswer ? n : 0;
    }

    private static int number(ExportColumn c, HeaderParts textParts) {
        if (textParts.number() >= 0) return textParts.number();
        return c.header().equals(c.text()) ? -1 : HeaderParts.parse(c.header()).number();
    }

    /** 0/1, only 1, or only the option's text (chosen) — the cells of one option's column. */
    private static boolean binary(ColumnValues v, String item) {
        if (v.answers == 0) return true;
        String own = Text.normalise(item);
        for (String a : v.distinct.keySet()) {
            // 问卷星 writes an option with a fill-in box as 1〖what was typed〗 when chosen
            String bare = org.ecoscore.input.OptionText.withoutFillIn(a).strip();
            if (!bare.equals("0") && !bare.equals("1") && !bare.equals(own)) return false;
        }
        return true;
    }

    /** One multi-select question from a run of option columns. */
    private static void optionGroup(List<ExportColumn> run, Map<String, Building> byKey) {
        ExportColumn first = run.get(0);
        HeaderParts parts = HeaderParts.parse(first.text());
        HeaderParts codeParts = first.header().equals(first.text()) ? parts : HeaderParts.parse(first.header());
        StringBuilder key = new StringBuilder("options");
        for (ExportColumn c : run) key.append('\u0000').append(Text.normalise(c.header()));
        Building b = byKey.get(key.toString());
        boolean fresh = b == null;
        if (fresh) {
            b = new Building(key.toString(), new HeaderParts(number(first, parts), null, parts.stem(), null), codeParts, 0);
            byKey.put(b.key, b);
        }
        for (ExportColumn c : run) {
            HeaderParts p = HeaderParts.parse(c.text());
            b.columns.add(c);
            b.optionColumns.add(c);
            b.values.merge(c.values());
            if (!fresh) continue;
            b.optionLabels.add(p.item());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(\\d+)$").matcher(c.header());
            b.optionValues.add(m.find() && !c.header().equals(c.text()) ? Integer.parseInt(m.group(1))
                    : b.optionLabels.size());
        }
    }

    /**
     * The two shapes of one multi-select question in two exports of one survey (问卷星 按文本 {@code ┋} cells,
     * 按序号 option columns) become one question: the option columns give the options in their order, the
     * {@code ┋} column adds any option they lack.
     */
    private static void mergeShapes(Map<String, Building> byKey) {
        List<Building> groups = byKey.values().stream().filter(Building::isOptionGroup).toList();
        for (Building g : groups) {
            for (java.util.Iterator<Building> it = byKey.values().iterator(); it.hasNext(); ) {
                Building m = it.next();
                if (m == g || m.isOptionGroup() || m.guess.kind() != Guess.Kind.MULTI || m.number != g.number) continue;
                g.columns.addAll(m.columns);
                g.values.merge(m.values);
                java.util.Set<String> have = new java.util.HashSet<>();
                for (String l : g.optionLabels) have.add(org.ecoscore.input.OptionText.key(l));
                int next = g.optionValues.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                for (String l : m.values.options.values()) {
                    if (have.add(org.ecoscore.input.OptionText.key(l)) && !Vocabulary.DONT_KNOW.contains(Text.normalise(l))) {
                        g.optionLabels.add(l);
                        g.optionValues.add(next++);
                    }
                }
                g.stemFrom(m);
                it.remove();
            }
        }
    }

    /** role → aliases: each export's header for the role first, then the built-in framework's aliases that no
     * question's code, text or alias equals. */
    private Map<MetaRole, List<String>> metaAliases(Map<MetaRole, LinkedHashSet<String>> metaHeaders,
                                                    List<Building> questions) {
        Set<String> taken = new HashSet<>();
        for (Building b : questions) {
            taken.add(Text.normalise(b.code));
            if (b.text != null) taken.add(Text.normalise(b.text));
            for (String a : b.aliases) taken.add(Text.normalise(a));
        }
        Map<MetaRole, List<String>> out = new EnumMap<>(MetaRole.class);
        Set<String> given = new HashSet<>();
        for (MetaRole r : MetaRole.values()) {
            List<String> aliases = new ArrayList<>();
            for (String h : metaHeaders.getOrDefault(r, new LinkedHashSet<>())) {
                if (given.add(Text.normalise(h))) aliases.add(h);
            }
            for (String a : frameworkMeta.getOrDefault(r, List.of())) {
                String k = Text.normalise(a);
                if (!taken.contains(k) && given.add(k)) aliases.add(a);
            }
            out.put(r, aliases);
        }
        return out;
    }

    private static List<Question> asQuestions(List<Building> questions) {
        List<Question> out = new ArrayList<>();
        int line = 2;
        for (Building b : questions) {
            ScaleKind kind;
            Scale scale = null;
            switch (b.guess.kind()) {
                case YESNO:
                    kind = ScaleKind.YESNO;
                    break;
                case NUMBER:
                    kind = ScaleKind.NUMBER;
                    break;
                case PERCENT:
                    kind = ScaleKind.PERCENT;
                    break;
                case MULTI:
                    kind = ScaleKind.MULTI;
                    scale = scale(b.guess.scale());
                    break;
                default:
                    kind = ScaleKind.NAMED;
                    scale = scale(b.guess.scale());
            }
            out.add(new Question(b.code, NODE, Level.FIRM, b.guess.scaleName(), kind, scale, false, Double.NaN,
                    Double.NaN, false, 1.0, b.text, b.text, List.copyOf(b.aliases), line++));
        }
        return out;
    }

    static Scale scale(Vocabulary v) {
        Map<Integer, List<String>> labels = new LinkedHashMap<>(v.labels());
        int min = labels.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = labels.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Scale(v.name(), min, max, v.byLabel(), labels);
    }

    /** The refusal when an export has no answer column. */
    static EcoscoreException nothingToDraft(ExportReader.Export e, String files, String why) {
        return new EcoscoreException(ExitCode.INPUT, files, e.sheet(), e.headerRow(), "", "no answer columns to "
                + "draft questions from: " + why + ". Give the export that holds the answers, one respondent per row "
                + "(问卷星: 按序号 or 按文本; 腾讯问卷: CSV; Qualtrics: CSV; LimeSurvey: CSV), see docs/platforms.md", null);
    }
}
