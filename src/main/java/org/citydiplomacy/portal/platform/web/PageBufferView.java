package org.citydiplomacy.portal.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf page made into a {@link PageBuffer} and written to the response once it is complete. Why not
 * Thymeleaf's own choices: written as it is made ({@code produce-partial-output-while-processing}), each of the
 * template's thousands of small writes went through the response wrappers' writers (the page cache flushes on every
 * write), a quarter of a listing's rendering time; made into Thymeleaf's buffer instead, a page is a
 * {@link StringBuilder} grown by copying to twice its size, the largest pages into humongous arrays (issue 13). Here
 * the template writes into blocks, and a page that fails half-way writes nothing, so the error page is whole.
 * The resolver is set to make these views with partial output on (WebConfig), which hands the template
 * {@code response.getWriter()}: this view's buffer.
 */
class PageBufferView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        BufferedResponse buffered = new BufferedResponse(response);
        super.render(model, request, buffered);
        buffered.writePage();
    }

    private static final class BufferedResponse extends HttpServletResponseWrapper {

        private final PageBuffer page = new PageBuffer();
        private final PrintWriter writer = new PrintWriter(page);

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        void writePage() throws IOException {
            PrintWriter out = getResponse().getWriter();
            page.writeTo(out);
            out.flush();
        }
    }
}
