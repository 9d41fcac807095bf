package org.citydiplomacy.portal.map;

import java.math.BigDecimal;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.partners.Relationship;

/** A published partner with coordinates (of its city centre or capital), as the map places it. */
public record MapPlace(PartnerRef partner, String country, Relationship relationship, BigDecimal latitude,
        BigDecimal longitude) {
}
