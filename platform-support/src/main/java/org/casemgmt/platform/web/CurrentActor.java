package org.casemgmt.platform.web;

/** Who is making the current request, for fields such as {@code recordedBy}. */
public interface CurrentActor {

    String UNIDENTIFIED = "unidentified";
    String HEADER = "X-Actor-Id";

    /**
     * The authenticated principal's name; without authentication the {@code X-Actor-Id} request header; else
     * {@value #UNIDENTIFIED} (also outside any request, e.g. in an event consumer).
     */
    String id();
}
