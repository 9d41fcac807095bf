package org.citydiplomacy.portal.statistics.web;

import java.util.Locale;

import org.citydiplomacy.portal.statistics.Dimension;
import org.citydiplomacy.portal.statistics.Figure;
import org.springframework.context.MessageSource;

/** A figure's label in a language: years as they are, decades as "2010s", codes through the messages. */
final class StatisticsLabels {

    private final MessageSource messages;

    StatisticsLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(Dimension dimension, Figure figure, Locale locale) {
        return switch (dimension) {
            case AGREEMENTS_BY_YEAR, MEETINGS_BY_YEAR -> figure.key();
            case AGREEMENTS_BY_DECADE -> messages.getMessage("statistics.decade", new Object[] { figure.key() }, locale);
            case AGREEMENTS_BY_TYPE -> message("agreementType." + figure.key(), figure.key(), locale);
            case AGREEMENTS_BY_CONTINENT -> message("continent." + figure.key(), figure.key(), locale);
            case AGREEMENTS_BY_AREA -> message("area." + figure.key(), figure.key(), locale);
        };
    }

    String dimension(Dimension dimension, Locale locale) {
        return messages.getMessage("statistics.dimension." + dimension.name(), null, locale);
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
