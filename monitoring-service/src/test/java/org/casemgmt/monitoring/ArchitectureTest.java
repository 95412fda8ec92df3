package org.casemgmt.monitoring;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every stage keeps (platform-support's {@link StageArchitectureTest}), applied to monitoring. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.monitoring");
    }
}
