package org.citydiplomacy.portal.agreements;

import org.citydiplomacy.portal.shared.RecordEdit;

/** An agreement as staff edit it: the command that reproduces its current state, and the version it is at. */
public record AgreementEdit(long id, long version, AgreementCommand command) implements RecordEdit<AgreementCommand> {
}
