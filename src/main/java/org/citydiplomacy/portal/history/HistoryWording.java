package org.citydiplomacy.portal.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citydiplomacy.portal.shared.FieldChange;
import org.citydiplomacy.portal.shared.Office;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a recorded history for a reader: field labels ({@code history.field.*}), value labels
 * ({@link Phrase}s: statuses, types, visibility, sides...), the kind of change, all in the reader's
 * language, and times in the office's zone. A history shows no field name or enumeration code.
 */
@Component
class HistoryWording {

    /** Fields whose values are English text (their Japanese twins end in {@code Ja}). */
    private static final Set<String> ENGLISH = Set.of("title", "place", "summary", "name", "cityTerm",
            "relationshipNote", "officialName", "partnerTerm");

    private static final String TEXTS = "texts[";

    private final MessageSource messages;

    HistoryWording(MessageSource messages) {
        this.messages = messages;
    }

    HistoryEntry word(RecordedEntry entry, Locale locale) {
        List<HistoryChange> changes = entry.changes().stream().map(c -> word(c, locale)).toList();
        return new HistoryEntry(entry.revision(), at(entry.at()), entry.username(),
                messages.getMessage("changeKind." + entry.kind(), null, locale), entry.version(), changes,
                entry.importedFrom());
    }

    private HistoryChange word(FieldChange change, Locale locale) {
        return new HistoryChange(label(change.field(), locale), value(change.before(), locale),
                value(change.after(), locale), language(change.field()));
    }

    private String label(String field, Locale locale) {
        if (field.startsWith(TEXTS)) {
            String language = textLanguage(field);
            return messages.getMessage("history.field.text",
                    new Object[] { messages.getMessage("language." + language, null, language, locale) }, locale);
        }
        return messages.getMessage("history.field." + field, null, locale);
    }

    private Object value(Object value, Locale locale) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> value(v, locale)).toList();
        }
        if (value instanceof Phrase phrase) {
            Object[] args = phrase.args().stream().map(a -> value(a, locale)).toArray();
            return messages.getMessage(phrase.code(), args, locale);
        }
        return value;
    }

    private static String language(String field) {
        if (field.startsWith(TEXTS)) {
            return textLanguage(field);
        }
        if (field.endsWith("Ja")) {
            return "ja";
        }
        return ENGLISH.contains(field) ? "en" : null;
    }

    private static String textLanguage(String field) {
        return field.substring(TEXTS.length(), field.length() - 1);
    }

    private static OffsetDateTime at(Instant at) {
        return at == null ? null : at.atZone(Office.zone()).toOffsetDateTime();
    }
}
