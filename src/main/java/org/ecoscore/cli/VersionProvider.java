package org.ecoscore.cli;

import org.ecoscore.core.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: "ecoscore VERSION (commit COMMIT)" and the Java it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ecoscore " + Version.get() + " (commit " + Version.commit() + ")",
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")};
    }
}
