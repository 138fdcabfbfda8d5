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
    public Map<String, CsvTable> ahp(Collection<String> nodeCodes, Problems problems) {
        Map<String, CsvTable> out = new TreeMap<>();
        for (String parent : ahpParents(nodeCodes, problems)) {
            read("ahp/" + parent + ".csv", problems).ifPresent(t -> out.put(parent, t));
        }
        return out;
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
                problems.add("ahp/", "the folder cannot be listed (" + e.getMessage() + ")");
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
                problems.add(relative, "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; not a framework file");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(p));
        } catch (IOException e) {
            problems.add(relative, "cannot be read (" + e.getMessage() + "); check its permissions");
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
