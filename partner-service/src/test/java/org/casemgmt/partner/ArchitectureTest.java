package org.casemgmt.partner;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every service keeps (platform-support's {@link StageArchitectureTest}), applied to partner. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.partner");
    }
}
