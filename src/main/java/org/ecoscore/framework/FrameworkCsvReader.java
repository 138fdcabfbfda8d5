package org.ecoscore.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a framework's CSV files (SPEC §1) from a folder, or from the classpath for the packaged default
 * ({@code /indicators/default/}). AHP matrices are {@code ahp/PARENT.csv}.
 */
final class FrameworkCsvReader implements FrameworkSource {
    /** Frameworks are small; anything larger is not a framework file. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    static final String BUILT_IN_FOLDER = "/indicators/default/";

    private final String name;
    private final String location;
    private final Path folder;
    private final List<FrameworkFile> files = new ArrayList<>();

    private FrameworkCsvReader(String name, String location, Path folder) {
        this.name = name;
        this.location = location;
        this.folder = folder;
    }

    /** A framework folder as given on the command line. */
    static FrameworkCsvReader folder(Path folder) {
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        return new FrameworkCsvReader(fileName == null ? folder.toString() : fileName.toString(), folder.toString(),
                folder);
    }

    /** The packaged default framework. */
    static FrameworkCsvReader builtIn() {
        return new FrameworkCsvReader("default", "built-in", null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String label(String base) {
        return base + ".csv";
    }

    @Override
    public Optional<CsvTable> table(String base, Problems problems) {
        return read(base + ".csv", problems);
    }

    @Override
    public Map<String, Map<String, CsvTable>> ahp(Collection<String> nodeCodes, Problems problems) {
        Map<String, Map<String, CsvTable>> out = new TreeMap<>();
        for (String parent : ahpParents(nodeCodes, problems)) {
            read("ahp/" + parent + ".csv", problems).ifPresent(t -> single(out, parent).put("", t));
        }
        if (folder != null) readExpertFolders(out, problems);
        return out;
    }

    private static Map<String, CsvTable> single(Map<String, Map<String, CsvTable>> out, String parent) {
        return out.computeIfAbsent(parent, k -> new TreeMap<>());
    }

    /**
     * SPEC §8 several experts: {@code ahp/PARENT/EXPERT.csv}, one matrix per expert. A parent with both
     * {@code ahp/PARENT.csv} and a folder {@code ahp/PARENT/} is a problem (which would count is unclear).
     */
    private void readExpertFolders(Map<String, Map<String, CsvTable>> out, Problems problems) {
        Path dir = folder.resolve("ahp");
        if (!Files.isDirectory(dir)) return;
        List<Path> parents = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : ds) if (!p.getFileName().toString().startsWith(".")) parents.add(p);
        } catch (IOException e) {
            problems.add("ahp/", "folder-unlistable", "the folder cannot be listed (" + e.getMessage() + "); check its "
                    + "permissions", "reason", e.getMessage());
            return;
        }
        parents.sort(null);
        for (Path p : parents) {
            String parent = p.getFileName().toString();
            if (out.containsKey(parent)) {
                problems.add("ahp/" + parent + "/", "ahp-file-and-folder", "both ahp/" + parent + ".csv and a folder of "
                        + "experts' matrices ahp/" + parent + "/ exist; keep one (the folder for several experts, the "
                        + "file for one matrix)", "parent", parent);
                continue;
            }
            List<String> experts = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.csv")) {
                for (Path f : ds) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$") || !Files.isRegularFile(f)) continue;
                    experts.add(name.substring(0, name.length() - ".csv".length()));
                }
            } catch (IOException e) {
                problems.add("ahp/" + parent + "/", "folder-unlistable", "the folder cannot be listed (" + e.getMessage()
                        + "); check its permissions", "reason", e.getMessage());
                continue;
            }
            if (experts.isEmpty()) {
                problems.add("ahp/" + parent + "/", "ahp-folder-empty", "holds no matrix; put one EXPERT.csv per expert "
                        + "in it, or remove the folder");
                continue;
            }
            experts.sort(null);
            for (String expert : experts) {
                if (expert.isBlank()) {
                    problems.add("ahp/" + parent + "/" + expert + ".csv", "ahp-expert-unnamed", "an expert's matrix needs "
                            + "a name; name the file after the expert, e.g. expert1.csv");
                    continue;
                }
                read("ahp/" + parent + "/" + expert + ".csv", problems)
                        .ifPresent(t -> single(out, parent).put(expert, t));
            }
        }
    }

    @Override
    public List<FrameworkFile> files() {
        return List.copyOf(files);
    }

    private List<String> ahpParents(Collection<String> nodeCodes, Problems problems) {
        List<String> parents = new ArrayList<>();
        if (folder == null) {
            for (String code : nodeCodes) {
                if (FrameworkCsvReader.class.getResource(BUILT_IN_FOLDER + "ahp/" + code + ".csv") != null) {
                    parents.add(code);
                }
            }
        } else {
            Path dir = folder.resolve("ahp");
            if (!Files.isDirectory(dir)) return parents;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.csv")) {
                for (Path p : ds) {
                    String f = p.getFileName().toString();
                    if (f.startsWith(".") || f.startsWith("~$") || !Files.isRegularFile(p)) continue;
                    parents.add(f.substring(0, f.length() - ".csv".length()));
                }
            } catch (IOException e) {
                problems.add("ahp/", "folder-unlistable", "the folder cannot be listed (" + e.getMessage() + "); check "
                        + "its permissions", "reason", e.getMessage());
            }
        }
        parents.sort(null);
        return parents;
    }

    private Optional<CsvTable> read(String relative, Problems problems) {
        Optional<byte[]> bytes = folder == null ? resource(relative) : file(relative, problems);
        if (bytes.isEmpty()) return Optional.empty();
        files.add(new FrameworkFile(relative, Digests.sha256Hex(bytes.get())));
        return CsvTableReader.read(relative, bytes.get(), problems);
    }

    private Optional<byte[]> file(String relative, Problems problems) {
        Path p = folder.resolve(relative);
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                problems.add(relative, "file-too-large", "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; not a "
                        + "framework file", "mb", MAX_FILE_BYTES / (1024 * 1024));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(p));
        } catch (IOException e) {
            problems.add(relative, "file-unreadable", "cannot be read (" + e.getMessage() + "); check its permissions",
                    "reason", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<byte[]> resource(String relative) {
        return readResource(BUILT_IN_FOLDER + relative);
    }

    /** A classpath resource's bytes, empty when it is not packaged. */
    static Optional<byte[]> readResource(String absoluteName) {
        try (InputStream in = FrameworkCsvReader.class.getResourceAsStream(absoluteName)) {
            if (in == null) return Optional.empty();
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the packaged " + absoluteName, e);
        }
    }
}
