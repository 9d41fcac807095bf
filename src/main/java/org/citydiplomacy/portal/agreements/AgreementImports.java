package org.citydiplomacy.portal.agreements;

import java.util.Collection;
import java.util.Optional;

import org.citydiplomacy.portal.shared.PartialDate;

/**
 * For the spreadsheet import, agreements by the thousand in the caller's transaction: a batch reads
 * every agreement's partners, signing date and title and every partner once, instead of once per row,
 * checks each new agreement when it is given as {@link AgreementWriteService#create} does, and writes
 * the checked ones with their history some hundreds at a time, a few statements for each lot. Editors
 * and administrators only.
 */
public interface AgreementImports {

    /** A batch for one file, to be used inside the transaction that opened it and then dropped. */
    Batch open();

    interface Batch {

        /**
         * {@link AgreementWriteService#sameAgreement}, answered from what the batch read, the agreements it
         * created and the updates it was told of. A match among the agreements not written yet writes them.
         */
        Optional<Long> sameAgreement(Collection<String> partnerSlugs, PartialDate signedOn, String title);

        /**
         * Checks a new agreement now and keeps it to be written with the next lot. Commands without
         * signatories, relations or texts only (what a spreadsheet row gives).
         * @throws jakarta.validation.ConstraintViolationException if a field is invalid
         * @throws org.citydiplomacy.portal.shared.InvalidCommandException for an unknown or repeated partner or
         *         a date before the signing ({@link org.citydiplomacy.portal.shared.HiddenPartsException} if it
         *         is published and names a partner the public does not see)
         */
        void create(AgreementCommand command);

        /** Agreement {@code id} was changed through the write service: later rows match it as it is now. */
        void updated(long id, AgreementCommand command);

        /** Writes every agreement created so far: due before anything else reads or changes agreements. */
        void flush();
    }
}
