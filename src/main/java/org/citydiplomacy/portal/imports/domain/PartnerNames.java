package org.citydiplomacy.portal.imports.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citydiplomacy.portal.partners.PartnerRef;

/**
 * Finds a partner as a spreadsheet names it: by slug ({@code seoul}), English name ({@code Seoul},
 * any case) or Japanese name ({@code ソウル特別市}); full-width letters count as their ASCII twins. Read
 * once per import from every partner staff see.
 */
final class PartnerNames {

    private final Map<String, Set<String>> slugsByName = new HashMap<>();

    PartnerNames(List<PartnerRef> partners) {
        partners.forEach(p -> add(p.slug(), p.slug()));
        partners.forEach(p -> {
            add(p.name(), p.slug());
            add(p.nameJa(), p.slug());
        });
    }

    private void add(String name, String slug) {
        if (name != null && !name.isBlank()) {
            slugsByName.computeIfAbsent(Words.key(name), k -> new LinkedHashSet<>()).add(slug);
        }
    }

    /** The slugs a name may mean: none if no partner has it, more than one if several do. */
    Set<String> slugs(String name) {
        String key = Words.key(name);
        Set<String> slugs = slugsByName.getOrDefault(key, Set.of());
        // A slug is unique: when a partner's slug matches, another partner's name of the same spelling does not count.
        if (slugs.size() > 1) {
            return slugs.stream().filter(slug -> Words.key(slug).equals(key)).findFirst().map(Set::of).orElse(slugs);
        }
        return slugs;
    }
}
