package org.citydiplomacy.portal.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.shared.RecordWrites;

/**
 * Creates, edits and withdraws partners, for the staff forms and the write API. Each command runs in
 * one transaction and is validated before anything is written; an edit names the version it is
 * based on and is refused ({@link org.citydiplomacy.portal.shared.StaleEditException}) if another
 * save came in between. Business conflicts (a slug already taken) are
 * {@link org.citydiplomacy.portal.shared.InvalidCommandException}s with a message code per field.
 *
 * <p>The module's API for writes, implemented by {@code domain.PartnerEditor} (which holds the
 * transaction, validation and authorisation) with no layer between that only passes calls on.
 */
public interface PartnerWriteService extends RecordWrites<String, PartnerCommand, PartnerEdit> {

    /** For other modules' commands: the ids of the partners with these slugs; unknown ones are left out. */
    Map<String, Long> idsBySlug(Collection<String> slugs);

    Map<Long, String> slugsById(Collection<Long> ids);

    /** For other modules' commands: which of these partners the public does not see (drafts, withdrawn). */
    List<UnpublishedPartner> unpublished(Collection<Long> ids);

    /**
     * Publishes these draft partners, in the caller's transaction, so that a record naming them can be
     * published with them; each one's history records who published it. Ids of partners that are not
     * drafts are left alone.
     */
    void publishDrafts(Collection<Long> ids);
}
