package org.citydiplomacy.portal.statistics;

import java.time.LocalDate;

import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;

/**
 * What the figures are narrowed to, as on the agreement listing: a partner (agreements and meetings
 * with it), dates (signed or held within), and for agreements only a type and an area of cooperation.
 */
public record StatisticsFilter(String partner, AgreementType type, CooperationArea area, LocalDate from,
        LocalDate to) {

    public static StatisticsFilter none() {
        return new StatisticsFilter(null, null, null, null, null);
    }

    public boolean isFiltered() {
        return partner != null || type != null || area != null || from != null || to != null;
    }
}
