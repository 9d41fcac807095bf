package org.citydiplomacy.portal.imports.domain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The values of a coded column (type, status, area, visibility) as a spreadsheet may write them:
 * the code ({@code JOINT_COMMUNIQUE}, any case, spaces or hyphens for underscores) or its label in
 * English or Japanese ("Joint communiqué", 共同コミュニケ), as the export writes them beside the code.
 */
final class Words<E extends Enum<E>> {

    private final Map<String, E> byWord = new HashMap<>();

    /** @param labelPrefix the message key of a value's label without the value: "agreementType." */
    Words(Class<E> type, String labelPrefix, MessageSource messages) {
        for (E value : type.getEnumConstants()) {
            byWord.put(key(value.name()), value);
            for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.JAPANESE }) {
                String label = messages.getMessage(labelPrefix + value.name(), null, null, locale);
                if (label != null) {
                    byWord.putIfAbsent(key(label), value);
                }
            }
        }
    }

    /** The value the word means, or null. */
    E of(String word) {
        return byWord.get(key(word));
    }

    static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", "_");
    }
}
