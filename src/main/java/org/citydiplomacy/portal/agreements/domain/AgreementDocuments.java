package org.citydiplomacy.portal.agreements.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Signed documents of agreements. */
interface AgreementDocuments extends JpaRepository<AgreementDocument, Long> {
}
