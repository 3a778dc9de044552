package org.communitysafety.scrutiny.body;

/** The two kinds of scrutiny body of the source (§7). */
public enum BodyKind {

    /**
     * A local authority's overview and scrutiny committee designated to scrutinise crime
     * and disorder matters (§7.1-7.2).
     */
    CRIME_AND_DISORDER_COMMITTEE,

    /**
     * The Police and Crime Panel, maintained by the local authorities of the police area
     * under the panel arrangements and supported by a host authority (§7.3-7.4).
     */
    POLICE_AND_CRIME_PANEL

}
