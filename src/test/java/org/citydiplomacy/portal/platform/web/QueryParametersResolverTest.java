package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** Query parameter records are filled by name as Spring's binding filled them, without its per-request look-ups. */
class QueryParametersResolverTest {

    record Params(String partner, String page, String q) implements QueryParameters {
    }

    record NotText(String partner, int page) implements QueryParameters {
    }

    record Unmarked(String partner) {
    }

    static void handler(Params params, NotText notText, Unmarked unmarked) {
    }

    private final QueryParametersResolver resolver = new QueryParametersResolver();

    @Test
    void fillsEachComponentFromItsParameterAbsentOnesNullRepeatedOnesJoinedByCommas() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/agreements");
        request.addParameter("partner", "rome");
        request.addParameter("q", "water", "tokyo");

        Object params = resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);

        assertThat(params).isEqualTo(new Params("rome", null, "water,tokyo"));
    }

    @Test
    void onlyRecordsThatSayTheyAreQueryParameters() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    @Test
    void aComponentThatIsNotTextIsAMistakeSaidAtOnce() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/agreements");

        assertThatThrownBy(() -> resolver.resolveArgument(parameter(1), null, new ServletWebRequest(request), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not text");
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method method = QueryParametersResolverTest.class.getDeclaredMethod("handler", Params.class, NotText.class,
                Unmarked.class);
        return new MethodParameter(method, index);
    }
}
