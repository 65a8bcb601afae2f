package org.localoffer.testing;

/** Stands in for localoffer's main class in a jar made by a launcher test: prints what it was asked to do. */
public final class LauncherStandIn {

    private LauncherStandIn() {
    }

    public static void main(String[] args) {
        System.out.println("ran: " + String.join(" ", args));
    }
}
