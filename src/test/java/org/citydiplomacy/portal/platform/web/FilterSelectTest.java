package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A filter's options are written as Thymeleaf would write them, every value and label escaped. */
class FilterSelectTest {

    @Test
    void writesEachOptionWithItsValueLabelAndSelection() {
        FilterSelect select = FilterSelect.of("partner", "filter.partner", "filter.partner.any", List.of(
                new SelectOption("rome", "Rome (2)", false), new SelectOption("berlin", "Berlin (1)", true)));

        assertThat(select.id()).isEqualTo("filter-partner");
        assertThat(select.optionsHtml()).isEqualTo("<option value=\"rome\">Rome (2)</option>"
                + "<option value=\"berlin\" selected=\"selected\">Berlin (1)</option>");
    }

    @Test
    void escapesWhatCouldEndATextOrAnAttribute() {
        FilterSelect select = FilterSelect.of("partner", "filter.partner", "filter.partner.any", List.of(
                new SelectOption("a\"><script>'&", "<b>Trinidad & Tobago</b>（3）", false)));

        assertThat(select.optionsHtml()).isEqualTo("<option value=\"a&quot;&gt;&lt;script&gt;&#39;&amp;\">"
                + "&lt;b&gt;Trinidad &amp; Tobago&lt;/b&gt;（3）</option>");
    }
}
