package org.citydiplomacy.portal.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.citydiplomacy.portal.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The friendly error pages, in the reader's language, in the layout, never with an exception's
 * text. The container's error dispatch is simulated by calling /error with its request attributes
 * (the browser tests see a real one).
 */
@PortalTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    Document errorPage(int status, String language) throws Exception {
        return page(mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/agreements/7")
                        .requestAttr(RequestDispatcher.ERROR_QUERY_STRING, "type=JOINT_COMMUNIQUE&lang=en")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret SQL detail"))
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret SQL detail")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", language))
                .andExpect(status().is(status))
                .andReturn());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404|en|Page not found",
            "404|ja|ページが見つかりません",
            "403|en|You cannot see this page",
            "403|ja|このページは表示できません",
            "500|en|Sorry, something went wrong on our side",
            "500|ja|申し訳ありません。システムで問題が発生しました",
            "400|en|Part of this address is not right",
            "400|ja|アドレスの一部に誤りがあります" })
    void showsAFriendlyPageInTheReadersLanguageWithoutTheException(int status, String language, String heading)
            throws Exception {
        Document page = errorPage(status, language);
        assertThat(text(page, "h1")).isEqualTo(heading);
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.select("main#main a[href=/]")).hasSize(1);
        assertThat(page.outerHtml()).doesNotContain("secret", "IllegalStateException", "Exception");
        // The language switch keeps the address that failed, without its old lang parameter.
        assertThat(page.select(".language-switch a[hreflang=ja]").attr("href"))
                .isEqualTo("/agreements/7?type=JOINT_COMMUNIQUE&lang=ja");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "/agreements/abc|en|Page not found", "/partners/nowhere|ja|ページが見つかりません",
            "/meetings/0|ja|ページが見つかりません" })
    void aMissingPageIsA404InTheReadersLanguage(String url, String language, String heading) throws Exception {
        Document page = page(mvc.perform(get(url).header("Accept-Language", language).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(text(page, "h1")).isEqualTo(heading);
    }
}
