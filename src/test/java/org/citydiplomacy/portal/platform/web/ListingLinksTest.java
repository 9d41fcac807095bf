package org.citydiplomacy.portal.platform.web;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The links a listing builds: query states, page numbers, the language switch. */
class ListingLinksTest {

    @Test
    void changesOrRemovesOneParameterAndEncodesValues() {
        QueryLinks links = QueryLinks.of("/agreements").param("q", "東京 & rome").param("type", "OTHER")
                .param("empty", " ").param("page", 3);
        assertThat(links.href()).isEqualTo("/agreements?q=%E6%9D%B1%E4%BA%AC+%26+rome&type=OTHER&page=3");
        assertThat(links.without("type", "page")).isEqualTo("/agreements?q=%E6%9D%B1%E4%BA%AC+%26+rome");
        assertThat(links.with("page", 4)).endsWith("&page=4");
        assertThat(links.with("page", null)).isEqualTo("/agreements?q=%E6%9D%B1%E4%BA%AC+%26+rome&type=OTHER");
        assertThat(links.set("sort", "oldest", "page")).isEqualTo("/agreements?q=%E6%9D%B1%E4%BA%AC+%26+rome&type=OTHER&sort=oldest");
        assertThat(links.on("/agreements.csv", "page")).isEqualTo("/agreements.csv?q=%E6%9D%B1%E4%BA%AC+%26+rome&type=OTHER");
        assertThat(QueryLinks.of("/meetings").without("x")).isEqualTo("/meetings");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|1|[1]",
            "1|5|[1, 2, 3, 4, 5]",
            "1|50|[1, 2, 3, 0, 50]",
            "6|50|[1, 0, 4, 5, 6, 7, 8, 0, 50]",
            "50|50|[1, 0, 48, 49, 50]",
            "4|50|[1, 2, 3, 4, 5, 6, 0, 50]",
            "5|50|[1, 2, 3, 4, 5, 6, 7, 0, 50]",
            "46|50|[1, 0, 44, 45, 46, 47, 48, 49, 50]" })
    void numbersAFixedWindowOfPages(int current, int last, String expected) {
        PageResult<String> result = PageResult.of(List.of("x"), new PageQuery(current - 1, 10), last * 10L);
        Pagination pagination = Pagination.of(result);
        assertThat(pagination.pages().toString()).isEqualTo(expected);
        assertThat(pagination.hasPrevious()).isEqualTo(current > 1);
        assertThat(pagination.hasNext()).isEqualTo(current < last);
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/agreements");
        request.setQueryString("type=OTHER&lang=en&q=%E6%9D%B1");
        CurrentPage page = CurrentPage.of(request);
        assertThat(page.withLanguage("ja")).isEqualTo("/agreements?type=OTHER&q=%E6%9D%B1&lang=ja");
        assertThat(page.url()).isEqualTo("/agreements?type=OTHER&q=%E6%9D%B1");
        MockHttpServletRequest bare = new MockHttpServletRequest("GET", "/");
        assertThat(CurrentPage.of(bare).withLanguage("en")).isEqualTo("/?lang=en");
    }

    @Test
    void theLanguageSwitchNeverLeavesTheSite() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/path");
        assertThat(CurrentPage.of(request).withLanguage("ja")).isEqualTo("/?lang=ja");
    }
}
