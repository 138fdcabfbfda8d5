package org.ecoscore.framework;

/** A file the framework was read from, with its SHA-256 (hex), for the Method sheet. */
public record FrameworkFile(String name, String sha256) {
}
