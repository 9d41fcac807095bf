package org.citydiplomacy.portal.meetings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Meetings to edit; reads for pages go through {@link MeetingQueries}. */
interface Meetings extends JpaRepository<Meeting, Long> {
}
