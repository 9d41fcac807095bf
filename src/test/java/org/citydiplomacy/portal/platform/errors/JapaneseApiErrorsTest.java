package org.citydiplomacy.portal.platform.errors;

import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The API's problems speak Japanese to a client that asks for it, and English otherwise. */
@PortalTest
class JapaneseApiErrorsTest {

    /** Some Japanese (hiragana, katakana or kanji) in the text. */
    private static final String JAPANESE = "(?s).*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

    @Autowired
    MockMvc mvc;

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
}
