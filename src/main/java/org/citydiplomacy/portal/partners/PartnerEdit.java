package org.citydiplomacy.portal.partners;

import org.citydiplomacy.portal.shared.RecordEdit;

/** A partner as staff edit it: the command that reproduces its current state, and the version it is at. */
public record PartnerEdit(long id, String slug, long version, PartnerCommand command) implements RecordEdit<PartnerCommand> {
}
