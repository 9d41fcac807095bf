package org.citydiplomacy.portal.shared;

/** Which side a signatory or participant stands on; labels come from the messages ({@code side.X}). */
public enum Side {
    CITY, PARTNER, OTHER
}
