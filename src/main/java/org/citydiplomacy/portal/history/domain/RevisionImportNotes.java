package org.citydiplomacy.portal.history.domain;

import jakarta.persistence.EntityManager;

import org.citydiplomacy.portal.history.ChangeSets;
import org.citydiplomacy.portal.history.ImportNotes;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the file name onto the transaction's Envers revision, the one every audit row of the
 * import points at (Envers' documented way to add data to the current revision), and gives its
 * number to audit rows written with SQL.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RevisionImportNotes implements ImportNotes, ChangeSets {

    static final int MAX_LENGTH = 255;

    private final EntityManager entityManager;

    RevisionImportNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void importedFrom(String fileName) {
        String name = fileName.length() > MAX_LENGTH ? fileName.substring(0, MAX_LENGTH) : fileName;
        revision().importedFrom(name);
        // Written now: an importer that clears its persistence context between rows would otherwise lose it.
        entityManager.flush();
    }

    @Override
    public long current() {
        return revision().id();
    }

    private Revision revision() {
        return AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
    }
}
