package org.citydiplomacy.portal.agreements.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFeedItem;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * The listing's exports, with the listing's filters: a CSV of every public field (Apache Commons
 * CSV) and an Atom feed of the newest agreements (Rome). Bad filters get the 400 page that names them.
 */
@Controller
class AgreementExportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final int FEED_SIZE = 50;

    private final AgreementService agreements;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    AgreementExportController(AgreementService agreements, MessageSource messages,
            PublicUrl publicUrl) {
        this.agreements = agreements;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /**
     * Streams the CSV: rows go from a database cursor straight to the response, so the whole set
     * (100,000 rows and more) never sits in memory.
     */
    @GetMapping("/agreements.csv")
    ResponseEntity<StreamingResponseBody> csv(AgreementSearchParams params, Audience audience) {
        ParameterReader reader = new ParameterReader();
        AgreementFilter filter = params.filter(reader);
        AgreementSort sort = params.sort(reader);
        reader.throwIfInvalid();
        String baseUrl = publicUrl.base();
        AgreementCsv format = new AgreementCsv(messages, baseUrl);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try (AgreementCsv.Printer printer = format.open(writer)) {
                agreements.export(filter, sort, audience, printer::print);
            }
            catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
        };
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agreements.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, ReaderCacheControl.of(audience))
                .body(body);
    }

    /** The newest agreements the filters give, as Atom, titles in the reader's language. */
    @GetMapping("/agreements.atom")
    ResponseEntity<String> atom(AgreementSearchParams params, Audience audience, Locale locale) throws FeedException {
        ParameterReader reader = new ParameterReader();
        AgreementFilter filter = params.filter(reader);
        reader.throwIfInvalid();
        List<AgreementFeedItem> items = agreements.feed(filter, FEED_SIZE, audience);
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        String baseUrl = publicUrl.base();
        String listingUrl = baseUrl + "/agreements" + (query == null ? "" : "?" + query);
        String selfUrl = baseUrl + "/agreements.atom" + (query == null ? "" : "?" + query);
        Feed feed = new AgreementFeed(messages, locale, baseUrl).build(items, selfUrl, listingUrl);
        // Rome leaves the feed's language out; Atom carries it as xml:lang on the root (RFC 4287 §2).
        org.jdom2.Document xml = new WireFeedOutput().outputJDom(feed);
        xml.getRootElement().setAttribute("lang", locale.getLanguage(), Namespace.XML_NAMESPACE);
        return ResponseEntity.ok().contentType(ATOM).body(new XMLOutputter(Format.getPrettyFormat()).outputString(xml));
    }
}
