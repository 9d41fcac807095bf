package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.citydiplomacy.portal.agreements.domain.SearchWords;

/**
 * What the agreement listing is narrowed to. Every part is optional; {@code words} are matched
 * (all of them) in titles, summaries and full texts, in any language.
 */
public record AgreementFilter(String partner, AgreementType type, CooperationArea area, LocalDate from, LocalDate to,
        String query) {

    public static final int MAX_QUERY_LENGTH = 200;

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null, null);
    }

    public List<String> words() {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\u3000]+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(10)
                .toList();
    }

    /**
     * Whether an index can find the words: at least one has two letters or more (EU, 防災). Shorter
     * words ("a", "都") only narrow a search that has such a word; alone they would make the
     * database read every agreement.
     */
    public boolean hasIndexedWord() {
        return words().stream().anyMatch(w -> SearchWords.kind(w) != SearchWords.Kind.SHORT);
    }

    /** Whether anything narrows the listing. */
    public boolean isFiltered() {
        return partner != null || type != null || area != null || from != null || to != null || !words().isEmpty();
    }

    public AgreementFilter withPartner(String value) {
        return new AgreementFilter(value, type, area, from, to, query);
    }

    public AgreementFilter withType(AgreementType value) {
        return new AgreementFilter(partner, value, area, from, to, query);
    }

    public AgreementFilter withArea(CooperationArea value) {
        return new AgreementFilter(partner, type, value, from, to, query);
    }

    public AgreementFilter withDates(LocalDate fromValue, LocalDate toValue) {
        return new AgreementFilter(partner, type, area, fromValue, toValue, query);
    }

    public AgreementFilter withQuery(String value) {
        return new AgreementFilter(partner, type, area, from, to, value);
    }
}
