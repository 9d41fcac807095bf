package org.citydiplomacy.portal.platform.web;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
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
    void keepsTheOrderOfParametersWhenOneChangesAndPutsANewOneLast() {
        QueryLinks links = QueryLinks.of("/agreements").param("type", "OTHER").param("sort", "oldest").param("page", 2);
        assertThat(links.with("type", "JOINT_STATEMENT")).isEqualTo("/agreements?type=JOINT_STATEMENT&sort=oldest&page=2");
        assertThat(links.with("size", 50)).isEqualTo("/agreements?type=OTHER&sort=oldest&page=2&size=50");
        assertThat(links.set("sort", "title", "page")).isEqualTo("/agreements?type=OTHER&sort=title");
        // A parameter set after being removed goes last, as a map's remove-then-put would put it.
        assertThat(links.set("type", "OTHER", "type", "page")).isEqualTo("/agreements?sort=oldest&type=OTHER");
        assertThat(links.set("sort", null, "page")).isEqualTo("/agreements?type=OTHER");
        assertThat(links.without("type", "sort", "page")).isEqualTo("/agreements");
    }

    @Test
    void pageLinksCarryTheirAddressesAndLabels() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("pagination.page", Locale.ENGLISH, "Page {0}");
        PageResult<String> result = PageResult.of(List.of("x"), new PageQuery(5, 20), 2_000_000L);
        QueryLinks links = QueryLinks.of("/agreements").param("type", "OTHER").param("page", 6);
        PaginationLinks pages = PaginationLinks.of(Pagination.of(result), links, messages, Locale.ENGLISH);
        assertThat(pages.needed()).isTrue();
        assertThat(pages.previous()).isEqualTo("/agreements?type=OTHER&page=5");
        assertThat(pages.next()).isEqualTo("/agreements?type=OTHER&page=7");
        assertThat(pages.pages()).extracting(PaginationLinks.Page::number).containsExactly(1, 0, 4, 5, 6, 7, 8, 0, 100_000);
        PaginationLinks.Page first = pages.pages().get(0);
        assertThat(first.href()).isEqualTo("/agreements?type=OTHER");
        assertThat(pages.pages().get(1).gap()).isTrue();
        PaginationLinks.Page current = pages.pages().get(4);
        assertThat(current.current()).isTrue();
        assertThat(current.href()).isNull();
        assertThat(current.label()).isEqualTo("Page 6");
        // The number formatted as the message format does it, as #{pagination.page(${p})} did.
        assertThat(pages.pages().get(8).label()).isEqualTo("Page 100,000");
        PageResult<String> only = PageResult.of(List.of("x"), new PageQuery(0, 20), 3L);
        PaginationLinks one = PaginationLinks.of(Pagination.of(only), QueryLinks.of("/agreements"), messages, Locale.ENGLISH);
        assertThat(one.needed()).isFalse();
        assertThat(one.previous()).isNull();
        assertThat(one.next()).isNull();
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
