/**
 * Agreements signed with partners: memoranda, communiqués, statements, declarations, letters of intent,
 * with their signatories, full texts and signed documents.
 */
package org.citydiplomacy.portal.agreements;
