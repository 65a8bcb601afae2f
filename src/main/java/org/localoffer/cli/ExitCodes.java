package org.localoffer.cli;

/** Process exit statuses, fixed by value so that reordering code can never change them. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_FAILURE = 3;

    private ExitCodes() {
    }
}
