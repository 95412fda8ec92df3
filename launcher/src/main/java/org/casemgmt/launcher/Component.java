package org.casemgmt.launcher;

import java.util.Map;

/** Something the platform started and must stop, in the reverse order of starting. */
interface Component {

    String name();

    void stop();

    /** The process id of each JVM of its own that it runs, by name; none for what runs inside the launcher. */
    default Map<String, Long> processIds() {
        return Map.of();
    }
}
