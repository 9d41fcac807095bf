package org.citydiplomacy.portal.history.domain;

import jakarta.persistence.EntityManager;

import org.citydiplomacy.portal.history.ImportNotes;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the file name onto the transaction's Envers revision, the one every audit row of the
 * import points at (Envers' documented way to add data to the current revision).
 */
@Component
class RevisionImportNotes implements ImportNotes {

    static final int MAX_LENGTH = 255;

    private final EntityManager entityManager;

    RevisionImportNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void importedFrom(String fileName) {
        String name = fileName.length() > MAX_LENGTH ? fileName.substring(0, MAX_LENGTH) : fileName;
        AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true).importedFrom(name);
    }
}
