package org.casemgmt.closure;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every stage keeps (platform-support's {@link StageArchitectureTest}), applied to closure. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.closure");
    }
}
