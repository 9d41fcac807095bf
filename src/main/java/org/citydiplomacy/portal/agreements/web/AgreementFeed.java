package org.citydiplomacy.portal.agreements.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFeedItem;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.springframework.context.MessageSource;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;

/** An Atom 1.0 feed (RFC 4287) of agreements, built with Rome, in the reader's language. */
record AgreementFeed(MessageSource messages, Locale locale, String baseUrl) {

    Feed build(List<AgreementFeedItem> items, String selfUrl, String listingUrl) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(selfUrl);
        feed.setLanguage(locale.getLanguage());
        feed.setTitle(message("feed.title"));
        feed.setSubtitle(content(message("feed.subtitle"), "text"));
        feed.setAlternateLinks(List.of(link(listingUrl, "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(selfUrl, "self", "application/atom+xml")));
        Person author = new Person();
        author.setName(message("portal.city"));
        feed.setAuthors(List.of(author));
        feed.setUpdated(Date.from(items.stream().map(AgreementFeedItem::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        List<Entry> entries = new ArrayList<>(items.size());
        for (AgreementFeedItem item : items) {
            entries.add(entry(item));
        }
        feed.setEntries(entries);
        return feed;
    }

    private Entry entry(AgreementFeedItem item) {
        String url = baseUrl + "/agreements/" + item.id();
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(item.titleIn(locale));
        entry.setAlternateLinks(List.of(link(url, "alternate", "text/html")));
        entry.setUpdated(Date.from(item.updatedAt()));
        entry.setPublished(Date.from(item.signedOn().start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        String partners = String.join(", ", item.partners().stream().map(p -> p.nameIn(locale)).toList());
        String summary = message("feed.entry", message("agreementType." + item.type()), item.signedOn().format(locale),
                partners);
        String text = item.summaryIn(locale);
        entry.setSummary(content(text == null ? summary : summary + "\n\n" + text, "text"));
        Category category = new Category();
        category.setTerm(item.type().name());
        category.setLabel(message("agreementType." + item.type()));
        List<Category> categories = new ArrayList<>();
        categories.add(category);
        for (PartnerRef partner : item.partners()) {
            Category c = new Category();
            c.setTerm(partner.slug());
            c.setScheme(baseUrl + "/partners");
            c.setLabel(partner.nameIn(locale));
            categories.add(c);
        }
        entry.setCategories(categories);
        return entry;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Content content(String value, String type) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
