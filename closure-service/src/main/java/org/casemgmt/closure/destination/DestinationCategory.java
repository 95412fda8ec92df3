package org.casemgmt.closure.destination;

/** The HUD HMIS grouping of exit destinations that funders report on (HMIS 3.12, FY2024). */
public enum DestinationCategory {
    HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT, OTHER
}
