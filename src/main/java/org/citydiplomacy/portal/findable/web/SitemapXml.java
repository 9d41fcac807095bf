package org.citydiplomacy.portal.findable.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.citydiplomacy.portal.platform.web.CurrentPage;
import org.citydiplomacy.portal.platform.web.PublicUrl;

/**
 * Writes a sitemap (sitemaps.org 0.9) or a sitemap index as it goes, escaped by an XML writer. Each
 * page is listed in English and in Japanese ({@code ?lang=en}, {@code ?lang=ja}, the addresses the
 * pages give as canonical), each entry with all its language alternates and x-default (the address
 * without a language), as search engines want hreflang in sitemaps.
 */
final class SitemapXml implements AutoCloseable {

    static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String[] LANGUAGES = { "en", "ja" };
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final PublicUrl urls;

    private SitemapXml(OutputStream out, PublicUrl urls, String root) {
        this.urls = urls;
        try {
            // Buffered here: the XML writer hands the stream a few characters at a time.
            this.xml = FACTORY.createXMLStreamWriter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAPS);
            if (root.equals("urlset")) {
                xml.writeNamespace("xhtml", XHTML);
            }
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** A sitemap of pages. */
    static SitemapXml urlset(OutputStream out, PublicUrl urls) {
        return new SitemapXml(out, urls, "urlset");
    }

    /** A sitemap index, naming the sitemap files. */
    static SitemapXml index(OutputStream out, PublicUrl urls) {
        return new SitemapXml(out, urls, "sitemapindex");
    }

    /** One page (a path within the portal) in both languages, with its last change where known. */
    void page(String path, Instant changed) {
        CurrentPage page = new CurrentPage(path, "");
        try {
            for (String language : LANGUAGES) {
                xml.writeStartElement("url");
                element("loc", urls.absolute(page.withLanguage(language)));
                lastmod(changed);
                for (String alternate : LANGUAGES) {
                    alternate(alternate, urls.absolute(page.withLanguage(alternate)));
                }
                alternate("x-default", urls.absolute(path));
                xml.writeEndElement();
            }
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** One sitemap file of an index. */
    void sitemap(String path, Instant changed) {
        try {
            xml.writeStartElement("sitemap");
            element("loc", urls.absolute(path));
            lastmod(changed);
            xml.writeEndElement();
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    private void lastmod(Instant changed) throws XMLStreamException {
        if (changed != null) {
            element("lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    changed.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        }
    }

    private void alternate(String language, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", href);
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The client went away while the sitemap was written, or the writer failed. */
    private static RuntimeException failed(XMLStreamException ex) {
        return ex.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(ex);
    }
}
