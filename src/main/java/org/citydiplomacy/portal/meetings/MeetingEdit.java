package org.citydiplomacy.portal.meetings;

import org.citydiplomacy.portal.shared.RecordEdit;

/** A meeting as staff edit it: the command that reproduces its current state, and the version it is at. */
public record MeetingEdit(long id, long version, MeetingCommand command) implements RecordEdit<MeetingCommand> {
}
