package org.localoffer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problems;

/** Dates are read as LocalDate.parse read them, real dates only. */
class YamlDateTest {

    @Test
    void readsTheSameDatesAsLocalDateParse() {
        Random r = new Random(10);
        for (int i = 0; i < 3_000; i++) {
            String date = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
            Optional<LocalDate> expected;
            try {
                expected = Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                expected = Optional.empty();
            }
            Problems problems = new Problems();
            YamlMapping y = YamlDocument.parseMapping("f.md", "when: '" + date + "'\n", 2, problems, "settings").orElseThrow();
            assertEquals(expected, y.date("when"), date);
            assertEquals(expected.isEmpty(), !problems.isEmpty(), date);
        }
    }
}
