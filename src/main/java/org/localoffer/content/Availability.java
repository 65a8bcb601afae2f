package org.localoffer.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Whether a service is taking referrals now. */
public enum Availability {
    OPEN("open", "Open to referrals"),
    WAITING_LIST("waiting-list", "Waiting list"),
    CLOSED("closed", "Closed to new referrals"),
    PAUSED("paused", "Paused for now");

    private final String id;
    private final String label;

    Availability(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Availability> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Availability::id).toList();
    }
}
