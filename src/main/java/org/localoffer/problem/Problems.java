package org.localoffer.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in one run so that they can be reported together. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public void error(String path, int line, String message) {
        add(Problem.error(path, line, message));
    }

    public void warning(String path, int line, String message) {
        add(Problem.warning(path, line, message));
    }

    public void error(String path, int line, int column, String message) {
        add(new Problem(path, line, Severity.ERROR, message, column));
    }

    public void warning(String path, int line, int column, String message) {
        add(new Problem(path, line, Severity.WARNING, message, column));
    }

    public synchronized void addAll(Problems other) {
        found.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) found.stream().filter(Problem::isError).count();
    }

    public synchronized int warningCount() {
        return found.size() - errorCount();
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, sorted by file, then line. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Problem.ORDER);
        return Collections.unmodifiableList(copy);
    }
}
