package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Pages made into blocks: every character kept in order across blocks, and nothing written by a page that fails. */
class PageBufferViewTest {

    @Test
    void aBufferGivesBackWhatWasWrittenInOrderAcrossItsBlocks() throws Exception {
        PageBuffer buffer = new PageBuffer();
        StringBuilder expected = new StringBuilder();
        String japanese = "姉妹都市の協定".repeat(3_000);
        String latin = "<li class=\"timeline__event\">São Paulo</li>\n".repeat(700);
        char[] chars = "0123456789".repeat(2_000).toCharArray();
        for (int i = 0; i < 3; i++) {
            buffer.write(japanese);
            expected.append(japanese);
            buffer.write(latin, 5, latin.length() - 9);
            expected.append(latin, 5, latin.length() - 4);
            buffer.write(chars, 3, chars.length - 3);
            expected.append(chars, 3, chars.length - 3);
            buffer.write('·');
            expected.append('·');
        }
        StringWriter out = new StringWriter();
        buffer.writeTo(out);
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void aPageIsWrittenWholeOnceItIsComplete() throws Exception {
        MockHttpServletResponse response = render("<p>[[${greeting}]]</p>", Map.of("greeting", "こんにちは"));
        assertThat(response.getContentAsString()).isEqualTo("<p>こんにちは</p>");
        assertThat(response.getContentType()).startsWith("text/html");
    }

    @Test
    void aPageThatFailsHalfWayWritesNothing() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String template = "<p>" + "written before the failure ".repeat(1_000) + "</p><p th:text=\"${missing.name}\"></p>";
        assertThatThrownBy(() -> render(template, Map.of(), response)).isInstanceOf(TemplateProcessingException.class)
                .hasMessageContaining("missing.name");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }

    private static MockHttpServletResponse render(String template, Map<String, ?> model) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        render(template, model, response);
        return response;
    }

    private static void render(String template, Map<String, ?> model, MockHttpServletResponse response) throws Exception {
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.refresh();
        // Made as the portal's resolver makes its views (WebConfig).
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setApplicationContext(context);
        resolver.setTemplateEngine(engine);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCache(false);
        resolver.setViewClass(PageBufferView.class);
        resolver.setProducePartialOutputWhileProcessing(true);
        View view = resolver.resolveViewName(template, Locale.ENGLISH);
        assertThat(view).isInstanceOf(PageBufferView.class);
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        view.render(model, request, response);
    }
}
