package org.localoffer.data;

import java.util.List;
import java.util.Optional;

/** The words used to sort pages: content/data/taxonomy.yml. */
public record Taxonomy(List<Term> categories, List<Term> needs, List<AgeGroup> ageGroups, List<Term> referrals,
                       List<Term> audiences) {

    public static final String FILE = "content/data/taxonomy.yml";

    public static Optional<Term> find(List<Term> terms, String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<String> ids(List<Term> terms) {
        return terms.stream().map(Term::id).toList();
    }
}
