package org.citydiplomacy.portal.platform.errors;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's answers outside its controllers: unknown addresses and requests without credentials.
 * MockMvc has no servlet container, so the container's error dispatch to {@code /error} is played
 * by hand with the attributes the container sets.
 */
@PortalTest
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/treaties", "/api/v1/agreements/1/nothing", "/api/v1/partners/rome/agreements" })
    void anUnknownApiPathIsNotFound(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
    void theErrorDispatchOfAnUnknownApiPathAnswersANotFoundProblem(String accept) throws Exception {
        mvc.perform(get("/error").accept(accept)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/treaties"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.instance").value("/api/v1/treaties"))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/agreements", "/api/v1/meetings", "/api/v1/partners" })
    void aPostWithoutCredentialsIsUnauthorized(String path) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void changesWithoutCredentialsAreUnauthorized() throws Exception {
        mvc.perform(put("/api/v1/agreements/1").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/agreements/1"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void readsNeedNoCredentialsAndCreateNoSession() throws Exception {
        mvc.perform(get("/api/v1/agreements"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(request -> org.assertj.core.api.Assertions.assertThat(request.getRequest().getSession(false)).isNull());
    }

    @Test
    void aBadParameterProblemExplainsItselfInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("invalid-parameters")))
                .andExpect(jsonPath("$.errors[0].message").value("101 is not a whole number from 1 to 100."));
        mvc.perform(get("/api/v1/agreements").param("size", "101").header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("invalid-parameters")))
                .andExpect(jsonPath("$.errors[0].message").value("101 は 1 から 100 までの整数ではありません。"));
    }
}
