package org.casemgmt.launcher;

/** Something the platform started and must stop, in the reverse order of starting. */
interface Component {

    String name();

    void stop();
}
