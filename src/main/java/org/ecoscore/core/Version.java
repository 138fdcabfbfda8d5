package org.ecoscore.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version and the git commit it was built from (both from the build). */
public final class Version {
    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}; {@code dev} when run from classes without a build. */
    public static String get() {
        return property("version", "dev");
    }

    /**
     * The abbreviated commit the jar was built from, with {@code -dirty} when the work tree had changes;
     * {@code unknown} when built outside a git checkout.
     */
    public static String commit() {
        String c = property("commit", "unknown");
        if (c.isEmpty() || c.startsWith("${")) return "unknown";
        return "true".equals(property("dirty", "false")) ? c + "-dirty" : c;
    }

    private static String property(String key, String fallback) {
        try (InputStream in = Version.class.getResourceAsStream("/ecoscore-version.properties")) {
            if (in == null) return fallback;
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
