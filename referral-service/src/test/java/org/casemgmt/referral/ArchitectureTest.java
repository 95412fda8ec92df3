package org.casemgmt.referral;

import org.casemgmt.platform.testing.StageArchitectureTest;

/** The architecture every stage keeps (platform-support's {@link StageArchitectureTest}), applied to referral. */
class ArchitectureTest extends StageArchitectureTest {

    ArchitectureTest() {
        super("org.casemgmt.referral");
    }
}
