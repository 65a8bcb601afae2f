package org.localoffer.problem;

/** Stops a run because the input has errors; the problems say what and where. */
public final class ProblemsFoundException extends Exception {

    private final transient Problems problems;

    public ProblemsFoundException(Problems problems) {
        super(ProblemReport.summary(problems));
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }
}
