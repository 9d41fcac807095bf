package org.citydiplomacy.portal.agreements;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/** Enough of an agreement to pick it by name in a staff form: its title, signing date and visibility. */
public record AgreementRef(long id, String title, String titleJa, PartialDate signedOn, Visibility visibility) {

    /** The title in the reader's language where it exists, English otherwise. */
    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }
}
