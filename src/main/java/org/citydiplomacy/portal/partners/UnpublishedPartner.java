package org.citydiplomacy.portal.partners;

import org.citydiplomacy.portal.shared.Visibility;

/** A partner the public does not see (a draft or a withdrawn one), as a record that names it must report it. */
public record UnpublishedPartner(long id, String slug, String name, String nameJa, Visibility visibility) {

    public boolean draft() {
        return visibility == Visibility.DRAFT;
    }
}
