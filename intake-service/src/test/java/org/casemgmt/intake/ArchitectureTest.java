package org.casemgmt.intake;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every stage keeps (platform-support's {@link StageArchitectureTest}), applied to intake. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.intake");
    }
}
