package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoscore.core.Level;

/**
 * An immutable, checked indicator framework (SPEC §1). Built by {@link FrameworkLoader}, which refuses a
 * framework that breaks the rules; everything here can assume a valid tree.
 */
public final class Framework {
    private final String name;
    private final String location;
    private final List<Node> nodes;
    private final List<Question> questions;
    private final Map<String, Scale> scales;
    private final Map<MetaRole, List<String>> metaAliases;
    private final RegionDictionary regions;
    private final Map<String, AhpMatrix> ahp;
    private final List<FrameworkFile> files;
    private final Map<Level, LevelTree> trees = new EnumMap<>(Level.class);
    private final Unit unit;

    /**
     * What the framework scores — the respondent unit of its firm-level questionnaire, in Chinese and English
     * ({@code unit.csv}; default 企业 / firm).
     *
     * @param declared true when the framework's own unit.csv named it
     */
    public record Unit(String zh, String en, boolean declared) {
        public static final Unit FIRM = new Unit("企业", "firm", false);

        public String name(boolean english) {
            return english ? en : zh;
        }
    }
    private final String fingerprint;

    /**
     * @param name        display name (folder or workbook name, {@code default} for the built-in one)
     * @param location    where it was read from, as given ({@code built-in} for the packaged default)
     * @param nodes       framework.csv rows in file order
     * @param questions   questions.csv rows in file order
     * @param scales      scales.csv by name
     * @param metaAliases meta.csv: role → header texts as written
     * @param ahp         ahp matrices by parent code (may be empty)
     * @param files       the files read with their SHA-256, in a stable order
     */
    public Framework(String name, String location, List<Node> nodes, List<Question> questions,
                     Map<String, Scale> scales, Map<MetaRole, List<String>> metaAliases, RegionDictionary regions,
                     Map<String, AhpMatrix> ahp, List<FrameworkFile> files) {
        this(name, location, nodes, questions, scales, metaAliases, regions, ahp, files, Unit.FIRM);
    }

    /** As above, with the unit the framework scores ({@code unit.csv}). */
    public Framework(String name, String location, List<Node> nodes, List<Question> questions,
                     Map<String, Scale> scales, Map<MetaRole, List<String>> metaAliases, RegionDictionary regions,
                     Map<String, AhpMatrix> ahp, List<FrameworkFile> files, Unit unit) {
        this.unit = unit == null ? Unit.FIRM : unit;
        this.name = name;
        this.location = location;
        this.nodes = List.copyOf(nodes);
        this.questions = List.copyOf(questions);
        this.scales = Map.copyOf(scales);
        EnumMap<MetaRole, List<String>> m = new EnumMap<>(MetaRole.class);
        for (MetaRole r : MetaRole.values()) m.put(r, List.copyOf(metaAliases.getOrDefault(r, List.of())));
        this.metaAliases = m;
        this.regions = regions;
        this.ahp = Map.copyOf(ahp);
        this.files = List.copyOf(files);
        for (Level l : Level.values()) trees.put(l, new LevelTree(l, this.nodes, this.questions));
        this.fingerprint = fingerprint(this.files);
    }

    /**
     * The framework's fingerprint: the SHA-256 (hex) of the lines {@code SHA256␣␣NAME\n} of its files sorted by
     * name — what {@code sha256sum} prints for them, in name order — so that two runs with byte-identical
     * framework files share it (the region dictionary in force included).
     */
    public String fingerprint() {
        return fingerprint;
    }

    static String fingerprint(List<FrameworkFile> files) {
        List<FrameworkFile> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(FrameworkFile::name));
        StringBuilder sb = new StringBuilder();
        for (FrameworkFile f : sorted) sb.append(f.sha256()).append("  ").append(f.name()).append('\n');
        return Digests.sha256Hex(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The questions a questionnaire of this source asks, in questions.csv order. */
    public List<Question> questionsOf(Level source) {
        List<Question> out = new ArrayList<>();
        for (Question q : questions) if (q.source() == source) out.add(q);
        return out;
    }

    public Map<String, Scale> scales() {
        return scales;
    }

    public List<String> metaAliases(MetaRole role) {
        return metaAliases.get(role);
    }

    public RegionDictionary regions() {
        return regions;
    }

    /** What the framework scores (企业 / firm unless its unit.csv names another unit). */
    public Unit unit() {
        return unit;
    }

    public Map<String, AhpMatrix> ahp() {
        return ahp;
    }

    public List<FrameworkFile> files() {
        return files;
    }

    public Node root() {
        for (Node n : nodes) if (n.isRoot()) return n;
        throw new IllegalStateException("framework without root");
    }

    public Optional<Node> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The node with role subsystem1 / subsystem2, if the framework names them. */
    public Optional<Node> subsystem(int which) {
        String role = "subsystem" + which;
        return nodes.stream().filter(n -> n.role().equalsIgnoreCase(role)).findFirst();
    }

    /** The tree present at a level (SPEC §4: nodes with no question of that level are absent). */
    public LevelTree tree(Level level) {
        return trees.get(level);
    }
}
