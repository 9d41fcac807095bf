package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.SearchMatch;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Visibility;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written JSON of a summary is what the application's mapper writes for the same components
 * through its bean serializer (a record with the same components in the same order).
 */
@PortalTest
class AgreementSummaryJsonTest {

    /** AgreementSummary's components, serialised the ordinary way. */
    record SameComponents(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
            AgreementStatus status, Visibility visibility, List<PartnerRef> partners, SearchMatch match) {

        static SameComponents of(AgreementSummary s) {
            return new SameComponents(s.id(), s.type(), s.title(), s.titleJa(), s.signedOn(), s.status(),
                    s.visibility(), s.partners(), s.match());
        }
    }

    @Autowired
    JsonMapper json;

    static Stream<AgreementSummary> summaries() {
        List<PartnerRef> withNull = new ArrayList<>();
        withNull.add(new PartnerRef("paris", "Paris", null));
        withNull.add(null);
        return Stream.of(
                new AgreementSummary(1, AgreementType.MEMORANDUM_OF_UNDERSTANDING, "Memorandum on \"hydrogen\" <ferries> & ports",
                        "水素に関する覚書", PartialDate.ofDay(2026, 2, 5), AgreementStatus.values()[0], Visibility.PUBLISHED,
                        List.of(new PartnerRef("new-york", "New York", "ニューヨーク"), new PartnerRef("paris", "Paris", null)),
                        null),
                new AgreementSummary(2, AgreementType.JOINT_STATEMENT, "Joint statement\u2028with a line separator, a tab\t and 😀",
                        null, PartialDate.ofMonth(2025, 9), AgreementStatus.values()[AgreementStatus.values().length - 1],
                        Visibility.DRAFT, List.of(),
                        new SearchMatch(SearchMatch.Place.TEXT, "ja", "…cooperation on <mark>hydrogen</mark> ferries…")),
                new AgreementSummary(3, null, null, null, null, null, null, null, null),
                new AgreementSummary(Long.MAX_VALUE, AgreementType.LETTER_OF_INTENT, "Letter", "", PartialDate.ofYear(1996),
                        null, Visibility.WITHDRAWN, withNull, new SearchMatch(SearchMatch.Place.DOCUMENT, null, null)));
    }

    @Test
    void isTheSerializerTheApplicationsMapperUses() {
        assertThat(json._serializationContext().findValueSerializer(AgreementSummary.class))
                .isInstanceOf(AgreementSummaryJson.class);
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void writesWhatTheBeanSerializerWrites(AgreementSummary summary) {
        String expected = json.writeValueAsString(SameComponents.of(summary));

        assertThat(json.writeValueAsString(summary)).isEqualTo(expected);
        assertThat(json.writeValueAsString(List.of(summary, summary))).isEqualTo("[" + expected + "," + expected + "]");
    }
}
