package org.ecoscore.framework;

/** TEMP stub (replaced on merge by the framework work): prints the tree with weights. */
public final class FrameworkPrinter {
    private FrameworkPrinter() {
    }

    public static String print(Framework framework, boolean english) {
        return "";
    }
}
