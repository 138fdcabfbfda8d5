package org.ecoscore.input;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Which JIT compilers this JVM runs, as its flags say: the launcher runs big batches with C1 only
 * ({@code -XX:TieredStopAtLevel=1}), where some JDK code runs without the CPU intrinsics that only C2 has.
 */
final class JitMode {
    private JitMode() {
    }

    /** True when the JVM compiles with C1 only (tiered compilation stopped below level 4); false if unknown. */
    static boolean c1Only() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) return false;
            return c1Only(vm.getVMOption("TieredCompilation").getValue(), vm.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or without jdk.management: the JDK's own code is the safe choice
        }
    }

    /** From the values of the flags TieredCompilation and TieredStopAtLevel. */
    static boolean c1Only(String tiered, String stopAtLevel) {
        try {
            return Boolean.parseBoolean(tiered) && Integer.parseInt(stopAtLevel.strip()) < 4;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
