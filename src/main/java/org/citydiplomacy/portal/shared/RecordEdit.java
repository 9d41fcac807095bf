package org.citydiplomacy.portal.shared;

/** A record as staff edit it: the command that reproduces its current state, at a version. */
public interface RecordEdit<C> extends Versioned {

    C command();
}
