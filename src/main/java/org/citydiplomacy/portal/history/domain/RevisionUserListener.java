package org.citydiplomacy.portal.history.domain;

import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user; Envers creates it, so it reads the security context itself. */
class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).attributeTo(CurrentUser.name());
    }
}
