package org.citydiplomacy.portal.platform.web;

import org.springframework.stereotype.Component;

/**
 * The absolute addresses of the page being shown, from the configured public URL: the page in English
 * ({@code ?lang=en}), in Japanese ({@code ?lang=ja}) and without a language (x-default: the reader's
 * own, from their cookie or browser). The canonical address of a page is the one in the language it is
 * shown in, so that each language version stands for itself. Templates call
 * {@code ${@pageLinks.of(currentPage, pageMeta)}}.
 */
@Component("pageLinks")
public class PageLinks {

    private final PublicUrl urls;

    PageLinks(PublicUrl urls) {
        this.urls = urls;
    }

    /**
     * The links of the current page; a record page's meta names its path (its query is then left
     * out), a listing keeps its query (each filtered state is a page of its own).
     */
    public Links of(CurrentPage page, PageMeta meta) {
        CurrentPage target = meta != null && meta.path() != null ? new CurrentPage(meta.path(), "")
                : page != null ? page : new CurrentPage("/", "");
        return new Links(urls.absolute(target.withLanguage("en")), urls.absolute(target.withLanguage("ja")),
                urls.absolute(target.url()));
    }

    /** The three alternates of one page. */
    public record Links(String en, String ja, String xDefault) {

        public String canonical(String language) {
            return "ja".equals(language) ? ja : en;
        }
    }
}
