package org.localoffer.testing;

import java.util.List;
import org.localoffer.config.Brand;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteContact;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.Problems;

/** Settings and data for unit tests: two localities and the repository's own data files. */
public final class TestData {

    private TestData() {
    }

    public static SiteConfig site() {
        return new SiteConfig("Testshire", "Testshire Council", "Testshire SEND Local Offer", "https://lo.example.org",
                "en-GB", true, "output", List.of(new Locality("north", "North", ""), new Locality("south", "South", "")),
                new SiteContact("0100 496 0000", null, null, null), new Brand("#1d4f91", "#1a4f8b"), 3);
    }

    public static SiteData data() {
        return new SiteDataReader().read(TestSite.REPO, new Problems()).orElseThrow();
    }
}
