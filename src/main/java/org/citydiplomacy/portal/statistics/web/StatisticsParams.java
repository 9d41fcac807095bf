package org.citydiplomacy.portal.statistics.web;

import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.statistics.StatisticsFilter;

/**
 * The statistics' query string, named as on the agreement listing so that a listing's filters carry
 * over: {@code partner}, {@code type}, {@code area}, {@code from}, {@code to} (ISO dates at any
 * precision: {@code from=2015} is from 1 January 2015).
 */
record StatisticsParams(String partner, String type, String area, String from, String to) {

    StatisticsParams {
        partner = Texts.blankToNull(partner);
        type = Texts.blankToNull(type);
        area = Texts.blankToNull(area);
        from = Texts.blankToNull(from);
        to = Texts.blankToNull(to);
    }

    /** @throws org.citydiplomacy.portal.shared.InvalidParametersException naming every parameter that cannot be used */
    StatisticsFilter filter() {
        ParameterReader reader = new ParameterReader();
        PartialDate fromDate = reader.partialDate("from", from);
        PartialDate toDate = reader.partialDate("to", to);
        if (fromDate != null && toDate != null && fromDate.start().isAfter(toDate.end())) {
            reader.reject("to", "error.parameter.dateOrder", to);
        }
        StatisticsFilter filter = new StatisticsFilter(reader.slug("partner", partner),
                reader.enumValue("type", type, AgreementType.class),
                reader.enumValue("area", area, CooperationArea.class),
                fromDate == null ? null : fromDate.start(), toDate == null ? null : toDate.end());
        reader.throwIfInvalid();
        return filter;
    }
}
