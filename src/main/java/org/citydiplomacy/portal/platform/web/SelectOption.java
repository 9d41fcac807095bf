package org.citydiplomacy.portal.platform.web;

/**
 * One option of a filter's select, with the number of results it would give in its label. Built
 * in Java rather than in the template: a listing can offer hundreds of partners, and formatting
 * each label through MessageFormat costs more than the rest of the page.
 */
public record SelectOption(String value, String label, boolean selected) {

    /**
     * An option labelled by {@code pattern} (the message {@code filter.option}, read once per
     * page: "{0} ({1})" or "{0}（{1}）") with the count grouped by thousands.
     */
    public static SelectOption counted(String pattern, String value, String label, long count, boolean selected) {
        return new SelectOption(value, pattern.replace("{0}", label).replace("{1}", grouped(count)), selected);
    }

    /** 100000 → "100,000": English and Japanese both group by thousands with a comma. */
    static String grouped(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
