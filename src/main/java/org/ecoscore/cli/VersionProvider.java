package org.ecoscore.cli;

import org.ecoscore.core.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: "ecoscore VERSION". */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ecoscore " + Version.get()};
    }
}
