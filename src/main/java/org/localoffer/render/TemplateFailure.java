package org.localoffer.render;

/** A template could not be found or run; says which file and line. */
public final class TemplateFailure extends Exception {

    private final String path;
    private final int line;

    public TemplateFailure(String path, int line, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.line = line;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }
}
