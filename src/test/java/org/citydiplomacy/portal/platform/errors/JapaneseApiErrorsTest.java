package org.citydiplomacy.portal.platform.errors;

import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's problems speak Japanese to a client that asks for it, and English otherwise: those of its
 * controllers and those of the security chain and filters around them. (The container's error
 * dispatch, which MockMvc does not play, is in {@link JapaneseErrorDispatchTest}.)
 */
@PortalTest
class JapaneseApiErrorsTest {

    /** Some Japanese (hiragana, katakana or kanji) in the text. */
    private static final String JAPANESE = "(?s).*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void aMissingRecordIsNotFoundInJapanese() throws Exception {
        mvc.perform(get("/api/v1/agreements/987654321").header("Accept-Language", "ja"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("見つかりません"))
                .andExpect(jsonPath("$.detail").value(containsString("協定")));
    }

    @Test
    void aMissingRecordIsNotFoundInEnglishByDefault() throws Exception {
        mvc.perform(get("/api/v1/agreements/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No agreement 987654321 exists, or it is not public."));
    }

    @Test
    void badParametersAreExplainedInJapanese() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("from", "soon").header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("パラメータが不正です"))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(JAPANESE)));
    }

    @Test
    void invalidFieldsAreExplainedInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}")
                        .header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("項目が不正です"))
                .andExpect(jsonPath("$.detail").value(matchesPattern(JAPANESE)))
                .andExpect(jsonPath("$.errors[*].message").value(everyItem(matchesPattern(JAPANESE))));
    }

    @Test
    void anUnknownValueListsTheAllowedOnesInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"MOU\"}")
                        .header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("リクエスト本文を読み取れませんでした。何も保存されていません。"))
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("MEMORANDUM_OF_UNDERSTANDING")))
                .andExpect(jsonPath("$.errors[0].message").value(matchesPattern(JAPANESE)));
    }

    // Answers of the security chain and the filters, before any controller: the same languages.

    @Test
    void aWriteWithoutATokenIsUnauthenticatedInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("認証されていません"))
                .andExpect(jsonPath("$.detail").value(matchesPattern(JAPANESE)));
    }

    @Test
    void aWriteWithoutATokenIsUnauthenticatedInEnglishByDefault() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthenticated"))
                .andExpect(jsonPath("$.detail").value(containsString("personal access token")));
    }

    @Test
    void aWithdrawalByAnEditorIsForbiddenInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements/1/withdrawal").header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("禁止されています"))
                .andExpect(jsonPath("$.detail").value(matchesPattern(JAPANESE)));
        mvc.perform(post("/api/v1/agreements/1/withdrawal").with(EDITOR))
                .andExpect(jsonPath("$.title").value("Forbidden"));
    }

    @Test
    void throttledSignInsAreExplainedInJapanese() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String address = StaffAccounts.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(tokenRequest(editor, "wrong " + i, address).header("Accept-Language", "ja"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.title").value("認証されていません"));
        }
        mvc.perform(tokenRequest(editor, StaffAccounts.PASSWORD, address).header("Accept-Language", "ja"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("サインインの失敗が多すぎます"))
                .andExpect(jsonPath("$.detail").value(matchesPattern("(?s).*\\d+秒後.*")));
        mvc.perform(tokenRequest(editor, StaffAccounts.PASSWORD, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"));
    }

    @Test
    void anInvalidIdempotencyKeyIsExplainedInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Idempotency-Key", "x".repeat(300)).header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemType.IDEMPOTENCY_KEY_INVALID.type().toString()))
                .andExpect(jsonPath("$.title").value("Idempotency-Keyが不正です"));
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Idempotency-Key", "x".repeat(300)).with(EDITOR))
                .andExpect(jsonPath("$.title").value("Invalid Idempotency-Key"));
    }

    @Test
    void aWriteWhoseAnswerWouldBeRefusedIsNotAcceptableInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .accept(MediaType.TEXT_HTML).header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("受け入れ可能な形式で応答できません"))
                .andExpect(jsonPath("$.detail").value(containsString("何も保存されていません")));
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .accept(MediaType.TEXT_HTML).with(EDITOR))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.title").value("Not acceptable"));
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupportedInJapanese() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.TEXT_PLAIN).content("a treaty")
                        .header("Accept-Language", "ja").with(EDITOR))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("サポートされていないメディアタイプです"))
                .andExpect(jsonPath("$.detail").value(matchesPattern(JAPANESE)));
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.TEXT_PLAIN).content("a treaty").with(EDITOR))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Unsupported media type"));
    }

    /** The language cookie of the pages' switch chooses the API's language too, as it does for every answer. */
    @Test
    void theLanguageCookieChoosesJapaneseBeforeTheSecurityChainToo() throws Exception {
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .cookie(new jakarta.servlet.http.Cookie("portal-lang", "ja")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("認証されていません"));
    }

    private static MockHttpServletRequestBuilder tokenRequest(String username, String password, String address) {
        return post("/api/v1/tokens").with(httpBasic(username, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }
}
