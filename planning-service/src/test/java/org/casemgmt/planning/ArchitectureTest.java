package org.casemgmt.planning;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every stage keeps (platform-support's {@link StageArchitectureTest}), applied to planning. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.planning");
    }
}
